"""The "time" stage: content sentences only, sentence attachment, and the reference date's source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from khabar.config import Config
from khabar.ingest.readers import iter_sources, read_source
from khabar.model import Article, Block, Sentence
from khabar.pipeline import get_stage, run_local
from khabar.time.stage import reference_of, timexes_of

from .conftest import SEED_000, SEED_003

BODY = "चीनी राष्ट्रपति शी जिनपिंग और डोनाल्ड ट्रंप ने बुधवार को फोन पर बातचीत की। पिछले साल समझौता हुआ था।"
BIO = "देवेन्द्र कश्यप पिछले 13 वर्षों से पत्रकारिता के क्षेत्र में सक्रिय हैं।"


def _article(published: str | None = None, dct: str | None = "2026-02-04") -> Article:
    text = BODY + "\n" + BIO
    cut = BODY.index("।") + 1
    body_end = len(BODY)
    article = Article(id="t", text=text, published=published, dct=dct)
    article.blocks = [Block(0, body_end, "body"), Block(body_end + 1, len(text), "boilerplate")]
    # Sentences come from the lang stage, which skips boilerplate blocks: the bio has none.
    article.sentences = [Sentence(0, cut, 0), Sentence(cut + 1, body_end, 0)]
    return article


def test_stage_tags_content_sentences_only() -> None:
    article = _article()
    found = timexes_of(article)
    assert [(t.text, t.value, t.sentence) for t in found] == [
        ("बुधवार को", "2026-02-04", 0),
        ("पिछले साल", "2025", 1),
    ]
    assert all(t.reference == "2026-02-04" and t.reference_source == "dct" for t in found)


def test_published_date_wins_over_dct() -> None:
    article = _article(published="2026-02-11T09:00:00+05:30", dct="2026-02-04")
    assert reference_of(article) == (date(2026, 2, 11), "published")
    (wednesday, _) = timexes_of(article)
    assert wednesday.value == "2026-02-11" and wednesday.reference_source == "published"


def test_article_without_any_date_keeps_placeholders() -> None:
    article = _article(published=None, dct=None)
    assert reference_of(article) == (None, None)
    assert [t.value for t in timexes_of(article)] == ["XXXX-WXX-3", "XXXX"]


def test_bad_published_value_falls_back_to_dct() -> None:
    article = _article(published="not a date", dct="2026-02-04")
    assert reference_of(article)[1] == "dct"


def test_registered_stage_contract() -> None:
    st = get_stage("time")
    assert st.requires == ("blocks", "sentences") and st.assigns == ("timexes",)
    (out,) = list(st([_article()], Config()))
    assert len(out.timexes) == 2


def _seed_articles() -> list[Article]:
    config = Config()
    out = []
    for source in iter_sources([SEED_000, SEED_003]):
        out.extend(item for item in read_source(source, config) if isinstance(item, Article))  # type: ignore[arg-type]
    return list(run_local(out, config, ["clean", "lang", "time"]))


def test_seeds_match_gold_and_skip_boilerplate(seeds_gold: dict) -> None:
    for article in _seed_articles():
        doc = seeds_gold["documents"][Path(article.source_path).name]
        ours = {(t.text, article.text[t.head_start : t.head_end], t.type, t.value)  # type: ignore[index]
                for t in article.timexes}
        required = [g for g in doc["timexes"] if not g.get("optional")]
        for g in required:
            assert (g["text"], g["head"], g["type"], g["value"]) in ours, g
        allowed = {(g["text"], g["head"], g["type"], g["value"]) for g in doc["timexes"]}
        assert ours <= allowed, ours - allowed
        assert len(required) <= len(article.timexes) <= len(doc["timexes"])
        bio = {g["text"] for g in doc.get("boilerplate_timexes") or []}
        lines = {g["line"] for g in doc.get("boilerplate_timexes") or []}
        for t in article.timexes:
            line = article.text.count("\n", 0, t.start) + 1
            assert line not in lines or t.text not in bio


def test_dates_listing_names_the_reference_and_its_source() -> None:
    from khabar.time.show import date_rows, format_dates

    article = _article(published="2026-02-04T20:42:00+05:30")
    article.provenance["published"] = "byline"
    article.timexes = timexes_of(article)
    rows = date_rows(article)
    assert [(r["text"], r["value"], r["reference_source"]) for r in rows] == [
        ("बुधवार को", "2026-02-04", "published"), ("पिछले साल", "2025", "published")]
    listing = format_dates(article)
    assert listing.splitlines()[0] == "t: reference 2026-02-04 (published, from byline)"
    assert "'बुधवार को' DATE 2026-02-04" in listing
    empty = _article(published=None, dct=None)
    assert "reference: none" in format_dates(empty)


def test_dates_in_a_table_inside_the_report_are_tagged_without_a_sentence() -> None:
    # a count-update report with its state-wise table (the clean stage labels the rows boilerplate)
    lead = "राज्य में पिछले 24 घंटे में 120 नए मामले सामने आए हैं।"
    caption = "1 मई से 5 मई तक का हाल"
    rows = ["तारीख\tनए मामले", "4 मई 2020\t1,210", "5 मई 2020\t1941"]
    text = "\n".join([lead, caption, *rows])
    article = Article(id="t", text=text, dct="2020-05-05")
    blocks, at = [], 0
    for k, line in enumerate([lead, caption, *rows]):
        blocks.append(Block(at, at + len(line), "body" if k == 0 else "boilerplate", line=k + 1))
        at += len(line) + 1
    article.blocks = blocks
    article.sentences = [Sentence(0, len(lead), 0)]
    found = [(t.text, t.value, t.sentence) for t in timexes_of(article)]
    assert found == [
        ("पिछले 24 घंटे में", "PT24H", 0),
        ("1 मई से", "2020-05-01", None),
        ("5 मई तक", "2020-05-05", None),
        ("4 मई 2020", "2020-05-04", None),
        ("5 मई 2020", "2020-05-05", None),
    ]  # the count 1941 is not a year


def test_a_table_above_the_report_is_not_read() -> None:
    rows = "बाजार\t4 मई 2020"
    body = "दुकानें सोमवार को खुलेंगी।"
    text = rows + "\n" + body
    article = Article(id="t", text=text, dct="2020-05-05")
    article.blocks = [Block(0, len(rows), "boilerplate", line=1),
                      Block(len(rows) + 1, len(text), "body", line=2)]
    article.sentences = [Sentence(len(rows) + 1, len(text), 1)]
    assert [t.text for t in timexes_of(article)] == ["सोमवार को"]

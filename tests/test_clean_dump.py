"""Daily-dump splitting: article counts on one hand-checked file of each corpus outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.clean.dump import outlet_and_date_from_path, split_dump
from khabar.clean.stage import clean_articles, split_if_dump
from khabar.model import Article

from .conftest import SEED_003

# Hand-checked by reading each file: (path under Corpora/, first line of each article).
# Convention (segmentation-dev.yaml of hindi-covid-events-dev): a headline with its body is one
# article; sub-headings, related-link lines and tables stay inside the report; only a page that
# calls itself live (LIVE, Breaking News, लाइव) is split per update.
HAND_CHECKED = [
    # the national figures report with its sub-headed sections (isolation coaches 9, private labs
    # 13, Tablighi HQ 17), then the ten-hotspots article (21)
    ("Dainik Jagran/DJ-2020-APR/DJ-2020-APR-01.txt", [1, 21]),
    # UP case count with its district list (5) and mask order (8) as sub-sections, then the
    # Lakhisarai pregnant woman (11): the segmentation gold's spans
    ("Dainik Hindustan/DH-2020-MAY/DH-2020-MAY-15.txt", [1, 11]),
    # one press-briefing article of short one-sentence paragraphs
    ("Amar Ujala/AU-2020-MAY/AU-2020-MAY-11.txt", [1]),
    # an orphan headline, then one report of ministry briefings with sub-headings (not live)
    ("Navbharat Times/NT-2020-APR/NT-2020-APR-03.txt", [1, 3]),
    # one poll article with a section prefix "देश / "
    ("Prabhat Khabar/PK-2020-APR/PK-2020-APR-05.txt", [1]),
    # the stories gold day: NT's national report, its state sections sub-headed inside it
    ("Navbharat Times/NT-2020-APR/NT-2020-APR-01.txt", [1]),
]


@pytest.mark.parametrize(
    ("rel", "starts"), HAND_CHECKED, ids=[r.split("/")[0] for r, _ in HAND_CHECKED]
)
def test_dump_article_count(shared_data: Path, rel: str, starts: list[int]) -> None:
    path = shared_data / "corpus" / "hindi-covid-2020" / "Corpora" / rel
    pieces = split_dump(path.read_text(encoding="utf-8"))
    assert [p.first_line for p in pieces] == starts


def test_dump_children_carry_path_metadata(shared_data: Path) -> None:
    path = (
        shared_data
        / "corpus/hindi-covid-2020/Corpora/Dainik Hindustan/DH-2020-MAY/DH-2020-MAY-15.txt"
    )
    text = path.read_text(encoding="utf-8")
    parent = Article(id="dh15", text=text, source_path=str(path), source_kind="text")
    children = list(clean_articles([parent]))
    assert [c.id for c in children] == ["dh15-001", "dh15-002"]
    second = children[1]
    assert second.record == "lines 11-16"
    assert second.text == text[second.extra["parent_offset"] :][: len(second.text)]
    assert (second.outlet, second.provenance["outlet"]) == ("Live Hindustan", "path")
    assert (second.dct, second.provenance["dct"]) == ("2020-05-15", "path")
    assert second.title is not None and second.title.startswith("लखीसराय में 27 वर्षीय")
    assert all(c.status == "ok" for c in children)


def test_path_parsing_handles_corpus_typo() -> None:
    assert outlet_and_date_from_path("x/Amar Ujala/AU-2020-APR/AU-2020-ARP-02.txt") == (
        "Amar Ujala",
        "2020-04-02",
    )
    assert outlet_and_date_from_path("/tmp/notes.txt") == (None, None)


def test_single_article_is_not_split() -> None:
    art = Article(id="s", text=SEED_003.read_text(encoding="utf-8"), source_kind="seed")
    assert split_if_dump(art) == [art]


def test_synthetic_dump_from_real_sentences() -> None:
    text = (
        "दिल्ली में कोरोना के 152 मामले, 53 जमात से जुड़े लोगों में संक्रमण की पुष्टि हुई\n"
        "नई दिल्ली, एजेंसी । दिल्ली सरकार ने जानकारी दी है कि अब दिल्ली में कोरोना वायरस के "
        "कुल मामले बढ़कर 152 हो गए हैं । इनमें से 53 लोग मरकज से जुड़े हैं ।\n\n"
        "गुरुग्राम में 10 में नौ मरीज ठीक हुए, अस्पताल से छुट्टी देकर घर भेजे गए\n"
        "गुरुग्राम : गुरुग्राम के दस कोरोना वायरस रोगियों में से 9 लोग पूरी तरह ठीक हो गए "
        "हैं और उन्हें अस्पताल से छुट्टी दे दी गई है ।\n"
    )
    kids = split_if_dump(Article(id="d", text=text, source_kind="text"))
    assert len(kids) == 2
    cleaned = [next(iter(clean_articles([k]))) for k in kids]
    assert [c.dateline for c in cleaned] == ["नई दिल्ली", "गुरुग्राम"]
    assert cleaned[0].wire == "agency" and cleaned[0].provenance["wire"] == "dateline"


def test_single_article_archive_file_gets_outlet_and_date_from_path(shared_data: Path) -> None:
    """An archive file that holds one story that day is not split, yet is dated and attributed."""
    path = shared_data / "corpus/hindi-covid-2020/Corpora/Amar Ujala/AU-2020-APR/AU-2020-ARP-06.txt"
    parent = Article(
        id="au06", text=path.read_text(encoding="utf-8"), source_path=str(path), source_kind="text"
    )
    (only,) = list(clean_articles([parent]))
    assert only.id == "au06"
    assert (only.outlet, only.provenance["outlet"]) == ("Amar Ujala", "path")
    assert (only.dct, only.provenance["dct"]) == ("2020-04-06", "path")


_BODY = (
    "शहर के अस्पताल में आज सुबह से मरीजों की लंबी कतार लगी रही और डॉक्टरों ने बताया कि जांच "
    "के नतीजे शाम तक आ जाएंगे। प्रशासन ने लोगों से घरों में रहने की अपील की है।"
)


def test_sub_headings_stay_in_their_report_and_a_live_page_is_split_per_update() -> None:
    """Written for this test: two reports framed by a line of spaces, each with a sub-heading
    (and the second with its headline printed twice); then the same items on a live page."""
    report = "\n".join(
        [
            "मेरठ में कोरोना के चार नए मरीज मिले, प्रशासन ने तीन मोहल्ले सील किए",
            "मेरठ में कोरोना के चार नए मरीज मिले, प्रशासन ने तीन मोहल्ले सील किए",
            _BODY,
            "",
            "बाजार में सख्ती",
            _BODY,
            " ",
            "आगरा में जांच के लिए दो नई लैब शुरू, रोज पांच सौ नमूनों की होगी जांच",
            "आगरा : " + _BODY,
            "",
            "लैब में स्टाफ की कमी",
            _BODY,
        ]
    )
    assert [p.first_line for p in split_dump(report)] == [1, 8]
    live = "LIVE Updates: " + report.replace("\n \n", "\n\n")
    assert len(split_dump(live)) > 2

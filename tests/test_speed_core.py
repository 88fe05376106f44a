"""Speed work of issue 16, round sc16: each shortcut gives what the slower path it replaces gave,
on real corpus text and on odd input."""

from __future__ import annotations

import dataclasses
import gc

from conftest import corpus_sample
from khabar import pipeline
from khabar.config import Config
from khabar.entities import stage as entities
from khabar.entities.kb import load_kb
from khabar.entities.tagger import _TOKEN, tokenize
from khabar.ingest.readers import Failure, read_paths
from khabar.lang.langid import detect_language, language_and_shares, script_shares
from khabar.model import CONTENT_LABELS, Article

ODD_TEXTS = ["", " ", "\u200d\u200c", "क\u200dष\u200cत्र", "abc", "ab", "x\u200dy\u200dz", "١٢٣ سلام",
             "नमस्ते world", "\x00\ufffd", "ЖЖЖ", "\u0901\u093c"]


def test_language_and_shares_together_equal_each_alone(shared_data) -> None:
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 1), config)
            if not isinstance(a, Failure)]
    texts = [a.text for a in read] + [a.text[:300] for a in read] + ODD_TEXTS
    for text in texts:
        code, confidence, shares = language_and_shares(text)
        assert (code, confidence) == detect_language(text)
        assert shares == script_shares(text)


def test_language_and_shares_of_odd_text() -> None:
    for text in ODD_TEXTS:
        code, confidence, shares = language_and_shares(text)
        assert (code, confidence) == detect_language(text) and shares == script_shares(text)
    assert language_and_shares("")[:2] == ("und", 0.0)


def test_settling_the_entities_models_freezes_once_per_kb_and_changes_no_mention() -> None:
    text = "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को दिल्ली में कहा कि भारत तैयार है।"
    config = Config()
    before = [dataclasses.asdict(m) for a in pipeline.run_local([Article(id="a", text=text)], config,
                                                     ["clean", "lang", "entities"])
              for m in a.mentions]
    kb = load_kb(config)
    entities.settle(kb, config.ner_tagger)
    frozen = gc.get_freeze_count()
    entities.settle(kb, config.ner_tagger)  # a second call does nothing
    assert gc.get_freeze_count() == frozen and id(kb) in entities._SETTLED
    after = [dataclasses.asdict(m) for a in pipeline.run_local([Article(id="a", text=text)], config,
                                                    ["clean", "lang", "entities"])
             for m in a.mentions]
    assert after == before and any(m["text"] == "नरेंद्र मोदी" for m in after)


def _tokens_by_match(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The tokens as match objects give them (the reading tokenize() replaced)."""
    return [(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)
            if m.group() not in "-‐‑–—"]


def test_tokenize_gives_the_offsets_match_objects_give(shared_data) -> None:
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 2), config)
            if not isinstance(a, Failure)]
    assert sum(len(tokenize(a.text)) for a in read) > 10_000
    for a in read:
        assert [(t.start, t.end, t.text) for t in tokenize(a.text, 7)] == _tokens_by_match(a.text, 7)


def test_tokenize_of_odd_text() -> None:
    odd = ["", "   ", "-", "a-b", "रूस-चीन", "--x--", "x  \t\n y", "\x00\x00", "U.S. A.B.C",
           "१२,३४५.६ 12.5%", "क़\u200dष", "\ud800 x", "ab" * 500 + " -- " + "क" * 100, "a\u2028b"]
    for text in odd:
        assert [(t.start, t.end, t.text) for t in tokenize(text)] == _tokens_by_match(text)


def test_lang_stage_sums_block_counts_to_the_contents_own_reading(shared_data) -> None:
    """Block by block sums give the language, shares and warnings of reading the content
    itself, on the corpus and on blocks cut at the content limit or without letters."""
    from khabar.lang import stage as lang

    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 2), config)
            if not isinstance(a, Failure)]
    articles = list(pipeline.run_local(read, config, ["clean"]))
    odd = [Article(id="z", text="\u200dक\u200d\n\nष abc\n\n١٢٣ سلام\n\n" + "नमस्ते दुनिया " * 500)]
    articles += list(pipeline.run_local(odd, config, ["clean"]))

    def slow(article: Article) -> tuple:
        pieces, size = [], 0
        for b in article.blocks:
            if b.label in CONTENT_LABELS and size < lang._LANGID_CHARS:
                pieces.append(article.text[b.start:b.end][: lang._LANGID_CHARS - size])
                size += len(pieces[-1])
        code, _, shares = language_and_shares("\n".join(pieces))
        return code, shares, [detect_language(article.text[b.start:b.end])[0]
                              for b in article.blocks if b.label in CONTENT_LABELS]

    for article in articles:
        expected = slow(article)
        lang.annotate(article, config)
        langs = [b.lang for b in article.blocks if b.label in CONTENT_LABELS]
        assert (article.language, langs) == (expected[0], expected[2])
        assert any(w.startswith("mixed script") for w in article.warnings) == expected[1].mixed
    assert len(articles) > 50

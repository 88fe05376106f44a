"""The lang stage's script letters counted from a code point table in one pass per article
(round sp1, issue 16): the table puts every code point in the class the three patterns do, and
the counts of each block equal the patterns' on news-like blocks of our own (Hindi with digits and
dandas, English, Urdu, mixed, joiners, an emoji, a lone surrogate) and on corpus articles."""

from __future__ import annotations

import pytest

from khabar import pipeline
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.lang import langid
from khabar.lang.langid import _ARABIC, _DEVA, _LATIN, _count, script_counts
from khabar.model import CONTENT_LABELS

from .conftest import corpus_sample

BLOCKS = [
    "नई दिल्ली, 12 मई (भाषा)। स्वास्थ्य मंत्रालय ने बताया कि १२३ नए मामले आए॥",
    "WHO chief Tedros said the Café owners' Œuvre was naïve; ḍhābā ẞtraße",
    "وزیر اعظم نے کہا کہ لاک ڈاؤن جاری رہے گا",
    "हेल्\u200dपलाइन 1075 पर संपर्क करें | Share ✓ 😷 ꣲ",
    "",
    "\ud800 अकेला सरोगेट",
]


def _expected(chunk: str) -> tuple[int, int, int]:
    return _count(_DEVA, chunk), _count(_LATIN, chunk), _count(_ARABIC, chunk)


def test_the_table_classes_every_code_point_as_the_patterns_do() -> None:
    for cp in [*range(0x10000), 0x10000, 0x1F637, 0x10FFFF]:
        ch = chr(cp)
        kind = (1 if _DEVA.match(ch) else 2 if _LATIN.match(ch) else 3 if _ARABIC.match(ch)
                else 0)
        assert langid._script_of()[min(cp, 0x10000)] == kind, hex(cp)


def test_counts_per_block_equal_the_patterns() -> None:
    text = "\n".join(BLOCKS)
    spans, at = [], 0
    for block in BLOCKS:
        spans.append((at, at + len(block)))
        at += len(block) + 1
    assert script_counts(text, spans) == [_expected(b) for b in BLOCKS]
    assert script_counts(text, spans[2:0:-1]) == [_expected(b) for b in BLOCKS[2:0:-1]]
    assert script_counts(text, []) == []
    assert script_counts(BLOCKS[0], [(5, 5)]) == [(0, 0, 0)]


def test_counts_on_corpus_articles(shared_data) -> None:
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 2), config)
            if not isinstance(a, Failure)]
    articles = list(pipeline.run_local(read, config, ["clean"]))
    assert len(articles) > 20
    for article in articles:
        spans = [(b.start, b.end) for b in article.blocks if b.label in CONTENT_LABELS]
        assert script_counts(article.text, spans) == [
            _expected(article.text[s:e]) for s, e in spans]


@pytest.mark.parametrize("text", ["केवल हिंदी", "English only", ""])
def test_letter_counts_take_the_given_counts(text: str) -> None:
    words, counts = langid.letter_counts(text)
    assert langid.letter_counts(text, _expected(text)) == (words, counts)

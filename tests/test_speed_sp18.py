"""Round sp18 (issue 16): shortcuts in the entities tokenizer and the lang stage; the same results.

No timings: each shortcut is compared with the straightforward path it replaced, on news-like
sentences and on corpus articles (day files 3 and 4 of each outlet): the tokenizer's dashes
taken into the gap before a word (:data:`khabar.entities.tagger._SPACED_TOKEN`), the letter runs
read without a search for a character above U+FFFF where the content holds none
(:func:`khabar.lang.langid.content_scripts`), the sentence splitter's URL test asked only on a
line with a URL, and a window without a line break split as one line, found so by
``str.splitlines``.
"""

from __future__ import annotations

import re

import pytest

from conftest import corpus_day_articles
from khabar.entities.stage import content_spans
from khabar.entities.tagger import _TOKEN, Tok, tokenize
from khabar.lang import langid
from khabar.lang.sentences import _LINE_BREAK, _split_line, split_sentences
from khabar.model import CONTENT_LABELS, Article

SENTENCES = [
    "रूस-चीन सीमा पर COVID-19 के 1,200 मामले — WHO ने कहा।",
    "शी-पुतिन वार्ता ‐ ‑ – — के बाद",
    "धीरे-धीरे बाजार खुले -",
    "— अंत में डैश —",
    "-",
    "—–",
    "a- b -c - d-",
    "  ",
    "मुंबई, 5 मई (भाषा) - महाराष्ट्र में 24 घंटे में... ",
]

_OLD_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")


def _old_tokenize(text: str, offset: int = 0) -> list[Tok]:
    """tagger.tokenize before round sp18: every word tested for a dash."""
    out = []
    end = offset
    for space, word in _OLD_SPACED_TOKEN.findall(text):
        start = end + len(space)
        end = start + len(word)
        if word not in "-‐‑–—":
            out.append(Tok(start, end, word))
    return out


@pytest.fixture(scope="module")
def articles(shared_data) -> list[Article]:
    """Day files 3 and 4 of each outlet, cleaned and split into sentences."""
    return corpus_day_articles(shared_data)


def test_tokenize_drops_the_same_dashes_as_testing_each_word():
    for text in SENTENCES:
        for offset in (0, 17):
            assert tokenize(text, offset) == _old_tokenize(text, offset), text


def test_tokenize_is_the_word_by_word_path_on_corpus_sentences(articles):
    checked = 0
    for article in articles:
        for s, e in content_spans(article):
            piece = article.text[s:e]
            assert tokenize(piece, s) == _old_tokenize(piece, s), piece
            checked += 1
    assert checked > 500


def test_content_scripts_tells_text_above_the_bmp():
    text = "नमस्ते 😷 दुनिया\nदूसरी पंक्ति"
    spans = [(0, 6), (7, 8), (9, 15), (16, len(text))]
    counts, bmp = langid.content_scripts(text, spans)
    assert counts == langid.script_counts(text, spans)
    assert bmp is False
    # the range from the first span's start to the last one's end is read (a character above
    # U+FFFF between two spans sends each block to the search, which finds none there)
    assert langid.content_scripts(text, [(0, 6), (16, len(text))])[1] is False
    assert langid.content_scripts(text, [(0, 6)])[1] is True
    assert langid.content_scripts(text, [(16, len(text))])[1] is True
    assert langid.content_scripts(text, [])[1] is True


def test_letter_counts_with_bmp_known_are_the_searched_ones(articles):
    checked = 0
    for article in articles + [Article(id="emoji", text="कोरोना 😷 योद्धा 𝐁𝐨𝐥𝐝 text")]:
        text = article.text
        blocks = [(b.start, b.end) for b in article.blocks or [] if b.label in CONTENT_LABELS]
        blocks = blocks or [(0, len(text))]
        counted, bmp = langid.content_scripts(text, blocks)
        assert bmp == (langid._ABOVE_BMP.search(text, blocks[0][0],
                                                 max(e for _, e in blocks)) is None)
        for (s, e), scripts in zip(blocks, counted, strict=True):
            chunk = text[s:e]
            assert langid.letter_counts(chunk, scripts, bmp) == langid.letter_counts(chunk), chunk
            checked += 1
    assert checked > 100


def test_sentences_around_urls_are_unchanged():
    text = ("देखें www.example.com/a.b?x=1. फिर पढ़ें। Mail a.b@c.in. अगला वाक्य! "
            "http://x.org/path. अंत")
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "देखें www.example.com/a.b?x=1.", "फिर पढ़ें।", "Mail a.b@c.in.", "अगला वाक्य!",
        "http://x.org/path.", "अंत"]


def _split_by_line_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """split_sentences before round sp18: every window searched for line breaks by the pattern."""
    spans: list[tuple[int, int]] = []
    line_start = start
    for m in _LINE_BREAK.finditer(text, start, end):
        _split_line(text, line_start, m.start(), spans)
        line_start = m.end()
    _split_line(text, line_start, end, spans)
    return spans


def test_splitlines_breaks_where_the_line_break_pattern_matches():
    for cp in range(0x110000):
        ch = chr(cp)
        assert (ch.splitlines() != [ch]) == bool(_LINE_BREAK.match(ch)), hex(cp)
    for text in ("a\r\nb", "a\rb", "a\u2028b", "a\x85b", "a\x1cb", "ab\n", "\n", "ab"):
        assert (text.splitlines() == [text]) == (_LINE_BREAK.search(text) is None), text


def test_sentences_of_blocks_and_whole_texts_are_the_line_by_line_ones(articles):
    checked = 0
    for article in articles:
        text = article.text
        assert split_sentences(text) == _split_by_line_breaks(text, 0, len(text))
        for block in article.blocks:
            assert (split_sentences(text, block.start, block.end)
                    == _split_by_line_breaks(text, block.start, block.end)), block
            checked += 1
    for text in ("पहला वाक्य। दूसरा\rतीसरा", "एक\u2028दो. Three", "  ", "अंत।\r\n"):
        assert split_sentences(text) == _split_by_line_breaks(text, 0, len(text))
        assert split_sentences(text, 1, len(text) - 1) == _split_by_line_breaks(text, 1, len(text) - 1)
    assert checked > 150

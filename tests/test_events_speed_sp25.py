"""Round sp25 (issue 16): the events stage's shortcuts hold the long way's answers.

No timings. The tokenizer rewrites a sentence's joiners and nukta letters by one translate of
its words joined (:func:`khabar.events.clause.tokenize`): the same tokens as a translate per
word. A sentence's units skip the bracket step without a bracket, the conjunction step without a
named unit lacking its postposition, and the nesting step for fewer than two mentions
(:func:`khabar.events.clause._units`, :func:`khabar.events.clause._outermost`): the same units as
every step taken. A word's alignment reads each start's pieces from one table
(:func:`khabar.events.romaniser.align`): the same pieces as one table a piece. The events and
quotes of corpus articles (day files 3 and 4 of each outlet) are those of the long ways; the
whole output is checked by ``benchmarks/core_dump.py --days 76 --baseline``.
"""

from __future__ import annotations

import copy
import random

import pytest

from conftest import corpus_day_articles
from khabar import pipeline
from khabar.config import Config
from khabar.events import clause, romaniser
from khabar.events.clause import (
    _GAPPED_TOKEN,
    _RESPELT,
    _ZERO_WIDTH,
    Token,
    sentences_of,
    tokenize,
)
from khabar.events.name_closers import past_closer
from khabar.events.names import rule_spelling
from khabar.events.stage import analyse
from khabar.model import Article, Mention

# Sentences with joiners, precomposed nukta letters, a respelt pronoun and a lone joiner
ODD = (
    "उन्होने तत्काल इलाके को हॉट स्पॉट घोषित करते हुए इसको सील कर दिया है ।",
    "ज़िला प्रशासन ने \u200dफ़ैसला लिया कि बाज़ार बंद रहेंगे ।",
    "श्री\u200c राम ने कहा : \u200d अब ड़र नहीं , (जिन्होने) ग़लती की ।",
    "\u200c \u200d क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ [ ] { } < >",
)


def _per_word_tokens(text: str, start: int, end: int) -> list[Token]:
    """:func:`tokenize` as it was before round sp25: each word translated alone."""
    out, at = [], start
    for gap, word in _GAPPED_TOKEN.findall(text, start, end):
        at += len(gap)
        plain = word.translate(_ZERO_WIDTH)
        out.append(Token(at, at + len(word), _RESPELT.get(plain, plain)))
        at += len(word)
    return out


def _outermost_sorted(mentions: list[Mention]) -> list[Mention]:
    """:func:`clause._outermost` without its shortcut for fewer than two mentions."""
    out: list[Mention] = []
    reach = -1
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if out and m.start >= out[-1].start and m.end <= out[-1].end:
            if (m.start, m.end) == (out[-1].start, out[-1].end):
                out.append(m)
            continue
        if m.end <= reach:
            continue
        out.append(m)
        reach = max(reach, m.end)
    return out


def _units_every_step(tokens, mentions, texts):
    """:func:`clause._units` as it was before round sp25: every step taken for every sentence."""
    if not mentions and clause._ANAPHOR_WORDS.isdisjoint(texts):
        return []
    units = []
    ends = [t.end for t in tokens]
    starts = [t.start for t in tokens]
    for m in _outermost_sorted(mentions):
        lo, hi = clause.overlapping(ends, starts, m.start, m.end)
        if lo >= hi:
            continue
        if units and units[-1].mentions[0].start == m.start and units[-1].mentions[0].end == m.end:
            units[-1].mentions.append(m)
            continue
        units.append(clause.Unit([m], lo, hi - 1))
    for i, tok in enumerate(tokens):
        if tok.text in clause.PRONOUNS:
            units.append(clause.Unit([], i, i, anaphor=True))
        elif i + 1 < len(tokens) and (tok.text, tokens[i + 1].text) in clause.PAIR_ANAPHORS:
            units.append(clause.Unit([], i, i + 1, anaphor=True))
    units.sort(key=lambda u: u.first)
    for u in units:
        if not u.anaphor:
            u.last = clause._after_parenthesis(tokens, u.last + 1) - 1
        # round rv39: a name's own closing quote before its postposition, read in every sentence
        u.marker, u.marker_end = clause._read_marker(tokens, past_closer(tokens, u.first, u.last + 1))
        if u.anaphor and tokens[u.first].text in clause.PRONOUNS:
            u.marker, u.marker_end = "ने", u.last + 1
    return clause._conjoin(tokens, clause._fold_short_forms(units))


def _edit(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _align_piecewise(us: list[str], english: str) -> list[str] | None:
    """:func:`romaniser.align` as it was before round sp25: one edit table a piece."""
    en = english.lower()
    n, m = len(us), len(en)
    if m > n * romaniser._LONGEST_PIECE:
        return None
    inf = 10**9
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i, unit in enumerate(us):
        spells = romaniser._unit_spellings(unit)
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            for k in range(j, min(m, j + romaniser._LONGEST_PIECE) + 1):
                cost = best[i][j] + min(_edit(en[j:k], s) for s in spells)
                if cost < best[i + 1][k]:
                    best[i + 1][k], back[i + 1][k] = cost, j
    if best[n][m] == inf:
        return None
    pieces, k = [], m
    for i in range(n, 0, -1):
        j = back[i][k]
        pieces.append(en[j:k])
        k = j
    return pieces[::-1]


@pytest.fixture(scope="module")
def analysed(shared_data) -> list[Article]:
    """Day files 3 and 4 of each outlet through entities and time, ready for the events."""
    given = ["blocks", "sentences", "language"]
    return list(pipeline.run_local(corpus_day_articles(shared_data), Config(),
                                   ["entities", "time"], given=given))


@pytest.mark.parametrize("text", ODD)
def test_one_translate_gives_each_words_own(text):
    assert tokenize(text, 0, len(text)) == _per_word_tokens(text, 0, len(text))
    inner = text.find(" ") + 1
    assert tokenize(text, inner, len(text) - 2) == _per_word_tokens(text, inner, len(text) - 2)


def test_one_translate_on_corpus_sentences(analysed):
    odd = 0
    for article in analysed:
        for sent in sentences_of(article):
            got = tokenize(article.text, sent.start, sent.end)
            assert got == _per_word_tokens(article.text, sent.start, sent.end)
            odd += bool(clause._ODD_CODE_POINTS.search(article.text, sent.start, sent.end))
    assert odd > 20


def test_outermost_of_few_mentions_is_the_sorted_walks():
    rng = random.Random(25)
    for size in range(4):
        for _ in range(300):
            spans = [(s, s + rng.randint(1, 6)) for s in (rng.randint(0, 12) for _ in range(size))]
            mentions = [Mention(start=a, end=b, text="x" * (b - a), type="PERSON")
                        for a, b in spans]
            assert clause._outermost(mentions) == _outermost_sorted(mentions)


def test_units_are_those_of_every_step(analysed):
    checked = bracketed = 0
    for article in analysed:
        for sent in sentences_of(article):
            tokens = tokenize(article.text, sent.start, sent.end)
            words = frozenset(t.text for t in tokens)
            mentions = [m for m in article.mentions if sent.start <= m.start
                        and m.end <= sent.end and m.type in clause._UNIT_TYPES]
            got = clause._units(tokens, mentions, words)
            assert got == _units_every_step(tokens, mentions, words), sent
            checked += bool(got)
            bracketed += bool(got) and ("(" in words or ")" in words)
    assert checked > 200 and bracketed > 5, (checked, bracketed)


def test_align_reads_the_same_pieces():
    rng = random.Random(16)
    letters = [chr(c) for c in range(0x0905, 0x0939)] + list("ािीुूेैोौं्")
    checked = 0
    for _ in range(1500):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 7)))
        us = romaniser.units(word)
        if not us:
            continue
        noise = "".join(rng.choice("abcdehiklmnoprstuvy") for _ in range(rng.randint(0, 14)))
        for english in (rule_spelling(word), noise, "Kejriwal", ""):
            assert romaniser.align(us, english) == _align_piecewise(us, english), (word, english)
            checked += 1
    assert checked > 4000


def test_events_are_those_of_every_step(analysed, monkeypatch):
    quick = [analyse(a) for a in copy.deepcopy(analysed)]
    monkeypatch.setattr(clause, "_units", _units_every_step)
    monkeypatch.setattr(romaniser, "align", _align_piecewise)
    romaniser.learnt_spelling.cache_clear()
    slow = [analyse(a) for a in copy.deepcopy(analysed)]
    romaniser.learnt_spelling.cache_clear()
    assert sum(len(a.events) for a in quick) > 20
    for q, s in zip(quick, slow, strict=True):
        assert (q.events, q.quotes) == (s.events, s.quotes), q.id

"""Round sp22 (issue 16): the events stage's shortcuts hold the long way's answers.

No timings. A phrase without brackets takes its words without the bracket walk
(:func:`khabar.events.glossary._phrase_words`): the same words as the walk on every word window
of corpus sentences (day files 3 and 4 of each outlet) and on phrases with brackets. The group a
placed actor's name begins with is looked up at the name's spaces
(:func:`khabar.events.naming._group_of`): the same group as asking every group. The passes that
read an article's sentences for its events skip an article with none (disaster forms, dates by
relation, actor codes), and a sentence without candidates goes straight to the context it
leaves for later sentences (:func:`khabar.events.hindi._note_context`): the events and quotes of
the corpus articles are the same with every pass forced to read everything. The whole output is checked by ``benchmarks/core_dump.py --days 76 --baseline``.
"""

from __future__ import annotations

import copy

import pytest

from conftest import corpus_day_articles
from khabar import pipeline
from khabar.config import Config
from khabar.events import disaster, hindi, stage
from khabar.events.clause import sentences_of, tokenize
from khabar.events.glossary import _TOKEN, _norm, _outside_brackets, _phrase_words
from khabar.events.jurisdictions import _placeable_groups
from khabar.events.naming import _group_of
from khabar.events.stage import analyse
from khabar.model import Article

# Phrases with brackets (the walk's own cases) and without
PHRASES = (
    "संयुक्त अरब अमीरात (यूएई) में फंसे भारतीयों",
    "सभी मॉल (जरूरी सामान की दुकानों को छोड़कर)",
    "पड़ोसियों आदि",
    "1 , 28 , 257 लोगों",
    "3 , 000 मजदूरों",
    "दवा की दुकानें ) और",
    "बिहार के प्रवासी मजदूरों",
)


def _no_bracket_words(text: str) -> list[str] | None:
    """The words the shortcut takes for a phrase without brackets, beside the bracket walk's
    (:func:`_outside_brackets`, the loop :func:`_phrase_words` ran on every phrase before round
    sp22); None for a phrase with a bracket, which still takes the walk."""
    if "(" in text or ")" in text:
        return None
    return list(map(_norm, _TOKEN.findall(text)))


def _scanned_group(ident: str, placed: dict[str, str]) -> str | None:
    """:func:`_group_of` as it was before round sp22: every group asked ``startswith``."""
    return max((b for b in placed if ident.startswith(f"{b} ")), key=len, default=None)


class _Truthy(list):
    """A list that is true even when empty: the passes' early exits are not taken."""

    def __bool__(self) -> bool:
        return True


@pytest.fixture(scope="module")
def analysed(shared_data) -> list[Article]:
    """Day files 3 and 4 of each outlet through entities and time, ready for the events."""
    given = ["blocks", "sentences", "language"]
    return list(pipeline.run_local(corpus_day_articles(shared_data), Config(),
                                   ["entities", "time"], given=given))


@pytest.mark.parametrize("phrase", PHRASES)
def test_phrase_words_are_the_bracket_walks(phrase):
    words = _no_bracket_words(phrase)
    walked = _outside_brackets(_TOKEN.findall(phrase))
    assert words is None or words == walked
    assert _phrase_words.__wrapped__(phrase) == _phrase_words(phrase)


def test_phrase_words_on_corpus_word_windows(analysed):
    checked = 0
    for article in analysed[:40]:
        for sent in sentences_of(article):
            words = [t.text for t in tokenize(article.text, sent.start, sent.end)]
            for n in (1, 2, 3, 5):
                for i in range(0, max(0, len(words) - n + 1), 2):
                    phrase = " ".join(words[i : i + n])
                    words = _no_bracket_words(phrase)
                    if words is not None:
                        assert words == _outside_brackets(_TOKEN.findall(phrase)), phrase
                        checked += 1
    assert checked > 2000


def test_group_of_is_the_longest_group_a_name_begins_with(analysed):
    placed = _placeable_groups()
    names = [f"{b} in Bihar" for b in placed] + [f"senior {b}" for b in placed]
    names += [b for b in placed] + ["", " ", "workers", "migrant workers in Delhi"]
    events = [e for a in copy.deepcopy(analysed) for e in analyse(a).events]
    names += [(arg.entity_id or "").removeprefix("actor:") for e in events for arg in e.arguments]
    found = 0
    for name in names:
        assert _group_of(name, placed) == _scanned_group(name, placed), name
        found += _group_of(name, placed) is not None
    assert found > len(placed)


def test_events_are_those_of_the_passes_reading_everything(analysed, monkeypatch):
    quick = [analyse(a) for a in copy.deepcopy(analysed)]
    forms_found = disaster._forms_found
    code_actors = stage._code_actors
    relative_dates = stage._relative_dates
    clarifying = hindi.clarifying
    # a sentence left without candidates takes the whole of extract_sentence again
    monkeypatch.setattr(hindi, "clarifying", lambda sv, c: _Truthy(clarifying(sv, c)))
    monkeypatch.setattr(disaster, "_forms_found", lambda *a: _Truthy(forms_found(*a)))
    monkeypatch.setattr(stage, "_code_actors", lambda ev, *a: code_actors(_Truthy(ev), *a))
    monkeypatch.setattr(stage, "_relative_dates",
                        lambda art, ev, views: relative_dates(art, _Truthy(ev), views))
    slow = [analyse(a) for a in copy.deepcopy(analysed)]
    assert sum(not a.events for a in quick) > 5 and sum(len(a.events) for a in quick) > 20
    for q, s in zip(quick, slow, strict=True):
        assert (q.events, q.quotes) == (s.events, s.quotes), q.id

"""Round sp26 (issue 16): the slotted token and the generators the events stage no longer makes.

No timings. :class:`khabar.wordtokens.Token` is a class with ``__slots__`` (a named tuple
before): equal tokens compare and hash alike, pickle and copy to equal tokens, and both
tokenizers build them. The per-sentence and per-unit helpers that lost their generator
(:func:`khabar.events.clause.is_place`, :func:`khabar.events.fates._self_object`,
:func:`khabar.events.objects.age_before`, :func:`khabar.events.places._origin_cues`, the
facility test of :func:`khabar.events.places.town_of_hospital`) answer as the generator forms
did on every sentence of corpus articles (day files 3 and 4 of each outlet), and the events and
quotes of those articles are the same with the generator forms put back in every module that
imported them; the whole output is checked by ``benchmarks/core_dump.py --days 76 --baseline``.
"""

from __future__ import annotations

import copy
import pickle
import re
import sys

import pytest

from conftest import corpus_day_articles
from khabar import pipeline
from khabar.config import Config
from khabar.entities import tagger
from khabar.events import clause, fates, objects, places
from khabar.events.clause import PLACE_TYPES, SentenceView, Unit, sentences_of
from khabar.events.gloss_phrases import AGE
from khabar.events.places import _FACILITY_TYPES, word_opens
from khabar.model import Article
from khabar.wordtokens import Token

SENTENCE = "बिहार सरकार ने राज्य के बाहर फंसे मजदूरों से अपील की है कि वे जहां हैं वहीं रहें।"


def test_a_token_is_equal_hashed_pickled_and_copied_by_its_fields():
    tok = Token(0, 5, "बिहार")
    assert tok == Token(0, 5, "बिहार") and hash(tok) == hash(Token(0, 5, "बिहार"))
    assert tok != Token(0, 5, "सरकार") and tok != Token(1, 5, "बिहार") and tok != (0, 5, "बिहार")
    assert pickle.loads(pickle.dumps(tok)) == tok
    assert copy.deepcopy([tok]) == [tok] and copy.copy(tok) == tok
    assert repr(tok) == "Token(start=0, end=5, text='बिहार')"
    assert not hasattr(tok, "__dict__") and len({tok, Token(0, 5, "बिहार")}) == 1


def test_both_tokenizers_build_slotted_tokens():
    events = clause.tokenize(SENTENCE, 0, len(SENTENCE))
    entities = tagger.tokenize(SENTENCE)
    assert events == entities  # no dash, no change of script: the two definitions agree
    assert all(type(t) is Token for t in events + entities)
    assert [t.text for t in events][:3] == ["बिहार", "सरकार", "ने"]
    assert all(SENTENCE[t.start : t.end] == t.text for t in events)


# ---- the generator forms, as they stood before round sp26 ---------------------------------------
def _is_place_generator(unit: Unit) -> bool:
    return any(m.type in PLACE_TYPES and m.reading != "metonym" for m in unit.mentions)


def _self_object_generator(sv: SentenceView, start: int, end: int) -> bool:
    toks = sv.tokens
    return any(
        (toks[k].text in fates._SELF
         or (toks[k].text == "आप" and k > start and toks[k - 1].text == "अपने"))
        and toks[k + 1].text in {"को", "ही"}
        for k in range(start, end - 1)
    )


def _age_before_generator(toks: list[Token], k: int, start: int, blocked: set[int]) -> int | None:
    if k < 1 or toks[k - 1].text not in objects._GENITIVE_WORDS:
        return None
    for n in range(5, 10):
        if k - n < start or any(i in blocked for i in range(k - n, k)):
            continue
        if AGE.fullmatch(" ".join(t.text for t in toks[k - n : k])) is not None:
            return k - n
    return None


def _origin_cues_closure(tokens: list[Token]) -> tuple[bool, ...]:
    texts = [t.text for t in tokens]
    words = frozenset(texts)
    joined = " ".join(texts)

    def opens(stems: tuple[str, ...], inside: re.Pattern[str]) -> bool:
        return inside.search(joined) is not None and word_opens(joined, stems)

    return (
        "से" in words,
        not places._HOME_WORDS.isdisjoint(words),
        opens(places._SENT_TO, places._SENT_TO_INSIDE),
        "होते" in words,
        "में" in words
        and (not places._PART.isdisjoint(words) or opens(places._ATTENDED, places._ATTENDED_INSIDE)),
        not places._WENT.isdisjoint(words)
        or ("की" in words and opens(("यात्रा",), places._TRAVEL_INSIDE)),
        not places._MOVERS.isdisjoint(words),
    )


@pytest.fixture(scope="module")
def analysed(shared_data) -> list[Article]:
    """Day files 3 and 4 of each outlet through entities and time, ready for the events."""
    given = ["blocks", "sentences", "language"]
    return list(pipeline.run_local(corpus_day_articles(shared_data), Config(),
                                   ["entities", "time"], given=given))


def test_the_helpers_answer_as_their_generators(analysed):
    units = places_seen = selves = ages = facilities = 0
    for article in analysed:
        for index, sent in enumerate(sentences_of(article)):
            sv = clause.view(article, index, sent)
            assert sv.texts == [t.text for t in sv.tokens]  # what the rewrites read in C
            for u in sv.units:
                assert clause.is_place(u) == _is_place_generator(u)
                units += 1
                places_seen += clause.is_place(u)
            n = len(sv.tokens)
            for start in range(0, n, 3):
                got = fates._self_object(sv, start, n)
                assert got == _self_object_generator(sv, start, n)
                selves += got
            blocked = {u.first for u in sv.units}
            for k in range(n):
                for stop in (set(), blocked):
                    got_age = objects.age_before(sv.tokens, k, 0, stop)
                    assert got_age == _age_before_generator(sv.tokens, k, 0, stop)
                    ages += got_age is not None
            assert places._origin_cues(sv.tokens) == _origin_cues_closure(sv.tokens)
            mentions = [m for m in article.mentions if sent.start <= m.start < sent.end]
            fast = _FACILITY_TYPES.isdisjoint(map(places._TYPE, mentions))
            assert fast == (not any(m.type in _FACILITY_TYPES for m in mentions))
            facilities += not fast
    assert units > 300 and places_seen > 100 and facilities > 50, (units, places_seen, facilities)
    assert selves > 0 and ages > 0, (selves, ages)


def test_the_events_are_those_of_the_generator_forms(analysed, monkeypatch):
    def events_of(articles: list[Article]) -> list[object]:
        done = pipeline.run_local(copy.deepcopy(articles), Config(), ["events"],
                                  given=["blocks", "sentences", "language", "mentions", "timexes"])
        return [(a.events, a.quotes) for a in done]

    fast = events_of(analysed)
    olds = {id(clause.is_place): _is_place_generator, id(fates._self_object): _self_object_generator,
            id(objects.age_before): _age_before_generator,
            id(places._origin_cues): _origin_cues_closure}
    patched = 0
    for name, module in sorted(sys.modules.items()):
        if name.startswith("khabar.events"):
            for attr, value in list(vars(module).items()):
                if id(value) in olds:
                    monkeypatch.setattr(module, attr, olds[id(value)])
                    patched += 1
    assert patched >= 10
    assert events_of(analysed) == fast
    assert sum(len(e) for e, _ in fast) > 50

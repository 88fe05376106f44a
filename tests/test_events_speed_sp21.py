"""Round sp21 (issue 16): the events stage's shortcuts hold the long way's answers.

No timings. A candidate that :func:`khabar.events.hindi.surely_dropped` turns away before the
checks is one the full path drops too: the events of corpus articles (day files 3 and 4 of each
outlet) are the same with the shortcut as inside :func:`khabar.events.fates.tracing`, where every
check is asked; and each such candidate's traced fate is the bare noun's or the request's. The
words of a sentence folded from its joined words (:func:`khabar.events.actors.fold_words`) are
each word's :func:`fold_nasals` on every corpus sentence and on sentences written both ways. The
whole output is checked by ``benchmarks/core_dump.py --days 76 --baseline`` (README, round sp21).
"""

from __future__ import annotations

import copy
from collections import Counter

import pytest

from conftest import corpus_day_articles
from khabar import pipeline
from khabar.config import Config
from khabar.events import hindi
from khabar.events.actors import fold_nasals, fold_words
from khabar.events.candidates import find_candidates
from khabar.events.clause import sentences_of, tokenize, view
from khabar.events.fates import is_tracing, tracing
from khabar.events.lexicon import hindi_triggers
from khabar.events.stage import analyse
from khabar.model import Article

# News sentences with both spellings of a nasal (corpus/hindi-covid-2020 writes "केन्द्र" and
# "केंद्र", "गाँव" and "गांव"), and one with nothing to fold
FOLDED = (
    "केन्द्र सरकार ने गाँव के लोगों से घरों में रहने की अपील की।",
    "केंद्र सरकार ने गांव के लोगों से घरों में रहने की अपील की।",
    "सम्बन्धित विभाग ने एम्बुलेन्स भेजी, ठण्डा पानी बाँटा गया।",
    "अन्य जिलों में जन्म दर पर उन्होंने कुछ नहीं कहा।",
    "पुलिस ने लॉकडाउन तोड़ने वालों पर कार्रवाई की।",
)


# the form classes of a finite candidate whose verb stands after it (fates.form_class)
_FINITE_FORMS = frozenset({"verb", "verb, passive", "noun + light verb", "noun + light verb, passive"})


@pytest.fixture(scope="module")
def analysed(shared_data) -> list[Article]:
    """Day files 3 and 4 of each outlet through entities and time, ready for the events."""
    given = ["blocks", "sentences", "language"]
    return list(pipeline.run_local(corpus_day_articles(shared_data), Config(),
                                   ["entities", "time"], given=given))


@pytest.mark.parametrize("sentence", FOLDED)
def test_fold_words_is_each_words_fold(sentence):
    texts = [t.text for t in tokenize(sentence, 0, len(sentence))]
    assert fold_words(texts, " ".join(texts)) == list(map(fold_nasals, texts))


def test_fold_words_on_corpus_sentences(analysed):
    checked = unfolded = 0
    for article in analysed:
        for sent in sentences_of(article):
            texts = [t.text for t in tokenize(article.text, sent.start, sent.end)]
            folded = fold_words(texts, " ".join(texts))
            assert folded == list(map(fold_nasals, texts)), article.text[sent.start : sent.end]
            checked += 1
            unfolded += folded is texts
    assert checked > 500 and 0 < unfolded < checked  # both ways were taken


def test_events_with_the_shortcut_are_those_with_every_check_asked(analysed):
    given = ["blocks", "sentences", "language", "mentions", "timexes"]
    quick = [analyse(a) for a in copy.deepcopy(analysed)]
    assert not is_tracing()
    with tracing() as fates:
        assert is_tracing()
        slow = list(pipeline.run_local(copy.deepcopy(analysed), Config(), ["events"],
                                       given=given))
    assert sum(len(a.events) for a in quick) > 20 and fates
    assert [a.to_dict() for a in quick] == [a.to_dict() for a in slow]


def test_each_candidate_turned_away_is_dropped_on_the_full_path(analysed, monkeypatch):
    """Every candidate the shortcut turns away is dropped on the full path too (by the bare noun's
    or the request's check, or by one asked before them): never kept, and never a finite verb's
    supposition, the one drop that changes what later candidates see."""
    real = hindi.surely_dropped
    turned: Counter[tuple[str, str, str]] = Counter()

    def spy(sv, cand):
        found = real(sv, cand)
        if found:
            toks, text = sv.tokens, article.text
            trigger = text[toks[cand.first].start : toks[cand.last].end]
            turned[(article.id, text[sv.start : sv.end], trigger)] += 1
        return found

    monkeypatch.setattr(hindi, "surely_dropped", spy)
    for article in copy.deepcopy(analysed):
        analyse(article)
    with tracing() as fates:
        for article in copy.deepcopy(analysed):
            analyse(article)
    dropped: Counter[tuple[str, str, str]] = Counter(
        (f.article, f.sentence, f.trigger)
        for f in fates
        if f.fate != "kept" and not (f.fate == "supposed" and f.form in _FINITE_FORMS)
    )
    own = Counter(f.fate.split(",")[0] for f in fates)
    assert own["noun without light verb"] > 100 and own["not a request clause"] > 10, own
    assert sum(turned.values()) > 50
    for key, n in turned.items():
        assert dropped[key] >= n, key


def test_a_bare_noun_and_a_request_that_asks_nothing_are_turned_away():
    lex = hindi_triggers()
    cases = {
        # a trigger noun with no light verb: "लॉकडाउन के दौरान" names the lockdown, no act
        "लॉकडाउन के दौरान पुलिस गश्त करती रही।": True,
        # the same noun with its light verb is an act and goes the full path
        "सरकार ने पूरे राज्य में लॉकडाउन लागू कर दिया।": False,
    }
    for text, expected in cases.items():
        article = Article(id="t", text=text)
        sv = view(article, 0, sentences_of(article)[0])
        cands = find_candidates(sv, lex)
        assert cands, text
        assert any(hindi.surely_dropped(sv, c) for c in cands) is expected, text

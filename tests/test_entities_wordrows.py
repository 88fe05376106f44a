"""The decoder's word rows (entities/wordrows.py) are the featuriser's attribute strings looked up
in the model, group by group and in order, so the decoder's sums and tags stay crfsuite's."""

from __future__ import annotations

from khabar.config import Config
from khabar.entities import tagger
from khabar.entities.crfdecode import read_model
from khabar.entities.kb import load_kb
from khabar.entities.tagger import tokenize
from khabar.entities.wordrows import WordRows

from .conftest import SEED_000, SEED_003, corpus_sample

# Every branch of the features: honorifics before and after, postpositions, acronyms, Latin,
# digits, punctuation, nukta and candra o, a word over eight letters, and nothing at all.
ODD = ["श्री", "जी", "ने", "के", ",", "आईसीएमआर", "एनआरए", "WHO", "Delhi", "covid-19", "१२३", "2020",
       "।", "-", "ज़िंदगी", "डॉक्टर", "ऑफिस", "प्रधानमंत्रित्वकाल", "नरेंद्र", "मोदी", "\x00", "ऑ" * 30,
       "a", "", "x:y", "w:"]


def _check(words: list[str]) -> int:
    kb = load_kb(Config())
    tagger.gazetteer(kb)
    fz = tagger._featuriser(id(kb), tagger.MODEL_PATH)
    weights = read_model(tagger.MODEL_PATH)
    rows = WordRows(weights.attrs, fz.gaz, fz.lexicon, fz.clusters, fz.active, weights.zero)
    for w in words:
        info = fz.word(w)
        strings = (info.own, info.m3, info.m2, info.m1, info.p1, info.p2, info.p3)
        # every attribute the featuriser passes on is one the model has (so none is a zero row)
        expected = [weights.rows(group) for group in strings]
        assert all(r != weights.zero for group in expected for r in group)
        key, found = rows(w)
        # the zero row stands for an attribute the model does not weigh (round sp15): it adds
        # nothing to a sum, and the others are the featuriser's, in order
        kept = [[r for r in g if r != weights.zero] for g in found]
        assert key == info.key and kept == expected, w
    return len(words)


def test_rows_of_seed_and_odd_words_are_the_featurisers_attributes() -> None:
    words = [t.text for p in (SEED_000, SEED_003) for t in tokenize(p.read_text(encoding="utf-8"))]
    assert _check(list(dict.fromkeys(words + ODD))) > 300


def test_rows_of_corpus_words_are_the_featurisers_attributes(shared_data) -> None:
    words = [t.text for p in corpus_sample(shared_data, 2)
             for t in tokenize(p.read_text(encoding="utf-8", errors="replace"))]
    assert _check(list(dict.fromkeys(words))) > 2000

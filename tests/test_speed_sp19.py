"""Round sp19 (issue 16): the events stage takes the entities stage's sentence tokens where the
two token definitions agree (:mod:`khabar.wordtokens`, :mod:`khabar.events.given_tokens`).

No timings: the tokens taken are compared with the events tokenizer's own on random strings of
every kind of character the two definitions treat apart, and on corpus sentences (day files 3
and 4 of each outlet); the events of articles analysed with the kept tokens are compared with
those of copies analysed without them.
"""

from __future__ import annotations

import copy
import gc
import random

import pytest

from conftest import corpus_day_articles
from khabar import pipeline
from khabar.config import Config
from khabar.entities.stage import content_spans
from khabar.entities.tagger import Tok
from khabar.entities.tagger import tokenize as entity_tokens
from khabar.events.clause import Token
from khabar.events.clause import tokenize as event_tokens
from khabar.events.given_tokens import _DIVERGES, _respelt, taken_tokens
from khabar.model import Article, Sentence
from khabar.wordtokens import _KEPT, keep_sentence_tokens, take_sentence_tokens

# every kind of character the two token definitions treat apart, a few of each
_KINDS = [
    "कखगमरसहा्ंँ़िीुूेैोौ",  # Devanagari letters and signs
    "०१५",  # Devanagari digits
    "\u0958\u095c\u200c\u200d",  # precomposed nukta letters, joiners
    "।॥",  # dandas
    "AbzU",  # Latin letters
    "0159",  # ASCII digits
    "٣",  # another script's digit
    ".,;:!?|'\"“”‘’()",  # the events' punctuation
    "[]{}<>",  # the brackets the events tokenizer skips
    "-‐‑–—",  # dashes
    " \t\n\xa0",  # whitespace
    "%&#/@₹+*=",  # other marks
]


def _random_text(rng: random.Random) -> str:
    kinds = rng.sample(_KINDS, rng.randint(1, 4))
    return "".join(rng.choice(rng.choice(kinds)) for _ in range(rng.randint(1, 14)))


def test_the_two_definitions_agree_wherever_the_rule_finds_nothing_on_random_text():
    rng = random.Random(19)
    agreed = found = 0
    for _ in range(40_000):
        text = _random_text(rng) + " " + _random_text(rng)
        start = rng.randint(0, len(text) - 1)
        end = rng.randint(start, len(text))
        mine = event_tokens(text, start, end)
        # the rule as ``taken_tokens`` applies it: a word the events tokenizer respells (a mark
        # typed twice since round rv36, random text holds many) is a divergence too
        if _DIVERGES.search(text, start, end) is None and not _respelt(text, start, end):
            assert entity_tokens(text[start:end], start) == mine, (text, start, end)
            agreed += 1
        elif entity_tokens(text[start:end], start) != mine:
            found += 1
    assert agreed > 5_000 and found > 5_000  # both sides of the rule were exercised


@pytest.mark.parametrize(
    "text, agree",
    [
        ("केंद्र सरकार ने लॉकडाउन बढ़ा दिया।", True),
        ("कोरोना के 25 नए मामले, WHO ने (सोमवार) कहा: \"घर पर रहें\"।", True),
        ("कोविड-19 के मामले", False),  # a dash: the entities tokenizer drops it
        ("2,500 लोग", False),  # one entities number, three events tokens
        ("U.S. में", False),
        ("25वां दिन", False),  # a digit then Devanagari: one events token
        ("हेल्\u200dपलाइन नंबर", False),  # a joiner: the events text drops it
        ("COVID19 से", False),
    ],
)
def test_the_rule_on_news_like_sentences(text, agree):
    assert (_DIVERGES.search(text) is None) is agree
    if agree:
        assert entity_tokens(text) == event_tokens(text, 0, len(text))


def test_one_token_class():
    assert Tok is Token


@pytest.fixture(scope="module")
def articles(shared_data) -> list[Article]:
    """Day files 3 and 4 of each outlet, cleaned and split into sentences."""
    return corpus_day_articles(shared_data)


def test_tokens_taken_are_the_events_tokenizers_on_corpus_sentences(articles):
    taken = checked = 0
    for article in articles:
        spans = content_spans(article)
        kept = {(s, e): entity_tokens(article.text[s:e], s) for s, e in spans}
        for s, e in spans:
            tokens = taken_tokens(kept, article.text, s, e)
            if tokens is not None:
                assert tokens == event_tokens(article.text, s, e), article.text[s:e]
                taken += 1
            checked += 1
    assert checked > 500 and taken > checked * 0.7


def test_events_with_the_kept_tokens_are_those_without(articles):
    config = Config()
    given = ["blocks", "sentences", "language"]
    analysed = list(pipeline.run_local(copy.deepcopy(articles), config, ["entities", "time"],
                                       given=given))
    fresh = copy.deepcopy(analysed)  # copies: nothing kept for them
    assert all(take_sentence_tokens(a) == {} for a in fresh)
    given += ["mentions", "timexes"]
    with_kept = list(pipeline.run_local(analysed, config, ["events"], given=given))
    without = list(pipeline.run_local(fresh, config, ["events"], given=given))
    assert sum(len(a.events) for a in with_kept) > 20
    assert [a.to_dict() for a in with_kept] == [a.to_dict() for a in without]
    assert all(id(a) not in _KEPT for a in with_kept)  # each taken once, by its events stage


def test_the_store_gives_tokens_back_once_for_the_same_text_only():
    article = Article(id="x", text="मुंबई में 25 मामले")
    article.sentences = [Sentence(0, len(article.text), 0)]
    tokens = entity_tokens(article.text)
    keep_sentence_tokens(article, [(0, len(article.text))], [tokens])
    assert take_sentence_tokens(article) == {(0, len(article.text)): tokens}
    assert take_sentence_tokens(article) == {}  # taken once
    keep_sentence_tokens(article, [(0, len(article.text))], [tokens])
    article.text = "दिल्ली में 25 मामले"  # another text: its tokens are not these
    assert take_sentence_tokens(article) == {}
    other = Article(id="y", text="पटना में")
    keep_sentence_tokens(other, [(0, 8)], [entity_tokens(other.text)])
    key = id(other)
    del other
    gc.collect()
    assert key not in _KEPT  # dropped with its article


@pytest.mark.parametrize(
    "text",
    [
        "चीन ने सभी देशेां से कहा।",  # round nrm1: े + ा, the anusvara after, read as ों
        "कर्मचारियाें काे जागरूक किया।",  # ा + े read as ो
        "वह यहां पहुंंच गई।",  # round rv36: a mark typed twice
    ],
)
def test_a_respelt_word_is_a_divergence(text):
    """The rule as ``taken_tokens`` applies it: a word the events tokenizer respells makes the
    two tokenizers' texts differ, so the sentence is tokenised again."""
    assert _DIVERGES.search(text) is None and _respelt(text, 0, len(text))
    assert entity_tokens(text) != event_tokens(text, 0, len(text))
    plain = "चीन ने सभी देशों से कहा।"
    assert not _respelt(plain, 0, len(plain))

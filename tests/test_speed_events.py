"""Speed work of issue 16, round sc19 (the events stage): each shortcut gives what the slower path
it replaces gave, on real corpus text and on odd input."""

from __future__ import annotations

import dataclasses
import gc
import re

import pytest

from conftest import corpus_sample
from khabar import pipeline
from khabar.config import Config
from khabar.events import clause
from khabar.events import stage as events
from khabar.events.candidates import find_candidates
from khabar.events.clause import SentenceView, near_sentences, sentences_of, tokenize, view
from khabar.events.disaster import _forms_found
from khabar.events.lexicon import disaster_triggers, hindi_triggers
from khabar.events.light_reach import _matched
from khabar.events.quotes import _ACCORDING, _cues
from khabar.events.timexowner import _timex_owner
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article, Mention, Sentence, Timex


def _annotated(shared_data, days: int) -> list[Article]:
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, days), config)
            if not isinstance(a, Failure)]
    return list(pipeline.run_local(read, config, ["clean", "lang", "entities", "time"]))


def _views(article: Article, near: bool) -> list[SentenceView]:
    sentences = sentences_of(article)
    buckets = near_sentences(article, sentences) if near else None
    return [view(article, i, s, None, buckets[i] if buckets is not None else None)
            for i, s in enumerate(sentences)]


def test_views_from_sentence_buckets_equal_views_from_the_whole_article(shared_data) -> None:
    articles = _annotated(shared_data, 1)
    assert sum(len(a.mentions) for a in articles) > 500
    for article in articles:
        assert near_sentences(article, sentences_of(article)) is not None
        assert _views(article, True) == _views(article, False)


def test_sentence_buckets_of_odd_input() -> None:
    text = "राम ने कहा। सीता आई।"
    article = Article(id="odd", text=text)
    article.mentions = [Mention(0, 3, "राम", "PERSON"), Mention(10, 10, "", "PERSON"),
                        Mention(11, 15, "सीता", "PERSON"), Mention(30, 31, "x", "PERSON")]
    article.timexes = [Timex(0, 3, "राम", "DATE", "2020", sentence=None)]
    # an empty mention at a sentence's end belongs to it and to a sentence starting there
    sentences = [Sentence(0, 10, 0), Sentence(10, 10, 0), Sentence(10, 20, 0)]
    near = near_sentences(article, sentences)
    assert near is not None
    assert [[m.start for m in ms] for ms, _ in near] == [[0, 10], [10], [10, 11]]
    for i, s in enumerate(sentences):
        assert view(article, i, s, None, near[i]) == view(article, i, s)
    # overlapping or unordered sentences: no buckets, the view reads the whole article
    assert near_sentences(article, [Sentence(0, 12, 0), Sentence(10, 20, 0)]) is None
    assert near_sentences(article, [Sentence(5, 2, 0)]) is None
    assert near_sentences(Article(id="e", text=""), []) == []


def _candidates_by_scan(sv: SentenceView) -> list:
    """Every token tried in turn (the loop the hit list replaced): (index, trigger) of each."""
    lex, toks, out, i = hindi_triggers(), sv.tokens, [], 0
    while i < len(toks):
        for form, trig in lex.index.get(toks[i].text, ()):
            n = _matched(toks, i, form, lex.particles) - i
            if n <= 0:
                continue
            out.append((i, trig))
            i += n - 1
            break
        i += 1
    return out


def test_candidates_from_trigger_hits_equal_a_token_by_token_scan(shared_data) -> None:
    lex, seen = hindi_triggers(), 0
    for article in _annotated(shared_data, 1):
        for sv in _views(article, True):
            found = find_candidates(sv, lex)
            seen += len(found)
            assert [c.first for c in found] == sorted({c.first for c in found})
            assert [(c.first, c.trig) for c in found] == _candidates_by_scan(sv)
    assert seen > 100


def test_candidates_of_odd_sentences() -> None:
    lex = hindi_triggers()
    for text in ["", "।", "बैठक बैठक बैठक", "((", "की की", "लॉकडाउन " * 200]:
        sv = SentenceView(0, 0, len(text), tokenize(text, 0, len(text)), [], [])
        assert [(c.first, c.trig) for c in find_candidates(sv, lex)] == _candidates_by_scan(sv)


def test_quote_cues_with_the_first_word_test_equal_the_pair_test(shared_data) -> None:
    def slow(sv: SentenceView) -> list:
        toks = [t.text for t in sv.tokens]
        return [i for i, t in enumerate(toks)
                if f"{t} {toks[i + 1] if i + 1 < len(toks) else ''}" in _ACCORDING]

    odd = "के के मुताबिक के अनुसार के"
    views = [SentenceView(0, 0, len(odd), tokenize(odd, 0, len(odd)), [], [])]
    views += [sv for a in _annotated(shared_data, 1) for sv in _views(a, True)]
    hits = 0
    for sv in views:
        got = [c.first for c in _cues(sv) if c.kind == "according"]
        assert got == slow(sv)
        hits += len(got)
    assert hits > 3


def test_timexes_of_a_sentence_without_candidates_date_nothing() -> None:
    text = "25 मार्च 2020 को"
    sv = SentenceView(0, 0, len(text), tokenize(text, 0, len(text)), [],
                      [Timex(0, 13, "25 मार्च 2020", "DATE", "2020-03-25", sentence=0)])
    assert _timex_owner(sv, []) == {}


def test_settling_the_events_tables_freezes_once_and_changes_no_event() -> None:
    text = "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को दिल्ली में लॉकडाउन की घोषणा की।"
    config = Config()

    def run() -> list[dict]:
        return [dataclasses.asdict(e) for a in pipeline.run_local(
            [Article(id="a", text=text)], config) for e in a.events]

    before = run()
    events.settle(config)
    frozen = gc.get_freeze_count()
    events.settle(config)  # a second call does nothing
    assert gc.get_freeze_count() == frozen and events._SETTLED
    assert run() == before and before


def _forms_by_scan(views: list[SentenceView]) -> list:
    """Every token tried in turn (the loop the hit list replaced)."""
    lex, found = disaster_triggers(), []
    for sv in views:
        toks, i = sv.tokens, 0
        while i < len(toks):
            for form, types, generic in lex.index.get(toks[i].text, ()):
                n = len(form)
                if tuple(t.text for t in toks[i : i + n]) == form:
                    found.append((sv, i, i + n - 1, types, generic))
                    i += n - 1
                    break
            i += 1
    return found


def test_disaster_forms_from_hits_equal_a_token_by_token_scan(shared_data) -> None:
    odd = [SentenceView(0, 0, len(t), tokenize(t, 0, len(t)), [], [])
           for t in ["", "बाढ़ बाढ़ बाढ़", "भूकंप", "।", "आग आग लगी"]]
    folder = shared_data / "events" / "hindi-disaster" / "Hindi_Train"
    if not folder.is_dir():
        pytest.skip(f"hindi-disaster not found at {folder}")
    texts = [" ".join(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")).split())
             for p in sorted(folder.iterdir())[:40]]
    found = 0
    for i, text in enumerate(texts):
        views = _views(Article(id=str(i), text=text), True)
        assert _forms_found(views, disaster_triggers()) == _forms_by_scan(views)
        found += len(_forms_by_scan(views))
    assert found > 10
    assert _forms_found(odd, disaster_triggers()) == _forms_by_scan(odd)


class _Always:
    """A word set that meets every sentence: the anaphor loop runs as it did before its test."""

    def isdisjoint(self, other: object) -> bool:
        return False


def test_units_with_the_anaphor_word_test_equal_units_without_it(shared_data, monkeypatch) -> None:
    articles = _annotated(shared_data, 1)
    odd = Article(id="odd", text="उन्होंने कहा। दोनों नेताओं ने बात की। दोनों")
    odd.mentions = []
    fast = [_views(a, True) for a in [*articles, odd]]
    monkeypatch.setattr(clause, "_ANAPHOR_WORDS", _Always())
    slow = [_views(a, True) for a in [*articles, odd]]
    assert fast == slow
    assert sum(u.anaphor for views in fast for sv in views for u in sv.units) > 5

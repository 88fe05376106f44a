"""Speed work on the core stages changes no output (issue 16): each shortcut against the slow path
it replaces, on real corpus sentences and on bad input."""

from __future__ import annotations

import dataclasses

from conftest import corpus_sample
from khabar import pipeline
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article
from khabar.time.grammar import Rule, scan
from khabar.time.tagger import _rules


def _corpus_articles(shared_data, days: int = 2) -> list[Article]:
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, days), config)
            if not isinstance(a, Failure)]
    return list(pipeline.run_local(read, config, ["clean", "lang"]))


def _untriggered(lang: str) -> list[Rule]:
    return [dataclasses.replace(rule, trigger=None) for rule in _rules(lang)]


def test_every_hindi_rule_has_a_trigger():
    assert all(rule.trigger is not None for rule in _rules("hi"))


def test_triggered_time_scan_equals_full_scan_on_corpus_sentences(shared_data):
    articles = _corpus_articles(shared_data)
    full = _untriggered("hi")
    sentences = [(a.text, s.start, s.end) for a in articles for s in a.sentences]
    assert len(sentences) > 200
    found = 0
    for text, start, end in sentences:
        atoms = scan(_rules("hi"), text, start, end)
        assert atoms == scan(full, text, start, end), text[start:end]
        found += len(atoms)
    assert found > 100  # the sample holds dates, weekdays, durations ...


def test_triggered_time_scan_on_odd_text():
    full = _untriggered("hi")
    for text in ["", " ", "\x00\ufffd", "१२३४५६७८९० 2020-13-45 ३१ मईः", "ऑ" * 500,
                 "कल-कल बहती नदी, 10 बजकर 5 मिनट पर साल भर पहले"]:
        assert scan(_rules("hi"), text, 0, len(text)) == scan(full, text, 0, len(text))


def test_kb_ngram_end_gate_finds_the_same_candidates(shared_data, monkeypatch):
    from khabar.entities import recognize
    from khabar.entities.kb import load_kb
    from khabar.entities.stage import content_spans
    from khabar.entities.tagger import tokenize

    kb = load_kb(Config())
    articles = _corpus_articles(shared_data)
    token_lists = [tokenize(a.text[s:e], s) for a in articles for s, e in content_spans(a)]
    token_lists.append(tokenize("जम्मू-कश्मीरः शोपियां में U.S. और अमेरिका . रूस ने", 0))
    recognize._KBCaches.kb = None
    gated = [recognize._kb_candidates(toks, kb, set()) for toks in token_lists]
    monkeypatch.setattr(recognize, "_may_end_alias", lambda kb, word: True)
    recognize._KBCaches.kb = None
    assert gated == [recognize._kb_candidates(toks, kb, set()) for toks in token_lists]
    assert sum(len(found) for found, _ in gated) > 500


def test_template_lines_answer_the_same_from_the_observed_document(shared_data):
    from khabar.clean.lines import split_lines
    from khabar.clean.stage import split_if_dump
    from khabar.clean.templates import OutletTemplates

    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 8), config)
            if not isinstance(a, Failure)]
    templates = OutletTemplates()
    answers = 0
    for art in (child for a in read for child in split_if_dump(a)):
        outlet = str(art.outlet)
        lines = [ln.text for ln in split_lines(art.text)]
        templates.observe(outlet, lines)
        remembered = [templates.is_template(outlet, ln) for ln in lines]
        seen, templates._seen = templates._seen, {}
        assert remembered == [templates.is_template(outlet, ln) for ln in lines]
        templates._seen = seen
        answers += sum(remembered)
    assert answers > 0  # the corpus repeats a few lines (outlet furniture)
    assert templates.is_template(outlet, "") is False  # a line never observed: computed afresh

"""The entities stage's speed-ups change no output: per-KB lookup caches, the second pass reusing
the first pass's KB and rule candidates, and the CRF tags kept per sentence (issue 16)."""

from __future__ import annotations

import dataclasses
import typing

import pytest

from conftest import SEED_000, SEED_003, corpus_sample
from khabar import pipeline
from khabar.config import Config
from khabar.entities import kbmatch, rules, tagger
from khabar.entities.kb import load_kb
from khabar.entities.kbmatch import kb_candidates
from khabar.entities.recognize import known_candidates, recognise
from khabar.entities.stage import content_spans, extract_mentions
from khabar.entities.tagger import Tok, tokenize
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article


def _cold() -> None:
    """Forget every lookup the speed-ups keep, as a new process would."""
    kbmatch._KBCaches.kb = None
    tagger._tagged.cache_clear()


def _prepared(paths: list) -> list[Article]:
    config = Config()
    read = [a for a in read_paths(paths, config) if not isinstance(a, Failure)]
    return list(pipeline.run_local(read, config, ["clean", "lang"]))


def _dump(articles: list[Article]) -> list[list[tuple]]:
    kb = load_kb(Config())
    return [[dataclasses.astuple(m) for m in extract_mentions(a, kb)]
            for a in articles if a.status == "ok"]


def test_seeds_give_the_same_mentions_with_cold_and_warm_caches():
    articles = _prepared([SEED_000, SEED_003])
    _cold()
    cold = _dump(articles)
    assert cold and all(cold)
    assert _dump(articles) == cold  # every lookup now answered from the caches


def test_second_pass_reuse_equals_fresh_recognition():
    kb = load_kb(Config())
    art = _prepared([SEED_000])[0]
    token_lists = [tokenize(art.text[s:e], s) for s, e in content_spans(art)]
    named = {e.id for toks in token_lists for c in kb_candidates(toks, kb, set()) for e in c.entries}
    for toks in token_lists:
        known = known_candidates(toks, kb, set())
        for names in (set(), named):
            assert recognise(toks, kb, names, known=known) == recognise(toks, kb, names)


def test_very_short_forms_still_need_the_full_name():
    """"शी" alone is no mention; with Xi Jinping named in the document it is: the first pass's
    candidates (found without the names) are not reused for the second."""
    kb = load_kb(Config())
    toks = tokenize("शी ने कहा कि बातचीत जारी रहेगी।")
    known = known_candidates(toks, kb, set())
    assert known.asked
    assert recognise(toks, kb, set(), use_crf=False, known=known) == []
    named = recognise(toks, kb, {"person/xi-jinping"}, use_crf=False, known=known)
    assert [(c.i, c.j, c.entries[0].id) for c in named] == [(0, 1, "person/xi-jinping")]


def test_tag_cache_is_bounded_and_changes_no_tag(monkeypatch):
    kb = load_kb(Config())
    sentences = [[t.text for t in tokenize(line)]
                 for line in SEED_003.read_text(encoding="utf-8").splitlines() if line.strip()][:6]
    _cold()
    fresh = [tagger.tag_words(words, kb) for words in sentences]
    monkeypatch.setattr(tagger, "MAX_TAGGED_SENTENCES", 2)
    _cold()
    for _ in range(2):
        assert [tagger.tag_words(words, kb) for words in sentences] == fresh
        assert len(tagger._tagged(id(kb), tagger.MODEL_PATH)) <= 2


def test_corpus_mentions_identical_cold_and_warm(shared_data):
    articles = _prepared(corpus_sample(shared_data, 2))
    _cold()
    cold = _dump(articles)
    assert len(cold) > 20
    assert _dump(articles) == cold


def test_bad_input_gives_no_mentions_and_no_error():
    kb = load_kb(Config())
    assert tokenize("") == []
    assert kb_candidates([], kb, set()) == []
    assert recognise([], kb, set()) == []
    # Punctuation only, and two names apart by a wide gap: nothing joins across it.
    assert recognise(tokenize("।। -- ,,, ?"), kb, set()) == []
    toks = tokenize("रूस          यूक्रेन")
    assert all(c.j - c.i == 1 for c in kb_candidates(toks, kb, set()))
    assert extract_mentions(Article(id="e", text=""), kb) == []


def test_tokens_stay_immutable():
    """A slotted class since round sp26 (a named tuple before): its fields are ``Final`` (mypy
    rejects an assignment, as the ``type: ignore`` below shows), no other attribute can be set,
    and equal tokens hash alike."""
    tok = Tok(0, 3, "रूस")
    with pytest.raises(AttributeError):
        tok.stem = "रूस"  # type: ignore[attr-defined]
    assert not hasattr(tok, "__dict__")
    assert typing.get_type_hints(Tok)["start"] == typing.Final[int]
    assert tokenize("रूस-चीन", 10) == [Tok(10, 13, "रूस"), Tok(14, 17, "चीन")]
    assert hash(Tok(10, 13, "रूस")) == hash(tokenize("रूस-चीन", 10)[0])
    assert Tok(10, 13, "रूस") != Tok(10, 13, "चीन") and Tok(0, 3, "रूस") != (0, 3, "रूस")


def test_utf8_features_are_the_features_encoded():
    kb = load_kb(Config())
    tagger.gazetteer(kb)
    fz = tagger._featuriser(id(kb), tagger.MODEL_PATH)
    for line in SEED_000.read_text(encoding="utf-8").splitlines()[:30]:
        words = [t.text for t in tokenize(line)]
        assert fz.utf8_sentence(words) == [[a.encode() for a in w] for w in fz.sentence(words)]
    assert fz.utf8_sentence([]) == []


def test_latin_capital_gates_find_the_same_names_and_survive_odd_tokens():
    """The acronym and English-name scans start at the first word with a Latin capital; words
    before it (Devanagari, lower case, accented or empty) can never start a match."""
    kb = load_kb(Config())
    toks = tokenize("दिल्ली में Indian Council of Medical Research और WHO ने कहा")
    assert [(c.i, c.j, c.type) for c in rules.english_names(toks, set())] == [
        (2, 7, "ORGANIZATION")]
    found = rules.rule_candidates(toks, kb, [])
    assert any(toks[c.i].text == "WHO" and c.type == "ORGANIZATION" for c in found)
    odd = [Tok(0, 0, ""), Tok(0, 5, "École"), Tok(6, 9, "abc"), Tok(10, 15, "Delhi"),
           Tok(16, 22, "Police")]
    assert [(c.i, c.j) for c in rules.english_names(odd, set())] == [(3, 5)]
    assert rules.english_names([Tok(0, 3, "कहा")], set()) == []
    rules.rule_candidates(odd, kb, [])  # no error on an empty word



def test_first_pass_skips_only_sentences_that_cannot_name_a_document_name(monkeypatch):
    """Round sc29: the first pass reads a sentence only when its KB or rule candidates carry KB
    entries; reading every sentence there gives the same mentions (news-style text with a full
    name, its short form later, and a sentence the KB knows nothing in; and the seeds)."""
    from khabar.entities import stage
    from khabar.model import Block, Sentence

    text = ("चीन के राष्ट्रपति शी जिनपिंग ने बुधवार को कहा कि सीमा पर शांति जरूरी है। "
            "बैठक के बाद शी ने पत्रकारों से कोई बात नहीं की। "
            "गांव के लोगों ने बताया कि बारिश से फसल खराब हो गई।")
    ends = [k + 1 for k, ch in enumerate(text) if ch == "।"]
    art = Article(id="sc29", text=text, blocks=[Block(0, len(text), "body")],
                  sentences=[Sentence(s, e, 0) for s, e in zip([0, *ends[:-1]], ends, strict=True)])
    articles = [art, *_prepared([SEED_000, SEED_003])]
    kb = load_kb(Config())
    sentences = [stage.known_candidates(toks, kb, set()) for toks in stage.sentence_tokens(art)]
    assert [stage._may_name(k) for k in sentences] == [True, False, False]  # शी alone: no
    skipped = _dump(articles)
    assert any(m[2] == "शी" for m in skipped[0])  # the short form, licensed by the full name
    monkeypatch.setattr(stage, "_may_name", lambda known: True)  # every sentence read, as before
    assert _dump(articles) == skipped

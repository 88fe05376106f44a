"""Speed work on the core stages changes no output (issue 16): each shortcut against the slow path
it replaces, on real corpus sentences and on bad input."""

from __future__ import annotations

import dataclasses
import re

from conftest import corpus_sample
from khabar import pipeline
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article
from khabar.time.grammar import Rule, scan
from khabar.time.tagger import _rules
from scripts import load_script


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
    from khabar.entities import kbmatch
    from khabar.entities.kb import load_kb
    from khabar.entities.stage import content_spans
    from khabar.entities.tagger import tokenize

    kb = load_kb(Config())
    articles = _corpus_articles(shared_data)
    token_lists = [tokenize(a.text[s:e], s) for a in articles for s, e in content_spans(a)]
    token_lists.append(tokenize("जम्मू-कश्मीरः शोपियां में U.S. और अमेरिका . रूस ने", 0))
    kbmatch._KBCaches.kb = None
    gated = [kbmatch._kb_candidates(toks, kb, set()) for toks in token_lists]
    monkeypatch.setattr(kbmatch, "_may_end_alias", lambda kb, word: True)
    kbmatch._KBCaches.kb = None
    assert gated == [kbmatch._kb_candidates(toks, kb, set()) for toks in token_lists]
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


def test_line_features_are_the_same_remembered_or_measured(shared_data):
    from khabar.clean import lines

    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 2), config)
            if not isinstance(a, Failure)]
    texts = [a.text for a in read] + ["", "\u200b\n \n\u200d", "x" * (lines._MAX_SEEN_CHARS + 1)]
    for text in texts:
        lines._SEEN.clear()
        first = lines.split_lines(text)
        assert lines.split_lines(text) == first  # the second time from the remembered features
        assert all(lines._measure(ln.text, lines.DEFAULT_STOPWORDS)
                   == (ln.words, ln.letters, ln.deva_ratio, ln.latin_ratio, ln.stop_density,
                       ln.sentence_ends, ln.ends_sentence, ln.separator_ratio) for ln in first)


def test_language_cue_counts_per_distinct_word_give_the_languages_word_by_word(shared_data):
    from khabar.lang import langid

    def word_by_word(text: str, words: list[str]) -> tuple[str, float]:
        """langid._devanagari as it was: one dict lookup per word."""
        counts = dict.fromkeys(langid._CUES, 0)
        for w in words[: langid._MAX_CUE_WORDS]:
            lang = langid._CUE_OF.get(w)
            if lang is not None:
                counts[lang] += 1
            elif len(w) > 4 and w[-1] in langid._SUFFIX_LAST:
                for lang, suffixes in langid._SUFFIX_CUES.items():
                    if w.endswith(suffixes):
                        counts[lang] += 1
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        (best, top), (_, second) = ranked[0], ranked[1]
        if top >= 2 and top >= 2 * second:
            return best, min(0.99, 0.6 + 0.4 * (top - second) / (top + second))
        if top == 1 and second == 0:
            return best, 0.6
        code, conf = langid._cld2(text)
        if code in langid._CUES and len(words) >= langid._MIN_WORDS_FOR_CLD2:
            return code, conf
        return "hi", 0.5

    articles = _corpus_articles(shared_data)
    texts = [a.text[b.start:b.end] for a in articles for b in a.blocks]
    texts += ["ते आहेत ते आहेत आणि मराठी", "नेपालीहरू नेपालीहरू गर्छन्", "", "ँ", "आहेत " * 3000]
    for text in texts:
        words = langid._LETTERS.findall(text)
        assert langid._devanagari(text, words) == word_by_word(text, words), text[:80]


def test_live_labels_are_found_at_their_opening_letters():
    from khabar.clean.dump import _LIVE, _LIVE_AT, _LIVE_FIRST

    for text in ["LIVE", "live updates", "Breaking  News", "लाइव अपडेट", "ʟive", "\u212aLIVE"]:
        assert (_LIVE_AT.search(text) is not None) == (_LIVE.search(text) is not None), text
    assert _LIVE_FIRST == "[BLblल]"
    # every character the labels' first letters match under case folding is in the class
    for code in range(0x10000):  # case folding pairs lie in the Basic Multilingual Plane
        ch = chr(code)
        if re.fullmatch("[lbल]", ch, re.I):
            assert re.fullmatch(_LIVE_FIRST, ch), hex(code)


def test_time_triggers_found_per_article_give_the_timexes_of_per_sentence_search(shared_data,
                                                                                monkeypatch):
    from khabar.time import stage

    articles = _corpus_articles(shared_data)
    fast = [stage.timexes_of(a) for a in articles]
    monkeypatch.setattr(stage, "triggers_present", lambda rules, text, spans: None)
    assert fast == [stage.timexes_of(a) for a in articles]
    assert sum(map(len, fast)) > 100


def test_trigger_presence_refuses_spans_out_of_order():
    from khabar.time.grammar import triggers_present
    from khabar.time.stage import timexes_of

    text = "सोमवार को बैठक हुई। मंगलवार को नहीं।"
    rules = _rules("hi")
    assert triggers_present(rules, text, []) is None
    assert triggers_present(rules, text, [(20, 36), (0, 19)]) is None  # not in text order
    assert triggers_present(rules, text, [(0, 25), (20, 36)]) is None  # overlapping
    assert triggers_present(rules, text, [(5, 2)]) is None
    present = triggers_present(rules, text, [(0, 19), (20, 36)])
    assert present is not None and all(present)
    art = Article(id="t", text=text, dct="2020-04-06")
    art = next(pipeline.run_local([art], Config(), ["clean", "lang"]))
    shuffled = Article(id="t", text=text, dct="2020-04-06", blocks=art.blocks,
                       sentences=list(reversed(art.sentences)))
    assert sorted(t.value for t in timexes_of(shuffled)) == sorted(t.value for t in timexes_of(art))


def test_core_dump_compare_finds_a_changed_field_and_a_missing_article(tmp_path, capsys, monkeypatch):
    import json

    from conftest import ROOT

    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))  # core_dump imports scale's sampler

    core_dump = load_script("benchmarks", "core_dump")
    rows = [{"id": "a", "mentions": [1]}, {"id": "b", "mentions": []}]
    ours, same, changed = tmp_path / "ours", tmp_path / "same", tmp_path / "changed"
    ours.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    same.write_text(ours.read_text(encoding="utf-8"), encoding="utf-8")
    changed.write_text(json.dumps({"id": "a", "mentions": [2]}) + "\n", encoding="utf-8")
    assert core_dump.compare(ours, same) == 0
    assert core_dump.compare(ours, changed) == 2  # one field differs, one article is missing
    out = capsys.readouterr().out
    assert "article count differs" in out and "field 'mentions' differs" in out


def _tagger_tokens_by_loop(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """The tagger's tokens as the per-word loop built them before (the reference)."""
    from khabar.entities.tagger import _TOKEN

    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if word not in "-‐‑–—":
            start = m.start() + offset
            out.append((start, start + len(word), word))
    return out


def _crf_sentences(shared_data) -> list[list[str]]:
    from khabar.entities.tagger import tokenize

    articles = _corpus_articles(shared_data)
    words = [[t.text for t in tokenize(a.text[s.start:s.end])] for a in articles for s in a.sentences]
    assert len(words) > 200
    return words


def test_tagger_tokens_are_those_of_the_loop_on_corpus_and_odd_text(shared_data):
    from khabar.entities.tagger import Tok, tokenize

    texts = [a.text for a in _corpus_articles(shared_data)]
    texts += ["", " ", "-", "रूस-चीन — शी-पुतिन", "\x00\ufffd", "U.S. 1,234.5 A-B", "ऑ" * 300]
    for text in texts:
        for offset in (0, 17):
            got = tokenize(text, offset)
            assert all(type(t) is Tok for t in got)
            assert [(t.start, t.end, t.text) for t in got] == _tagger_tokens_by_loop(text, offset)


def test_crf_utf8_features_are_the_string_features_encoded(shared_data):
    """The tagging path (bytes, word pairs prebuilt per distinct pair) gives the CRF exactly the
    attributes, in the order, of the training path (strings, pairs built per word)."""
    from khabar.entities.kb import load_kb
    from khabar.entities.tagger import MODEL_PATH, _featuriser, gazetteer

    kb = load_kb(Config())
    gazetteer(kb)
    feats = _featuriser(id(kb), MODEL_PATH)
    sentences = _crf_sentences(shared_data) + [[], ["अकेला"], ["दो", "शब्द"], ["एक", "दो", "तीन"]]
    for words in sentences:
        want = [[x.encode("utf-8") for x in attrs] for attrs in feats.sentence(words)]
        assert feats.utf8_sentence(words) == want, words


def test_clause_tokens_and_mention_spans_match_the_scan(shared_data):
    """The events sentence view's tokens (joiners dropped and, since round rv36, a mark typed
    twice read once, and since round nrm1 a vowel typed as two signs read as its one sign, from
    texts only) and the bisected token span of each mention are those of
    the per-token scan they replace."""
    from khabar.events.clause import (
        _DOUBLED_MARK,
        _TOKEN,
        _TWO_SIGNS,
        _ZERO_WIDTH,
        _one_sign,
        overlapping,
        tokenize,
    )

    articles = _corpus_articles(shared_data)
    cases = [(a.text, s.start, s.end) for a in articles for s in a.sentences]
    odd = "हेल्\u200dपलाइन पर (Lockdown) कॉल\u200c करें।"
    cases += [(odd, 0, len(odd)), (odd, 4, 20), ("", 0, 0), ("।।", 0, 2)]
    signs = "चीन ने सभी देशेां से कहा, लोगाें काे काेेरोना केा"  # round nrm1: two-sign spellings
    cases += [(signs, 0, len(signs)), (signs, 3, 30)]
    for text, start, end in cases:
        toks = tokenize(text, start, end)
        want = [(start + m.start(), start + m.end(),
                 _TWO_SIGNS.sub(_one_sign,
                                _DOUBLED_MARK.sub(r"\1", m.group().translate(_ZERO_WIDTH))))
                for m in _TOKEN.finditer(text[start:end])]
        assert [(t.start, t.end, t.text) for t in toks] == want
        ends, starts = [t.end for t in toks], [t.start for t in toks]
        for lo_off in range(start, end, 7):
            for hi_off in (lo_off, lo_off + 1, lo_off + 9):
                idx = [i for i, t in enumerate(toks) if t.start < hi_off and t.end > lo_off]
                lo, hi = overlapping(ends, starts, lo_off, hi_off)
                assert list(range(lo, hi)) == idx


def _near_by_loop(word, d: int) -> list[str]:
    """What a word lends the word ``d`` places away, as the per-offset loop first built it."""
    from khabar.entities.crffeatures import HONORIFIC_AFTER, HONORIFIC_BEFORE, POSTPOSITIONS

    k = word.key
    own = dict(x.split(":", 1) for x in word.own if ":" in x)
    gz, shape, cluster = own["gaz"], own["shape"], own["cl"]
    labels = [x.removeprefix("lex0:") for x in word.own if x.startswith("lex0:")]
    attrs = [f"w{d}:{k}"]
    if abs(d) < 3:
        attrs.append(f"gaz{d}:{gz}")
        if k in POSTPOSITIONS:
            attrs.append(f"post{d}")
    if abs(d) == 1:
        attrs.append(f"shape{d}:{shape}")
        attrs.append(f"cl{d}:{cluster}")
        attrs += [f"lex{d}:{x}" for x in labels]
        if "acr" in word.own:
            attrs.append(f"acr{d}")
        if "oov" in word.own:
            attrs.append(f"oov{d}")
    if d == 1:
        attrs.append("w+1suf2:" + k[-2:])
        if k in HONORIFIC_AFTER:
            attrs.append("hon+1")
    if d in (-1, -2) and k in HONORIFIC_BEFORE:
        attrs.append(f"hon{d}")
    return attrs


def test_crf_word_attributes_are_those_of_the_per_offset_loop(shared_data):
    """Each word's attributes for its neighbours, written out per offset, are those the loop
    over offsets built (checked on the full attribute set, as training sees it)."""
    from khabar.entities.crffeatures import Featuriser
    from khabar.entities.kb import load_kb
    from khabar.entities.tagger import (
        MODEL_PATH,
        _load_lexicon,
        gazetteer,
        lexicon_path,
    )

    kb = load_kb(Config())
    fz = Featuriser(gazetteer(kb), _load_lexicon(lexicon_path(MODEL_PATH)))
    words = sorted({w for s in _crf_sentences(shared_data) for w in s})
    words += ["श्री", "जी", "ने", "आईसीएमआर", "U.S.", "NASA", "१२", "-", "डॉ."]
    for w in words:
        info = fz.word(w)
        for d in (-3, -2, -1, 1, 2, 3):
            assert list(info.near[d]) == _near_by_loop(info, d), (w, d)

"""Speed round sp15 (issue 16): the entities stage's shortcuts each give what the straightforward
path gave, on news sentences: the BIO spans read from the tags that are not "O", the KB n-grams
looked for only up to the farthest word that may end an alias, the decoder's new-word rows with
zero rows for the attributes the model does not weigh (the same sums, bit for bit), and the
first, name-learning pass skipped in an article whose names nothing reads."""

from __future__ import annotations

import random
from collections.abc import Sequence
from itertools import compress
from pathlib import Path

import numpy as np
import pytest

from khabar.config import Config
from khabar.entities import kbmatch, stage, tagger
from khabar.entities.crfdecode import SentenceDecoder, read_model
from khabar.entities.crffeatures import _EDGE
from khabar.entities.kb import KB, load_kb
from khabar.entities.tagger import TOK_TEXT, Tok, spans_from_bio, tokenize
from khabar.model import Article

from .conftest import SEED_000, SEED_003

SENTENCES = [
    "स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने कहा कि देश में 21 दिन का लॉकडाउन रहेगा।",
    "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने प्रधानमंत्री नरेंद्र मोदी से फोन पर बात की।",
    "जम्मू - कश्मीर के उपराज्यपाल ने श्रीनगर में बैठक की।",  # a spaced dash inside an alias
    "रूस-यूक्रेन युद्ध पर संयुक्त राष्ट्र चार्टर का हवाला दिया गया।",  # nested names
    "जर्मन चांसलर ने कहा कि शी जिनपिंग से बात होगी।",  # a role-only office, a very short form
    "WHO ने भारत सरकार के कदमों की सराहना की है।",
]


def _seed_sentences() -> list[str]:
    lines = [*SENTENCES]
    for path in (SEED_000, SEED_003):
        lines += [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


def _bio_by_every_tag(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """spans_from_bio before round sp15: every tag visited, an "O" after the last."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, str(label)))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return spans


def test_bio_spans_from_the_named_tags_are_those_of_every_tag() -> None:
    kb = load_kb(Config())
    sentences = [list(map(TOK_TEXT, tokenize(s))) for s in _seed_sentences()]
    tagged = tagger.tag_sentences([s for s in sentences if s], kb)
    assert sum(bool(spans_from_bio(t)) for t in tagged) > 20
    for tags in tagged:
        assert spans_from_bio(tags) == _bio_by_every_tag(tags)
    # and on made-up sequences: orphan I-, a type change inside I-, empty labels, odd tags
    rng = random.Random(15)
    alphabet = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-ORG", "B-", "I-", "X"]
    for _ in range(20_000):
        tags = [rng.choice(alphabet) for _ in range(rng.randint(0, 9))]
        assert spans_from_bio(tags) == _bio_by_every_tag(tags), tags


def _kb_by_full_reach(toks: Sequence[Tok], kb: KB, names: set[str]) -> list[kbmatch.Cand]:
    """kb_candidates before round sp15: each start's reach found up to MAX_ALIAS_WORDS words,
    then every n-gram whose last word may end an alias, longest first."""
    out: list[kbmatch.Cand] = []
    n = len(toks)
    nest_end = 0
    texts = list(map(TOK_TEXT, toks))
    edges = [kbmatch._alias_edges(kb, w) for w in texts]
    for i in compress(range(n), (e[0] for e in edges)):
        top = min(n, i + kbmatch.MAX_ALIAS_WORDS)
        reach = i + 1
        while reach < top and toks[reach].start - toks[reach - 1].end <= kbmatch.MAX_ALIAS_GAP:
            reach += 1
        for j in range(reach, i, -1):
            if not edges[j - 1][1]:
                continue
            surface = " ".join(texts[i:j]).removesuffix(kbmatch.VISARGA_COLON)
            hit = kbmatch._surface_hit(kb, surface)
            if hit is None:
                continue
            kind, chosen, etype, confidence = hit
            if kind == "short" and len(surface) <= 2 and not any(e.id in names for e in chosen):
                continue
            if etype in kbmatch.NESTING_TYPES:
                if i < nest_end:
                    continue
                nest_end = j
            out.append(kbmatch.Cand(i, j, etype, "kb", "name" if kind == "short" else kind,
                                    list(chosen), confidence, short=kind == "short"))
            if etype not in kbmatch.NESTING_TYPES:
                break
    return out


def _allowed_day_files(shared_data: Path, days: int = 1) -> list[Path]:
    """The day files of each outlet from its third (2020-04-03 onwards, ``days`` of them, at most
    three): outside the days the event rounds hold out."""
    root = shared_data / "corpus" / "hindi-covid-2020" / "Corpora"
    if not root.is_dir():
        pytest.skip(f"corpus not found at {root}")
    return [path for outlet in sorted(root.iterdir()) if outlet.is_dir()
            for path in sorted(outlet.rglob("*.txt"))[2:2 + min(days, 3)]]


def test_kb_ngrams_up_to_the_farthest_end_are_those_of_the_full_reach(shared_data) -> None:
    kb = load_kb(Config())
    lines = _seed_sentences() + [
        ln for p in _allowed_day_files(shared_data)
        for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()[:400]]
    every_id = set(kb.entries)  # every very short form licensed
    found = 0
    for line in lines:
        toks = tokenize(line)
        for names in (set(), every_id):
            assert kbmatch.kb_candidates(toks, kb, names) == _kb_by_full_reach(toks, kb, names)
        found += bool(kbmatch.kb_candidates(toks, kb, set()))
    assert found > 50


def _string_decoder(kb: KB) -> SentenceDecoder:
    """The decoder as it is built without :mod:`.wordrows`: each word's attribute strings from
    the featuriser, looked up in the model (no zero rows among them)."""
    weights = read_model(tagger.MODEL_PATH)
    featuriser = tagger._featuriser(id(kb), tagger.MODEL_PATH)

    def word(w: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
        info = featuriser.word(w)
        return info.key, (info.own, info.m3, info.m2, info.m1, info.p1, info.p2, info.p3)

    edge = ((), _EDGE[-3], _EDGE[-2], _EDGE[-1], _EDGE[1], _EDGE[2], _EDGE[3])
    return SentenceDecoder(weights, word, tagger._GROUP_OFFSETS, edge, tagger._PAIR_CARRIERS)


def test_word_rows_with_zero_rows_give_the_same_sums_bit_for_bit(shared_data) -> None:
    kb = load_kb(Config())
    tagger.gazetteer(kb)
    rows_decoder = tagger._decoder.__wrapped__(id(kb), tagger.MODEL_PATH)
    assert rows_decoder is not None
    lines = _seed_sentences() + [
        ln for p in _allowed_day_files(shared_data)
        for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()[:300]]
    sentences = [words for ln in lines if (words := list(map(TOK_TEXT, tokenize(ln))))]
    zero = rows_decoder.weights.zero
    assert any(zero in g for s in sentences[:50] for w in s for g in rows_decoder.word_rows(w)[1])
    ours, theirs = rows_decoder.scores(sentences), _string_decoder(kb).scores(sentences)
    assert len(ours) == len(theirs) == len(sentences)
    for a, b in zip(ours, theirs, strict=True):
        assert np.array_equal(a, b)  # exact: no tolerance


def _articles(shared_data: Path) -> list[Article]:
    from khabar import pipeline
    from khabar.clean.stage import clean_articles
    from khabar.clean.templates import OutletTemplates
    from khabar.ingest.readers import Failure, read_paths

    config = Config()
    files = [*_allowed_day_files(shared_data, 3), SEED_000, SEED_003]
    read = [a for a in read_paths(files, config) if not isinstance(a, Failure)]
    given = list(pipeline.get_stage("clean").assigns)
    return list(pipeline.run_local(clean_articles(read, OutletTemplates()), config, ["lang"],
                                   given=given))


def test_first_pass_skipped_only_where_its_names_are_never_read(shared_data, monkeypatch) -> None:
    kb = load_kb(Config())
    articles = [a for a in _articles(shared_data) if a.status == "ok"]
    assert len(articles) > 40
    read = []
    real = stage._names_read

    def counted(firsts: Sequence[stage.Known]) -> bool:
        read.append(real(firsts))
        return read[-1]

    monkeypatch.setattr(stage, "_names_read", counted)
    lean = [stage.extract_mentions(a, kb) for a in articles]
    assert 0 < sum(read) < len(read)  # both kinds of article
    monkeypatch.setattr(stage, "_names_read", lambda firsts: True)  # the pass in every article
    full = [stage.extract_mentions(a, kb) for a in articles]
    assert lean == full
    # a sentence with a role-only office or a very short form makes an article read its names
    toks = tokenize(SENTENCES[4])
    keys = [stage.deva_key(t.text) for t in toks]
    assert stage._names_read([stage.known_candidates(toks, kb, set(), keys)])


def test_steps_asked_first_whether_they_can_find_anything(shared_data) -> None:
    """Partner groups need a partner word in the sentence, and a tagger span is tiled by KB
    names only where the KB has two names or more and the span two words or more: on real
    sentences the skipped calls give nothing, and a sentence built to have a partner group
    still finds it."""
    from khabar.entities import recognize, rules

    kb = load_kb(Config())
    lines = _seed_sentences() + [
        ln for p in _allowed_day_files(shared_data)
        for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()[:300]]
    lines.append("अमेरिका के करीबी सहयोगी देशों ने प्रतिबंध लगाए।")
    partners = tiled_asked = 0
    for line in lines:
        toks = tokenize(line)
        keys = [stage.deva_key(t.text) for t in toks]
        known = stage.known_candidates(toks, kb, set(), keys)
        found = rules.partner_groups(toks, keys, known.kbc)
        if rules.PARTNER_HEADS.isdisjoint(keys):
            assert found == []
        partners += bool(found)
        tags = tagger.tag_sentences([list(map(TOK_TEXT, toks))], kb)[0] if toks else []
        for c in recognize.crf_candidates(toks, kb, keys=keys, tags=tags):
            inside = [k for k in known.kbc if k.kind == "name" and c.i <= k.i and k.j <= c.j]
            if sum(k.kind == "name" for k in known.kbc) < 2 or c.j - c.i < 2:
                assert len(inside) < 2  # so never tiled by two KB names
                tiled_asked += 1
    assert partners >= 1 and tiled_asked > 30


def test_word_shape_asked_devanagari_first_is_the_same_shape() -> None:
    """_shape asks the Devanagari pattern before the Latin ones (round sp15): the scripts share
    no character, so every word keeps the shape the Latin-first order gave."""
    import re

    from khabar.entities import crffeatures

    def latin_first(w: str) -> str:
        if w.isdigit():
            return "digit"
        if re.fullmatch(r"[A-Z]+", w):
            return "LATIN_UP"
        if re.fullmatch(r"[A-Za-z.&']+", w):
            return "Latin" if w[0].isupper() else "latin"
        if re.fullmatch(r"[\u0900-\u097f\u200c\u200d]+", w):
            return "deva"
        return "punct"

    words = {t.text for line in _seed_sentences() for t in tokenize(line)}
    words |= {"", "WHO", "Delhi", "covid", "U.S.", "१२३", "2020", "।", "-", "ऑफिस", "x:y", "A&B"}
    assert {crffeatures._shape(w) for w in words} >= {"digit", "deva", "LATIN_UP", "Latin",
                                                       "latin", "punct"}
    for w in words:
        assert crffeatures._shape(w) == latin_first(w), w


def _split_brackets_then_filter(spans: Sequence[tuple[int, int, str]], toks: Sequence[Tok]
                                ) -> list[tuple[int, int, str]]:
    """_split_at_open_brackets before round sp15: every span read, the list filtered at the end."""
    out: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        texts = [t.text for t in toks[i:j]]
        if "(" in texts:
            p = i + texts.index("(")
            if ")" not in texts[p - i:]:
                out += [(i, p, label), (p + 1, j, label)]
            else:
                q = i + texts.index(")", p - i)
                out += [(i, p, label), (p + 1, q, label), (q + 1, j, label)]
        else:
            out.append((i, j, label))
    return [(i, j, label) for i, j, label in out if i < j]


def _split_commas_then_filter(spans: Sequence[tuple[int, int, str]], toks: Sequence[Tok]
                              ) -> list[tuple[int, int, str]]:
    """_split_at_commas before round sp15."""
    out: list[tuple[int, int, str]] = []
    for i, j, label in spans:
        if label == "ORG" or "," not in "".join(t.text for t in toks[i:j - 1]):
            out.append((i, j, label))
            continue
        start = i
        for x in range(i, j - 1):
            text = toks[x].text
            if text == ",":
                out.append((start, x, label))
                start = x + 1
            elif len(text) > 1 and text.endswith(","):
                out.append((start, x + 1, label))
                start = x + 1
        out.append((start, j, label))
    return [(i, j, label) for i, j, label in out if i < j]


def test_per_sentence_shortcuts_of_the_recogniser_change_nothing(shared_data) -> None:
    """The bracket and comma cuts of tagger spans, the common-noun and something-else filters
    asked of the sentence first, and the sweep skipped before a person is named: each gives
    what the straightforward step gave, on real sentences (and on made-up spans with brackets
    and commas)."""
    from khabar.entities import recognize
    from khabar.entities.link import DocLinker

    kb = load_kb(Config())
    lines = _seed_sentences() + [
        ln for p in _allowed_day_files(shared_data)
        for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()[:300]]
    lines += ["अखिल भारतीय आयुर्विज्ञान संस्थान ( एम्स ) और मैथ्यू हेडन, पार्थिव पटेल ने कहा।"]
    rng = random.Random(15)
    cut = 0
    for line in lines:
        toks = tokenize(line)
        if not toks:
            continue
        keys = [stage.deva_key(t.text) for t in toks]
        tags = tagger.tag_sentences([list(map(TOK_TEXT, toks))], kb)[0]
        spans = spans_from_bio(tags)
        made = [(i, rng.randint(i + 1, len(toks)), rng.choice(["PER", "LOC", "ORG"]))
                for i in rng.sample(range(len(toks)), min(3, len(toks)))]
        for given in (spans, made):
            split = recognize._split_at_open_brackets(given, toks)
            assert split == _split_brackets_then_filter(given, toks)
            assert recognize._split_at_commas(split, toks) == _split_commas_then_filter(split, toks)
            cut += split != list(given)
        known = stage.known_candidates(toks, kb, set(), keys)
        cands = [*known.kbc, *known.rules,
                 *recognize.crf_candidates(toks, kb, keys=keys, tags=tags)]
        assert recognize._without_common_nouns(cands, keys) == [
            c for c in cands if not recognize._common_noun_person(c, keys)
            and not (c.kind == "name" and c.j - c.i == 1 and keys[c.i] in recognize.COMMON_ACRONYMS)]
        names, _ = kbmatch._kb_candidates(toks, kb, set())
        if (recognize.CONSTITUENCY_WORDS.isdisjoint(keys)
                and recognize.PROGRAMME_HEADS.isdisjoint(keys)):
            assert not any(recognize._names_something_else(c, keys) for c in names)
        assert DocLinker(kb, "sp15", None).sweep_short_forms(toks, line, set(), keys) == []
    assert cut > 0

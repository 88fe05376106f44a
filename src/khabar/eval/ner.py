"""``khabar eval ner``: span-level P/R/F1 per type on IL-NER Hindi dev and HiNER's evaluation half.

Four systems are scored on the same gold words: the trained CRF alone, the knowledge base alone
(alias matches that are names, not adjectives), the rules alone (titles, "X सरकार", acronyms;
the organisation-head rule needs the CRF, so it shows only in the combination) and the
combination the pipeline uses (KB, rules, then the CRF). Each system's speed is given in words
per second of one core's CPU time (the ALL row). Gold tag sets are mapped to PER/LOC/ORG (IL-NER
NEP/NEL/NEO; HiNER PERSON/LOCATION/ORGANIZATION); other types are ignored on both sides. A span counts when type and both word
boundaries match exactly (CoNLL convention). The gold words are used as they are, so tokenisation
differences do not enter the score.

When ``khabar[accurate]`` is installed, two more systems are scored beside these: the accurate
CRF alone (``accurate-crf``: the default attributes plus e5 probe probabilities, see
:mod:`~khabar.entities.accurate`) and the combination with it in place of the default CRF
(``accurate``); their words/s include the numpy e5 forward pass.

The CRF learns from IL-NER train and the first half of HiNER validation (file order, see
:func:`~khabar.entities.tagger.hiner_halves`); IL-NER dev and the second half of HiNER validation
are never trained on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..config import Config
from ..entities.accurate import available as accurate_available
from ..entities.kb import KB, load_kb
from ..entities.recognize import recognise
from ..entities.tagger import (
    GAZ_CLASS,
    HINER_TAGSET,
    HINER_VALIDATION,
    TAGSET,
    Tok,
    hiner_halves,
    read_conll,
    spans_from_bio,
    tag_with,
    tag_words,
)
from .report import EvalReport, data_digest, require_data

TYPES = ("PER", "LOC", "ORG")
SYSTEMS = ("crf", "kb", "rules", "combined")
# The accurate tagger's systems (its CRF alone, and combined as the pipeline would use it),
# scored beside the default ones when ``khabar[accurate]`` is installed.
ACCURATE_SYSTEMS = ("accurate-crf", "accurate")
# The candidate source each single-source system keeps (see :class:`~khabar.entities.kbmatch.Cand`).
SOURCE_OF = {"kb": "kb", "rules": "rule"}
DATASETS = ("il-ner-dev", "hiner-eval")
_CLASS = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG", **GAZ_CLASS}

Span = tuple[int, int, str]


def _words_as_tokens(words: Sequence[str]) -> list[Tok]:
    toks, pos = [], 0
    for w in words:
        toks.append(Tok(pos, pos + len(w), w))
        pos += len(w) + 1
    return toks


def predict(words: Sequence[str], kb: KB, system: str) -> set[Span]:
    """Predicted (first word, last word + 1, type) spans of one sentence for one system."""
    if system == "crf":
        return set(spans_from_bio(tag_words(words, kb)))
    if system == "accurate-crf":
        return set(spans_from_bio(tag_with("accurate", words, kb)))
    toks = _words_as_tokens(words)
    tagger = "accurate" if system == "accurate" else "default"
    use_crf = system in ("combined", "accurate")
    cands = recognise(toks, kb, set(), use_crf=use_crf, use_kb=True, tagger=tagger)
    out = set()
    for c in cands:
        if system in SOURCE_OF and c.source != SOURCE_OF[system]:
            continue
        if c.kind != "name":
            continue
        label = _CLASS.get(c.type)
        if label:
            out.add((c.i, c.j, label))
    return out


def score(gold: Iterable[set[Span]], pred: Iterable[set[Span]]) -> dict[str, dict[str, float]]:
    """Per-type and micro P/R/F1 from paired span sets."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        for s in p:
            (tp if s in g else fp)[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    out = {}
    for t in (*TYPES, "ALL"):
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        prec = a / (a + b) if a + b else 0.0
        rec = a / (a + c) if a + c else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f1, 4), "n": a + c}
    return out


def load_dataset(config: Config, name: str) -> tuple[Path, list[tuple[list[str], list[str]]]]:
    """The gold file and sentences of one evaluation set (tags mapped to PER/LOC/ORG)."""
    if name == "il-ner-dev":
        path = require_data(config.data_dir, "ner", "il-ner-hindi", "Hindi-dev.txt")
        return path, list(read_conll(path, TAGSET))
    if name == "hiner-eval":
        path = require_data(config.data_dir, *HINER_VALIDATION)
        return path, hiner_halves(list(read_conll(path, HINER_TAGSET)))[1]
    raise ValueError(f"unknown NER dataset {name!r}")


def evaluate(
    config: Config,
    *,
    datasets: Sequence[str] = DATASETS,
    systems: Sequence[str] | None = None,
    limit: int | None = None,
) -> EvalReport:
    """Score each system on each dataset; ``limit`` keeps the first N sentences (for gates).

    By default the four default systems, and the accurate ones when they are installed."""
    if systems is None:
        systems = SYSTEMS + (ACCURATE_SYSTEMS if accurate_available() else ())
    kb = load_kb(config)
    report = EvalReport("ner", ["dataset", "system", "type", "p", "r", "f1", "n", "words/s"])
    paths: list[Path] = []
    for name in datasets:
        path, sentences = load_dataset(config, name)
        paths.append(path)
        sentences = sentences[:limit]
        gold = [set(spans_from_bio(tags)) for _, tags in sentences]
        n_words = sum(len(words) for words, _ in sentences)
        for system in systems:
            if sentences:
                predict(sentences[0][0], kb, system)  # models load before the clock starts
            t0 = time.process_time()
            pred = [predict(words, kb, system) for words, _ in sentences]
            speed = round(n_words / max(time.process_time() - t0, 1e-9))
            for t, s in score(gold, pred).items():
                row = {"dataset": name, "system": system, "type": t, **s}
                row["words/s"] = speed if t == "ALL" else None
                report.rows.append(row)
    report.data_digest = data_digest(paths)
    report.notes.append("span-level exact match; gold tags mapped to PER/LOC/ORG")
    report.notes.append(
        "hiner-eval: the second half of HiNER validation in file order (the first half is trained on)"
    )
    report.notes.append("words/s: CPU time of this process (one core), ALL rows")
    if limit:
        report.notes.append(f"first {limit} sentences of each dataset")
    return report

"""Our own statistical name tagger: a linear-chain CRF over word-shape, affix, gazetteer and context.

No Hindi NER model can be downloaded here, so khabar trains one (sklearn-crfsuite) on the IL-NER
Hindi training split: person (NEP), location (NEL) and organisation (NEO) in BIO; other IL-NER tags
(time, number, artefact) are outside our task and become O. Hindi has no capital letters, so the
evidence is the word itself, its affixes (ी/ियों adjectives and plurals vs. names), whether the KB
knows it (the gazetteer), and its context (a following ने/के/की, a preceding title word).

``train_ner`` writes ``data/ner/crf.model`` (committed, a few MB); ``tag_tokens`` loads it once
per process. Training: ``khabar train ner`` (about a minute on 2 cores).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ..config import Config
from ..eval.report import require_data
from .kb import KB, load_kb
from .translit import deva_key

MODEL_PATH = Path(str(resources.files("khabar") / "data" / "ner" / "crf.model"))
TAGSET = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG"}
# KB entry types as gazetteer classes (the tagger's three types).
GAZ_CLASS = {
    "PERSON": "PER",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "REGION": "LOC",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
}
POSTPOSITIONS = frozenset(
    ["ने", "के", "की", "का", "को", "में", "से", "पर", "तक", "द्वारा", "और", "व", "एवं", ","]
)
# CRF regularisation and iterations, tuned on IL-NER dev (F1 of PER/LOC/ORG): c1=0.05, c2=0.05
# beat 0.1/0.1 and 0.2/0.01; 150 iterations converge (loss change < 0.1%).
C1, C2, MAX_ITER = 0.05, 0.05, 150

_TOKEN = re.compile(
    r"[\u0900-\u0963\u0966-\u097f\u200c\u200d]+|[A-Za-z][A-Za-z.&']*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*|\S"
)


@dataclass(frozen=True, slots=True)
class Tok:
    start: int
    end: int
    text: str


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words, numbers and single punctuation marks with absolute offsets; hyphens split words.

    Splitting at hyphens lets each part of "रूस-चीन" or "शी-पुतिन" be found on its own.
    """
    return [
        Tok(m.start() + offset, m.end() + offset, m.group())
        for m in _TOKEN.finditer(text)
        if m.group() not in "-‐‑–—"
    ]


@cache
def _gazetteer(kb_id: int) -> dict[str, str]:
    """Single-word gazetteer class per folded word (name/short aliases; "ADJ" for adjectives)."""
    kb = _KBS[kb_id]
    gaz: dict[str, str] = {}
    for entry in kb.entries.values():
        cls = GAZ_CLASS.get(entry.type)
        for alias, kind in entry.aliases():
            for i, word in enumerate(alias.split()):
                key = deva_key(word)
                tag = "ADJ" if kind in ("adjectival", "demonym") else cls
                if tag:
                    gaz.setdefault(key + ("" if i == 0 else "~"), tag)
    for forms in kb.titles.values():
        for f in forms:
            gaz.setdefault(deva_key(f.split()[-1]), "TITLE")
    return gaz


_KBS: dict[int, KB] = {}


def _gaz_for(kb: KB) -> dict[str, str]:
    _KBS[id(kb)] = kb
    return _gazetteer(id(kb))


def _shape(w: str) -> str:
    if w.isdigit():
        return "digit"
    if re.fullmatch(r"[A-Z]+", w):
        return "LATIN_UP"
    if re.fullmatch(r"[A-Za-z.&']+", w):
        return "Latin" if w[0].isupper() else "latin"
    if re.fullmatch(r"[\u0900-\u097f\u200c\u200d]+", w):
        return "deva"
    return "punct"


def sentence_features(words: Sequence[str], gaz: dict[str, str]) -> list[dict[str, object]]:
    """CRF features of every word of a sentence."""
    keys = [deva_key(w) for w in words]
    gz = [gaz.get(k) or gaz.get(k + "~") or "-" for k in keys]
    feats = []
    n = len(words)
    for i, w in enumerate(words):
        k = keys[i]
        f: dict[str, object] = {
            "b": 1.0,
            "w": k,
            "shape": _shape(w),
            "suf1": k[-1:],
            "suf2": k[-2:],
            "suf3": k[-3:],
            "pre2": k[:2],
            "len": min(len(k), 8),
            "gaz": gz[i],
            "gazc": gaz.get(k + "~", "-"),
        }
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f[f"w{d}"] = keys[j]
                f[f"gaz{d}"] = gz[j]
                f[f"post{d}"] = keys[j] in POSTPOSITIONS
            else:
                f[f"w{d}"] = "<s>" if j < 0 else "</s>"
        if i + 1 < n:
            f["w+1suf2"] = keys[i + 1][-2:]
            f["w|w+1"] = f"{k}|{keys[i + 1]}"
        if i > 0:
            f["w-1|w"] = f"{keys[i - 1]}|{k}"
        feats.append(f)
    return feats


def read_conll(path: Path, mapping: dict[str, str]) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of a token<TAB>tag BIO file, tags mapped to PER/LOC/ORG (others become O)."""
    words: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0].strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            word, tag = parts[0].strip(), parts[-1].strip()
            prefix, _, label = tag.partition("-")
            mapped = mapping.get(label)
            if prefix not in ("B", "I") or mapped is None:
                tags.append("O")
            else:
                tags.append(f"{prefix}-{mapped}")
            words.append(word)
    if words:
        yield words, tags


def _fix_bio(tags: list[str]) -> list[str]:
    out = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def train_ner(config: Config, out: Path | None = None) -> dict:
    """Train the CRF on IL-NER Hindi train and write the model; returns a summary dict."""
    import sklearn_crfsuite

    train_path = require_data(config.data_dir, "ner", "il-ner-hindi", "Hindi-train.txt")
    out = out or MODEL_PATH
    gaz = _gaz_for(load_kb(config))
    t0 = time.perf_counter()
    xs, ys = [], []
    for words, tags in read_conll(train_path, TAGSET):
        xs.append(sentence_features(words, gaz))
        ys.append(_fix_bio(tags))
    crf = sklearn_crfsuite.CRF(
        algorithm="lbfgs",
        c1=C1,
        c2=C2,
        max_iterations=MAX_ITER,
        all_possible_transitions=True,
        model_filename=str(out),
    )
    crf.fit(xs, ys)
    _load_model.cache_clear()
    summary = {
        "model": out.name,
        "sentences": len(xs),
        "seconds": round(time.perf_counter() - t0, 1),
        "bytes": out.stat().st_size,
        "c1": C1,
        "c2": C2,
        "max_iterations": MAX_ITER,
    }
    out.with_suffix(".json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


@cache
def _load_model(path: Path) -> object:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def tag_words(words: Sequence[str], kb: KB, model: Path = MODEL_PATH) -> list[str]:
    """BIO tags (PER/LOC/ORG) for one sentence of words."""
    if not words:
        return []
    tagger = _load_model(model)
    feats = sentence_features(words, _gaz_for(kb))
    return list(tagger.tag(feats))  # type: ignore[attr-defined]


def spans_from_bio(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last+1, type) word spans of a BIO sequence (an orphan I- starts a span)."""
    spans = []
    start, label = None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, str(label)))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return spans

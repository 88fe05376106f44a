"""Our own statistical name tagger: a linear-chain CRF over word-shape, affix, gazetteer and context.

No Hindi NER model can be downloaded here, so khabar trains one (sklearn-crfsuite) on the IL-NER
Hindi training split: person (NEP), location (NEL) and organisation (NEO) in BIO; other IL-NER tags
(time, number, artefact) are outside our task and become O. Hindi has no capital letters, so the
evidence is the word itself, its affixes (ी/ियों adjectives and plurals vs. names), whether the KB
knows it (the gazetteer), and its context (a following ने/के/की, a preceding title word).

A second gazetteer is learnt from the training split itself (``crf.lexicon.json``): for each
word, the entity classes and span positions it takes in IL-NER train, whether it is an organisation
head (पार्टी, मंत्रालय, बैंक ... as the last word of organisation spans), and whether it is an
ordinary word (seen, never in a name) or unseen; unseen words are mostly names. To keep the CRF from
trusting this lexicon more on its own training sentences than on new text, each training sentence
is featurised with the lexicon of the other folds (jackknifing); tagging uses the full lexicon.
Its place labels are not used as features: places are the KB gazetteer's job (see below).

``train_ner`` writes ``data/ner/crf.model`` and ``crf.lexicon.json`` (committed, a few MB);
``tag_words`` loads them once per process. Training: ``khabar train ner`` (a few minutes on 2 cores).
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
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
LEXICON_SUFFIX = ".lexicon.json"
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
# Honorifics and titles that precede a person's name (श्री राम) and that follow one (गांधी जी).
HONORIFIC_BEFORE = frozenset(
    deva_key(w)
    for w in [
        "श्री",
        "श्रीमती",
        "सुश्री",
        "कुमारी",
        "श्रीमान",
        "डॉ",
        "डॉ.",
        "डा.",
        "प्रो.",
        "प्रोफेसर",
        "स्व.",
        "स्वर्गीय",
        "मिस्टर",
        "मि.",
        "संत",
        "स्वामी",
        "महर्षि",
        "मौलाना",
        "पंडित",
        "पं.",
        "सेठ",
        "राजा",
        "रानी",
        "सम्राट",
        "महाराजा",
        "बादशाह",
        "सरदार",
        "सर",
        "लेडी",
    ]
)
HONORIFIC_AFTER = frozenset(deva_key(w) for w in ["जी", "साहब", "साहेब", "बाबू"])
# English letter names in Devanagari: a word made only of them is an acronym (आईसीएमआर, ईबीआरडी).
_LETTER_NAMES = sorted(
    {
        deva_key(x)
        for x in [
            "ए",
            "बी",
            "सी",
            "डी",
            "ई",
            "एफ",
            "जी",
            "एच",
            "आई",
            "जे",
            "के",
            "एल",
            "एम",
            "एन",
            "ओ",
            "पी",
            "क्यू",
            "आर",
            "एस",
            "टी",
            "यू",
            "वी",
            "डब्ल्यू",
            "डब्लू",
            "एक्स",
            "वाई",
            "जेड",
            "ज़ेड",
        ]
    },
    key=len,
    reverse=True,
)
_DEVA_ACRONYM = re.compile("(?:" + "|".join(map(re.escape, _LETTER_NAMES)) + "){2,}")
# Folds of the jackknifed training lexicon (see the module docstring).
LEXICON_FOLDS = 5
# CRF regularisation and iterations, picked on a held-out tenth of IL-NER train (every 10th
# sentence; never on dev or HiNER), span F1 ALL: c1=0.2/c2=0.05 0.792, 0.05/0.05 0.789,
# 0.1/0.01 0.789, 0.01/0.1 0.782 (and the stronger L1 halves the model); 150 iterations converge.
C1, C2, MAX_ITER = 0.2, 0.05, 150

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


def _foreign_marks(word: str) -> str:
    """Spelling marks of transliterated foreign words, which the folded key loses (ऑ/ॉ, nukta)."""
    marks = ("o" if ("ॉ" in word or "ऑ" in word) else "") + ("n" if "\u093c" in word else "")
    return marks or "-"


def is_deva_acronym(key: str) -> bool:
    """Whether a folded Devanagari word spells English letters only (एनआरए, आईसीएमआर)."""
    return bool(_DEVA_ACRONYM.fullmatch(key))


def train_lexicon(sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> dict[str, str]:
    """Per folded word, space-separated labels learnt from gold BIO sentences.

    ``PER``/``LOC``/``ORG`` when at least half the word's occurrences are inside such a span,
    ``PER?`` etc. when at least a fifth are; ``ORGHEAD`` for the last word of two or more
    organisation spans; ``O5``/``O1`` for words never in a span (seen 5+ times / fewer); ``Olow``
    for the rest. A word absent from the lexicon was never seen in training.
    """
    in_span: Counter[tuple[str, str]] = Counter()
    total: Counter[str] = Counter()
    for words, tags in sentences:
        keys = [deva_key(w) for w in words]
        total.update(keys)
        for i, j, label in spans_from_bio(tags):
            for x in range(i, j):
                in_span[keys[x], label] += 1
            if label == "ORG" and j - i > 1:
                in_span[keys[j - 1], "ORGHEAD"] += 1
    labels: dict[str, list[str]] = {}
    for (key, label), count in sorted(in_span.items()):
        share = count / total[key]
        if label == "ORGHEAD":
            if count >= 2:
                labels.setdefault(key, []).append(label)
        elif share >= 0.5:
            labels.setdefault(key, []).append(label)
        elif share >= 0.2:
            labels.setdefault(key, []).append(label + "?")
    lexicon = {}
    for key, count in total.items():
        if key in labels:
            lexicon[key] = " ".join(labels[key])
        elif any((key, t) in in_span for t in ("PER", "LOC", "ORG")):
            lexicon[key] = "Olow"
        else:
            lexicon[key] = "O5" if count >= 5 else "O1"
    return lexicon


def sentence_features(
    words: Sequence[str], gaz: dict[str, str], lexicon: dict[str, str]
) -> list[dict[str, object]]:
    """CRF features of every word of a sentence (KB gazetteer ``gaz``, training ``lexicon``)."""
    keys = [deva_key(w) for w in words]
    gz = [gaz.get(k) or gaz.get(k + "~") or "-" for k in keys]
    lex = [lexicon.get(k) for k in keys]
    acr = [is_deva_acronym(k) for k in keys]
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
            "suf4": k[-4:],
            "pre1": k[:1],
            "pre2": k[:2],
            "pre3": k[:3],
            "len": min(len(k), 8),
            "gaz": gz[i],
            "gazc": gaz.get(k + "~", "-"),
            "acr": acr[i],
            "marks": _foreign_marks(w),
            "oov": lex[i] is None,
            "hon-1": i > 0 and keys[i - 1] in HONORIFIC_BEFORE,
            "hon-2": i > 1 and keys[i - 2] in HONORIFIC_BEFORE,
            "hon+1": i + 1 < n and keys[i + 1] in HONORIFIC_AFTER,
            "hon0": k in HONORIFIC_BEFORE,
        }
        for d in (-3, -2, -1, 1, 2, 3):
            j = i + d
            if 0 <= j < n:
                f[f"w{d}"] = keys[j]
                if abs(d) < 3:
                    f[f"gaz{d}"] = gz[j]
                    f[f"post{d}"] = keys[j] in POSTPOSITIONS
            else:
                f[f"w{d}"] = "<s>" if j < 0 else "</s>"
        for d in (-1, 1):
            j = i + d
            if 0 <= j < n:
                f[f"shape{d}"] = _shape(words[j])
                f[f"acr{d}"] = acr[j]
                f[f"oov{d}"] = lex[j] is None
        for d in (-1, 0, 1):
            j = i + d
            if 0 <= j < n and lex[j]:
                for label in str(lex[j]).split():
                    # Place labels are left to the KB gazetteer: learnt from IL-NER train they
                    # displaced it and lost places of other text (HiNER CRF LOC F1 0.597 vs 0.632).
                    if not label.startswith("LOC"):
                        f[f"lex{d}:{label}"] = 1.0
        if i + 1 < n:
            f["w+1suf2"] = keys[i + 1][-2:]
            f["w|w+1"] = f"{k}|{keys[i + 1]}"
        if i + 2 < n:
            f["w+1|w+2"] = f"{keys[i + 1]}|{keys[i + 2]}"
        if i > 0:
            f["w-1|w"] = f"{keys[i - 1]}|{k}"
        if i > 1:
            f["w-2|w-1"] = f"{keys[i - 2]}|{keys[i - 1]}"
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


def lexicon_path(model: Path) -> Path:
    return model.with_suffix(LEXICON_SUFFIX)


def jackknifed_features(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], gaz: dict[str, str]
) -> list[list[dict[str, object]]]:
    """Features of training sentences, each with the lexicon of the other folds."""
    folds = LEXICON_FOLDS
    lexicons = [
        train_lexicon([s for x, s in enumerate(sentences) if x % folds != f]) for f in range(folds)
    ]
    return [
        sentence_features(words, gaz, lexicons[x % folds]) for x, (words, _) in enumerate(sentences)
    ]


def train_ner(config: Config, out: Path | None = None) -> dict:
    """Train the CRF on IL-NER Hindi train and write the model; returns a summary dict."""
    import sklearn_crfsuite

    train_path = require_data(config.data_dir, "ner", "il-ner-hindi", "Hindi-train.txt")
    out = out or MODEL_PATH
    gaz = _gaz_for(load_kb(config))
    t0 = time.perf_counter()
    sentences = [(words, _fix_bio(tags)) for words, tags in read_conll(train_path, TAGSET)]
    xs = jackknifed_features(sentences, gaz)
    ys = [tags for _, tags in sentences]
    crf = sklearn_crfsuite.CRF(
        algorithm="lbfgs",
        c1=C1,
        c2=C2,
        max_iterations=MAX_ITER,
        all_possible_transitions=True,
        model_filename=str(out),
    )
    crf.fit(xs, ys)
    lexicon = train_lexicon(sentences)
    lexicon_path(out).write_text(
        json.dumps(lexicon, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    _load_model.cache_clear()
    _load_lexicon.cache_clear()
    summary = {
        "model": out.name,
        "sentences": len(xs),
        "seconds": round(time.perf_counter() - t0, 1),
        "bytes": out.stat().st_size,
        "lexicon_words": len(lexicon),
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


@cache
def _load_lexicon(path: Path) -> dict[str, str]:
    lexicon: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return lexicon


def is_ordinary_word(key: str, model: Path = MODEL_PATH) -> bool:
    """Whether a folded word was seen in IL-NER train but never inside a name (``O1``/``O5``)."""
    return _load_lexicon(lexicon_path(model)).get(key) in ("O1", "O5")


def tag_words(words: Sequence[str], kb: KB, model: Path = MODEL_PATH) -> list[str]:
    """BIO tags (PER/LOC/ORG) for one sentence of words."""
    if not words:
        return []
    tagger = _load_model(model)
    feats = sentence_features(words, _gaz_for(kb), _load_lexicon(lexicon_path(model)))
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

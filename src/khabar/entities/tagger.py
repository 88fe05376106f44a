"""Our own statistical name tagger: a linear-chain CRF over word-shape, affix, gazetteer and context.

No Hindi NER model can be downloaded here, so khabar trains one (python-crfsuite) on two sources:
IL-NER Hindi train, whose person (NEP), location (NEL) and organisation (NEO) tags are kept, and
the first half of HiNER validation in file order (PERSON/LOCATION/ORGANIZATION; CC BY-SA 4.0; the
second half is kept for evaluation, see :func:`hiner_halves`). Other types (time, number,
artefact ...) are outside our task and become O. Hindi has no capital letters, so the evidence is
the word itself, its affixes (ी/ियों adjectives and plurals vs. names), whether the KB knows it
(the gazetteer), and its context (a following ने/के/की, a preceding title word).

A second gazetteer is learnt from IL-NER train (``crf.lexicon.json``): for each word, the entity
classes and span positions it takes there, whether it is an organisation head (पार्टी, मंत्रालय,
बैंक ... as the last word of organisation spans), and whether it is an ordinary word (seen, never
in a name) or unseen; unseen words are mostly names. To keep the CRF from trusting this lexicon
more on its own training sentences than on new text, each IL-NER sentence is featurised with the
lexicon of the other folds (jackknifing); HiNER sentences and tagging use the full lexicon. Its
place labels are not used as features: places are the KB gazetteer's job (see below).

``khabar train ner --swap-names`` also trains on each sentence with a person or organisation once
more, those names swapped for other training names of the same type (:func:`with_names_swapped`,
a fixed seed), so that the tagger learns the contexts names stand in and not only the names it
saw (its misses are names training never shows). Round ner23 measured it (IL-NER dev 0.811 ->
0.814, HiNER's half 0.888 -> 0.891) but did not commit that model: it merges disaster stories the
stories gate keeps apart (see the README).

Features are ``name:value`` strings. A word's own attributes and those it lends its neighbours
are built once per distinct word (:class:`.crffeatures.Featuriser`), so tagging a sentence mostly joins
prebuilt tuples: about twice the speed of building a dict per word.

``train_ner`` writes ``data/ner/crf.model`` and ``crf.lexicon.json`` (committed, a few MB);
``tag_words`` loads them once per process. Training: ``khabar train ner`` (about 3 to 7 minutes
on 2 shared cores). crfsuite trains; tagging reads the model's weights into our own decoder
(:mod:`.crfdecode`), which gives crfsuite's tags with each distinct word's emission summed
once, and asks crfsuite itself only where it cannot call a path for certain.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import compress
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import E, KhabarError
from ..eval.report import require_data
from ..wordtokens import Token
from .clusters import clusters_digest
from .crffeatures import _EDGE, _PAIR_KINDS, Featuriser
from .kb import KB, load_kb
from .translit import deva_key

if TYPE_CHECKING:
    from .crfdecode import SentenceDecoder

MODEL_PATH = Path(str(resources.files("khabar") / "data" / "ner" / "crf.model"))
LEXICON_SUFFIX = ".lexicon.json"
# The KB gazetteer the tagger reads for a model, written by :func:`train_ner` next to the model,
# and the one its features were trained with where that differs (the committed model: round ner24).
GAZETTEER_SUFFIX = ".gazetteer.tsv"
TRAIN_GAZETTEER_SUFFIX = ".train-gazetteer.tsv"
ACTIVE_SUFFIX = ".attrs.txt"
TAGSET = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG"}
# HiNER's collapsed tags (its other types, such as TIMEX or MISC, become O as IL-NER's do).
HINER_TAGSET = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
# Silver files carry the tagger's own labels.
SILVER_TAGSET = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
IL_NER_TRAIN = ("ner", "il-ner-hindi", "Hindi-train.txt")
HINER_VALIDATION = ("ner", "hiner-validation", "validation.collapsed.conll")
# KB entry types as gazetteer classes (the tagger's three types).
GAZ_CLASS = {
    "PERSON": "PER",
    "COUNTRY": "LOC",
    "CITY": "LOC",
    "REGION": "LOC",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
}
# Folds of the jackknifed training lexicon (see the module docstring).
LEXICON_FOLDS = 5
# CRF regularisation and iterations, picked on a held-out tenth of IL-NER train (every 10th
# sentence; never on dev or HiNER), span F1 ALL: c1=0.2/c2=0.05 0.792, 0.05/0.05 0.789,
# 0.1/0.01 0.789, 0.01/0.1 0.782 (and the stronger L1 halves the model); 150 iterations converge.
C1, C2, MAX_ITER = 0.2, 0.05, 150

_TOKEN = re.compile(
    r"[\u0900-\u0963\u0966-\u097f\u200c\u200d]+|[A-Za-z][A-Za-z.&']*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*|\S"
)

# A token with the whitespace and dashes before it, for :func:`tokenize`, which drops dashes.
# ``_TOKEN`` matches a dash only by its last branch (``\S``), a character alone, so the gap
# takes every dash a dash-free token follows; the greedy gap gives one back only where no token
# follows it, at the end of the text, where the one dash left is the last word (round sp18,
# issue 16: one test a word fewer; the same words, tests/test_speed_sp18.py).
_DASHES = "-‐‑–—"
_SPACED_TOKEN = re.compile(r"([\s" + _DASHES.replace("-", "\\-") + r"]*)(" + _TOKEN.pattern + ")")


# A word with absolute offsets: the one token class of the entities and events stages (round
# sp19, issue 16: the events stage takes this stage's tokens where they are its own)
Tok = Token


# Whether a tag is not "O", asked in C over a sentence's tags (:func:`spans_from_bio`)
_NOT_O = "O".__ne__

# A Tok's text, read in C by map() over a sentence's words (round sc50)
TOK_TEXT = attrgetter("text")


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words, numbers and single punctuation marks with absolute offsets; hyphens split words.

    Splitting at hyphens lets each part of "रूस-चीन" or "शी-पुतिन" be found on its own.
    """
    # One findall gives each word with the whitespace before it: between two words there is
    # only whitespace (``\S`` matches anything else), so a word starts where the one before
    # ended plus that whitespace's length (the offsets match objects give; round sc38: a tenth
    # faster than finding each word again by str.index from the end of the one before, which
    # was a sixth faster than match objects). Each token is built by its class's __init__ (a
    # slotted class since round sp26, as fast to build as the named tuple by tuple.__new__).
    out = []
    end = offset
    for space, word in _SPACED_TOKEN.findall(text):
        start = end + len(space)
        end = start + len(word)
        out.append(Tok(start, end, word))
    if out and out[-1].text in _DASHES:
        out.pop()  # a dash at the very end (see _SPACED_TOKEN)
    return out


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


def gazetteer(kb: KB) -> dict[str, str]:
    """The live KB's gazetteer: word -> PER/LOC/ORG/ADJ/TITLE (``word~``: a later word). The rules
    read it; the CRF reads its model's snapshot of it (:func:`model_gazetteer`)."""
    _KBS[id(kb)] = kb
    return _gazetteer(id(kb))


def gazetteer_path(model: Path) -> Path:
    return model.with_suffix(GAZETTEER_SUFFIX)


def train_gazetteer_path(model: Path) -> Path:
    return model.with_suffix(TRAIN_GAZETTEER_SUFFIX)


def write_gazetteer(path: Path, gaz: dict[str, str]) -> str:
    """Write ``gaz`` as sorted word<TAB>class lines; the file's sha256 (round ner24)."""
    lines = []
    for key in sorted(gaz):
        if "\t" in key or "\n" in key or not gaz[key]:
            raise ValueError(f"gazetteer word not writable: {key!r}")
        lines.append(f"{key}\t{gaz[key]}\n")
    path.write_text("".join(lines), encoding="utf-8", newline="\n")
    return file_digest(path)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@cache
def read_gazetteer(path: Path) -> dict[str, str]:
    """A gazetteer snapshot written by :func:`write_gazetteer`."""
    gaz: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, cls = line.partition("\t")
        gaz[key] = cls
    return gaz


def model_gazetteer(kb_id: int, model: Path) -> dict[str, str]:
    """The gazetteer the CRF of ``model`` reads: the snapshot training wrote next to it, so a KB
    that gains aliases never changes the tagger's features (round ner24); the live KB's only for
    a model without one (an older or a test model)."""
    snap = gazetteer_path(model)
    return read_gazetteer(snap) if snap.is_file() else _gazetteer(kb_id)



# Each Latin capital's name as Hindi writes it, to spell a Latin acronym in Devanagari (ICMR ->
# आईसीएमआर): the spelling training text uses for the same acronym.
_LATIN_LETTER_NAMES = dict(
    zip(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        ["ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम",
         "एन", "ओ", "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड"],
        strict=True,
    )
)


def spelled_acronym_key(text: str) -> str | None:
    """The folded Devanagari spelling of a Latin capitals acronym (``ICMR`` -> आईसीएमआर), or None
    for a word with anything but Latin capitals."""
    if not text or any(ch not in _LATIN_LETTER_NAMES for ch in text):
        return None
    return deva_key("".join(_LATIN_LETTER_NAMES[ch] for ch in text))


def acronym_is_ordinary(text: str, model: Path = MODEL_PATH) -> bool:
    """Whether training has the Devanagari spelling of a Latin acronym only outside names (``PM``:
    पीएम, ``PPE``: पीपीई, ``FIR``: एफआईआर, ``ICU``: आईसीयू): an ordinary abbreviation.

    Why: the rule that makes a Latin acronym the KB does not know an organisation
    (:func:`.rules.rule_candidates`) also took abbreviations of things; training's spelling
    of the same letters tells them apart (the lexicon is IL-NER train's; nothing tuned).
    """
    key = spelled_acronym_key(text)
    return key is not None and _model_lexicon(model).get(key) in ("O1", "O5")


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


def hiner_halves(
    sentences: Sequence[tuple[list[str], list[str]]],
) -> tuple[list[tuple[list[str], list[str]]], list[tuple[list[str], list[str]]]]:
    """HiNER validation cut in file (document) order: the first half trains, the second evaluates.

    HiNER has no document ids, so the cut is at the middle sentence; the halves share no
    sentence position, and neighbouring sentences of one text stay on one side except at the cut.
    """
    mid = len(sentences) // 2
    return list(sentences[:mid]), list(sentences[mid:])


def training_sentences(config: Config) -> dict[str, list[tuple[list[str], list[str]]]]:
    """The CRF's supervision by source: IL-NER Hindi train and the training half of HiNER."""
    il_ner = require_data(config.data_dir, *IL_NER_TRAIN)
    hiner = require_data(config.data_dir, *HINER_VALIDATION)
    return {
        "il-ner-train": [(w, _fix_bio(t)) for w, t in read_conll(il_ner, TAGSET)],
        "hiner-train-half": [
            (w, _fix_bio(t)) for w, t in hiner_halves(list(read_conll(hiner, HINER_TAGSET)))[0]
        ],
    }


def jackknifed_features(
    sentences: Sequence[tuple[Sequence[str], Sequence[str]]], gaz: dict[str, str]
) -> list[list[list[str]]]:
    """Features of training sentences, each with the lexicon of the other folds."""
    folds = LEXICON_FOLDS
    featurisers = [
        Featuriser(gaz, train_lexicon([s for x, s in enumerate(sentences) if x % folds != f]))
        for f in range(folds)
    ]
    return [featurisers[x % folds].sentence(words) for x, (words, _) in enumerate(sentences)]


# Name swapping (round ner23, ``khabar train ner --swap-names``; not the committed model's
# setting): each training sentence with a person or organisation is trained on a second time with
# every such name replaced by another training name of its type (drawn from a fixed seed), so that
# the CRF learns the contexts names stand in, not only the names it saw there. Measured, not tuned
# (one copy, all training names; README round ner23): IL-NER dev half a combined 0.826 -> 0.826,
# HiNER's evaluation half 0.888 -> 0.891; the disaster stories gate falls below its floor.
AUGMENT_SEED = 23
SWAPPED_TYPES = ("PER", "ORG")


def name_pool(sentences: Sequence[tuple[Sequence[str], Sequence[str]]]) -> dict[str, list[list[str]]]:
    """The person and organisation names of gold sentences, in order, repeats kept."""
    pool: dict[str, list[list[str]]] = {t: [] for t in SWAPPED_TYPES}
    for words, tags in sentences:
        for i, j, label in spans_from_bio(tags):
            if label in pool:
                pool[label].append(list(words[i:j]))
    return pool


def with_names_swapped(
    words: Sequence[str], tags: Sequence[str], pool: dict[str, list[list[str]]], rng: random.Random
) -> tuple[list[str], list[str]] | None:
    """The sentence with each person and organisation replaced by a name of the same type drawn
    from ``pool`` (BIO tags to match); None for a sentence with neither."""
    spans = [s for s in spans_from_bio(tags) if s[2] in pool and pool[s[2]]]
    if not spans:
        return None
    new_words: list[str] = []
    new_tags: list[str] = []
    at = 0
    for i, j, label in spans:
        new_words += words[at:i]
        new_tags += tags[at:i]
        name = rng.choice(pool[label])
        new_words += name
        new_tags += ["B-" + label] + ["I-" + label] * (len(name) - 1)
        at = j
    new_words += words[at:]
    new_tags += tags[at:]
    return new_words, new_tags


def read_silver(path: Path) -> list[tuple[list[str], list[str]]]:
    """The sentences of a silver file (word<TAB>BIO tag over PER/LOC/ORG, as
    ``tools/ner_silver.py`` writes them); E001 when it is missing, E041 when a line is no
    word<TAB>tag pair of those tags or the file holds no sentence, so a wrong file never trains
    a model quietly."""
    if not path.is_file():
        raise KhabarError(E.E001, where=str(path))
    known = {"O"} | {f"{p}-{t}" for p in "BI" for t in SILVER_TAGSET}
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            parts = line.rstrip("\n").split("\t")
            if line.strip() and (len(parts) != 2 or parts[1] not in known):
                raise KhabarError(E.E041, detail=f"{path}:{n}: not word<TAB>BIO tag (PER/LOC/ORG)")
    sentences = [(w, _fix_bio(t)) for w, t in read_conll(path, SILVER_TAGSET)]
    if not sentences:
        raise KhabarError(E.E041, detail=f"{path}: no sentence")
    return sentences


def train_ner(
    config: Config,
    out: Path | None = None,
    silver: Path | None = None,
    swap_names: bool = False,
    refresh_gazetteer: bool = False,
) -> dict:
    """Train the CRF on IL-NER train and HiNER's training half and write the model; returns a summary.

    ``silver``: a BIO file of machine-tagged sentences (:mod:`tools.ner_silver`) trained on
    beside the gold ones. ``swap_names``: also train on each sentence with its persons and
    organisations swapped (:func:`with_names_swapped`; round ner23, not the committed model's
    setting: see the README).

    The KB gazetteer features come from the committed model's snapshots
    (:func:`snapshot_gazetteers`), so the command rebuilds the committed model byte for byte
    whatever the KB gained since; ``refresh_gazetteer`` takes them from the live KB instead (a
    deliberate change: retrain and commit model and snapshot together). The snapshots are
    written next to ``out``, their sha256 into the summary (round ner24)."""
    import pycrfsuite

    silver_sentences = read_silver(silver) if silver is not None else None
    out = out or MODEL_PATH
    tag_gaz, gaz = snapshot_gazetteers(config, refresh_gazetteer)
    t0 = time.perf_counter()
    sources = training_sentences(config)
    if silver_sentences is not None:
        sources["silver"] = silver_sentences
    # The lexicon is learnt from IL-NER train only: HiNER leaves many places of its tourism pages
    # untagged and glues tokens (कौशाम्बी__), which would make names "ordinary words". HiNER's
    # sentences are featurised with the whole IL-NER lexicon, as new text is.
    il_ner = sources["il-ner-train"]
    lexicon = train_lexicon(il_ner)
    hiner = sources["hiner-train-half"]
    # With ``swap_names``, each sentence with a person or organisation once more with those names
    # swapped for other training names of the type (:func:`with_names_swapped`), after its source's
    # sentences:
    # IL-NER's copies join the jackknife (each fold's lexicon counts them too), HiNER's are
    # featurised with the whole lexicon as HiNER's own sentences are; silver sentences are not
    # copied. The lexicon the tagger reads stays IL-NER train's own.
    pool = name_pool([*il_ner, *hiner]) if swap_names else {}
    rng = random.Random(AUGMENT_SEED)
    copies = {
        name: [c for c in (with_names_swapped(w, t, pool, rng) for w, t in sents) if c is not None]
        for name, sents in (("il-ner-train", il_ner), ("hiner-train-half", hiner))
    }
    il_train = [*il_ner, *copies["il-ner-train"]]
    hi_train = [*hiner, *copies["hiner-train-half"]]
    full = Featuriser(gaz, lexicon)
    xs = jackknifed_features(il_train, gaz)
    xs += [full.sentence(w) for w, _ in hi_train]
    xs += [full.sentence(w) for w, _ in sources.get("silver", [])]
    ys = [t for sents in (il_train, hi_train, sources.get("silver", [])) for _, t in sents]
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, tags in zip(xs, ys, strict=True):
        trainer.append(xseq, tags)
    trainer.set_params(
        {"c1": C1, "c2": C2, "max_iterations": MAX_ITER, "feature.possible_transitions": True}
    )
    trainer.train(str(out))
    write_active_attributes(out)
    lexicon_path(out).write_text(
        json.dumps(lexicon, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    gaz_digest = write_gazetteer(gazetteer_path(out), tag_gaz)
    train_gaz_digest = gaz_digest
    if gaz != tag_gaz:
        train_gaz_digest = write_gazetteer(train_gazetteer_path(out), gaz)
    else:
        train_gazetteer_path(out).unlink(missing_ok=True)
    read_gazetteer.cache_clear()
    _load_model.cache_clear()
    _load_lexicon.cache_clear()
    _model_lexicon.cache_clear()
    _load_active.cache_clear()
    _featuriser.cache_clear()
    _decoder.cache_clear()
    _tagged.cache_clear()
    summary = {
        "model": out.name,
        "sentences": {name: len(sources[name]) for name in sorted(sources)},
        **({"names_swapped": {name: len(c) for name, c in copies.items()}} if swap_names else {}),
        "seconds": round(time.perf_counter() - t0, 1),
        "bytes": out.stat().st_size,
        "lexicon_words": len(lexicon),
        "c1": C1,
        "c2": C2,
        "max_iterations": MAX_ITER,
        # The features were built from these clusters: a rebuilt clusters file needs a retrain.
        "clusters_sha256": clusters_digest(),
        # The tagger reads this KB gazetteer snapshot, the training read the second (the same
        # file unless the committed one's history says otherwise; round ner24).
        "gazetteer_words": len(tag_gaz),
        "gazetteer_sha256": gaz_digest,
        "train_gazetteer_sha256": train_gaz_digest,
    }
    out.with_suffix(".json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


def snapshot_gazetteers(config: Config, refresh: bool = False) -> tuple[dict[str, str], dict[str, str]]:
    """The gazetteers a training run writes for the tagger and builds its features from.

    By default the committed model's: ``crf.gazetteer.tsv``, what the tagger reads, and
    ``crf.train-gazetteer.tsv`` where the committed CRF was trained with another. That is the
    committed model's history: it was trained (commit 1871eaa) with that commit's KB, 5,102
    words, and tagged since with the live KB's, which rounds ner17-ner23 grew to 5,885; the
    tagging snapshot freezes the latter, so every figure stays what it was, and the training one
    the former, so ``khabar train ner`` rebuilds the model byte for byte. ``refresh``: both the
    live KB's (a model trained and tagged with one gazetteer)."""
    committed = gazetteer_path(MODEL_PATH)
    if refresh or not committed.is_file():
        live = dict(gazetteer(load_kb(config)))
        return live, live
    tag_gaz = dict(read_gazetteer(committed))
    trained = train_gazetteer_path(MODEL_PATH)
    return tag_gaz, (dict(read_gazetteer(trained)) if trained.is_file() else tag_gaz)


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


def active_path(model: Path) -> Path:
    return model.with_suffix(ACTIVE_SUFFIX)


def write_active_attributes(model: Path) -> int:
    """Write the attributes with a non-zero weight in ``model`` (sorted, one a line); their count.

    The L1-regularised CRF keeps weights for a third of the attributes training saw; the file
    lets tagging drop the rest before they reach the CRF (see :class:`Featuriser`).
    """
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    weights = tagger.info().state_features
    tagger.close()
    names = sorted({attr for (attr, _), w in weights.items() if w})
    active_path(model).write_text("".join(x + "\n" for x in names), encoding="utf-8")
    return len(names)


@cache
def _load_active(path: Path) -> frozenset[str] | None:
    if not path.exists():
        return None  # a model without the file: every attribute is passed on
    return frozenset(path.read_text(encoding="utf-8").splitlines())


@cache
def _featuriser(kb_id: int, model: Path) -> Featuriser:
    return Featuriser(
        model_gazetteer(kb_id, model),
        _load_lexicon(lexicon_path(model)),
        active=_load_active(active_path(model)),
    )


@cache
def _model_lexicon(model: Path) -> dict[str, str]:
    """The lexicon of a model, by the model's path (one lookup, not a path built per word)."""
    return _load_lexicon(lexicon_path(model))


def lexicon_label(key: str, model: Path = MODEL_PATH) -> str | None:
    """The training lexicon's labels of a folded word (None: never seen in training)."""
    return _model_lexicon(model).get(key)


def is_ordinary_word(key: str, model: Path = MODEL_PATH) -> bool:
    """Whether a folded word was seen in training but never inside a name (``O1``/``O5``)."""
    return _model_lexicon(model).get(key) in ("O1", "O5")


# Sentences whose tags are kept before the cache starts afresh (bounds memory on endless streams).
MAX_TAGGED_SENTENCES = 50_000


@cache
def _tagged(kb_id: int, model: Path) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Tags by sentence words: a sentence's features, hence its tags, depend on its words only,
    and news repeats whole sentences (a tenth of a corpus sample's, across outlets and updates)."""
    return {}


# Where each of a word's attribute groups is seen from (own, m3, m2, m1, p1, p2, p3, as
# :meth:`Featuriser.sentence` joins them), and the word that carries each pair attribute of the
# words j, j+1 (w|w+1 on j, w+1|w+2 on j-1, w-1|w on j+1, w-2|w-1 on j+2): the decoder's layout.
_GROUP_OFFSETS = (0, -3, -2, -1, 1, 2, 3)
_PAIR_CARRIERS = tuple(zip(_PAIR_KINDS, (0, -1, 1, 2), strict=True))


@cache
def _decoder(kb_id: int, model: Path) -> SentenceDecoder | None:
    """Our own decoder of the model (:mod:`.crfdecode`); None when the file is not in the layout
    it reads, and crfsuite tags alone."""
    from .crfdecode import ModelFormatError, SentenceDecoder, read_model
    from .wordrows import WordRows

    try:
        weights = read_model(model)
    except (ModelFormatError, OSError):
        return None  # crfsuite then opens it, and says what is wrong
    featuriser = _featuriser(kb_id, model)

    def word(w: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
        info = featuriser.word(w)
        return info.key, (info.own, info.m3, info.m2, info.m1, info.p1, info.p2, info.p3)

    edge = ((), _EDGE[-3], _EDGE[-2], _EDGE[-1], _EDGE[1], _EDGE[2], _EDGE[3])
    # each new word's rows straight from the model's attribute families (:mod:`.wordrows`)
    rows = WordRows(weights.attrs, featuriser.gaz, featuriser.lexicon, featuriser.clusters,
                    featuriser.active, weights.zero)
    return SentenceDecoder(weights, word, _GROUP_OFFSETS, edge, _PAIR_CARRIERS, word_rows=rows)


def _crfsuite_tags(words: Sequence[str], kb_id: int, model: Path) -> tuple[str, ...]:
    feats = _featuriser(kb_id, model).utf8_sentence(words)
    return tuple(_load_model(model).tag(feats))  # type: ignore[attr-defined]


def load_tagger(kb: KB, model: Path = MODEL_PATH) -> None:
    """Load the default tagger's tables for ``kb`` now (gazetteer, lexicon, model weights, the
    decoder) rather than on the first sentence, so a caller can settle them (see the stage)."""
    gazetteer(kb)
    _model_lexicon(model)
    _decoder(id(kb), model)


def tag_sentences(
    sentences: Sequence[Sequence[str]], kb: KB, model: Path = MODEL_PATH
) -> list[list[str]]:
    """BIO tags (PER/LOC/ORG) for many sentences of words: crfsuite's tags, found by our own
    decoder over all the sentences at once (:mod:`.crfdecode`; crfsuite itself for a sentence
    whose best path the decoder cannot call with certainty, or a model it cannot read)."""
    gazetteer(kb)
    done = _tagged(id(kb), model)
    keys = [tuple(words) for words in sentences]
    known = {k: tags for k in keys if (tags := done.get(k)) is not None}
    todo = list(dict.fromkeys(k for k in keys if k and k not in known))
    if len(done) + len(todo) > MAX_TAGGED_SENTENCES:
        done.clear()
    decoder = _decoder(id(kb), model)
    found: list[list[str] | None] = (
        decoder.tag(todo) if decoder is not None else [None] * len(todo)
    )
    for key, path in zip(todo, found, strict=True):
        known[key] = done[key] = (
            tuple(path) if path is not None else _crfsuite_tags(key, id(kb), model)
        )
    return [list(known[k]) if k else [] for k in keys]


def tag_words(words: Sequence[str], kb: KB, model: Path = MODEL_PATH) -> list[str]:
    """BIO tags (PER/LOC/ORG) for one sentence of words: from the cache :func:`tag_sentences`
    fills (the entities stage tags a batch first), else by crfsuite (the same tags; for one
    sentence at a time crfsuite is a little faster than our decoder's numpy steps: 0.26 against
    0.30 CPU-s for IL-NER dev's 1,389 sentences one by one, 0.03 as one batch)."""
    if not words:
        return []
    gazetteer(kb)
    done = _tagged(id(kb), model)
    key = tuple(words)
    tags = done.get(key)
    if tags is None:
        if len(done) >= MAX_TAGGED_SENTENCES:
            done.clear()
        tags = done[key] = _crfsuite_tags(words, id(kb), model)
    return list(tags)


TAGGERS = ("default", "accurate")


def tag_with(tagger: str, words: Sequence[str], kb: KB) -> list[str]:
    """BIO tags by the named tagger: the default CRF, or the accurate one (``khabar[accurate]``,
    imported only when asked for, so the default install never loads numpy's e5 encoder)."""
    if tagger == "accurate":
        from .accurate import tag_words_accurate

        return tag_words_accurate(words, kb)
    return tag_words(words, kb)


def spans_from_bio(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last+1, type) word spans of a BIO sequence (an orphan I- starts a span)."""
    spans: list[tuple[int, int, str]] = []
    if tags.count("O") == len(tags):
        return spans  # no name in the sentence (counted in C: round sc50)
    # Round sp15 (issue 16): only the tags that are not "O" are visited (found in C; a sentence
    # with a name has a few among its thirty-odd words). An "O" only closes the open span, so a
    # gap between two visited places closes it where the gap begins: the spans of the loop over
    # every tag with an "O" after the last, which this replaced (tests/test_entities_speed_sp15.py
    # checks both on every sentence of the seed articles and on made-up tag sequences).
    start: int | None = None
    label = ""
    last = -1
    for i in compress(range(len(tags)), map(_NOT_O, tags)):
        t = tags[i]
        if start is not None and i != last + 1:
            spans.append((start, last + 1, label))  # an "O" after the span closed it
            start = None
        if t.startswith("B-") or (t.startswith("I-") and (start is None or t[2:] != label)):
            if start is not None:
                spans.append((start, i, label))
            start, label = i, t[2:]
        last = i
    if start is not None:
        spans.append((start, last + 1, label))
    return spans

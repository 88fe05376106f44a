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

Features are ``name:value`` strings. A word's own attributes and those it lends its neighbours
are built once per distinct word (:class:`Featuriser`), so tagging a sentence mostly joins
prebuilt tuples: about twice the speed of building a dict per word.

``train_ner`` writes ``data/ner/crf.model`` and ``crf.lexicon.json`` (committed, a few MB);
``tag_words`` loads them once per process. Training: ``khabar train ner`` (about 3 to 7 minutes
on 2 shared cores). crfsuite trains; tagging reads the model's weights into our own decoder
(:mod:`.crfdecode`), which gives crfsuite's tags with each distinct word's emission summed
once, and asks crfsuite itself only where it cannot call a path for certain.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..config import Config
from ..errors import E, KhabarError
from ..eval.report import require_data
from .clusters import clusters_digest, word_clusters
from .kb import KB, load_kb
from .translit import deva_key

if TYPE_CHECKING:
    from .crfdecode import SentenceDecoder

MODEL_PATH = Path(str(resources.files("khabar") / "data" / "ner" / "crf.model"))
LEXICON_SUFFIX = ".lexicon.json"
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
_LETTER_SET = frozenset(_LETTER_NAMES)
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


class Tok(NamedTuple):
    """A word with absolute offsets. A named tuple, not a frozen dataclass: every word of every
    sentence is one, and a tuple is built in a tenth of the time (as immutable and hashable)."""

    start: int
    end: int
    text: str


def tokenize(text: str, offset: int = 0) -> list[Tok]:
    """Words, numbers and single punctuation marks with absolute offsets; hyphens split words.

    Splitting at hyphens lets each part of "रूस-चीन" or "शी-पुतिन" be found on its own.
    """
    # The words as strings in one findall, each found again from the end of the one before by
    # str.index: between two matches there is only whitespace (``\S`` matches anything else)
    # and a word starts with none, so the first hit is the match itself (the same offsets as
    # match objects give, a sixth faster). Each tuple is built by tuple.__new__ (a named tuple's
    # own __new__ is a Python call per word).
    new = tuple.__new__
    find = text.index
    out = []
    end = 0
    for word in _TOKEN.findall(text):
        start = find(word, end)
        end = start + len(word)
        if word not in "-‐‑–—":
            out.append(new(Tok, (start + offset, end + offset, word)))
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
    """The KB gazetteer the CRF sees: word -> PER/LOC/ORG/ADJ/TITLE (``word~``: a later word)."""
    _KBS[id(kb)] = kb
    return _gazetteer(id(kb))


_LATIN_UP = re.compile(r"[A-Z]+")
_LATIN_WORD = re.compile(r"[A-Za-z.&']+")
_DEVA_WORD = re.compile(r"[\u0900-\u097f\u200c\u200d]+")


def _shape(w: str) -> str:
    if w.isdigit():
        return "digit"
    if _LATIN_UP.fullmatch(w):
        return "LATIN_UP"
    if _LATIN_WORD.fullmatch(w):
        return "Latin" if w[0].isupper() else "latin"
    if _DEVA_WORD.fullmatch(w):
        return "deva"
    return "punct"


def _foreign_marks(word: str) -> str:
    """Spelling marks of transliterated foreign words, which the folded key loses (ऑ/ॉ, nukta)."""
    marks = ("o" if ("ॉ" in word or "ऑ" in word) else "") + ("n" if "\u093c" in word else "")
    return marks or "-"


def is_letter_name(key: str) -> bool:
    """Whether a folded Devanagari word is one English letter's name (an initial: वी, एस)."""
    return key in _LETTER_SET


_LETTER_PAIR = re.compile("(?:" + "|".join(map(re.escape, _LETTER_NAMES)) + "){2}")


def is_letter_pair(key: str) -> bool:
    """Whether a folded Devanagari word spells exactly two English letters (आईजी, एसपी): a
    person's two initials as often as an office."""
    return bool(_LETTER_PAIR.fullmatch(key))


def is_deva_acronym(key: str) -> bool:
    """Whether a folded Devanagari word spells English letters only (एनआरए, आईसीएमआर)."""
    return bool(_DEVA_ACRONYM.fullmatch(key))


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


# Per-word attribute strings, built once per distinct word (see the module docstring).
class _Word:
    """A word's own CRF attributes and those it lends to its neighbours, keyed by offset."""

    __slots__ = ("key", "own", "near", "m3", "m2", "m1", "p1", "p2", "p3", "_utf8")

    def __init__(
        self,
        word: str,
        gaz: dict[str, str],
        lexicon: dict[str, str],
        clusters: dict[str, str],
        active: frozenset[str] | None = None,
    ) -> None:
        k = deva_key(word)
        cluster = clusters.get(k, "-")
        self.key = k
        gz = gaz.get(k) or gaz.get(k + "~") or "-"
        lex = lexicon.get(k)
        acr = is_deva_acronym(k)
        shape = _shape(word)
        labels = [x for x in (lex or "").split() if not x.startswith("LOC")]
        own = [
            "b",
            "w:" + k,
            "shape:" + shape,
            "suf1:" + k[-1:],
            "suf2:" + k[-2:],
            "suf3:" + k[-3:],
            "suf4:" + k[-4:],
            "pre1:" + k[:1],
            "pre2:" + k[:2],
            "pre3:" + k[:3],
            f"len:{min(len(k), 8)}",
            "gaz:" + gz,
            "gazc:" + gaz.get(k + "~", "-"),
            "marks:" + _foreign_marks(word),
            "cl:" + cluster,
            "clc:" + cluster.partition(".")[0],
        ]
        own += [f"lex0:{x}" for x in labels]
        if acr:
            own.append("acr")
        if lex is None:
            own.append("oov")
        if k in HONORIFIC_BEFORE:
            own.append("hon0")
        self.own = tuple(own if active is None else [x for x in own if x in active])
        post = k in POSTPOSITIONS
        # What this word tells a word ``d`` places away from it (named by its offset there),
        # written out per offset: a loop over the six offsets, testing each, was half the cost
        # of a new word (the attributes, and their order, are the same).
        m3, p3 = ["w-3:" + k], ["w3:" + k]
        m2, p2 = ["w-2:" + k, "gaz-2:" + gz], ["w2:" + k, "gaz2:" + gz]
        m1, p1 = ["w-1:" + k, "gaz-1:" + gz], ["w1:" + k, "gaz1:" + gz]
        if post:
            m2.append("post-2")
            p2.append("post2")
            m1.append("post-1")
            p1.append("post1")
        m1 += ["shape-1:" + shape, "cl-1:" + cluster, *["lex-1:" + x for x in labels]]
        p1 += ["shape1:" + shape, "cl1:" + cluster, *["lex1:" + x for x in labels]]
        if acr:
            m1.append("acr-1")
            p1.append("acr1")
        if lex is None:
            m1.append("oov-1")
            p1.append("oov1")
        p1.append("w+1suf2:" + k[-2:])
        if k in HONORIFIC_AFTER:
            p1.append("hon+1")
        if k in HONORIFIC_BEFORE:
            m2.append("hon-2")
            m1.append("hon-1")
        near = {
            d: tuple(attrs if active is None else [x for x in attrs if x in active])
            for d, attrs in ((-3, m3), (-2, m2), (-1, m1), (1, p1), (2, p2), (3, p3))
        }
        self.near = near
        # The same tuples as plain attributes: a sentence reads six per word (see sentence()).
        self.m3, self.m2, self.m1 = near[-3], near[-2], near[-1]
        self.p1, self.p2, self.p3 = near[1], near[2], near[3]
        self._utf8: tuple[tuple[bytes, ...], ...] | None = None

    def utf8(self) -> tuple[tuple[bytes, ...], ...]:
        """own, m3, m2, m1, p1, p2, p3 as UTF-8 bytes (built on first use)."""
        if self._utf8 is None:
            self._utf8 = _encode(self.own, self.m3, self.m2, self.m1, self.p1, self.p2, self.p3)
        return self._utf8


def _encode(*groups: tuple[str, ...]) -> tuple[tuple[bytes, ...], ...]:
    return tuple(tuple(x.encode("utf-8") for x in group) for group in groups)


_EDGE: dict[int, tuple[str, ...]] = {
    d: (f"w{d}:" + ("<s>" if d < 0 else "</s>"),) for d in (-3, -2, -1, 1, 2, 3)
}


class _Edge:
    """What the sentence's edge lends a word 1 to 3 places from it (padding in sentence())."""

    __slots__ = ("m3", "m2", "m1", "p1", "p2", "p3")

    def __init__(self) -> None:
        self.m3, self.m2, self.m1 = _EDGE[-3], _EDGE[-2], _EDGE[-1]
        self.p1, self.p2, self.p3 = _EDGE[1], _EDGE[2], _EDGE[3]


_PAD = (_Edge(),) * 3
_NO_PAIR: tuple[tuple[bytes, ...], ...] = ((), (), (), ())
# The word-pair attributes' prefixes, in the order of :meth:`Featuriser._pairs`'s (see _pair).
_PAIR_KINDS = ("w|w+1:", "w+1|w+2:", "w-1|w:", "w-2|w-1:")
_PAD_UTF8 = (_encode((), _EDGE[-3], _EDGE[-2], _EDGE[-1], _EDGE[1], _EDGE[2], _EDGE[3]),) * 3


class Featuriser:
    """CRF attributes of sentences over one gazetteer and lexicon, each distinct word built once.

    Per-word attributes are most of a sentence's features and most words recur (postpositions,
    verbs, frequent names), so a word's own attributes and what it lends its neighbours are kept
    as prebuilt string tuples; a sentence only concatenates them and adds four word pairs.
    """

    # Distinct words kept before the cache starts afresh (bounds memory on endless streams).
    MAX_WORDS = 200_000

    def __init__(
        self,
        gaz: dict[str, str],
        lexicon: dict[str, str],
        clusters: dict[str, str] | None = None,
        active: frozenset[str] | None = None,
    ) -> None:
        self.gaz = gaz
        self.lexicon = lexicon
        self.clusters = word_clusters() if clusters is None else clusters
        # Tagging only: the attributes the trained model weighs (:func:`active_attributes`).
        # The CRF ignores any other attribute, so leaving them out changes no tag and saves
        # passing and looking up about half of each word's strings.
        self.active = active
        self._words: dict[str, _Word] = {}
        self._pair_attrs: dict[str, tuple[tuple[bytes, ...], ...]] = {}
        # "a|b" of every active pair attribute (the part after its kind's prefix)
        self._pair_tails = None if active is None else frozenset(
            x[len(kind):] for x in active for kind in _PAIR_KINDS if x.startswith(kind)
        )

    def word(self, w: str) -> _Word:
        info = self._words.get(w)
        if info is None:
            if len(self._words) >= self.MAX_WORDS:
                self._words.clear()
            info = self._words[w] = _Word(w, self.gaz, self.lexicon, self.clusters, self.active)
        return info

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """One attribute list per word (``name:value`` strings, weight 1).

        The words are padded with three edge markers a side and each list is one display of
        seven prebuilt tuples: half the time of extending a list six times per word (the
        attributes, and their order, are the same)."""
        infos = [self.word(w) for w in words]
        keys = [x.key for x in infos]
        pad: list[_Word | _Edge] = [*_PAD, *infos, *_PAD]
        out = []
        for i, info in enumerate(infos):
            attrs = [*info.own, *pad[i].m3, *pad[i + 1].m2, *pad[i + 2].m1,
                     *pad[i + 4].p1, *pad[i + 5].p2, *pad[i + 6].p3]
            attrs.extend(self._pairs(keys, i))
            out.append(attrs)
        return out

    def utf8_sentence(self, words: Sequence[str]) -> list[list[bytes]]:
        """:meth:`sentence` as UTF-8 bytes, for tagging: crfsuite takes bytes as they are and
        encodes a string on every call, a fifth of its time here; the words' bytes are kept."""
        built = [self.word(w) for w in words]
        infos = [x.utf8() for x in built]
        pad = [*_PAD_UTF8, *infos, *_PAD_UTF8]
        # The word pairs as :meth:`_pairs` builds them, one lookup per adjacent pair: pairs[j + 2]
        # holds what the pair (j, j + 1) gives as w|w+1, w+1|w+2, w-1|w and w-2|w-1; the pad
        # entries stand for pairs that do not exist at the sentence's edges.
        pairs = [_NO_PAIR, _NO_PAIR]
        pairs += [self._pair(a.key, b.key) for a, b in zip(built, built[1:], strict=False)]
        pairs += [_NO_PAIR, _NO_PAIR, _NO_PAIR]
        out = []
        for i, info in enumerate(infos):
            out.append([*info[0], *pad[i][1], *pad[i + 1][2], *pad[i + 2][3],
                        *pad[i + 4][4], *pad[i + 5][5], *pad[i + 6][6],
                        *pairs[i + 2][0], *pairs[i + 3][1], *pairs[i + 1][2], *pairs[i][3]])
        return out

    def _pair(self, a: str, b: str) -> tuple[tuple[bytes, ...], ...]:
        """The UTF-8 attributes the pair of folded words ``a b`` gives in each of its four
        places (active ones only). Few pairs have any weight (a thirtieth of a corpus sample's
        distinct pairs), so the pair is first looked up among the active attributes' tails."""
        ab = f"{a}|{b}"
        tails = self._pair_tails
        if tails is not None and ab not in tails:
            return _NO_PAIR
        found = self._pair_attrs.get(ab)
        if found is None:
            if len(self._pair_attrs) >= self.MAX_WORDS:
                self._pair_attrs.clear()
            active = self.active
            found = self._pair_attrs[ab] = tuple(
                (x.encode("utf-8"),) if active is None or x in active else ()
                for x in (kind + ab for kind in _PAIR_KINDS)
            )
        return found

    def _pairs(self, keys: Sequence[str], i: int) -> list[str]:
        """The four word-pair attributes of word ``i`` the model weighs."""
        k = keys[i]
        n = len(keys)
        pairs = []
        if i + 1 < n:
            pairs.append(f"w|w+1:{k}|{keys[i + 1]}")
        if i + 2 < n:
            pairs.append(f"w+1|w+2:{keys[i + 1]}|{keys[i + 2]}")
        if i > 0:
            pairs.append(f"w-1|w:{keys[i - 1]}|{k}")
        if i > 1:
            pairs.append(f"w-2|w-1:{keys[i - 2]}|{keys[i - 1]}")
        active = self.active
        return pairs if active is None else [x for x in pairs if x in active]


def sentence_features(
    words: Sequence[str], gaz: dict[str, str], lexicon: dict[str, str]
) -> list[list[str]]:
    """CRF attributes of every word of a sentence (KB gazetteer ``gaz``, training ``lexicon``)."""
    return Featuriser(gaz, lexicon).sentence(words)


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


def train_ner(config: Config, out: Path | None = None, silver: Path | None = None) -> dict:
    """Train the CRF on IL-NER train and HiNER's training half and write the model; returns a summary.

    ``silver``: a BIO file of machine-tagged sentences (:mod:`tools.ner_silver`) trained on
    beside the gold ones."""
    import pycrfsuite

    silver_sentences = read_silver(silver) if silver is not None else None
    out = out or MODEL_PATH
    gaz = gazetteer(load_kb(config))
    t0 = time.perf_counter()
    sources = training_sentences(config)
    if silver_sentences is not None:
        sources["silver"] = silver_sentences
    # The lexicon is learnt from IL-NER train only: HiNER leaves many places of its tourism pages
    # untagged and glues tokens (कौशाम्बी__), which would make names "ordinary words". HiNER's
    # sentences are featurised with the whole IL-NER lexicon, as new text is.
    il_ner = sources["il-ner-train"]
    lexicon = train_lexicon(il_ner)
    xs = jackknifed_features(il_ner, gaz)
    xs += [Featuriser(gaz, lexicon).sentence(w) for w, _ in sources["hiner-train-half"]]
    xs += [Featuriser(gaz, lexicon).sentence(w) for w, _ in sources.get("silver", [])]
    ys = [t for name in ("il-ner-train", "hiner-train-half", "silver") for _, t in sources.get(name, [])]
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
        "seconds": round(time.perf_counter() - t0, 1),
        "bytes": out.stat().st_size,
        "lexicon_words": len(lexicon),
        "c1": C1,
        "c2": C2,
        "max_iterations": MAX_ITER,
        # The features were built from these clusters: a rebuilt clusters file needs a retrain.
        "clusters_sha256": clusters_digest(),
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
        _gazetteer(kb_id),
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
                    featuriser.active)
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

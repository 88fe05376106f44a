"""The CRF tagger's features: the attribute strings of each word and of its sentence.

A word's own attributes (its folded form, shape, affixes, KB gazetteer class, training lexicon
labels, Brown cluster) and those it lends to its neighbours are built once per distinct word
(:class:`Featuriser`); a sentence joins the prebuilt tuples and adds its word pairs. It exists
apart from :mod:`.tagger` (training, loading and tagging) because training, the fast decoder
(:mod:`.crfdecode`, :mod:`.wordrows`) and the accurate tagger (:mod:`.accurate`) all read these
same features, and their exact strings and order are what the committed model was trained on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clusters import word_clusters
from .translit import deva_key

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


_LATIN_UP = re.compile(r"[A-Z]+")
_LATIN_WORD = re.compile(r"[A-Za-z.&']+")
_DEVA_WORD = re.compile(r"[\u0900-\u097f\u200c\u200d]+")


def _shape(w: str) -> str:
    if w.isdigit():
        return "digit"
    # Devanagari asked before Latin (round sp15, issue 16: most words are Hindi): the two
    # scripts' patterns share no character, so the order between them changes no shape
    if _DEVA_WORD.fullmatch(w):
        return "deva"
    if _LATIN_UP.fullmatch(w):
        return "LATIN_UP"
    if _LATIN_WORD.fullmatch(w):
        return "Latin" if w[0].isupper() else "latin"
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


def acronym_letters(key: str) -> int:
    """How many English letters a folded Devanagari acronym spells (सीआरपीएफ: 4, एसीसी: 3, not
    एस + सी); 0 for a word that is no acronym. The first spelling out, longer letter names first."""

    def letters(at: int) -> int:
        if at == len(key):
            return 0
        for name in _LETTER_NAMES:
            if key.startswith(name, at):
                rest = letters(at + len(name))
                if rest >= 0:
                    return rest + 1
        return -1

    return max(letters(0), 0) if is_deva_acronym(key) else 0


# Per-word attribute strings, built once per distinct word (see :mod:`.tagger`'s docstring).
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

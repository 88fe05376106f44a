"""A word's CRF attributes as the model's state rows, for our decoder: no attribute string built.

Why: the decoder (:mod:`.crfdecode`) needs, per distinct word, only the model rows of the
attributes the word has and lends its neighbours. Building those as strings (``"suf2:" + k[-2:]``,
about fifty a word), dropping the ones the model does not weigh, and looking each one up again
was most of the cost of a new word: 33 µs a word against 13 here, on the 7,263 distinct words of
scale.py's --days 16 sample, a tenth of the entities stage. Here the model's attributes are split
once into families by their prefix (``"suf2:"`` -> {value: row}), and a word asks each family for
its value, whose hash is mostly already known (the folded key itself).

The attributes, their groups and their order are those of :class:`.crffeatures._Word` (whose
strings crfsuite reads when our decoder cannot call a path); ``tests/test_entities_wordrows.py``
checks both give the same rows, in order, word by word. The sums the decoder forms from them are
then the same floats.
"""

from __future__ import annotations

from collections.abc import Iterable

from .crffeatures import (
    HONORIFIC_AFTER,
    HONORIFIC_BEFORE,
    POSTPOSITIONS,
    _foreign_marks,
    _shape,
    is_deva_acronym,
)
from .translit import deva_key

# Attributes without a value (their own family, found under the empty value).
_FLAGS = ("b", "acr", "oov", "hon0", "post-2", "post2", "post-1", "post1", "acr-1", "acr1",
          "oov-1", "oov1", "hon+1", "hon-2", "hon-1")
_NO_FAMILY: dict[str, int] = {}

Groups = tuple[list[int], list[int], list[int], list[int], list[int], list[int], list[int]]


class WordRows:
    """Per word: its folded key and its seven groups of state rows (own, then what it lends the
    words 3, 2, 1 places before it and 1, 2, 3 places after it), as :class:`.crffeatures._Word`."""

    def __init__(self, attrs: dict[str, int], gaz: dict[str, str], lexicon: dict[str, str],
                 clusters: dict[str, str], active: Iterable[str] | None) -> None:
        """``attrs``: the model's attribute -> state row; ``active``: the attributes tagging
        passes on (None: all), as the featuriser filters them."""
        kept = attrs if active is None else {a: attrs[a] for a in active if a in attrs}
        family: dict[str, dict[str, int]] = {}
        for name, row in kept.items():
            prefix, colon, value = name.partition(":")
            if colon:
                family.setdefault(prefix + ":", {})[value] = row
            else:
                family.setdefault(name, {})[""] = row
        self.gaz, self.lexicon, self.clusters = gaz, lexicon, clusters
        self.flag = {name: family.get(name, _NO_FAMILY).get("") for name in _FLAGS}

        def f(prefix: str) -> dict[str, int]:
            return family.get(prefix, _NO_FAMILY)

        self.w, self.shape, self.lex0 = f("w:"), f("shape:"), f("lex0:")
        self.suf = (f("suf1:"), f("suf2:"), f("suf3:"), f("suf4:"))
        self.pre = (f("pre1:"), f("pre2:"), f("pre3:"))
        self.len, self.gz, self.gazc = f("len:"), f("gaz:"), f("gazc:")
        self.marks, self.cl, self.clc = f("marks:"), f("cl:"), f("clc:")
        self.wm3, self.w3 = f("w-3:"), f("w3:")
        self.wm2, self.gazm2, self.w2, self.gaz2 = f("w-2:"), f("gaz-2:"), f("w2:"), f("gaz2:")
        self.wm1, self.gazm1, self.w1, self.gaz1 = f("w-1:"), f("gaz-1:"), f("w1:"), f("gaz1:")
        self.shapem1, self.clm1, self.lexm1 = f("shape-1:"), f("cl-1:"), f("lex-1:")
        self.shape1, self.cl1, self.lex1 = f("shape1:"), f("cl1:"), f("lex1:")
        self.suf2p1 = f("w+1suf2:")

    def __call__(self, word: str) -> tuple[str, Groups]:
        k = deva_key(word)
        cluster = self.clusters.get(k, "-")
        gaz = self.gaz
        gz = gaz.get(k) or gaz.get(k + "~") or "-"
        lex = self.lexicon.get(k)
        acr = is_deva_acronym(k)
        shape = _shape(word)
        labels = [x for x in (lex or "").split() if not x.startswith("LOC")]
        flag = self.flag
        suf1, suf2, suf3, suf4 = self.suf
        pre1, pre2, pre3 = self.pre
        own = [flag["b"], self.w.get(k), self.shape.get(shape), suf1.get(k[-1:]),
               suf2.get(k[-2:]), suf3.get(k[-3:]), suf4.get(k[-4:]), pre1.get(k[:1]),
               pre2.get(k[:2]), pre3.get(k[:3]), self.len.get(str(min(len(k), 8))),
               self.gz.get(gz), self.gazc.get(gaz.get(k + "~", "-")),
               self.marks.get(_foreign_marks(word)), self.cl.get(cluster),
               self.clc.get(cluster.partition(".")[0])]
        own += [self.lex0.get(x) for x in labels]
        if acr:
            own.append(flag["acr"])
        if lex is None:
            own.append(flag["oov"])
        honoured = k in HONORIFIC_BEFORE
        if honoured:
            own.append(flag["hon0"])
        m3, p3 = [self.wm3.get(k)], [self.w3.get(k)]
        m2, p2 = [self.wm2.get(k), self.gazm2.get(gz)], [self.w2.get(k), self.gaz2.get(gz)]
        m1, p1 = [self.wm1.get(k), self.gazm1.get(gz)], [self.w1.get(k), self.gaz1.get(gz)]
        if k in POSTPOSITIONS:
            m2.append(flag["post-2"])
            p2.append(flag["post2"])
            m1.append(flag["post-1"])
            p1.append(flag["post1"])
        m1 += [self.shapem1.get(shape), self.clm1.get(cluster), *[self.lexm1.get(x) for x in labels]]
        p1 += [self.shape1.get(shape), self.cl1.get(cluster), *[self.lex1.get(x) for x in labels]]
        if acr:
            m1.append(flag["acr-1"])
            p1.append(flag["acr1"])
        if lex is None:
            m1.append(flag["oov-1"])
            p1.append(flag["oov1"])
        p1.append(self.suf2p1.get(k[-2:]))
        if k in HONORIFIC_AFTER:
            p1.append(flag["hon+1"])
        if honoured:
            m2.append(flag["hon-2"])
            m1.append(flag["hon-1"])
        return k, (_rows(own), _rows(m3), _rows(m2), _rows(m1), _rows(p1), _rows(p2), _rows(p3))


def _rows(found: list[int | None]) -> list[int]:
    """The rows of the attributes the model weighs (the others weigh nothing), in order."""
    return [r for r in found if r is not None]

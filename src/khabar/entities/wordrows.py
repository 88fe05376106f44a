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

Round sp15 (issue 16): an attribute of the word that the model does not weigh is given as the
model's zero row (``zero``, as :meth:`.crfdecode.CrfWeights.rows` gives it for an attribute it
lacks) instead of being dropped, so a group is built as it is read, with no pass to drop the
missing ones (seven comprehensions a new word, each a function object and a frame in CPython
3.11). A zero row adds 0.0 to a sum that starts at 0.0 (the decoder leads each group with it),
which leaves every sum bit for bit what it was without it; the rows that are not zero are the
featuriser's, in order (the tests drop the zero rows before they compare).
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
    words 3, 2, 1 places before it and 1, 2, 3 places after it), as :class:`.crffeatures._Word`.

    The families asked for the same value (the key for ``w:``, ``w-3:`` ... ``w1:``; the
    gazetteer class for ``gaz:``, ``gaz-2:`` ... ``gaz1:``; the shape, the cluster, the
    two-letter suffix, each lexicon label) are joined into one table per value, which gives the
    rows of all of them at once: one lookup where there were up to seven (round sc38: 37 dict
    lookups a new word down to 21, and 9.6 -> 8.0 µs a word on the 7,464 distinct words of
    scale.py --days 16, their folded keys cached; the same rows, in the same order)."""

    def __init__(self, attrs: dict[str, int], gaz: dict[str, str], lexicon: dict[str, str],
                 clusters: dict[str, str], active: Iterable[str] | None, zero: int) -> None:
        """``attrs``: the model's attribute -> state row; ``active``: the attributes tagging
        passes on (None: all), as the featuriser filters them; ``zero``: the model's row of
        zeros, given for an attribute it does not weigh (see the module docstring)."""
        self.zero = zero
        kept = attrs if active is None else {a: attrs[a] for a in active if a in attrs}
        family: dict[str, dict[str, int]] = {}
        for name, row in kept.items():
            prefix, colon, value = name.partition(":")
            if colon:
                family.setdefault(prefix + ":", {})[value] = row
            else:
                family.setdefault(name, {})[""] = row
        self.gaz, self.lexicon, self.clusters = gaz, lexicon, clusters
        self.flag = {name: family.get(name, _NO_FAMILY).get("", zero) for name in _FLAGS}

        def f(prefix: str) -> dict[str, int]:
            return family.get(prefix, _NO_FAMILY)

        def joint(*prefixes: str) -> dict[str, tuple[int, ...]]:
            return _joint(zero, *map(f, prefixes))

        self.suf = (f("suf1:"), f("suf3:"), f("suf4:"))
        self.pre = (f("pre1:"), f("pre2:"), f("pre3:"))
        self.len, self.gazc = f("len:"), f("gazc:")
        self.by_len = tuple(self.len.get(str(n), zero) for n in range(9))  # of min(len(k), 8)
        self.marks, self.clc = f("marks:"), f("clc:")
        # per value, the rows of each family that asks for it (see the class docstring)
        self.by_key = joint("w:", "w-3:", "w3:", "w-2:", "w2:", "w-1:", "w1:")
        self.by_gaz = joint("gaz:", "gaz-2:", "gaz2:", "gaz-1:", "gaz1:")
        self.by_shape = joint("shape:", "shape-1:", "shape1:")
        self.by_cluster = joint("cl:", "cl-1:", "cl1:")
        self.by_suf2 = joint("suf2:", "w+1suf2:")
        self.by_label = joint("lex0:", "lex-1:", "lex1:")
        # a value a joint table lacks: the zero row for each of its families
        self._none2, self._none3, self._none5, self._none7 = ((zero,) * n for n in (2, 3, 5, 7))

    def __call__(self, word: str) -> tuple[str, Groups]:
        # Round sp7 (issue 16): the lexicon labels read only for a word the lexicon has, the
        # length's row from a table by length, each group's rows kept by a comprehension in
        # place (no call to a helper per group): 10% less time a new word (11,684 distinct words
        # of the allowed days of scale.py's --days 40 sample), the same rows in the same order.
        # Round sp15: the zero row where the model has no attribute (see the module docstring).
        k = deva_key(word)
        z = self.zero
        cluster = self.clusters.get(k, "-")
        gaz = self.gaz
        gz = gaz.get(k) or gaz.get(k + "~") or "-"
        lex = self.lexicon.get(k)
        acr = is_deva_acronym(k)
        shape = _shape(word)
        flag = self.flag
        suf1, suf3, suf4 = self.suf
        pre1, pre2, pre3 = self.pre
        w, wm3, w3, wm2, w2, wm1, w1 = self.by_key.get(k, self._none7)
        g, gm2, g2, gm1, g1 = self.by_gaz.get(gz, self._none5)
        sh, shm1, sh1 = self.by_shape.get(shape, self._none3)
        cl, clm1, cl1 = self.by_cluster.get(cluster, self._none3)
        s2, s2p1 = self.by_suf2.get(k[-2:], self._none2)
        own = [flag["b"], w, sh, suf1.get(k[-1:], z), s2, suf3.get(k[-3:], z),
               suf4.get(k[-4:], z), pre1.get(k[:1], z), pre2.get(k[:2], z), pre3.get(k[:3], z),
               self.by_len[min(len(k), 8)], g, self.gazc.get(gaz.get(k + "~", "-"), z),
               self.marks.get(_foreign_marks(word), z), cl,
               self.clc.get(cluster.partition(".")[0], z)]
        m2, p2 = [wm2, gm2], [w2, g2]
        m1, p1 = [wm1, gm1], [w1, g1]
        if k in POSTPOSITIONS:
            m2.append(flag["post-2"])
            p2.append(flag["post2"])
            m1.append(flag["post-1"])
            p1.append(flag["post1"])
        m1 += (shm1, clm1)
        p1 += (sh1, cl1)
        if lex is not None:  # its labels, LOC ones aside: own, lent before, lent after
            by_label = [self.by_label.get(x, self._none3) for x in lex.split()
                        if not x.startswith("LOC")]
            if by_label:
                own += [x[0] for x in by_label]
                m1 += [x[1] for x in by_label]
                p1 += [x[2] for x in by_label]
        if acr:
            own.append(flag["acr"])
        if lex is None:
            own.append(flag["oov"])
        honoured = k in HONORIFIC_BEFORE
        if honoured:
            own.append(flag["hon0"])
        if acr:
            m1.append(flag["acr-1"])
            p1.append(flag["acr1"])
        if lex is None:
            m1.append(flag["oov-1"])
            p1.append(flag["oov1"])
        p1.append(s2p1)
        if k in HONORIFIC_AFTER:
            p1.append(flag["hon+1"])
        if honoured:
            m2.append(flag["hon-2"])
            m1.append(flag["hon-1"])
        # the rows of the attributes, in order (the zero row for those the model does not weigh)
        return k, (own, [wm3], m2, m1, p1, p2, [w3])


def _joint(zero: int, *families: dict[str, int]) -> dict[str, tuple[int, ...]]:
    """Per value any of ``families`` has, each family's row for it (``zero`` where it has none)."""
    joint: dict[str, list[int]] = {}
    for n, fam in enumerate(families):
        for value, row in fam.items():
            joint.setdefault(value, [zero] * len(families))[n] = row
    return {value: tuple(rows) for value, rows in joint.items()}

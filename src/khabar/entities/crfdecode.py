"""Our own decoder for crfsuite's linear-chain CRF models: crfsuite's tags, at a fraction of its cost.

Why: crfsuite looks every attribute string of every word up in the model on every call (a hash
lookup in C per string, after Python hands the strings over), although news repeats its words
endlessly. Here a word's emission vector (the sum of its attributes' state weights, per label) is
summed once per distinct word and neighbour offset (:class:`WordTable`), a sentence's scores
are a few array gathers, and Viterbi runs over many sentences at once in numpy.

The weights are read from the model file itself (:func:`read_model`: crfsuite's "lCRF" format,
its feature chunk and the attribute and label string tables), not from ``Tagger.info()``, whose
dump rounds every weight to six decimals. Nothing here knows the feature set: any attribute the
model weighs counts, any other weighs nothing, as in crfsuite.

Identity with crfsuite: its Viterbi (``crf1dc_viterbi``) is reproduced operation by operation:
``alpha[t, j] = max_i(alpha[t-1, i] + trans[i, j]) + state[t, j]``, the first label winning a
tie at each max (its strict ``<``, numpy's ``argmax``), no start or end transitions. Only the
state scores may differ, in their last bits, since the weights are summed in another order. So
every decision the chosen path rests on (the best final label, each back pointer on the path)
is checked to win by more than :data:`MARGIN` per word of the sentence, far above any such
rounding; a sentence with a closer decision (none of the 29,624 corpus sentences, nor of the
23,317 of IL-NER and HiNER) is reported undecided and the caller asks crfsuite itself. The tags are therefore crfsuite's.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from itertools import accumulate, chain, compress, repeat
from operator import is_
from pathlib import Path
from typing import cast

import numpy as np

# crfsuite's on-disk feature record: type (0 state, 1 transition), source (attribute or label
# id), destination label id, weight (a little-endian double).
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
# Smallest lead, per word of the sentence, of a decision taken here rather than by crfsuite.
# Reordering a sum of n doubles moves it by at most about n * 1.1e-16 * the sum of their sizes:
# under 1e-11 per word for this model's weights (|w| < 15, under 100 attributes a word), so
# 1e-7 per word is ten thousand times the worst rounding and almost never met by real margins.
MARGIN = 1e-7
# Cells (sentences x longest length) one Viterbi batch holds: bounds memory on huge inputs, and
# small batches keep their arrays in the CPU's cache. Tuned on the 4,937 sentences scale.py
# --days 16 tags (14 calls; fastest of 6 passes, 2 shared cores at load average 6-7): 20,000
# cells 71.5 ms, 5,000 52.7, 3,000 52.1, 2,000 52.7, 1,000 63.3 (round sc50, issue 16; the same
# paths: each sentence's steps are the same operations whatever shares its batch).
BATCH_CELLS = 3_000


# The struct module's native code for numpy's index integer (``np.intp``): see _index_array.
_INTP = next(code for code in "nqli" if struct.calcsize(code) == np.dtype(np.intp).itemsize)


def _index_array(values: list[int]) -> np.ndarray:
    """``values`` as an array of ``np.intp``: packed by ``struct`` in C, read by numpy without a
    copy (round sp20, issue 16: a third of the instructions of ``np.fromiter`` of the list, which
    hands each int to numpy's generic setter; the same integers)."""
    return np.frombuffer(struct.pack(f"{len(values)}{_INTP}", *values), dtype=np.intp)


class ModelFormatError(ValueError):
    """The file is not a crfsuite CRF1d model as this reader knows it (the caller falls back)."""


class CrfWeights:
    """A crfsuite model's labels, transition matrix and state weights, read once."""

    def __init__(self, labels: list[str], attrs: dict[str, int], state: np.ndarray,
                 trans: np.ndarray) -> None:
        self.labels = labels
        # attribute -> row of ``state``; the last row is zeros (any attribute the model lacks)
        self.attrs = attrs
        self.state = state
        self.zero = state.shape[0] - 1
        self.trans = trans

    def rows(self, attributes: Sequence[str]) -> list[int]:
        """The state rows of ``attributes`` (the zero row for unknown ones), in order."""
        get, zero = self.attrs.get, self.zero
        return [get(a, zero) for a in attributes]


def _strings(data: bytes, offset: int) -> list[str]:
    """The id-ordered strings of a CQDB chunk at ``offset`` (its backward array)."""
    if data[offset:offset + 4] != b"CQDB":
        raise ModelFormatError("no CQDB chunk")
    _, _, _, count, backward = struct.unpack_from("<IIIII", data, offset + 4)
    out = []
    for n, at in enumerate(struct.unpack_from(f"<{count}I", data, offset + backward)):
        ident, size = struct.unpack_from("<II", data, offset + at)
        if ident != n or size < 1:
            raise ModelFormatError("CQDB backward array out of order")
        out.append(data[offset + at + 8:offset + at + 7 + size].decode("utf-8"))
    return out


def read_model(path: Path) -> CrfWeights:
    """The exact weights of a crfsuite model file (crf1dmodel.c's layout, little-endian).

    Raises :class:`ModelFormatError` on anything unexpected, so a model of another layout is
    tagged by crfsuite instead of misread."""
    data = path.read_bytes()
    try:
        (magic, size, kind, _, _, n_labels, n_attrs, off_features, off_labels, off_attrs,
         _, _) = struct.unpack_from("<4sI4sIIIIIIIII", data, 0)
        if magic != b"lCRF" or kind != b"FOMC" or size != len(data):
            raise ModelFormatError(f"{path.name}: not a crfsuite CRF1d model")
        chunk, _, count = struct.unpack_from("<4sII", data, off_features)
        if chunk != b"FEAT":
            raise ModelFormatError(f"{path.name}: no feature chunk")
        features = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_features + 12)
        labels = _strings(data, off_labels)
        attrs = _strings(data, off_attrs)
    except (struct.error, ValueError, UnicodeDecodeError) as err:
        raise ModelFormatError(f"{path.name}: {err}") from err
    if len(labels) != n_labels or len(attrs) != n_attrs:
        raise ModelFormatError(f"{path.name}: string tables do not match the header")
    kinds = features["type"]
    if not np.isin(kinds, (0, 1)).all() or (features["dst"] >= n_labels).any():
        raise ModelFormatError(f"{path.name}: unknown feature records")
    state_f, trans_f = features[kinds == 0], features[kinds == 1]
    if (state_f["src"] >= n_attrs).any() or (trans_f["src"] >= n_labels).any():
        raise ModelFormatError(f"{path.name}: feature ids out of range")
    state = np.zeros((n_attrs + 1, n_labels))
    np.add.at(state, (state_f["src"].astype(np.intp), state_f["dst"].astype(np.intp)),
              state_f["weight"])
    trans = np.zeros((n_labels, n_labels))
    np.add.at(trans, (trans_f["src"].astype(np.intp), trans_f["dst"].astype(np.intp)),
              trans_f["weight"])
    return CrfWeights(labels, {a: n for n, a in enumerate(attrs)}, state, trans)


class WordTable:
    """Emission vectors per distinct word, one per group of attributes (the word's own, and what
    it lends each neighbour offset), in one growing array so a batch of sentences is a few
    gathers. Row 0 is the sentence edge; every row has as many groups as the edge. Stored group
    by group, (groups, rows, labels): ``take`` of contiguous rows is a third of the time of
    indexing a row and a group at once."""

    def __init__(self, weights: CrfWeights, edge: Sequence[Sequence[str]]) -> None:
        self.weights = weights
        self.table = np.zeros((len(edge), 1024, len(weights.labels)))
        self.table[:, 0] = self.vectors(edge)
        self.size = 1

    def vectors(self, groups: Sequence[Sequence[str]]) -> np.ndarray:
        """Per group, the summed state weights of its attributes: (groups, labels)."""
        out: np.ndarray = self._sums([[self.weights.rows(g) for g in groups]])[0]
        return out

    def _sums(self, words: Sequence[Sequence[Sequence[int]]]) -> np.ndarray:
        """:meth:`vectors` of many words, given as their groups' state rows, in one gather and
        one reduceat (each group is led by the zero row, so an empty group sums to zero):
        (words, groups, labels)."""
        zero = self.weights.zero
        rows: list[int] = []
        starts: list[int] = []
        for groups in words:
            for group in groups:
                starts.append(len(rows))
                rows.append(zero)
                rows += group
        # ``take`` of an index array, not indexing by the list: numpy reads a list index element
        # by element as a nested sequence first (round sp6, issue 16: half the gather's time;
        # the same rows, so the same sums). Round sp20: the index arrays packed into machine
        # integers by ``struct.pack`` (a C conversion per int, about 65 instructions) and read by
        # numpy as they are, where ``np.fromiter`` (round sp15) passed every int through numpy's
        # generic setter (about 200): the same integers, so the same rows and sums.
        at = _index_array(rows)
        first = _index_array(starts)
        # Round sp15: the zero rows a group holds for attributes the model does not weigh
        # (:mod:`.wordrows`) are dropped, each group's leading one kept: the rows gathered are
        # then exactly those of a group without them, and so are the sums, bit for bit (numpy
        # adds a group of nine rows or more with eight running sums, so where a row sits matters).
        kept = at != zero
        kept[first] = True
        first = np.cumsum(kept)[first] - 1
        picked = self.weights.state.take(at[kept], axis=0)
        sums = np.add.reduceat(picked, first, axis=0)
        return sums.reshape(len(words), -1, sums.shape[-1])

    def add(self, words: Sequence[Sequence[Sequence[int]]]) -> None:
        """Add the vectors of new words (their groups' state rows), in rows ``size`` onwards."""
        if not words:
            return
        end = self.size + len(words)
        groups, capacity, labels = self.table.shape
        if end > capacity:
            # doubling, but not past the decoder's word bound (a fuller table starts afresh)
            grown = np.zeros((groups, max(end, min(2 * end, SentenceDecoder.MAX_WORDS + 1)),
                              labels))
            grown[:, : self.size] = self.table[:, : self.size]
            self.table = grown
        self.table[:, self.size:end] = self._sums(words).transpose(1, 0, 2)
        self.size = end

    def clear(self) -> None:
        """Forget every word (the edge stays)."""
        self.size = 1

    def group(self, g: int, rows: np.ndarray) -> np.ndarray:
        """Group ``g`` of each of ``rows``: (rows, labels)."""
        out: np.ndarray = self.table[g].take(rows, axis=0)
        return out

    def scores(self, ids: np.ndarray, offsets: Sequence[int]) -> np.ndarray:
        """State scores of every word of a padded row sequence (0 = edge, never a word): for
        each group ``g``, group ``g`` of the row ``offsets[g]`` places away (0: the word's own).
        Words are at least max(|offset|) from the ends of ``ids``."""
        pos = np.flatnonzero(ids)
        out: np.ndarray = np.zeros((len(pos), self.table.shape[2]))
        for g, d in enumerate(offsets):
            out += self.group(g, ids[pos + d])
        return out


class SentenceDecoder:
    """Tags sentences from a featuriser's per-word attribute groups and word-pair attributes.

    ``word(w)`` gives a word's folded key and its attribute groups (``word_rows(w)``, when given,
    the same with each group as the model's state rows: :mod:`.wordrows`); ``offsets[g]``: the offset
    from which group ``g`` is seen (0: the word's own); ``edge``: the groups of a position beyond the sentence;
    ``pair_kinds``: the prefixes of the pair attributes of (word j, word j+1), each with the
    offset, from word j, of the word that carries it. Returns label strings per sentence, None
    where a decision is too close to call (see the module docstring)."""

    # Distinct words kept before the tables start afresh (bounds memory on endless streams: a
    # word's row is 392 bytes with 7 groups of 7 labels, so at most ~40 MB; a hundred thousand
    # words is five times the 76 corpus days' 20,113).
    MAX_WORDS = 100_000

    def __init__(self, weights: CrfWeights, word: Callable[[str], tuple[str, Sequence[Sequence[str]]]],
                 offsets: Sequence[int], edge: Sequence[Sequence[str]],
                 pair_kinds: Sequence[tuple[str, int]],
                 word_rows: Callable[[str], tuple[str, Sequence[Sequence[int]]]] | None = None
                 ) -> None:
        self.weights = weights

        def rows_of_strings(w: str) -> tuple[str, list[list[int]]]:
            key, groups = word(w)
            return key, [weights.rows(g) for g in groups]

        self.word_rows = word_rows if word_rows is not None else rows_of_strings
        self.offsets = tuple(offsets)
        self.reach = max(abs(d) for d in offsets)
        self.table = WordTable(weights, edge)
        self.pair_kinds = tuple(pair_kinds)
        # "a|b" of every pair attribute the model weighs: most pairs have none
        self.pair_tails = frozenset(
            a[len(kind):] for a in weights.attrs for kind, _ in pair_kinds if a.startswith(kind)
        )
        # Round sp10 (issue 16): each weighed pair as one number, (its first word's number)
        # * (how many second words there are) + (its second word's number), sorted, so a batch's
        # word pairs are looked up by one numpy search instead of a string built and a dict asked
        # for every word (see :meth:`scores`)
        parts = [tail.partition("|") for tail in sorted(self.pair_tails)]
        self._first_id = {a: n for n, a in enumerate(sorted({a for a, _, _ in parts}))}
        self._second_id = {b: n for n, b in enumerate(sorted({b for _, _, b in parts}))}
        self._stride = max(1, len(self._second_id))
        codes = sorted((self._first_id[a] * self._stride + self._second_id[b], a + "|" + b)
                       for a, _, b in parts)
        self._pair_codes = np.array([code for code, _ in codes], dtype=np.int64)
        # each weighed pair's vector of each kind, read off the model once (9,414 pairs of 4
        # kinds, 2 MB): (kinds, pairs, labels), zeros for a kind the model does not weigh for
        # the pair; 0.0 + the attribute's row, as the sum of the zero row and it was when each
        # pair's vectors were summed on first sight
        rows = np.array([[weights.attrs.get(kind + name, weights.zero) for _, name in codes]
                         for kind, _ in pair_kinds], dtype=np.intp)
        self._pair_vectors: np.ndarray = 0.0 + weights.state.take(
            rows.reshape(len(pair_kinds), len(codes)), axis=0)
        # word -> its row in ``table``; and per row, its key's number as a pair's first word and
        # as a second word (-1: none; row 0, the edge, neither)
        self._rows: dict[str, int] = {}
        self._ends = np.full((2, 1024), -1, dtype=np.int64)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str] | None]:
        scores = self.scores(sentences)
        label = self.weights.labels.__getitem__  # each path's names read in C (round sp10)
        return [None if path is None else list(map(label, path))
                for path in viterbi(scores, self.weights.trans)]

    def scores(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Each sentence's state scores (words x labels): its words' groups gathered from the
        word table, then the weighed word pairs' vectors gathered from the pair table."""
        if not sentences:
            return []
        rows = self._rows
        if len(rows) + sum(map(len, sentences)) > self.MAX_WORDS:
            rows.clear()
            self.table.clear()
        words_table = self.table
        new_words: list[Sequence[Sequence[int]]] = []  # rows from words_table.size onwards
        new_ends: list[tuple[int, int]] = []  # their keys' numbers (first, second)
        pad = [0] * self.reach
        ids = list(pad)
        for words in sentences:
            # each word's row from the dict in C; a Python step only for a word not seen yet
            found: list[int | None] = list(map(rows.get, words))
            if None in found:
                # only the new words' places are visited (found in C; round sp15: every word of
                # the sentence before, and a fresh article's sentences mostly have a new word)
                for j in compress(range(len(found)), map(is_, found, repeat(None))):
                    w = words[j]
                    row = rows.get(w)  # a new word twice in one sentence: the first's row
                    if row is None:
                        key, groups = self.word_rows(w)
                        row = rows[w] = words_table.size + len(new_words)
                        new_words.append(groups)
                        new_ends.append((self._first_id.get(key, -1),
                                         self._second_id.get(key, -1)))
                    found[j] = row
            ids += cast("list[int]", found)  # every row found by now
            ids += pad
        self._add_ends(words_table.size, new_ends)
        words_table.add(new_words)
        padded = _index_array(ids)  # (round sp15: not np.array; sp20: not np.fromiter)
        flat = words_table.scores(padded, self.offsets)
        self._add_pairs(flat, padded)
        # each sentence's rows as a view by slicing (np.split does the same in a Python loop
        # with a swapaxes call per piece: four times the time; round sp6)
        ends = list(accumulate(map(len, sentences)))
        return [flat[start:end] for start, end in zip([0, *ends[:-1]], ends, strict=True)]

    def _add_ends(self, start: int, new_ends: list[tuple[int, int]]) -> None:
        """Keep the pair numbers of the words given rows ``start`` onwards."""
        end = start + len(new_ends)
        if end > self._ends.shape[1]:
            grown = np.full((2, max(end, 2 * self._ends.shape[1])), -1, dtype=np.int64)
            grown[:, : start] = self._ends[:, : start]
            self._ends = grown
        if new_ends:
            # the pairs flattened in C and packed by struct (round sp20: ``np.array`` of a list
            # of pairs read each as a nested sequence; the same numbers)
            self._ends[:, start:end] = _index_array(
                list(chain.from_iterable(new_ends))).reshape(-1, 2).T

    def _add_pairs(self, flat: np.ndarray, padded: np.ndarray) -> None:
        """Add to ``flat`` (the words' state scores, in order) the vectors of the weighed pairs
        of neighbouring words in ``padded`` (the words' rows, each sentence between edges):
        each pair attribute on the word that carries it, if that word is in the sentence. The
        same sums as a word-by-word pass: one vector added per carrier and kind, kind by kind."""
        if not len(self._pair_codes):
            return
        firsts = self._ends[0].take(padded[:-1])
        seconds = self._ends[1].take(padded[1:])
        at = np.flatnonzero((firsts >= 0) & (seconds >= 0))  # a pair may start at padded[at]
        code = firsts[at] * self._stride + seconds[at]
        found = np.minimum(np.searchsorted(self._pair_codes, code), len(self._pair_codes) - 1)
        weighed = self._pair_codes[found] == code
        at, pair = at[weighed], found[weighed]
        if not len(at):
            return
        # a padded place's index among the words (the edges between sentences are no words)
        place = np.cumsum(padded != 0) - 1
        for g, (_, d) in enumerate(self.pair_kinds):
            inside = padded[at + d] != 0  # the carrier is a word of the same sentence
            flat[place[at[inside] + d]] += self._pair_vectors[g].take(pair[inside], axis=0)


def viterbi(scores: Sequence[np.ndarray], trans: np.ndarray) -> list[list[int] | None]:
    """The best label ids of each sentence's (length x labels) state scores, as crfsuite finds
    them; None for a sentence whose path rests on a decision closer than :data:`MARGIN` per
    word (see the module docstring). Sentences are decoded in batches of similar length."""
    out: list[list[int] | None] = [None] * len(scores)
    order = sorted(range(len(scores)), key=lambda n: len(scores[n]))
    batch: list[int] = []
    for n in order:
        if not len(scores[n]):
            out[n] = []  # an empty sentence has the empty path
            continue
        if batch and (len(batch) + 1) * len(scores[n]) > BATCH_CELLS:
            _decode(batch, scores, trans, out)
            batch = []
        batch.append(n)
    if batch:
        _decode(batch, scores, trans, out)
    return out


def _decode(batch: list[int], scores: Sequence[np.ndarray], trans: np.ndarray,
            out: list[list[int] | None]) -> None:
    lengths = np.array([len(scores[n]) for n in batch])
    size, longest, labels = len(batch), int(lengths.max()), trans.shape[0]
    # Round sp15 (issue 16): the sentences' scores laid in at once, by one concatenation and
    # one masked assignment over (sentence, step) in order (a numpy assignment per sentence
    # before): the same values in the same cells, zeros after each sentence's end.
    by_sentence = np.zeros((size, longest, labels))
    by_sentence[np.arange(longest)[None, :] < lengths[:, None]] = np.concatenate(
        [scores[n] for n in batch])
    # Round sp10 (issue 16): alpha[t, j, b], the labels before the sentences, so each step's
    # arrays run along the batch; step[i, j, b] = alpha[t-1, i, b] + trans[i, j], from label i
    # to label j, the from-labels first, so the best of them is an elementwise maximum of seven
    # contiguous slabs (no argmax per cell, no fancy index). The back pointers are read only on
    # the best path, from the same sums, as the walk back reaches each step (an argmax of one
    # row per sentence, not one per label). The same values (a maximum is exact, and each sum is
    # the same two doubles), the first label winning a tie as before: 0.107 -> 0.084 CPU-s for
    # the 21 calls of the allowed --days 40 sample (fastest of 5), the same paths.
    state_t = np.ascontiguousarray(by_sentence.transpose(1, 2, 0))  # [t, j, b]
    alpha = np.empty_like(state_t)
    alpha[0] = state_t[0]
    into = trans[:, :, None]
    step = np.empty((labels, labels, size))
    # Round sp20 (issue 16): each step's arrays are views made once per batch, all steps' at
    # once (``list`` over an array's first axis, in C), so a step is three numpy calls, not
    # seven (two slicings and an index a step before, and the maximum in a new array): the
    # steps, not the cells, are most of the decoder's time (1,432 steps a pass for 62,172
    # words over scale.py --days 16's allowed articles). The same operations on the same
    # doubles: the maximum written where alpha[t] is, then the state score added to it.
    add, most = np.add, np.maximum.reduce
    for before, now, state in zip(list(alpha[:-1, :, None, :]), list(alpha[1:]),
                                  list(state_t[1:]), strict=True):
        add(before, into, out=step)
        most(step, axis=0, out=now)
        add(now, state, out=now)
    every = np.arange(size)
    last = lengths - 1
    final = alpha[last, :, every]  # (size, labels)
    best = final.argmax(axis=1)
    # The walk back, a step's label row by row (path_t[t]: each sentence's label at t), the
    # labels before read from alpha laid out once per batch as [t, b, i] (so each step's sum and
    # argmax run over contiguous rows, where the transposed view of alpha[t] made numpy buffer
    # both operands); a sentence's own last label is its best final one, laid in at the step
    # where it ends (its labels after that are never read).
    path_t = np.empty((longest, size), dtype=np.intp)
    path_t[longest - 1] = best
    ending: dict[int, list[int]] = {}
    for b, end in enumerate(last.tolist()):
        ending.setdefault(end, []).append(b)
    from_into = trans.T  # from_into[j, i] = trans[i, j]
    by_step = np.ascontiguousarray(alpha.transpose(0, 2, 1))  # [t, b, i]
    label = best
    for t, before in zip(range(longest - 2, -1, -1), list(by_step[-2::-1]), strict=True):
        # the label before path[t + 1]: crfsuite's back pointer there
        label = (before + from_into.take(label, axis=0)).argmax(axis=1)
        ended = ending.get(t)
        if ended is not None:
            label[ended] = best[ended]
        path_t[t] = label
    if labels > 1:
        # The lead of every decision on the path: the final label, then each back pointer
        # (step t's choice of the label before path[t], from alpha[t-1] + trans[:, path[t]]),
        # laid out [t, b, i] as the walk back read them.
        leads = _lead(final)
        if longest > 1:
            step = by_step[:-1] + from_into.take(path_t[1:], axis=0)
            inside = np.arange(1, longest)[:, None] <= last[None, :]
            leads = np.minimum(leads, np.where(inside, _lead(step), np.inf).min(axis=0))
        sure = leads > MARGIN * lengths
    else:
        sure = np.ones(size, dtype=bool)
    path = path_t.T  # (size, longest)
    # each path read out as Python ints at once, then cut to its sentence (round sp15: a numpy
    # slice and ``tolist`` per sentence before; the same lists)
    paths, ends, certain = path.tolist(), lengths.tolist(), sure.tolist()
    for b, n in enumerate(batch):
        if certain[b]:
            out[n] = paths[b][: ends[b]]


def _lead(values: np.ndarray) -> np.ndarray:
    """Best minus second best along the last axis.

    Round sp20 (issue 16): a running best and second best over the last axis's slabs, element
    by element, in place of a partition of every row (a selection per row of seven labels was
    a ninth of the decoder's instructions). Maxima and minima are exact, so the two values
    are the two largest of each row, as a partition finds them (a value met twice is both),
    and their difference is the same double."""
    first = np.maximum(values[..., 0], values[..., 1])
    second = np.minimum(values[..., 0], values[..., 1])
    for k in range(2, values.shape[-1]):
        value = values[..., k]
        # below the best so far: a candidate for second; above it: the old best is second
        second = np.maximum(second, np.minimum(first, value))
        first = np.maximum(first, value)
    lead: np.ndarray = first - second
    return lead

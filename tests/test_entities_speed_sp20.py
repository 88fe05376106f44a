"""Speed round sp20 (issue 16): the CRF decoder's Viterbi with each step's views made once per
batch and its walk back over alpha laid out [t, b, i], the leads of its decisions by a running
best and second best instead of a partition, and its index arrays packed by ``struct`` instead
of ``np.fromiter``. Each must give exactly what the straightforward path gave (the same paths,
the same undecided sentences, the same sums bit for bit), on corpus sentences and on scores made
to tie."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
import pytest

from khabar.config import Config
from khabar.entities import crfdecode, tagger
from khabar.entities.kb import load_kb
from khabar.entities.tagger import TOK_TEXT
from khabar.model import Article

from .conftest import corpus_day_articles


def _lead_by_partition(values: np.ndarray) -> np.ndarray:
    """``crfdecode._lead`` before round sp20: the two largest of each row by a partition."""
    top = np.partition(values, values.shape[-1] - 2, axis=-1)[..., -2:]
    lead: np.ndarray = top[..., 1] - top[..., 0]
    return lead


def _decode_before(batch: list[int], scores: Sequence[np.ndarray], trans: np.ndarray,
                   out: list[list[int] | None]) -> None:
    """``crfdecode._decode`` before round sp20: a step's arrays sliced and indexed at each step,
    the walk back over the transposed view of alpha[t], the leads from a gather by the path."""
    lengths = np.array([len(scores[n]) for n in batch])
    size, longest, labels = len(batch), int(lengths.max()), trans.shape[0]
    by_sentence = np.zeros((size, longest, labels))
    by_sentence[np.arange(longest)[None, :] < lengths[:, None]] = np.concatenate(
        [scores[n] for n in batch])
    state_t = np.ascontiguousarray(by_sentence.transpose(1, 2, 0))
    alpha = np.empty_like(state_t)
    alpha[0] = state_t[0]
    into = trans[:, :, None]
    step = np.empty((labels, labels, size))
    for t in range(1, longest):
        np.add(alpha[t - 1][:, None, :], into, out=step)
        np.add(step.max(axis=0), state_t[t], out=alpha[t])
    every = np.arange(size)
    last = lengths - 1
    final = alpha[last, :, every]
    best = final.argmax(axis=1)
    path = np.zeros((size, longest), dtype=np.intp)
    label = best
    from_into = trans.T
    for t in range(longest - 1, -1, -1):
        if t + 1 < longest:
            back = (alpha[t].T + from_into[label]).argmax(axis=1)
            label = np.where(last == t, best, back)
        path[:, t] = label
    if labels > 1:
        leads = _lead_by_partition(final)
        if longest > 1:
            step = np.transpose(alpha[:-1], (2, 0, 1)) + trans.T[path[:, 1:]]
            inside = np.arange(1, longest)[None, :] <= last[:, None]
            leads = np.minimum(leads, np.where(inside, _lead_by_partition(step), np.inf).min(axis=1))
        sure = leads > crfdecode.MARGIN * lengths
    else:
        sure = np.ones(size, dtype=bool)
    paths, ends, certain = path.tolist(), lengths.tolist(), sure.tolist()
    for b, n in enumerate(batch):
        if certain[b]:
            out[n] = paths[b][: ends[b]]


def _fresh_decoder() -> crfdecode.SentenceDecoder:
    kb = load_kb(Config())
    tagger.gazetteer(kb)
    decoder = tagger._decoder.__wrapped__(id(kb), tagger.MODEL_PATH)
    assert decoder is not None
    return decoder


@pytest.fixture(scope="module")
def corpus_words(shared_data) -> list[list[str]]:
    """The words of every content sentence of day files 3 and 4 of each outlet."""
    from khabar.entities.stage import sentence_tokens

    articles: list[Article] = corpus_day_articles(shared_data)
    sentences = [list(map(TOK_TEXT, toks)) for a in articles for toks in sentence_tokens(a)]
    return [words for words in sentences if words]


def test_lead_is_the_partitions_on_random_and_tied_rows() -> None:
    rng = np.random.default_rng(20)
    for shape in [(7,), (2,), (3, 7), (40, 7), (5, 9, 7), (4, 3)]:
        for values in (rng.normal(0, 3, shape), rng.integers(-2, 3, shape).astype(float)):
            assert np.array_equal(crfdecode._lead(values), _lead_by_partition(values))
    tied = np.array([[1.0, 3.0, 3.0, 0.0], [5.0, 5.0, 5.0, 5.0], [-1.0, -2.0, -1.0, -3.0]])
    assert crfdecode._lead(tied).tolist() == [0.0, 0.0, 0.0]


def test_index_array_is_numpys_array_of_the_ints() -> None:
    rng = random.Random(20)
    for values in ([], [0], [3, 0, 2**40, -1], [rng.randrange(200_000) for _ in range(5_000)]):
        got = crfdecode._index_array(values)
        assert got.dtype == np.intp
        assert np.array_equal(got, np.array(values, dtype=np.intp))


def test_viterbi_gives_the_paths_of_the_walk_before_on_corpus_sentences(
    corpus_words: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    decoder = _fresh_decoder()
    scores = decoder.scores(corpus_words)
    trans = decoder.weights.trans
    assert len(scores) > 400
    rng = np.random.default_rng(21)
    tied = [np.round(s) for s in scores[:400]] + [
        rng.integers(-2, 3, (n, trans.shape[0])).astype(float) for n in (0, 1, 2, 7, 7, 30)]
    for cells in (crfdecode.BATCH_CELLS, 40):  # the stage's batches, and many small ones
        monkeypatch.setattr(crfdecode, "BATCH_CELLS", cells)
        for batch, matrix in ((scores, trans), (tied, np.round(trans))):
            with monkeypatch.context() as before:
                before.setattr(crfdecode, "_decode", _decode_before)
                expected = crfdecode.viterbi(batch, matrix)
            assert crfdecode.viterbi(batch, matrix) == expected
    # both kinds of sentence were met: decided ones and, among the tied, undecided ones
    monkeypatch.setattr(crfdecode, "BATCH_CELLS", 40)
    found = crfdecode.viterbi(tied, np.round(trans))
    assert None in found and any(f for f in found)


def test_new_word_sums_are_those_of_fromiter_bit_for_bit(corpus_words: list[list[str]]) -> None:
    decoder = _fresh_decoder()
    words = list(dict.fromkeys(w for s in corpus_words for w in s))[:6_000]
    rows = [decoder.word_rows(w)[1] for w in words]
    table = decoder.table
    got = table._sums(rows)
    # the index arrays as round sp15 made them, the rest of the method as it is
    zero = table.weights.zero
    flat: list[int] = []
    starts: list[int] = []
    for groups in rows:
        for group in groups:
            starts.append(len(flat))
            flat.append(zero)
            flat += group
    at = np.fromiter(flat, dtype=np.intp, count=len(flat))
    first = np.fromiter(starts, dtype=np.intp, count=len(starts))
    kept = at != zero
    kept[first] = True
    first = np.cumsum(kept)[first] - 1
    expected = np.add.reduceat(table.weights.state.take(at[kept], axis=0), first, axis=0)
    assert np.array_equal(got, expected.reshape(len(rows), -1, expected.shape[-1]))


def test_pair_numbers_packed_are_each_new_words_keys_numbers(
    corpus_words: list[list[str]],
) -> None:
    decoder = _fresh_decoder()
    decoder.scores(corpus_words)  # every word new to this decoder: its pair numbers laid in
    assert len(decoder._rows) > 1_000
    for word, row in decoder._rows.items():
        key = decoder.word_rows(word)[0]
        expected = [decoder._first_id.get(key, -1), decoder._second_id.get(key, -1)]
        assert decoder._ends[:, row].tolist() == expected, word

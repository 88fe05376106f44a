"""Speed round sp10 (issue 16): the CRF decoder's Viterbi by elementwise maxima with back
pointers read on the best path only, and its weighed word pairs found by one numpy search per
batch, their vectors read off the model once. Each must give exactly what the word-by-word and cell-by-cell forms gave (the same floats,
the same paths, the same ties), on news sentences and on scores made to tie."""

from __future__ import annotations

import numpy as np
import pytest

from khabar.config import Config
from khabar.entities import crfdecode, tagger
from khabar.entities.kb import load_kb
from khabar.entities.tagger import TOK_TEXT, tokenize

from .conftest import SEED_000, SEED_003

SENTENCES = [
    "स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने कहा कि देश में 21 दिन का लॉकडाउन रहेगा।",
    "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने प्रधानमंत्री नरेंद्र मोदी से फोन पर बात की।",
    "जिलाधिकारी ने सभी दुकानों को शाम सात बजे तक बंद रखने का आदेश दिया।",
    "पटना में पुलिस ने मास्क न पहनने वालों पर जुर्माना लगाया।",
    "WHO ने भारत सरकार के कदमों की सराहना की है।",
    "मोदी",  # one word: no pair
    "के के के",  # a word twice in a row, new to the decoder
]


def _sentences() -> list[list[str]]:
    lines = [*SENTENCES]
    for path in (SEED_000, SEED_003):
        lines += path.read_text(encoding="utf-8").splitlines()
    return [words for line in lines if (words := list(map(TOK_TEXT, tokenize(line))))]


def _fresh_decoder() -> crfdecode.SentenceDecoder:
    kb = load_kb(Config())
    tagger.gazetteer(kb)
    decoder = tagger._decoder.__wrapped__(id(kb), tagger.MODEL_PATH)
    assert decoder is not None
    return decoder


def _textbook_viterbi(scores: np.ndarray, trans: np.ndarray) -> list[int] | None:
    """The decoder's Viterbi before round sp10, one sentence: the best previous label of every
    cell by argmax (the first wins a tie), then the walk back; None where a decision on the path
    leads by no more than the margin."""
    n, labels = scores.shape
    if not n:
        return []
    alpha = np.empty_like(scores)
    back = np.zeros((n, labels), dtype=np.intp)
    alpha[0] = scores[0]
    for t in range(1, n):
        step = alpha[t - 1][None, :] + trans.T  # step[j, i]: from i to j
        back[t] = step.argmax(axis=1)
        alpha[t] = step[np.arange(labels), back[t]] + scores[t]
    path = [int(alpha[n - 1].argmax())]
    for t in range(n - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    path.reverse()
    if labels > 1:
        lead = float(crfdecode._lead(alpha[n - 1]))
        for t in range(1, n):
            lead = min(lead, float(crfdecode._lead(alpha[t - 1] + trans[:, path[t]])))
        if not lead > crfdecode.MARGIN * n:
            return None
    return path


def test_viterbi_gives_the_textbook_paths_and_ties(monkeypatch: pytest.MonkeyPatch) -> None:
    trans = _fresh_decoder().weights.trans
    rng = np.random.default_rng(10)
    lengths = [0, 1, 2, 3, 5, 8, 13, 21, 34, 60, 1, 7, 7, 7, 40]
    scores = [rng.normal(0, 3, (n, trans.shape[0])) for n in lengths]
    # whole-number scores and transitions tie often: the same first label must win, and a
    # sentence whose path rests on a tie must come back undecided
    whole = np.round(trans)
    tied = [rng.integers(-2, 3, (n, trans.shape[0])).astype(float) for n in lengths]
    monkeypatch.setattr(crfdecode, "BATCH_CELLS", 40)  # many batches, mixed lengths
    for batch, matrix in ((scores, trans), (tied, whole)):
        expected = [_textbook_viterbi(s, matrix) for s in batch]
        assert crfdecode.viterbi(batch, matrix) == expected
    assert None in [_textbook_viterbi(s, whole) for s in tied]  # ties were met


def test_pair_vectors_are_added_as_word_by_word() -> None:
    decoder = _fresh_decoder()
    sentences = _sentences()
    got = decoder.scores(sentences)
    weights, reach = decoder.weights, decoder.reach
    # the words' own and lent vectors, gathered as the decoder does (unchanged by the round)
    padded: list[int] = [0] * reach
    for words in sentences:
        padded += [decoder._rows[w] for w in words] + [0] * reach
    flat = decoder.table.scores(np.array(padded, dtype=np.intp), decoder.offsets)
    keys = {w: decoder.word_rows(w)[0] for words in sentences for w in words}
    # then each weighed pair's attribute on its carrier, kind by kind, sentence by sentence
    pairs = 0
    for kind, d in decoder.pair_kinds:
        at = 0
        for words in sentences:
            for j in range(len(words) - 1):
                ab = f"{keys[words[j]]}|{keys[words[j + 1]]}"
                if ab in decoder.pair_tails and 0 <= j + d < len(words):
                    # a pair the model weighs for another kind adds this kind's zero row
                    flat[at + j + d] += weights.state[weights.rows((kind + ab,))[0]]
                    pairs += (kind + ab) in weights.attrs
            at += len(words)
    assert pairs > 100
    assert np.array_equal(np.concatenate(got), flat)


def test_word_bound_starts_the_word_tables_afresh_with_the_same_tags(
        monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _sentences()
    expected = _fresh_decoder().tag(sentences)
    monkeypatch.setattr(crfdecode.SentenceDecoder, "MAX_WORDS", 150)
    decoder = _fresh_decoder()
    # in pieces, so the tables fill up and start afresh between them, the words' pair numbers
    # included (the pair vectors are the model's, read once)
    got = [tags for n in range(0, len(sentences), 5) for tags in decoder.tag(sentences[n:n + 5])]
    assert got == expected
    assert len(decoder._rows) <= 150
    assert decoder._pair_vectors.shape == (len(decoder.pair_kinds), len(decoder.pair_tails),
                                           len(decoder.weights.labels))

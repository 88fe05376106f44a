"""Word clusters for the name tagger, learnt from unlabelled Hindi news (no model hub, no labels).

The CRF's training sentences are few (16,500), so most names and many ordinary words of new text
were never seen in training; what the tagger then knows of such a word is its affixes. Words
that occur in the same contexts of a large plain text ("__ ने कहा", "__ जिले में", "__ मंत्रालय
के") fall into the same cluster whether or not training saw them, so a cluster id lets a name the
tagger never saw borrow the evidence of names it did see (Brown-cluster features, built here
more cheaply as k-means over reduced co-occurrence counts).

How the clusters are built (:func:`build_clusters`, ``python -m khabar.entities.clusters``):

1. Text: every file of ``corpus/hindi-covid-2020`` (unlabelled news) and the words of the CRF's
   own training sentences (IL-NER train, HiNER's training half; their labels are not read).
   Evaluation sets are never read. Words are folded with :func:`.translit.deva_key`.
2. Each word of the vocabulary (seen ``MIN_COUNT`` times or more) is described by how often each
   of the ``CONTEXTS`` most frequent words stands one and two places before and after it,
   weighted by positive pointwise mutual information and reduced to ``DIMS`` dimensions (an exact
   SVD through the small context-by-context matrix).
3. Spherical k-means (k-means++ seeding from a fixed seed) puts the unit vectors into ``FINE``
   clusters, and the cluster centres into ``COARSE`` groups: a word's id is ``coarse.fine``.

The result, ``data/ner/clusters.tsv`` (``key<TAB>coarse.fine`` sorted by key), is committed;
the tagger reads it once per process. The build is deterministic for one numpy/BLAS.
"""

from __future__ import annotations

import html
import re
import time
from collections import Counter
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..config import Config
from .translit import deva_key

if TYPE_CHECKING:  # numpy is imported only when clusters are built
    from numpy import ndarray

CLUSTERS_PATH = Path(str(resources.files("khabar") / "data" / "ner" / "clusters.tsv"))
# Unlabelled Hindi news: (folder under the data dir, file pattern). The texts of the time and
# disaster sets are read as plain text; their labels (not NER labels) are not read. Neither
# IL-NER dev nor HiNER's evaluation half is read.
CORPORA = (
    (("corpus", "hindi-covid-2020"), "*.txt"),
    (("time", "iltimex2012-hindi", "Plain_Text"), "*.xml"),
    (("events", "hindi-disaster"), "*.xml"),
)
_PARAGRAPH_END = re.compile(r"</(?:P|TEXT|DOC)>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SENTENCE_END = re.compile(r"[\n।|?!]+")
# Sizes set by hand for a corpus of about a million words, not tuned: words seen 3+ times (rarer
# words have too few contexts to place), the 500 commonest words as contexts at 4 positions,
# 100 dimensions, 256 fine clusters in 32 coarse groups (Brown-cluster prefixes of 5 and 8 bits).
MIN_COUNT = 3
MAX_VOCAB = 40_000
CONTEXTS = 500
DIMS = 100
FINE = 256
COARSE = 32
KMEANS_ITER = 30
SEED = 17
OFFSETS = (-2, -1, 1, 2)


def corpus_sentences(config: Config) -> Iterator[list[str]]:
    """Folded words of each sentence of the unlabelled news (markup dropped), files in sorted
    path order."""
    from ..eval.report import require_data
    from .tagger import tokenize

    for parts, pattern in CORPORA:
        root = require_data(config.data_dir, *parts)
        for path in sorted(root.rglob(pattern)):
            text = path.read_text(encoding="utf-8", errors="replace")
            text = html.unescape(_TAG.sub(" ", _PARAGRAPH_END.sub("\n", text)))
            for sentence in _SENTENCE_END.split(text):
                words = [deva_key(t.text) for t in tokenize(sentence)]
                if words:
                    yield words


def _vectors(sentences: list[list[str]]) -> tuple[list[str], ndarray]:
    """The vocabulary (sorted by count, then key) and its unit-length reduced PPMI vectors."""
    import numpy as np

    counts: Counter[str] = Counter(w for s in sentences for w in s)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    vocab = [w for w, c in ranked if c >= MIN_COUNT][:MAX_VOCAB]
    index = {w: i for i, w in enumerate(vocab)}
    ctx_index = {w: i for i, w in enumerate(vocab[:CONTEXTS])}
    rows: list[int] = []
    cols: list[int] = []
    for s in sentences:
        ids = [index.get(w, -1) for w in s]
        ctx = [ctx_index.get(w, -1) for w in s]
        n = len(s)
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for slot, d in enumerate(OFFSETS):
                j = i + d
                if 0 <= j < n and ctx[j] >= 0:
                    rows.append(wi)
                    cols.append(slot * CONTEXTS + ctx[j])
    m = np.zeros((len(vocab), len(OFFSETS) * CONTEXTS), dtype=np.float32)
    np.add.at(m, (np.array(rows), np.array(cols)), 1.0)
    row = m.sum(axis=1, keepdims=True)
    col = m.sum(axis=0, keepdims=True) ** 0.75  # context smoothing (Levy et al. 2015)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(m * col.sum() / (row * col))
    pmi = np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)
    del m
    # Exact SVD through the small context-by-context matrix: right vectors of the top DIMS.
    vals, vecs = np.linalg.eigh(pmi.T @ pmi)
    top = np.argsort(-vals)[:DIMS]
    signs = np.sign(vecs[np.abs(vecs[:, top]).argmax(axis=0), top])  # fixed sign per axis
    emb = pmi @ (vecs[:, top] * signs)
    norms = np.linalg.norm(emb, axis=1, keepdims=True)
    return vocab, emb / np.maximum(norms, 1e-12)


def _kmeans(data: ndarray, k: int, seed: int) -> tuple[ndarray, ndarray]:
    """Spherical k-means with k-means++ seeding: (labels, unit centres)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = [data[rng.integers(len(data))]]
    dist = 1.0 - data @ centres[0]
    for _ in range(1, k):
        p = np.maximum(dist, 0.0) ** 2
        centres.append(data[rng.choice(len(data), p=p / p.sum())])
        dist = np.minimum(dist, 1.0 - data @ centres[-1])
    c = np.array(centres)
    labels = np.zeros(len(data), dtype=np.int64)
    for _ in range(KMEANS_ITER):
        labels = np.argmax(data @ c.T, axis=1)
        for j in range(k):
            members = data[labels == j]
            if len(members):
                v = members.sum(axis=0)
                c[j] = v / max(float(np.linalg.norm(v)), 1e-12)
    return labels, c


def build_clusters(config: Config, out: Path | None = None) -> dict:
    """Learn the word clusters from the corpus and the training sentences' words; write them."""
    from .tagger import training_sentences

    out = out or CLUSTERS_PATH
    t0 = time.perf_counter()
    sentences = list(corpus_sentences(config))
    n_corpus = len(sentences)
    for source in training_sentences(config).values():
        sentences.extend([deva_key(w) for w in words] for words, _ in source)
    vocab, emb = _vectors(sentences)
    fine, centres = _kmeans(emb, FINE, SEED)
    coarse, _ = _kmeans(centres, COARSE, SEED)
    lines = sorted(
        f"{w}\t{int(coarse[int(f)])}.{int(f)}"
        for w, f in zip(vocab, fine.tolist(), strict=True)
        if "\t" not in w
    )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _load.cache_clear()
    return {
        "clusters": out.name,
        "corpus_lines": n_corpus,
        "training_sentences": len(sentences) - n_corpus,
        "words": len(lines),
        "seconds": round(time.perf_counter() - t0, 1),
    }


@cache
def _load(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, _, cid = line.partition("\t")
        out[key] = cid
    return out


def clusters_digest(path: Path = CLUSTERS_PATH) -> str:
    """SHA-256 of the clusters file, recorded by ``khabar train ner`` next to the model."""
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def word_clusters(path: Path = CLUSTERS_PATH) -> dict[str, str]:
    """Folded word -> ``coarse.fine`` cluster id (empty when the file is absent)."""
    return _load(path)


def main() -> int:
    """Build the clusters from ``$KHABAR_DATA`` (default ``../shared/data``) and print a summary;
    missing data is one E040 line on stderr (exit 1) and the committed file is kept."""
    import json
    import sys

    from ..errors import KhabarError

    try:
        summary = build_clusters(Config())
    except KhabarError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

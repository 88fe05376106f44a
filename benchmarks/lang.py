"""Language-layer throughput on the Hindi corpus (hindi-covid-2020, found via KHABAR_DATA).

    python benchmarks/lang.py                  # clean first (untimed), then time the lang stage
    python benchmarks/lang.py --no-clean       # whole dump files as one body block each
    python benchmarks/lang.py --repeat 3       # best of three passes

Prints docs/s and sentences/s of the "lang" stage (language of every content block and of the
article, sentence splitting), tokens/s of the tokenizer over the same sentences, the language
counts, and how our sentence count compares with indic-nlp-library's sentence_tokenize on the
same content blocks (a reference that loses offsets and does not split on ".").
"""

from __future__ import annotations

import argparse
import copy
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.config import Config, default_data_dir
from khabar.lang.stage import annotate
from khabar.lang.tokens import tokenize
from khabar.model import CONTENT_LABELS, Article


def load(corpus: Path, clean: bool) -> list[Article]:
    files = sorted(p for p in corpus.rglob("*.txt") if p.name.lower() != "readme.txt")
    articles = [
        Article(id=f"c{i:04d}", text=p.read_text(encoding="utf-8", errors="replace"),
                source_path=str(p), source_kind="text")
        for i, p in enumerate(files)
    ]
    if not clean:
        return articles
    from khabar.clean.stage import clean_articles

    return list(clean_articles(articles))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--no-clean", action="store_true")
    args = parser.parse_args()
    corpus = args.data / "corpus" / "hindi-covid-2020"
    if not corpus.is_dir():
        print(f"corpus not found at {corpus} (set KHABAR_DATA)", file=sys.stderr)
        return 2
    base = load(corpus, clean=not args.no_clean)
    config = Config()
    best = float("inf")
    done: list[Article] = []
    for _ in range(args.repeat):
        fresh = [copy.deepcopy(a) for a in base]
        t0 = time.perf_counter()
        done = [annotate(a, config) for a in fresh]
        best = min(best, time.perf_counter() - t0)
    sentences = sum(len(a.sentences) for a in done)
    chars = sum(b.end - b.start for a in done for b in a.blocks if b.label in CONTENT_LABELS)
    t0 = time.perf_counter()
    tokens = sum(len(tokenize(a.text, s.start, s.end)) for a in done for s in a.sentences)
    tok_seconds = time.perf_counter() - t0
    print(f"docs={len(done)} sentences={sentences} tokens={tokens} content_MB={chars / 1e6:.2f}")
    print(f"lang stage: seconds={best:.2f} docs/s={len(done) / best:.1f} "
          f"sentences/s={sentences / best:.0f}")
    print(f"tokenize: seconds={tok_seconds:.2f} tokens/s={tokens / tok_seconds:.0f}")
    print(f"languages={dict(Counter(a.language for a in done).most_common())}")
    print(f"status={dict(Counter(a.status for a in done))}")
    _compare_indicnlp(done)
    return 0


def _compare_indicnlp(done: list[Article]) -> None:
    """Sentence counts against indic-nlp-library on the same content blocks (no gold here)."""
    try:
        from indicnlp.tokenize.sentence_tokenize import sentence_split
    except ImportError:  # a baseline only, in the bench extra since khabar itself never needs it
        print("indic-nlp sentence_split: not installed (pip install 'khabar[bench]'); comparison skipped")
        return

    ours = theirs = same_blocks = blocks = 0
    for art in done:
        by_block = Counter(s.block for s in art.sentences)
        for i, b in enumerate(art.blocks):
            if b.label not in CONTENT_LABELS:
                continue
            ref = len(sentence_split(art.text[b.start : b.end], lang="hi"))
            blocks += 1
            ours += by_block[i]
            theirs += ref
            same_blocks += by_block[i] == ref
    print(f"indic-nlp sentence_split on the same {blocks} blocks: ours={ours} theirs={theirs} "
          f"blocks with equal counts={same_blocks / max(blocks, 1):.3f}")


if __name__ == "__main__":
    sys.exit(main())

"""Cleaning throughput on the Hindi corpus (daily dumps split into articles, every line labelled).

    python benchmarks/clean.py                 # all 380 dump files of $KHABAR_DATA/corpus
    python benchmarks/clean.py --repeat 3      # best of three passes

Prints input files/s, output articles (docs)/s, MB/s and the outcome counts (ok / no_text). The
clean stage runs alone (no language, entity or time stages), in this one process.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from khabar.clean.stage import clean_articles
from khabar.config import default_data_dir
from khabar.model import Article


def load(corpus: Path) -> list[Article]:
    files = sorted(corpus.rglob("*.txt"))
    return [
        Article(id=f"c{i:04d}", text=p.read_text(encoding="utf-8", errors="replace"),
                source_path=str(p), source_kind="text")
        for i, p in enumerate(files)
        if p.name.lower() not in ("readme.txt", "provenance.txt")
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    corpus = args.data / "corpus" / "hindi-covid-2020"
    if not corpus.is_dir():
        print(f"corpus not found at {corpus} (set KHABAR_DATA)", file=sys.stderr)
        return 2
    articles = load(corpus)
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6
    best = float("inf")
    outcomes: Counter[str] = Counter()
    for _ in range(args.repeat):
        fresh = [Article(id=a.id, text=a.text, source_path=a.source_path,
                         source_kind=a.source_kind) for a in articles]
        t0 = time.perf_counter()
        outcomes = Counter(a.status for a in clean_articles(fresh))
        best = min(best, time.perf_counter() - t0)
    docs = sum(outcomes.values())
    print(f"files={len(articles)} articles={docs} outcomes={dict(outcomes)} MB={megabytes:.2f}")
    print(f"seconds={best:.2f} files/s={len(articles) / best:.1f} docs/s={docs / best:.1f} "
          f"MB/s={megabytes / best:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

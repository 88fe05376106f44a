"""Temporal tagger throughput on Hindi news: ILTIMEX2012 (300 docs) and hindi-covid-2020 (found via KHABAR_DATA).

    python benchmarks/timex.py                 # both corpora, best of one pass
    python benchmarks/timex.py --repeat 3      # best of three passes

ILTIMEX: ``tag()`` over each whole document (as ``khabar eval time`` does). hindi-covid-2020: the
corpus is cleaned and split into sentences first (untimed), then the "time" stage runs over the
content sentences (timed), as in the pipeline. Prints docs/s, chars/s and timexes found.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from khabar.config import Config, default_data_dir
from khabar.model import Article
from khabar.time.stage import timexes_of
from khabar.time.tagger import tag
from khabar.time.timeml import read_iltimex


def _best(run: Callable[[], None], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def bench_iltimex(folder: Path, repeat: int) -> None:
    docs = list(read_iltimex(folder))
    found: list[int] = []

    def run() -> None:
        found[:] = [len(tag(d.text, None, "hi")) for d in docs]

    seconds = _best(run, repeat)
    chars = sum(len(d.text) for d in docs)
    print(f"iltimex2012-hindi: {len(docs)} docs, {chars:,} chars, {sum(found)} timexes in {seconds:.2f} s"
          f" = {len(docs) / seconds:.1f} docs/s, {chars / seconds:,.0f} chars/s")


def bench_corpus(folder: Path, repeat: int) -> None:
    from khabar.clean.stage import clean_articles
    from khabar.lang.stage import annotate

    config = Config()
    files = sorted(p for p in folder.rglob("*.txt") if p.name.lower() != "readme.txt")
    raw = [Article(id=f"c{i:04d}", text=p.read_text(encoding="utf-8", errors="replace"), source_path=str(p),
                   source_kind="text") for i, p in enumerate(files)]
    articles = [annotate(a, config) for a in clean_articles(raw)]
    counts: Counter[str] = Counter()

    def run() -> None:
        counts.clear()
        for a in articles:
            for t in timexes_of(a):
                counts[t.type] += 1

    seconds = _best(run, repeat)
    sentences = sum(len(a.sentences) for a in articles)
    print(f"hindi-covid-2020: {len(articles)} articles, {sentences:,} sentences in {seconds:.2f} s = "
          f"{len(articles) / seconds:.1f} docs/s, {sentences / seconds:,.0f} sentences/s; "
          f"timexes {dict(counts.most_common())}")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    iltimex = args.data / "time" / "iltimex2012-hindi"
    corpus = args.data / "corpus" / "hindi-covid-2020"
    if not iltimex.is_dir() and not corpus.is_dir():
        print(f"no Hindi corpus under {args.data} (set KHABAR_DATA)", file=sys.stderr)
        return 2
    if iltimex.is_dir():
        bench_iltimex(iltimex, args.repeat)
    if corpus.is_dir():
        bench_corpus(corpus, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())

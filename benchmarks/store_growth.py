"""Cost of storing an article as the store grows, for SQLite page-cache sizes side by side.

    python benchmarks/store_growth.py                         # 10,000 articles, 2 MiB vs 64 MiB
    python benchmarks/store_growth.py --articles 30000 --cache-mib 2,16,64

The articles are the processed articles of a store (``--from``, default the whole-corpus store
``benchmarks/out/corpus.db`` made as ``benchmarks/serve_load.py`` makes it), stored again and
again under new ids into one new store per cache size, in transactions of 500. The stores are
filled in turn, batch by batch, so every size sees the same machine load. Prints the CPU
milliseconds per article of ``Store.put_article`` (article row, full-text index, mentions,
timexes, events, quotes) at each tenth of the run; JSON in ``benchmarks/out/store_growth.json``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from serve_load import ensure_store

from khabar.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out" / "store_growth.json"
BATCH = 500


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--from", dest="source", type=Path, default=ROOT / "benchmarks" / "out" / "corpus.db")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--cache-mib", default="2,64", help="page-cache sizes to compare (MiB)")
    args = ap.parse_args()
    ensure_store(args.source)
    with Store(args.source) as source:
        pool = list(source.iter_articles())
    sizes = [int(s) for s in args.cache_mib.split(",")]
    curves: dict[int, list[tuple[int, float]]] = {s: [] for s in sizes}
    with tempfile.TemporaryDirectory() as tmp:
        stores = {s: Store(Path(tmp) / f"cache{s}.db") for s in sizes}
        for size, store in stores.items():
            store.conn.execute(f"PRAGMA cache_size=-{size * 1024}")
        for done in range(0, args.articles, BATCH):
            batch = [replace(pool[n % len(pool)], id=f"g{n}")
                     for n in range(done, min(done + BATCH, args.articles))]
            for size, store in stores.items():
                start = time.process_time()
                with store.transaction():
                    for art in batch:
                        store.put_article(art)
                ms = 1000 * (time.process_time() - start) / len(batch)
                curves[size].append((done + len(batch), ms))
        for store in stores.values():
            store.close()
    step = max(1, len(curves[sizes[0]]) // 10)
    print(f"{len(pool)} source articles, stored {args.articles} times in batches of {BATCH};"
          " CPU ms per article at each point:")
    print("articles " + "".join(f"{s:>10} MiB" for s in sizes))
    for i in range(step - 1, len(curves[sizes[0]]), step):
        print(f"{curves[sizes[0]][i][0]:>8} " + "".join(f"{curves[s][i][1]:>14.2f}" for s in sizes))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"articles": args.articles, "batch": BATCH,
                               "ms_per_article": {str(s): curves[s] for s in sizes}}) + "\n",
                   encoding="utf-8")
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()

"""Local executor against the Ray executor, side by side in one run, on the same corpus files.

    python benchmarks/ray_local.py                 # 8 days per outlet of $KHABAR_DATA/corpus
    python benchmarks/ray_local.py --days 76 --cpus 2

Local: ``khabar ingest --jobs CPUS`` into a new store. Ray: ``khabar run --engine ray --cpus
CPUS --out DIR`` (Ray in local mode: start-up, driver reading and cleaning, actors), then
``khabar load DIR`` into a new store. Each command runs in a new process; wall seconds are
printed for each step, with articles per second, and whether the two stores hold the same
articles, mentions, events and stories, and whether the local store's duplicate links lie
inside the run's near-duplicate groups (the band join). CPU time is not compared: Ray's workers are not this
process's children, so their CPU is not counted here. Needs the ray extra. Figures are printed
and written to ``benchmarks/out/ray_local.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import corpus_sample

OUT = Path(__file__).resolve().parent / "out" / "ray_local.json"
TABLES = ("articles", "mentions", "events", "story_members")


def khabar(*args: str) -> float:
    """Wall seconds of one ``khabar`` command in a new process (its failure stops the run)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "khabar.cli", *args], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"khabar {' '.join(args[:4])} … failed: {done.stderr.strip()[-2000:]}")
    return time.perf_counter() - start


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}


def duplicate_groups(db: Path, run_dir: Path) -> tuple[bool, int]:
    """Whether every duplicate link the local store keeps lies inside one of the run's band-join
    groups (``duplicates/``: near-identical texts; the store drops the links its story signature
    vetoes, so its groups can be fewer), and how many groups the local store has."""
    import pyarrow.parquet as pq

    from khabar.stories.dedup import DupLink, syndication_groups

    with sqlite3.connect(db) as conn:
        links = [DupLink(*row) for row in conn.execute(
            "SELECT article_id, of_id, kind, similarity, wire FROM story_duplicates")]
    group_of = {row["article_id"]: row["group_id"]
                for row in pq.read_table(run_dir / "duplicates").to_pylist()}
    inside = all(group_of.get(d.article_id) == group_of.get(d.of_id) is not None for d in links)
    return inside, len(syndication_groups(links))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--days", type=int, default=8, help="corpus days per outlet (default 8)")
    ap.add_argument("--cpus", type=int, default=2, help="--jobs / --cpus for both (default 2)")
    args = ap.parse_args()
    files = [str(f) for f in corpus_sample(args.days)]
    size_mb = sum(Path(f).stat().st_size for f in files) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        local_db, ray_db, run_dir = Path(tmp) / "local.db", Path(tmp) / "ray.db", Path(tmp) / "run"
        local = khabar("--db", str(local_db), "ingest", "-q", "--jobs", str(args.cpus), *files)
        ray_run = khabar("run", *files, "--engine", "ray", "--cpus", str(args.cpus),
                         "--out", str(run_dir))
        ray_load = khabar("--db", str(ray_db), "load", str(run_dir))
        local_counts, ray_counts = counts(local_db), counts(ray_db)
        same_groups, n_groups = duplicate_groups(local_db, run_dir)
    articles = local_counts["articles"]
    report = {
        "files": len(files), "input_mb": size_mb, "cpus": args.cpus, "articles": articles,
        "load_average": os.getloadavg()[0],
        "local_ingest_s": local, "ray_run_s": ray_run, "ray_load_s": ray_load,
        "local_articles_per_s": articles / local,
        "ray_articles_per_s": articles / (ray_run + ray_load),
        "same_counts": local_counts == ray_counts, "counts": local_counts,
        "links_inside_duplicate_groups": same_groups, "duplicate_groups": n_groups,
    }
    print(f"input: {len(files)} corpus files, {size_mb:.2f} MB, {articles} articles;"
          f" --jobs/--cpus {args.cpus}; load average {report['load_average']:.2f}")
    print(f"local  ingest      {local:7.1f} s  {report['local_articles_per_s']:6.1f} articles/s")
    print(f"ray    run + load  {ray_run:7.1f} s + {ray_load:.1f} s"
          f"  {report['ray_articles_per_s']:6.1f} articles/s")
    print(f"same articles, mentions, events, story members: {report['same_counts']}"
          f" ({local_counts})")
    print(f"the store's duplicate links lie inside the band join's groups: {same_groups}"
          f" ({n_groups} groups)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()

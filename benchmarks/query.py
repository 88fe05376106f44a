"""Wall time of each query command on the whole corpus, process start included.

    python benchmarks/query.py                        # store: benchmarks/out/corpus.db
    python benchmarks/query.py --db other.db --runs 5
    python benchmarks/query.py --baseline /tmp/old/src   # side by side with another checkout

Each command runs as a new ``python -m khabar.cli`` process, as a user's shell would start it,
with its output read through a pipe (table rendering counts). The first run of each command is a
warm-up (the OS file cache, the on-disk KB cache); the figure is the median of the next
``--runs``. The store is made by ingesting ``$KHABAR_DATA/corpus/hindi-covid-2020`` when it does
not exist (as ``benchmarks/serve_load.py`` does). The arguments are chosen from the store (its
largest story, an article with dates), not fixed, so any store works. Prints one line per command
(wall and CPU seconds: on a shared machine the CPU time is the steadier figure) with the 0.5 s
budget of issue 16, and writes ``benchmarks/out/query.json``. ``--baseline SRC``
runs each command from that source tree too (``PYTHONPATH``), alternating run by run with this
one, so both see the same load on a shared machine; the cache folder is the same for both.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from serve_load import ensure_store

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out" / "query.json"
BUDGET_S = 0.5


def commands(db: Path) -> list[list[str]]:
    """The read commands of the CLI, with arguments taken from the store."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        story = conn.execute("SELECT id FROM stories ORDER BY n_articles DESC, id LIMIT 1").fetchone()
        dated = conn.execute("SELECT a.id FROM articles a JOIN timexes t ON t.article_rowid = a.rowid"
                             " WHERE a.is_current = 1 ORDER BY a.rowid LIMIT 1").fetchone()
    found = [["stats"], ["articles", "-n", "20"], ["search", "कोरोना"], ["entities", "-n", "20"],
             ["entity", "मोदी"], ["entity", "Putin"], ["events", "--type", "CONSULT"],
             ["quotes", "--speaker", "मोदी"], ["timeline", "मोदी"], ["timeline", "India", "China"],
             ["stories"], ["stories", "--json"]]
    if story:
        found.append(["story", story[0]])
    if dated:
        found.append(["dates", dated[0]])
    return found


def run_once(db: Path, args: list[str], src: Path | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one command in a new process."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "khabar.cli", "--db", str(db), *args],
                          capture_output=True, check=False, env=env)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--db", type=Path, default=ROOT / "benchmarks" / "out" / "corpus.db")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline", type=Path, help="another checkout's src/ to time side by side")
    args = ap.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    ensure_store(args.db)
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as conn:
        articles = conn.execute("SELECT count(*) FROM articles WHERE is_current = 1").fetchone()[0]
    results = []
    print(f"{articles} articles in {args.db}; median of {args.runs} runs after one warm-up")
    for cmd in commands(args.db):
        times: list[tuple[float, float]] = []
        base: list[tuple[float, float]] = []
        for _ in range(args.runs + 1):  # run 0 of each is the warm-up
            times.append(run_once(args.db, cmd))
            if args.baseline is not None:
                base.append(run_once(args.db, cmd, args.baseline))
        median = statistics.median(t for t, _ in times[1:])
        cpu = statistics.median(c for _, c in times[1:])
        row = {"command": " ".join(cmd), "median_s": round(median, 3), "median_cpu_s": round(cpu, 3),
               "within_budget": median < BUDGET_S}
        line = f"{median:6.3f} s wall {cpu:6.3f} s CPU"
        if base:
            row["baseline_median_s"] = round(statistics.median(t for t, _ in base[1:]), 3)
            row["baseline_median_cpu_s"] = round(statistics.median(c for _, c in base[1:]), 3)
            line += (f" | baseline {row['baseline_median_s']:6.3f} s wall"
                     f" {row['baseline_median_cpu_s']:6.3f} s CPU")
        results.append(row)
        print(f"{'ok  ' if median < BUDGET_S else 'SLOW'} {line}  khabar {' '.join(cmd)}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    report = {"articles": articles, "budget_s": BUDGET_S, "runs": args.runs, "results": results,
              "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                          "load_average_1min": load}}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"within {BUDGET_S} s: {sum(r['within_budget'] for r in results)}/{len(results)};"
          f" load average {load}; written to {OUT}")


if __name__ == "__main__":
    main()

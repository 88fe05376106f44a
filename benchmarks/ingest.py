"""Ingest throughput and peak memory on the Hindi corpus.

    python benchmarks/ingest.py                    # full pipeline over $KHABAR_DATA/corpus
    python benchmarks/ingest.py --stages none      # readers + store only
    python benchmarks/ingest.py --jsonl-mb 1024    # a generated 1 GB JSONL: memory must stay flat

Prints documents/s, MB/s of input and the peak resident memory of the process. The large JSONL is
made by recombining real corpus paragraphs, written to a temporary folder and removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from khabar import pipeline
from khabar.config import Config, default_data_dir
from khabar.ingest.api import ingest


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus_files(data: Path) -> list[Path]:
    root = data / "corpus"
    if not root.is_dir():
        sys.exit(f"corpus not found at {root} (set KHABAR_DATA)")
    return sorted(p for p in root.rglob("*.txt") if p.name != "PROVENANCE.txt")


def make_jsonl(files: list[Path], target_mb: int, out: Path) -> int:
    paragraphs = [p.strip() for f in files for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 80]
    rng = random.Random(7)
    written, n = 0, 0
    with out.open("w", encoding="utf-8") as fh:
        while written < target_mb * 1024 * 1024:
            body = "\n\n".join(rng.sample(paragraphs, 4))
            line = json.dumps({"id": f"syn{n}", "title": body[:60], "text": body, "date": "2020-04-01"}, ensure_ascii=False) + "\n"
            fh.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--stages", default="all", help="'all' (default), 'none', or a comma list")
    ap.add_argument("--jsonl-mb", type=int, default=0, help="ingest a generated JSONL of this size instead")
    ap.add_argument("--limit", type=int, default=0, help="only the first N corpus files")
    args = ap.parse_args()
    stages = (pipeline.available_stages() if args.stages == "all"
              else [] if args.stages == "none" else args.stages.split(","))
    files = corpus_files(default_data_dir())
    if args.limit:
        files = files[: args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        inputs: list[Path] = files
        if args.jsonl_mb:
            big = Path(tmp) / "big.jsonl"
            records = make_jsonl(files, args.jsonl_mb, big)
            inputs = [big]
            print(f"generated {records} records, {big.stat().st_size / 1e6:.0f} MB")
        size = sum(p.stat().st_size for p in inputs)
        config = Config(db_path=Path(tmp) / "bench.db")
        rss_before = peak_rss_mb()
        start = time.perf_counter()
        report = ingest(inputs, config, stages=stages)
        seconds = time.perf_counter() - start
        stored = report.counts["new"] + report.counts["updated"]
        db_mb = os.path.getsize(config.db_path) / 1e6
    print(f"stages: {','.join(stages) or 'none'}")
    print(f"inputs: {len(inputs)} files, {size / 1e6:.1f} MB")
    print(f"articles stored: {stored} (failed {report.counts['failed']}, no_text {report.counts['no_text']})")
    print(f"time: {seconds:.1f} s  →  {stored / seconds:.1f} docs/s, {size / 1e6 / seconds:.2f} MB/s")
    print(f"peak memory: {peak_rss_mb():.0f} MB (before ingest {rss_before:.0f} MB); database {db_mb:.1f} MB")


if __name__ == "__main__":
    main()

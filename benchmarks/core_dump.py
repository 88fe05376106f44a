"""Identity check for speed work: the full output of the core stages, this code against another.

    python benchmarks/core_dump.py --days 8 --out /tmp/this.jsonl       # dump this checkout's output
    python benchmarks/core_dump.py --days 8 --baseline ../main/src      # dump both, compare, exit 1 on a difference

A speed change must not change what the stages find. This runs clean, lang, entities, time and
events over the first ``--days`` corpus files of each outlet (as ``benchmarks/scale.py`` picks
them) and writes every article as one JSON line (``Article.to_dict``: blocks, sentences, mentions,
timexes, events, quotes, warnings, metadata). With ``--baseline SRC`` the same dump is made by
another checkout's ``src`` in a child process, and the two are compared article by article and
field by field; the first differences are printed. Exit status 0: identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scale import corpus_sample  # the same files scale.py times (benchmarks/ is on sys.path)

from khabar import pipeline
from khabar.clean.stage import clean_articles
from khabar.clean.templates import OutletTemplates
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths


def dump(days: int, out: Path) -> int:
    """Write the core stages' output over the sample to ``out``; the number of articles."""
    config = Config()
    read = [a for a in read_paths(corpus_sample(days), config) if not isinstance(a, Failure)]
    articles = clean_articles(read, OutletTemplates())
    given = list(pipeline.get_stage("clean").assigns)
    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for article in pipeline.run_local(articles, config, pipeline.available_stages()[1:],
                                          given=given):
            fh.write(json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=True,
                                default=repr) + "\n")
            count += 1
    return count


def compare(this: Path, other: Path, show: int = 10) -> int:
    """Differences between two dumps (printed, the first ``show``); their number."""
    ours = this.read_text(encoding="utf-8").splitlines()
    theirs = other.read_text(encoding="utf-8").splitlines()
    differences = 0
    if len(ours) != len(theirs):
        print(f"article count differs: {len(ours)} here, {len(theirs)} in the baseline")
        differences += 1
    for a_line, b_line in zip(ours, theirs, strict=False):
        if a_line == b_line:
            continue
        a, b = json.loads(a_line), json.loads(b_line)
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                differences += 1
                if differences <= show:
                    print(f"article {a.get('id')}: field {key!r} differs\n  here:     "
                          f"{str(a.get(key))[:300]}\n  baseline: {str(b.get(key))[:300]}")
    return differences


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--days", type=int, default=8, help="corpus files per outlet (default 8)")
    ap.add_argument("--out", type=Path, help="where to write this checkout's dump")
    ap.add_argument("--baseline", metavar="SRC", help="another checkout's src/ to compare with")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp) / "this.jsonl"
        count = dump(args.days, out)
        digest = hashlib.sha256(out.read_bytes()).hexdigest()[:16]
        print(f"{count} articles dumped to {out} (sha256 {digest})")
        if not args.baseline:
            return
        other = Path(tmp) / "baseline.jsonl"
        subprocess.run([sys.executable, __file__, "--days", str(args.days), "--out", str(other)],
                       check=True, env={**os.environ, "PYTHONPATH": args.baseline})
        differences = compare(out, other)
        print("identical" if differences == 0 else f"{differences} differences")
        sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()

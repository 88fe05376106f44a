"""Draw a sample of inferred issuers from corpus day files outside the event gold, to count by hand.

Why: the gold has few agentless measures and each round reads them; the kinds of wrong issuer
(another place's administration, a stale round-up item, a foreign city) show on the corpus. This
runs the installed stages (lang, entities, time, events) over ``--files`` day files of
``corpus/hindi-covid-2020`` (under ``KHABAR_DATA``) drawn with ``--seed``, leaving out every file
the event gold uses, and prints ``--sample`` events whose source is inferred (drawn with seed + 1):
the issuer, the headline, the text before and the evidence sentence. The same seed gives the same
sample on another branch (with the same inferred events), so a count before and after a change
reads the same rows. Round ev24 of issue 13 judged seeds 2424, 2525, 2626, 2727, 2828, 2929.

    .venv/bin/python tools/sample_issuers.py --seed 2929 [--files 36] [--sample 40] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import random
from pathlib import Path
from typing import Any

import yaml

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.pipeline import available_stages, run_local


def day_files(root: Path, gold: Path, seed: int, count: int) -> list[str]:
    """``count`` day files (relative to ``root``) no article of the gold comes from, sorted."""
    used = {a["file"] for a in yaml.safe_load(gold.read_text(encoding="utf-8"))["articles"]}
    names = {Path(u).name for u in used}
    files = sorted(str(p.relative_to(root)) for p in root.glob("*/*/*.txt"))
    files = [f for f in files if f not in used and Path(f).name not in names]
    return sorted(random.Random(seed).sample(files, count))


def inferred_rows(root: Path, files: list[str]) -> list[dict[str, Any]]:
    """Every event with an inferred source in ``files``, in file and article order."""
    config = Config()
    stages = [n for n in available_stages() if n in {"lang", "entities", "time", "events"}]
    rows: list[dict[str, Any]] = []
    for f in files:
        arts = run_local(read_clean([str(root / f)], config), config, stages, given=("blocks",))
        for art in arts:
            for ev in art.events:
                if not any(x.role == "source_inferred" for x in ev.arguments):
                    continue
                s, e = ev.evidence_start, ev.evidence_end
                rows.append({
                    "file": f, "article": art.id, "mode": ev.mode, "type": ev.type,
                    "source": ev.source, "sentence": art.text[s:e],
                    "headline": art.text[:120].split("\n")[0],
                    "before": art.text[max(0, s - 400) : s],
                })
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=2929)
    ap.add_argument("--files", type=int, default=36)
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--json", type=Path, default=None, help="also write the sample here")
    args = ap.parse_args()
    data = Path(os.environ.get("KHABAR_DATA", "../shared/data"))
    root = data / "corpus" / "hindi-covid-2020" / "Corpora"
    gold = data / "events" / "hindi-covid-events-dev" / "hindi-covid-events-dev.yaml"
    if not root.is_dir() or not gold.is_file():
        raise SystemExit(f"no corpus or event gold under {data} (set KHABAR_DATA)")
    rows = inferred_rows(root, day_files(root, gold, args.seed, args.files))
    sample = random.Random(args.seed + 1).sample(rows, min(args.sample, len(rows)))
    for i, r in enumerate(sample):
        print(f"#{i} {r['file']} {r['type']}/{r['mode']} source={r['source']}")
        print("  headline:", r["headline"][:110])
        print("  before:", r["before"][-300:].replace("\n", " ¶ "))
        print("  sentence:", r["sentence"][:300])
    print(f"{len(rows)} inferred issuers in {args.files} files, {len(sample)} shown")
    if args.json is not None:
        args.json.write_text(json.dumps(sample, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()

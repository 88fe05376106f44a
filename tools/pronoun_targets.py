"""Pronoun targets in corpus day files and what :mod:`khabar.events.anaphora` resolves them to.

Why: the antecedent rule is judged on text the event gold does not hold (round ev23, issue 13):
this lists every event whose target is a pronoun ("उन्हें", "उसे", "उसके खिलाफ") with the
antecedent found (or none), and the two sentences before, for a hand check; the counts at the
end. By default every 8th day file of ``corpus/hindi-covid-2020`` whose name the dev event gold
does not use (a sample that keeps the run short on shared cores).

    python tools/pronoun_targets.py [--every N] [--offset K] [--show] [--data DIR]

Round ev23 judged ``--every 2`` (offset 0) while writing the rule and ``--every 2 --offset 1``
afterwards (counts in the commit message).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval.event_gold import load_gold
from khabar.events.anaphora import PLURAL, SINGULAR
from khabar.pipeline import available_stages, run_local


def day_files(data: Path, every: int, offset: int = 0) -> list[Path]:
    """Every ``every``-th day file (sorted, from ``offset``) the dev event gold does not name."""
    gold = load_gold(data / "events" / "hindi-covid-events-dev" / "hindi-covid-events-dev.yaml")
    used = {Path(a["file"]).name for a in gold["articles"]}
    corpus = data / "corpus" / "hindi-covid-2020" / "Corpora"
    files = sorted(p for p in corpus.rglob("*.txt") if p.name[:2].isupper() and p.name not in used)
    return files[offset::every]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=8)
    ap.add_argument("--offset", type=int, default=0, help="first file of the sample")
    ap.add_argument("--show", action="store_true", help="print each pronoun with its context")
    ap.add_argument("--data", default=os.environ.get("KHABAR_DATA", "../shared/data"))
    args = ap.parse_args()
    config = Config()
    stages = [n for n in available_stages() if n in {"lang", "entities", "time", "events"}]
    found = resolved = 0
    files = day_files(Path(args.data), args.every, args.offset)
    for path in files:
        for art in run_local(read_clean([str(path)], config), config, stages, given=("blocks",)):
            for ev in art.events:
                for arg in ev.arguments:
                    if arg.role != "target" or arg.text not in SINGULAR | PLURAL:
                        continue
                    found += 1
                    ante = next(
                        (a for a in ev.arguments if a.role == "target_antecedent"), None
                    )
                    resolved += ante is not None
                    if args.show:
                        before = art.text[max(0, ev.evidence_start - 300) : ev.evidence_start]
                        print(f"== {path.name} {ev.mode} {ev.trigger!r} {arg.text} -> "
                              f"{ante.text if ante else None!r} ({ante.entity_id if ante else ''})")
                        print("   …" + before.replace("\n", " ")[-300:])
                        print("   >> " + art.text[ev.evidence_start : ev.evidence_end])
    print(f"{len(files)} day files: {found} pronoun targets, {resolved} resolved")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

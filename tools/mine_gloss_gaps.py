"""Hindi words of target phrases the actor glossary does not know, counted on corpus day files.

Why (round ev34, issue 13): a target phrase whose head or modifier the glossary
(``data/actors/gloss_hi_en.yaml``) lacks gets no English, or loses the word ("115 लोगों" for
"पंजाब से लौटे 115 मजदूरों"). This runs the event stage on a sample of ``corpus/hindi-covid-2020``
day files the dev event gold does not name (never the gold), takes every target (and source)
argument that names no entity, and counts the words of it the glossary does not know
(function words and places left out), with whether the phrase got an English at all and a first
example. The frequent ones are then glossed by hand (nouns, modifiers, participles).

    python tools/mine_gloss_gaps.py [--every 4] [--offset 0] [--top 120] [--dump]
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

from mine_light_verbs import FUNCTION_WORDS  # tools/ is on the path when run as a script
from pronoun_targets import day_files

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.events.gloss import _words, known_word
from khabar.pipeline import available_stages, run_local


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--offset", type=int, default=0, help="first file of the sample")
    ap.add_argument("--top", type=int, default=120)
    ap.add_argument(
        "--dump", action="store_true", help="print each phrase with its English (to diff rounds)"
    )
    ap.add_argument("--data", default=os.environ.get("KHABAR_DATA", "../shared/data"))
    args = ap.parse_args()
    config = Config()
    stages = [n for n in available_stages() if n in {"lang", "entities", "time", "events"}]
    missing: Counter[str] = Counter()
    unglossed: Counter[str] = Counter()
    example: dict[str, str] = {}
    args_seen = glossed = 0
    files = day_files(Path(args.data), args.every, args.offset)
    for path in files:
        for art in run_local(read_clean([str(path)], config), config, stages, given=("blocks",)):
            for ev in art.events:
                for arg in ev.arguments:
                    unnamed = (arg.entity_id or "text:").startswith("text:")
                    if arg.role not in {"source", "target"} or not unnamed:
                        continue
                    args_seen += 1
                    if args.dump:
                        print(f"{path.name}\t{arg.role}\t{arg.text}\t{arg.en}")
                    glossed += bool(arg.en)
                    for w in _words(arg.text):
                        if w in FUNCTION_WORDS or known_word(w) or not w[:1].isalpha():
                            continue
                        missing[w] += 1
                        unglossed[w] += not arg.en
                        example.setdefault(w, f"{arg.text} -> {arg.en!r}")
    print(f"{len(files)} day files: {args_seen} unnamed source/target phrases, {glossed} glossed")
    for w, n in missing.most_common(args.top):
        print(f"{n:4d} {unglossed[w]:4d}  {w}\t{example[w]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

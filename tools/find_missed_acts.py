"""List corpus sentences that name a measure or a request but get no event: the missed-act finder.

Runs the installed stages (lang, entities, time, events) over a fixed sample of the day files of
``corpus/hindi-covid-2020`` (under ``KHABAR_DATA``) that the event gold does not use, and prints
each sentence that holds one of the words below but overlaps no event, as ``file | words |
sentence``, then the count per word on stderr. The sentences are then grouped by construction and
read by hand (round ev9 of issue 13 found bracketed Latin glosses, headline word order and declared
holidays this way). The gold's own files are left out, so the held-out figures stay honest.

    .venv/bin/python tools/find_missed_acts.py [--seed 1] [--files 60]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.pipeline import available_stages, run_local

# Nouns and verbs of orders, measures and requests as Hindi news writes them (near-synonyms of the
# lexicon's COERCE, REQUEST, AID and CONSULT forms).
WORDS = [
    "आदेश",
    "निर्देश",
    "अपील",
    "आग्रह",
    "अनुरोध",
    "सील",
    "रोक",
    "घोषित",
    "बंद",
    "कर्फ्यू",
    "लॉकडाउन",
    "मांग",
    "सहायता",
    "मदद",
    "बैठक",
    "गिरफ्तार",
    "दर्ज",
    "जुर्माना",
    "प्रतिबंध",
    "पाबंदी",
    "अनुमति",
    "कार्रवाई",
    "सलाह",
    "छापेमारी",
    "वितरण",
]
_SENTENCE = re.compile(r"[^।?!\n]+")


def day_files(data: Path, seed: int, count: int) -> list[Path]:
    """``count`` corpus day files outside the event gold, drawn with a fixed seed, sorted."""
    root = data / "corpus" / "hindi-covid-2020" / "Corpora"
    gold = data / "events" / "hindi-covid-events-dev" / "hindi-covid-events-dev.yaml"
    used = {a["file"] for a in yaml.safe_load(gold.read_text(encoding="utf-8"))["articles"]}
    files = sorted(p for p in root.rglob("*.txt") if str(p.relative_to(root)) not in used)
    random.Random(seed).shuffle(files)
    return sorted(files[:count])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--files", type=int, default=60)
    args = ap.parse_args()
    data = Path(os.environ.get("KHABAR_DATA", "../shared/data"))
    config = Config()
    stages = [n for n in available_stages() if n in {"lang", "entities", "time", "events"}]
    counts: Counter[str] = Counter()
    for path in day_files(data, args.seed, args.files):
        for art in run_local(read_clean([str(path)], config), config, stages, given=("blocks",)):
            spans = [(e.evidence_start, e.evidence_end) for e in art.events]
            for m in _SENTENCE.finditer(art.text):
                s, e = m.span()
                sent = m.group().strip()
                hits = [w for w in WORDS if w in sent]
                if len(sent) < 20 or not hits or any(a < e and s < b for a, b in spans):
                    continue
                counts.update(hits)
                print(path.name, "|", ",".join(hits), "|", sent[:300])
    print(counts.most_common(), file=sys.stderr)


if __name__ == "__main__":
    main()

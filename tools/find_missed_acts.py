"""List corpus sentences that name a measure or a request but get no event: the missed-act finder.

Runs the installed stages (lang, entities, time, events) over a fixed sample of the day files of
``corpus/hindi-covid-2020`` (under ``KHABAR_DATA``) that the event gold does not use, and prints
each sentence that holds one of the words below but overlaps no event, as ``file | words |
sentence``, then the count per word on stderr. The sentences are then grouped by construction and
read by hand (round ev9 of issue 13 found bracketed Latin glosses, headline word order and declared
holidays this way). The gold's own files are left out, so the held-out figures stay honest.

``--exclude LIST`` leaves out the day files a list names (one a line: a file stem such as
``AU-2020-MAR-05`` or an ISO day such as ``2020-03-20`` for every outlet's file of that day; ``#``
comments), so a round can keep to the files it may read while held-out sets lie in the corpus;
``--files 0`` takes every file left; ``--any`` prints every missed sentence of the files, not only
those with a word below, for ``tools/mine_light_verbs.py --sentences`` to count constructions in
(round ev108).

    .venv/bin/python tools/find_missed_acts.py [--seed 1] [--files 60] [--exclude LIST] [--any]
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
_MONTHS = {"MAR": "03", "APR": "04", "ARP": "04", "MAY": "05"}  # ARP: the corpus's misspelt April


def excluded(listing: Path | None) -> frozenset[str]:
    """The file stems and ISO days a list names (one a line, ``#`` comments); none without one."""
    if listing is None:
        return frozenset()
    lines = (ln.split("#")[0].strip() for ln in listing.read_text(encoding="utf-8").splitlines())
    return frozenset(ln for ln in lines if ln)


def is_excluded(path: Path, names: frozenset[str]) -> bool:
    """Whether a day file (``AU-2020-ARP-05.txt``) is named in ``names`` by its stem or its day."""
    parts = path.stem.split("-")
    day = f"{parts[1]}-{_MONTHS.get(parts[2], parts[2])}-{parts[3]}" if len(parts) == 4 else ""
    return path.stem in names or day in names


def day_files(data: Path, seed: int, count: int, names: frozenset[str] = frozenset()) -> list[Path]:
    """``count`` corpus day files outside the event gold and ``names``, drawn with a fixed seed,
    sorted (all of them when ``count`` is 0)."""
    root = data / "corpus" / "hindi-covid-2020" / "Corpora"
    gold = data / "events" / "hindi-covid-events-dev" / "hindi-covid-events-dev.yaml"
    used = {a["file"] for a in yaml.safe_load(gold.read_text(encoding="utf-8"))["articles"]}
    files = sorted(
        p
        for p in root.rglob("*.txt")
        # day files only ("AU-2020-MAR-05.txt"): the corpus's Readme.txt is none. Since round
        # ev108 it is left out before the draw, so a --seed/--files draw cited by an earlier round
        # picks other files than it did then
        if p.name[:2].isupper()
        and str(p.relative_to(root)) not in used
        and not is_excluded(p, names)
    )
    random.Random(seed).shuffle(files)
    return sorted(files[:count] if count else files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--files", type=int, default=60, help="how many day files (0: all)")
    ap.add_argument("--exclude", type=Path, help="day files to leave out: stems or ISO days")
    ap.add_argument("--any", action="store_true", help="every missed sentence, any words")
    args = ap.parse_args()
    data = Path(os.environ.get("KHABAR_DATA", "../shared/data"))
    config = Config()
    stages = [n for n in available_stages() if n in {"lang", "entities", "time", "events"}]
    counts: Counter[str] = Counter()
    for path in day_files(data, args.seed, args.files, excluded(args.exclude)):
        for art in run_local(read_clean([str(path)], config), config, stages, given=("blocks",)):
            spans = [(e.evidence_start, e.evidence_end) for e in art.events]
            for m in _SENTENCE.finditer(art.text):
                s, e = m.span()
                sent = m.group().strip()
                hits = [w for w in WORDS if w in sent]
                if (
                    len(sent) < 20
                    or not (hits or args.any)
                    or any(a < e and s < b for a, b in spans)
                ):
                    continue
                counts.update(hits)
                print(path.name, "|", ",".join(hits), "|", sent if args.any else sent[:300])
    print(counts.most_common(), file=sys.stderr)


if __name__ == "__main__":
    main()

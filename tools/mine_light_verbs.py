"""Mine Hindi noun + light-verb candidates for the event lexicon from the COVID news corpus.

Counts, over every day file of ``corpus/hindi-covid-2020`` (under ``KHABAR_DATA``), the pairs
"<word> <light verb>" and "<word> <word> <light verb>" whose light verb is one of the lexicon's
light-verb groups (``data/events/triggers_hi.yaml``: की/किया, दी/दिया, लगाया, ...), and prints
the most frequent with their count and the file:line of a first example. The candidates are then
judged by hand: an entry goes into the lexicon with its PLOVER type, mode and an example only when
the construction names an act between actors in most of its uses (precision first).

    .venv/bin/python tools/mine_light_verbs.py [--top 300] [--min 5]
"""

from __future__ import annotations

import argparse
import os
import re
from collections import Counter
from pathlib import Path

import yaml

_WORD = re.compile(r"[\u0900-\u097F\u200c\u200d-]+")
# Function words that are never the noun of a light-verb construction.
FUNCTION_WORDS = frozenset(
    [
        "के",
        "की",
        "का",
        "को",
        "से",
        "में",
        "पर",
        "ने",
        "और",
        "भी",
        "ही",
        "तो",
        "नहीं",
        "न",
        "है",
        "हैं",
        "था",
        "थी",
        "थे",
        "यह",
        "वह",
        "इस",
        "उस",
        "जो",
        "कि",
        "लिए",
        "साथ",
        "तक",
        "गया",
        "गई",
        "गए",
        "रहा",
        "रही",
        "रहे",
        "कर",
        "करने",
        "हो",
        "होने",
        "एक",
        "दो",
        "अब",
    ]
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--min", type=int, default=5)
    args = ap.parse_args()
    root = Path(os.environ.get("KHABAR_DATA", "../shared/data")) / "corpus" / "hindi-covid-2020"
    lex = Path(__file__).resolve().parents[1] / "src/khabar/data/events/triggers_hi.yaml"
    groups = yaml.safe_load(lex.read_text(encoding="utf-8"))["light_verbs"]
    light = {form: name for name, forms in groups.items() for form in forms}
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], str] = {}
    for path in sorted(root.rglob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            toks = _WORD.findall(line)
            for i, tok in enumerate(toks):
                group = light.get(tok)
                if group is None or i == 0 or toks[i - 1] in FUNCTION_WORDS:
                    continue
                keys = [(toks[i - 1], group)]
                if i >= 2 and toks[i - 2] not in FUNCTION_WORDS:
                    keys.append((f"{toks[i - 2]} {toks[i - 1]}", group))
                for key in keys:
                    counts[key] += 1
                    first.setdefault(key, f"{path.name}:{n}")
    for (noun, group), c in counts.most_common():
        if c < args.min:
            break
        if args.top <= 0:
            break
        args.top -= 1
        print(f"{c}\t{noun}\t{group}\t{first[noun, group]}")


if __name__ == "__main__":
    main()

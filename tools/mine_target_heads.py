"""Mine the heads of target phrases for the Hindi→English actor glossary from the COVID corpus.

Why: the targets of everyday measures and appeals are mostly no names ("सभी मॉल बंद",
"लोगों से अपील", "दुकानों को खोलने की अनुमति"); analysts reading English exports need an
English name for them, and the glossary (``data/actors/gloss_hi_en.yaml``) must cover the nouns
Hindi news actually writes there. This counts, over every day file of
``corpus/hindi-covid-2020`` (under ``KHABAR_DATA``), the word right before a target
postposition followed by a measure or appeal word ("<X> को बंद", "<X> से अपील", "<X> के
खिलाफ", "<X> पर रोक", "<X> बंद करने") and the word before that one (its modifier), and prints
the most frequent with their count and the file:line of a first example. The candidates are then
judged by hand: an entry goes into the glossary with its English only when the word names people,
places of business or services (the kinds a measure or appeal is about).

    .venv/bin/python tools/mine_target_heads.py [--top 200] [--min 5]
"""

from __future__ import annotations

import argparse
import os
import re
from collections import Counter
from pathlib import Path

from mine_light_verbs import FUNCTION_WORDS  # tools/ is on the path when run as a script

_WORD = re.compile(r"[\u0900-\u097F\u200c\u200d-]+|\d[\d,]*")
# postposition (one or two words) + the words that make the phrase before it a target
_FRAMES = (
    (("को",), {"बंद", "सील", "निर्देश", "आदेश", "राहत", "सहायता", "मदद", "छूट", "अनुमति", "गिरफ्तार"}),
    (("से",), {"अपील", "आग्रह", "अनुरोध", "आह्वान"}),
    (("के", "खिलाफ"), {"कार्रवाई", "कार्यवाही", "मामला", "मुकदमा", "केस", "एफआईआर", "प्राथमिकी"}),
    (("पर",), {"रोक", "प्रतिबंध", "पाबंदी", "जुर्माना"}),
    ((), set()),  # "सभी मॉल बंद करने का आदेश": the object of a measure without को
)
# The light-verb miner's function words, plus quantifiers and light verbs that never head a
# target phrase; एक, अब and दो stay (they begin "दो मजदूरों", "एक परिवार").
_FUNCTION = (FUNCTION_WORDS | {"इन", "उन", "सभी", "सब", "किया", "दिया"}) - {"एक", "अब", "दो"}


_REACH = 4  # words between the postposition and its cue ("लोगों से घरों में रहने की अपील")


def _frames(words: list[str]) -> list[tuple[str, str]]:
    """(head, modifier) of every target phrase the frames find in one line's words."""
    out = []
    for i in range(1, len(words)):
        for post, cues in _FRAMES:
            j = i + 1 + len(post)
            if not post:
                if words[j : j + 2] != ["बंद", "करने"]:
                    continue
            elif tuple(words[i + 1 : j]) != post or not cues & set(words[j : j + _REACH]):
                continue
            head, mod = words[i], words[i - 1]
            if head not in _FUNCTION and not head.isdigit():
                out.append((head, mod if mod not in _FUNCTION else ""))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=200)
    ap.add_argument("--min", type=int, default=5)
    args = ap.parse_args()
    root = Path(os.environ.get("KHABAR_DATA", "../shared/data")) / "corpus" / "hindi-covid-2020"
    if not root.is_dir():
        raise SystemExit(f"E040 evaluation data not found: {root} (set KHABAR_DATA)")
    heads: Counter[str] = Counter()
    mods: Counter[str] = Counter()
    first: dict[str, str] = {}
    for path in sorted(root.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for n, line in enumerate(text.splitlines(), start=1):
            for head, mod in _frames(_WORD.findall(line)):
                heads[head] += 1
                first.setdefault(head, f"{path.relative_to(root)}:{n}")
                if mod:
                    mods[mod] += 1
                    first.setdefault(mod, f"{path.relative_to(root)}:{n}")
    print("# heads")
    for word, count in heads.most_common(args.top):
        if count >= args.min:
            print(f"{count:6d}  {word}  {first[word]}")
    print("# modifiers")
    for word, count in mods.most_common(args.top):
        if count >= args.min:
            print(f"{count:6d}  {word}  {first[word]}")


if __name__ == "__main__":
    main()

"""Why each missed core event of the Hindi event gold was missed, counted per half.

Runs ``khabar eval events``'s predictions (day files through the installed stages) with the Hindi
extractor's trace on (:func:`khabar.events.fates.tracing`: the fate of every candidate trigger),
scores them, and classifies every core gold event no prediction was assigned to by what happened
to the triggers of its evidence sentence:

- ``(a) no trigger``: the lexicon has no trigger in the sentence;
- ``(b) dropped: <rule> [<form>]``: a trigger of a compatible type was found and dropped by that
  rule (no agent, noun without light verb, heading, ...); the lexicon form that fired is shown,
  being the lexicon's word, not the sentence's;
- ``(b) kept, not assigned``: an event of a compatible type was made but not matched (its
  evidence span, or the one-to-one assignment gave it to another gold event);
- ``(c) other type: kept``: an event of another type was made from the sentence; ``(a) no
  trigger of its type``: only other types' triggers, all dropped.

The check half is printed as counts only (class, and class by gold type), so it can say which
kind of miss dominates without its sentences being read; the tune half also lists each miss
with its sentence and the triggers' fates (``--text``).

    KHABAR_DATA=../shared/data .venv/bin/python tools/why_missed.py [--text]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from khabar.config import Config
from khabar.errors import KhabarError
from khabar.eval.event_gold import GOLD_PARTS, halves, load_gold, predictions, score
from khabar.eval.report import require_data
from khabar.events.fates import Fate, tracing


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _same_sentence(evidence: str, sentence: str) -> bool:
    """The traced sentence overlaps the gold evidence (the two segmenters may cut differently)."""
    ev, se = _norm(evidence), _norm(sentence)
    return bool(se) and (ev in se or se in ev or ev[:30] in se or se[:30] in ev)


def classify(g: dict[str, Any], fates: list[Fate]) -> tuple[str, list[Fate]]:
    """The class of one missed gold event and the fates of its sentence's triggers."""
    types = {g.get("type"), *(g.get("type_also_ok") or [])}
    texts = [g["evidence"]["text"]] + [e["text"] for e in g.get("also_evidence") or []]
    mine = [f for f in fates if any(_same_sentence(t, f.sentence) for t in texts)]
    fit = [f for f in mine if f.type in types]
    if any(f.fate == "kept" for f in fit):
        return "(b) kept, not assigned", mine
    if fit:
        return f"(b) dropped: {fit[0].fate} [{fit[0].trigger}]", mine
    if any(f.fate == "kept" for f in mine):
        return "(c) other type: kept", mine
    if mine:
        return "(a) no trigger of its type (others dropped)", mine
    return "(a) no trigger", mine


def main(argv: list[str] | None = None) -> int:
    """Print the counts; a missing or malformed gold is one coded line on stderr (exit 2)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", action="store_true", help="list the tune half's misses with text")
    args = ap.parse_args(argv)
    data = Path(os.environ.get("KHABAR_DATA", "../shared/data"))
    try:
        gold = load_gold(data.joinpath(*GOLD_PARTS))
        corpus = require_data(data, "corpus", "hindi-covid-2020", "Corpora")
    except KhabarError as err:
        print(err, file=sys.stderr)
        return 2
    config = Config()
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for art in gold["articles"]:
        by_file[art["file"]].append(art)
    preds: list[dict[str, Any]] = []
    fates: dict[str, list[Fate]] = {}
    for name in sorted(by_file):
        with tracing() as seen:
            preds += predictions({"articles": by_file[name]}, corpus, config)
        fates[name] = list(seen)
    res = score(gold, preds, corpus)
    split = halves(gold)
    files = {a["id"]: a["file"] for a in gold["articles"]}
    for half in ("tune", "check"):
        classes: Counter[str] = Counter()
        by_type: Counter[tuple[str, str]] = Counter()
        rows = []
        for aid in sorted(split[half]):
            for g in res[aid]["missed"]:
                if g["tier"] != "core":
                    continue
                cls, mine = classify(g, fates[files[aid]])
                classes[cls] += 1
                by_type[cls, str(g.get("type"))] += 1
                rows.append((aid, g, cls, mine))
        total = sum(res[a]["n_core"] for a in split[half])
        print(f"== {half} half: {sum(classes.values())} of {total} core events missed")
        for cls, n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:3d}  {cls}")
        print("  by class and gold type:")
        for (cls, typ), n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:3d}  {cls} | {typ}")
        if half == "tune" and args.text:
            for aid, g, cls, mine in rows:
                print(f"\n{aid} {g['id']} {g.get('type')}/{g.get('mode')} {cls}")
                print("   ", g["evidence"]["text"])
                for f in mine:
                    print(f"    - {f.trigger} {f.type}: {f.fate}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

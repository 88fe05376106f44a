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

``--gold PATH`` (repeatable, round ev114) classifies the misses of other golds in the dev gold's
schema over the same corpus (the unseen tuning sets kept outside the repository), one after
another: each is one half, ``all``, whose misses ``--text`` lists; the development gold named so
keeps its check half counts only, however its path is written (``shown_halves``). With
``--counts-only`` nothing is listed, whatever the gold (for sets a round may not read); the
counts of every gold named are also summed at the end (``pooled``).

    KHABAR_DATA=../shared/data .venv/bin/python tools/why_missed.py [--text]
    KHABAR_DATA=../shared/data .venv/bin/python tools/why_missed.py --text \
        --gold /work/khabar-heldout/Ta.yaml --gold /work/khabar-heldout/Tc.yaml
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


def shown_halves(path: Path, dev: Path) -> dict[str, bool]:
    """The halves of a gold and whether each may be listed with its text: the development gold's
    tune half listed, its check half counts only; any other gold one half, ``all``, listed."""
    if path.resolve() == dev.resolve():
        return {"tune": True, "check": False}
    return {"all": True}


def _misses(
    gold: dict[str, Any], corpus: Path, config: Config, split: dict[str, set[str]]
) -> tuple[dict[str, int], dict[str, list[tuple[str, dict[str, Any], str, list[Fate]]]]]:
    """Per half: the number of core events, and each missed one's article id, gold event, class
    and the fates of its sentence's triggers."""
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
    files = {a["id"]: a["file"] for a in gold["articles"]}
    out: dict[str, list[tuple[str, dict[str, Any], str, list[Fate]]]] = {}
    totals = {half: sum(res[a]["n_core"] for a in ids) for half, ids in split.items()}
    for half, ids in split.items():
        rows = out[half] = []
        for aid in sorted(ids):
            for g in res[aid]["missed"]:
                if g["tier"] == "core":
                    cls, mine = classify(g, fates[files[aid]])
                    rows.append((aid, g, cls, mine))
    return totals, out


def _print_counts(title: str, rows: list[tuple[str, dict[str, Any], str, list[Fate]]]) -> None:
    classes = Counter(cls for _, _, cls, _ in rows)
    by_type = Counter((cls, str(g.get("type"))) for _, g, cls, _ in rows)
    print(title)
    for cls, n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3d}  {cls}")
    print("  by class and gold type:")
    for (cls, typ), n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {n:3d}  {cls} | {typ}")


def main(argv: list[str] | None = None) -> int:
    """Print the counts; a missing or malformed gold is one coded line on stderr (exit 2)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", action="store_true", help="list the misses a gold may show")
    ap.add_argument(
        "--gold", type=Path, action="append", help="another gold in the dev gold's schema"
    )
    ap.add_argument("--counts-only", action="store_true", help="list no miss, whatever the gold")
    args = ap.parse_args(argv)
    data = Path(os.environ.get("KHABAR_DATA", "../shared/data"))
    dev = data.joinpath(*GOLD_PARTS)
    paths = args.gold or [dev]
    try:
        golds = [load_gold(path) for path in paths]
        corpus = require_data(data, "corpus", "hindi-covid-2020", "Corpora")
    except KhabarError as err:
        print(err, file=sys.stderr)
        return 2
    config = Config()
    pooled: list[tuple[str, dict[str, Any], str, list[Fate]]] = []
    all_totals: list[int] = []
    for path, gold in zip(paths, golds, strict=True):
        shown = shown_halves(path, dev)
        split = halves(gold) if "tune" in shown else {"all": {a["id"] for a in gold["articles"]}}
        name = "" if path == dev else f"{path.stem} "
        totals, misses = _misses(gold, corpus, config, split)
        for half, rows in misses.items():
            pooled += rows
            all_totals.append(totals[half])
            _print_counts(
                f"== {name}{half}: {len(rows)} of {totals[half]} core events missed", rows
            )
            if shown[half] and args.text and not args.counts_only:
                for aid, g, cls, mine in rows:
                    print(f"\n{aid} {g['id']} {g.get('type')}/{g.get('mode')} {cls}")
                    print("   ", g["evidence"]["text"])
                    for f in mine:
                        print(f"    - {f.trigger} {f.type}: {f.fate}")
    if len(paths) > 1:
        _print_counts(f"== pooled: {len(pooled)} of {sum(all_totals)} core events missed", pooled)
    return 0


if __name__ == "__main__":
    sys.exit(main())

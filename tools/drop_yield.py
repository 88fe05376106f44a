"""What each drop rule of the Hindi extractor costs against a gold: the drop-rule yield table.

Why: the extractor's trace (:func:`khabar.events.fates.tracing`) names the rule that dropped each
candidate trigger (no agent, noun without light verb, heading, negation, modality, ...), and
rounds have judged those rules by reading corpus sentences (round ev112: 978 of 11,810 candidates
dropped for want of an agent, "most rightly"); nobody had measured them against a gold. This tool
runs the pipeline with the trace on over a gold's articles, turns every dropped candidate into the
event it would have been (its type, its sentence as the evidence span: an event's evidence is its
sentence, so the scorer's compatibility, span overlap and type, needs no arguments) and scores
those would-be events with the reference scorer's matching rules against the gold and against the
predictions actually made. Each dropped candidate falls in one column:

- ``miss core`` / ``miss sec``: compatible with a core (else secondary) gold event that no
  prediction was assigned to: keeping it would have found that event;
- ``found``: compatible only with gold events already found: a repeat, no gain and no loss;
- ``FP``: compatible with no gold event: a false positive had it been kept;
- ``head``: on the headline line, which the scorer leaves out; ``unplaced``: its sentence not
  found on its line of the day file (the cleaner changed it). Drops in the day file's other
  articles, outside the gold, are not counted.

``beside`` counts the drops (any column) whose sentence already has a kept prediction of the same
type; ``distinct`` counts the different missed core events a rule's drops reach. A rule is judged
alone: a candidate it drops might have been dropped by a later rule too, so its columns are an
upper bound on what relaxing it would give.

The development gold's check half is counts only; ``--text`` lists the sentences of the drops that
would have found a missed event (and ``--fp`` those that would have been false positives) only for
the tune half or another gold read whole, and ``--counts-only`` keeps any gold to counts (for the
report-only sets, which nobody may read).

    KHABAR_DATA=/work/shared/data PYTHONPATH=src .venv/bin/python tools/drop_yield.py \\
        [--gold FILE] [--half tune|check|all] [--forms] [--text] [--fp] [--counts-only]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, NamedTuple

from khabar.config import Config
from khabar.errors import KhabarError
from khabar.eval.event_gold import (
    _DISASTER_TO_PLOVER,
    GOLD_PARTS,
    _find_text,
    halves,
    load_gold,
    predictions,
    score,
)
from khabar.eval.report import require_data
from khabar.events.fates import Fate, tracing

COLUMNS = ("miss core", "miss sec", "found", "FP", "head", "unplaced")


class Drop(NamedTuple):
    """One dropped candidate placed on its gold article's line, and its column (a named tuple:
    the tool is loaded as a script, where a dataclass cannot find its module)."""

    fate: Fate
    article: str  # the gold article id ("" when unplaced)
    line: int
    column: str
    beside: bool
    reached: tuple[str, ...]  # the missed core gold events it is compatible with


def _spans(art: dict[str, Any], lines: list[str]) -> dict[str, list[tuple[int, int, int]]]:
    """Each gold event's evidence spans (line, start, end), located as the scorer locates them."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    for ev in art["events"]:
        out[ev["id"]] = []
        for e in [ev["evidence"], *(ev.get("also_evidence") or [])]:
            at = _find_text(lines[e["line"] - 1], e["text"])
            if at >= 0:
                out[ev["id"]].append((e["line"], at, at + len(e["text"])))
    return out


def _overlap(line: int, start: int, end: int, spans: list[tuple[int, int, int]]) -> bool:
    return any(line == ln and start < e and s < end for ln, s, e in spans)


def place(
    fates: list[Fate],
    arts: list[dict[str, Any]],
    lines: list[str],
    res: dict[str, dict[str, Any]],
    preds: list[dict[str, Any]],
) -> list[Drop]:
    """The dropped candidates of one day file, each in its column against the gold articles
    ``arts`` of that file, their scores ``res`` and the predictions made ``preds``."""
    spans = {a["id"]: _spans(a, lines) for a in arts}
    found = {a["id"]: {gid for gid, _ in res[a["id"]]["pair_ids"]} for a in arts}
    out = []
    for f in fates:
        if f.fate == "kept":
            continue
        arts_at = [a for a in arts if a["lines"]["first"] <= f.line <= a["lines"]["last"]]
        if not arts_at:
            continue  # another article of the day file: not in the gold
        art, n = arts_at[0], f.line
        at = _find_text(lines[n - 1], f.sentence) if n <= len(lines) else -1
        if at < 0:
            out.append(Drop(f, art["id"], n, "unplaced", False, ()))
            continue
        end = at + len(f.sentence)
        ptype = _DISASTER_TO_PLOVER.get(f.type, f.type)  # as the scorer reads it
        beside = any(
            p["kind"] == "event"
            and p["article"] == art["id"]
            and _DISASTER_TO_PLOVER.get(p["type"], p["type"]) == ptype
            and _overlap(n, at, end, [(p["line"], p["start"], p["end"])])
            for p in preds
        )
        if n == art["lines"]["first"]:
            out.append(Drop(f, art["id"], n, "head", beside, ()))
            continue
        fits = [
            g
            for g in art["events"]
            if ptype in {g.get("type"), *(g.get("type_also_ok") or [])}
            and _overlap(n, at, end, spans[art["id"]][g["id"]])
        ]
        missed = [g for g in fits if g["id"] not in found[art["id"]]]
        core = tuple(g["id"] for g in missed if g["tier"] == "core")
        if core:
            column = "miss core"
        elif missed:
            column = "miss sec"
        else:
            column = "found" if fits else "FP"
        out.append(Drop(f, art["id"], n, column, beside, core))
    return out


def yield_table(drops: list[Drop], forms: bool) -> list[str]:
    """One row per drop rule, most would-be true events first (with ``forms``, each followed by
    its rows per trigger form class), then the total."""
    rows: dict[str, Counter[str]] = defaultdict(Counter)
    reached: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for d in drops:
        keys = [d.fate.fate] + ([f"{d.fate.fate} | {d.fate.form or '?'}"] if forms else [])
        for key in keys:
            rows[key]["dropped"] += 1
            rows[key][d.column] += 1
            rows[key]["beside"] += d.beside
            reached[key] |= {(d.article, g) for g in d.reached}

    def order(key: str) -> tuple[int, int, str]:
        c = rows[key]
        return (-c["miss core"] - c["miss sec"], -c["dropped"], key)

    def row(name: str, c: Counter[str], distinct: int) -> str:
        cells = " ".join(f"{c[col]:9d}" for col in COLUMNS)
        return f"{name[:58]:58s} {c['dropped']:7d} {cells} {c['beside']:7d} {distinct:8d}"

    head = " ".join([f"{'rule':58s} {'dropped':>7s}", *(f"{c:>9s}" for c in COLUMNS)])
    out = [f"{head} {'beside':>7s} {'distinct':>8s}"]
    total: Counter[str] = Counter()
    for rule in sorted((k for k in rows if " | " not in k), key=order):
        total.update(rows[rule])
        out.append(row(rule, rows[rule], len(reached[rule])))
        for key in sorted((k for k in rows if k.startswith(rule + " | ")), key=order):
            out.append(row("    " + key.split(" | ", 1)[1], rows[key], len(reached[key])))
    every = {(d.article, g) for d in drops for g in d.reached}
    out.append(row("all rules", total, len(every)))
    return out


def readable(path: Path, dev: Path, half: str, counts: bool) -> bool:
    """Whether the drops' sentences may be listed: never with ``--counts-only`` nor for any part of
    the development gold but its tune half (its check half is read by nobody)."""
    if counts:
        return False
    return half == "tune" if path.resolve() == dev.resolve() else True


def main(argv: list[str] | None = None) -> int:
    """Print the table; a missing or malformed gold is one coded line on stderr (exit 2)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, help="another gold in the dev gold's schema")
    ap.add_argument("--half", choices=("tune", "check", "all"), help="dev gold: tune (default)")
    ap.add_argument("--forms", action="store_true", help="rows per rule x trigger form class")
    ap.add_argument("--text", action="store_true", help="list drops that would find a missed event")
    ap.add_argument("--fp", action="store_true", help="list drops that would be false positives")
    ap.add_argument(
        "--counts-only", action="store_true", help="counts only (a set nobody may read)"
    )
    args = ap.parse_args(argv)
    data = Path(os.environ.get("KHABAR_DATA", "../shared/data"))
    dev = data.joinpath(*GOLD_PARTS)
    path = args.gold or dev
    half = args.half or ("tune" if path.resolve() == dev.resolve() else "all")
    try:
        gold = load_gold(path)
        corpus = require_data(data, "corpus", "hindi-covid-2020", "Corpora")
    except KhabarError as err:
        print(err, file=sys.stderr)
        return 2
    if (args.text or args.fp) and not readable(path, dev, half, args.counts_only):
        print("drop_yield: sentences of this set may not be listed (counts only)", file=sys.stderr)
        return 2
    if half != "all":
        keep = halves(gold)[half]
        gold = {**gold, "articles": [a for a in gold["articles"] if a["id"] in keep]}
    config = Config()
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for art in gold["articles"]:
        by_file[art["file"]].append(art)
    drops: list[Drop] = []
    for name in sorted(by_file):
        part = {**gold, "articles": by_file[name]}
        with tracing() as seen:
            preds = predictions(part, corpus, config)
        res = score(part, preds, corpus)
        lines = (corpus / name).read_text(encoding="utf-8").split("\n")
        drops += place(list(seen), by_file[name], lines, res, preds)
    n_core = sum(g["tier"] == "core" for a in gold["articles"] for g in a["events"])
    print(f"== {path.stem} ({half}): {len(gold['articles'])} articles, {n_core} core events")
    print("\n".join(yield_table(drops, args.forms)))
    for flag, cols in ((args.text, ("miss core", "miss sec")), (args.fp, ("FP",))):
        if not flag:
            continue
        for d in sorted(drops, key=lambda d: (d.fate.fate, d.article, d.line)):
            if d.column in cols:
                print(f"\n[{d.column}] {d.fate.fate} | {d.fate.form} | {d.article}:{d.line}"
                      f" {d.fate.trigger} {d.fate.type} {' '.join(d.reached)}")
                print("   ", d.fate.sentence)
    return 0


if __name__ == "__main__":
    sys.exit(main())

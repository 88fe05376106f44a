"""What each trafilatura option and each date search costs and gives on the HTML path.

    python benchmarks/html_choices.py               # option sets: F1 and CPU time, both sets
    python benchmarks/html_choices.py --dates       # date searches against trafilatura-eval gold

Option sets (``--options``, the default): every page of scrapinghub-aeb (181) and
trafilatura-eval (990) goes through khabar's extraction and text pass (``khabar eval
boilerplate``'s ``khabar`` system) with ``trafilatura.bare_extraction`` called with the set's
options; ``shipped`` is khabar as it is (fast mode, full mode on short texts). Scores are the
eval's (AEB F1; snippet F1, kept, dropped) on all pages and on the even- and odd-numbered pages
of each set in sorted order: constants were tuned on the even half, the odd half is the report.
CPU time is this process's, for the whole path (parse, metadata, date, extraction, text pass).

Dates (``--dates``): on the trafilatura-eval pages with date gold, how often each search gives the
gold day, a wrong day or none, where the page has a date and where the gold says it has none:
the declared date (URL, meta, JSON-LD, ``<abbr>``) alone; then htmldate's quick search; then
its extensive search (trafilatura's metadata fallback, which the HTML path ran before
2026-12-04). Pages are read without a URL, as ``khabar ingest`` reads a file. Writes
``benchmarks/out/html_choices.json`` (``html_choices_dates.json`` with ``--dates``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from khabar.clean import html as khtml
from khabar.config import default_data_dir
from khabar.eval import boilerplate as bp

OPTION_SETS: dict[str, dict[str, bool] | None] = {
    "shipped": None,
    "full": {"fast": False},
    "fast": {"fast": True},
    "full_precision": {"fast": False, "favor_precision": True},
    "fast_precision": {"fast": True, "favor_precision": True},
    "full_no_tables": {"fast": False, "include_tables": False},
    "fast_no_tables": {"fast": True, "include_tables": False},
}
HALVES: dict[str, Callable[[int], bool]] = {
    "all": lambda i: True, "even": lambda i: i % 2 == 0, "odd": lambda i: i % 2 == 1}


def _scores(aeb: list[tuple[str, str, str]], outs_aeb: list[str],
            traf: list[tuple[str, str, dict[str, Any]]], outs_traf: list[str],
            keep: Callable[[int], bool]) -> dict[str, float]:
    """The eval's scores over the pages ``keep`` selects (by index in each set)."""
    rows = [bp.shingle_tp_fp_fn(body, out)
            for i, ((_, _, body), out) in enumerate(zip(aeb, outs_aeb, strict=True)) if keep(i)]
    aeb_scores = bp.aeb_scores(rows)
    counts: Counter[str] = Counter()
    for i, ((_, _, gold), out) in enumerate(zip(traf, outs_traf, strict=True)):
        if not keep(i):
            continue
        text = bp._normspace(out)
        for snippet in gold.get("with", []):
            counts["tp" if bp._normspace(snippet) in text else "fn"] += 1
        for snippet in gold.get("without", []):
            counts["fp" if bp._normspace(snippet) in text else "tn"] += 1
    p = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    r = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    return {"aeb_f1": round(aeb_scores["f1"], 4),
            "snippet_f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
            "kept": round(r, 4),
            "dropped": round(counts["tn"] / max(1, counts["tn"] + counts["fp"]), 4)}


def option_sets(data: Path, names: list[str]) -> dict[str, Any]:
    """Scores and CPU seconds of each option set, the pages read once."""
    aeb = list(bp._aeb_pages(data / "boilerplate" / "scrapinghub-aeb", None))
    traf = list(bp._trafilatura_pages(data / "boilerplate" / "trafilatura-eval", None))
    original = trafilatura.bare_extraction
    results: dict[str, Any] = {}
    try:
        for name in names:
            forced = OPTION_SETS[name]

            def call(*args: Any, _forced: dict[str, bool] | None = forced, **kwargs: Any) -> Any:
                kwargs.update(_forced or {})
                return original(*args, **kwargs)

            trafilatura.bare_extraction = call  # type: ignore[assignment]
            bp.khabar_text("<html><body><p>" + "Warm-up sentence. " * 40 + "</p></body></html>")
            t0 = time.process_time()
            outs_aeb = [bp.khabar_text(html, url) for html, url, _ in aeb]
            outs_traf = [bp.khabar_text(html, url) for html, url, _ in traf]
            row: dict[str, Any] = {"cpu_s": round(time.process_time() - t0, 2)}
            for half, keep in HALVES.items():
                row[half] = _scores(aeb, outs_aeb, traf, outs_traf, keep)
            results[name] = row
            print(name, json.dumps(row), flush=True)
    finally:
        trafilatura.bare_extraction = original  # type: ignore[assignment]
    return results


def dates(data: Path) -> dict[str, Any]:
    """Right / wrong / none of each date search on the trafilatura-eval pages with date gold."""
    from htmldate import find_date

    traf = list(bp._trafilatura_pages(data / "boilerplate" / "trafilatura-eval", None))
    searches: list[tuple[str, Callable[[Any, str], str | None]]] = [
        ("declared", lambda tree, html: khtml._declared_date(tree, None)),
        ("quick", lambda tree, html: find_date(tree, original_date=True, extensive_search=False,
                                               outputformat=khtml._STAMP)),
        ("extensive", lambda tree, html: find_date(tree, original_date=True,
                                                   extensive_search=True,
                                                   outputformat=khtml._STAMP)),
    ]
    chains = {"declared": 1, "declared+quick": 2, "declared+quick+extensive": 3}
    counts = {name: Counter[str]() for name in chains}
    cpu = Counter[str]()
    halves = {name: {h: Counter[str]() for h in ("even", "odd")} for name in chains}
    for i, (html, _, gold) in enumerate(traf):
        want = gold.get("date")
        tree = khtml._load_tree(html)
        if want is None or tree is None:
            continue
        found: list[str | None] = []
        for name, search in searches:
            t0 = time.process_time()
            try:
                found.append(search(tree, html))
            except (ValueError, TypeError):
                found.append(None)
            cpu[name] += time.process_time() - t0
        for chain, depth in chains.items():
            day = next((d[:10] for d in found[:depth] if d), None)
            if want == "":
                outcome = "undated_none" if day is None else "undated_given"
            else:
                outcome = "none" if day is None else ("right" if day == want else "wrong")
            counts[chain][outcome] += 1
            halves[chain]["even" if i % 2 == 0 else "odd"][outcome] += 1
    result: dict[str, Any] = {"cpu_s_each_search_on_every_page": {k: round(v, 2)
                                                                  for k, v in cpu.items()}}
    for chain, c in counts.items():
        given = c["right"] + c["wrong"] + c["undated_given"]
        result[chain] = {**c, "right_of_given": round(c["right"] / max(1, given), 3),
                         "right_of_dated": round(c["right"] / max(1, c["right"] + c["wrong"]
                                                                 + c["none"]), 3),
                         "halves": {h: dict(v) for h, v in halves[chain].items()}}
        print(chain, json.dumps(result[chain]), flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--dates", action="store_true", help="score the date searches instead")
    parser.add_argument("--sets", nargs="*", choices=list(OPTION_SETS), default=list(OPTION_SETS))
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(__file__).parent / "out" / (
        "html_choices_dates.json" if args.dates else "html_choices.json")
    if not (args.data / "boilerplate" / "trafilatura-eval").is_dir():
        sys.exit(f"boilerplate data not found under {args.data} (set KHABAR_DATA)")
    result = {"dates": dates(args.data)} if args.dates else {"options": option_sets(args.data,
                                                                                   args.sets)}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

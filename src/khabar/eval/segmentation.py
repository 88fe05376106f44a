"""``khabar eval segmentation``: daily dumps cut into articles, against every article's gold span.

The gold (``events/hindi-covid-events-dev/segmentation-dev.yaml``) lists, for whole day files of
``corpus/hindi-covid-2020``, each article's first and last line (1-based, blank lines at the ends
left out). Its rule: a headline with its body is one article; sub-headings, related-link lines
(यह भी पढ़ें) and tables stay inside the report; a page that calls itself live is split per item.

Each file goes through the product's path (reader and clean stage: :func:`read_clean`), so the
spans scored are the ones ingest stores. A predicted article's span is its line range with blank
lines at the ends trimmed (a file that is not split is one span). Scores: exact-span accuracy
(gold spans predicted exactly), and boundary precision/recall/F1 over the lines where a new
article starts after a file's first line (the first start is given, so it is not counted).

:func:`evaluate_spans` scores any gold in the event gold's schema (``articles[].file`` and
``lines.first/last`` of each drawn article: a held-out set lists a few articles of a file, not all):
for each gold span, whether one predicted article is exactly it, several cut it (split; how many
pieces), or one runs past it into a neighbour (merged). Figures only, so it runs on report-only
sets without showing their text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from ..config import Config
from ..errors import E, KhabarError
from .report import EvalReport, data_digest, require_data

GOLD = "events/hindi-covid-events-dev/segmentation-dev.yaml"
CORPUS = "corpus/hindi-covid-2020/Corpora"
_RECORD = re.compile(r"^lines (\d+)-(\d+)$")


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold's file entries, each with ``file`` and ``articles[].lines.first/last`` (E041)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KhabarError(E.E041, where=str(path), detail=str(exc).splitlines()[0]) from None
    if not isinstance(data, list):
        raise KhabarError(E.E041, where=str(path), detail="expected a list of files")
    for n, entry in enumerate(data, 1):
        ok = (
            isinstance(entry, dict)
            and entry.get("file")
            and isinstance(entry.get("articles"), list)
        )
        if not ok or not all(
            isinstance(a, dict) and isinstance(a.get("lines"), dict)
            and {"first", "last"} <= set(a["lines"])
            for a in entry["articles"]
        ):  # fmt: skip
            raise KhabarError(
                E.E041, where=str(path), detail=f"file entry {n} lacks articles[].lines"
            )
    return data


def _trim(lines: list[str], first: int, last: int) -> tuple[int, int] | None:
    """The span without blank lines at its ends (1-based, inclusive); None when all blank."""
    while first <= last and not lines[first - 1].strip():
        first += 1
    while last >= first and not lines[last - 1].strip():
        last -= 1
    return (first, last) if first <= last else None


def predicted_spans(path: Path, config: Config) -> list[tuple[int, int]]:
    """Line spans of the articles ingest makes of one file (blank ends trimmed)."""
    from ..clean.stage import read_clean

    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    spans = []
    for art in read_clean([path], config):
        m = _RECORD.match(art.record)
        first, last = (int(m.group(1)), int(m.group(2))) if m else (1, len(lines))
        span = _trim(lines, first, min(last, len(lines)))
        if span:
            spans.append(span)
    return sorted(spans)


def load_spans(path: Path) -> dict[str, list[tuple[int, int]]]:
    """Gold article spans per day file of a gold in the event gold's schema (E040, E041)."""
    if not path.is_file():
        raise KhabarError(E.E040, detail=str(path))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KhabarError(E.E041, detail=f"{path}: {str(exc).splitlines()[0]}") from None
    articles = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(articles, list) or not articles:
        raise KhabarError(E.E041, detail=f"{path}: expected a mapping with a list of articles")
    spans: dict[str, list[tuple[int, int]]] = {}
    for n, art in enumerate(articles, 1):
        lines = art.get("lines") if isinstance(art, dict) else None
        try:
            span = (int(lines["first"]), int(lines["last"]))  # type: ignore[index]
            file = str(art["file"])
        except (TypeError, KeyError, ValueError):
            raise KhabarError(
                E.E041, detail=f"{path}: article {n} lacks file or lines.first/last"
            ) from None
        spans.setdefault(file, []).append(span)
    return spans


def span_fates(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict[str, int]:
    """How the predicted articles cut each gold span: ``exact``; ``split`` (two or more
    predicted articles inside it, ``pieces`` summing them); ``merged`` (one predicted article
    holds it and runs past it); ``split_merged`` (cut, and an end piece runs past it)."""
    fates = {"gold": 0, "exact": 0, "split": 0, "pieces": 0, "merged": 0, "split_merged": 0}
    for first, last in gold:
        fates["gold"] += 1
        over = [(f, la) for f, la in pred if f <= last and la >= first]
        past = any(f < first or la > last for f, la in over)
        if len(over) >= 2:
            fates["split_merged" if past else "split"] += 1
            fates["pieces"] += len(over)
        elif over == [(first, last)]:
            fates["exact"] += 1
        else:
            fates["merged"] += 1
    return fates


def evaluate_spans(config: Config, gold_paths: list[Path]) -> EvalReport:
    """Score the dump splitter on the article spans of golds in the event gold's schema (one
    row per gold and one for all; see the module docstring)."""
    golds = [(path, load_spans(path)) for path in gold_paths]
    corpus = require_data(config.data_dir, CORPUS)
    cache: dict[str, list[tuple[int, int]]] = {}
    rows: list[dict[str, Any]] = []
    total: dict[str, int] = {}
    files: list[Path] = []
    for path, spans in golds:
        counts: dict[str, int] = {}
        for name in sorted(spans):
            file = corpus / name
            if not file.exists():
                raise KhabarError(E.E040, detail=str(file))
            if name not in cache:
                cache[name] = predicted_spans(file, config)
                files.append(file)
            for k, v in span_fates(sorted(spans[name]), cache[name]).items():
                counts[k] = counts.get(k, 0) + v
                total[k] = total.get(k, 0) + v
        rows.append(_fate_row(path.stem, counts))
    if len(rows) > 1:
        rows.append(_fate_row("all", total))
    notes = [
        "exact: one predicted article is the gold span; split: several cut it (pieces: how "
        "many); merged: one runs past it; split_merged: both",
    ]
    return EvalReport(
        name="segmentation",
        columns=list(rows[0]),
        rows=rows,
        notes=notes,
        data_digest=data_digest([p for p, _ in golds] + sorted(files)),
    )


def _fate_row(name: str, c: dict[str, int]) -> dict[str, Any]:
    gold = c.get("gold", 0)
    return {
        "gold": name,
        "gold_articles": gold,
        "exact": c.get("exact", 0),
        "exact_accuracy": round(c.get("exact", 0) / gold, 4) if gold else 1.0,
        "split": c.get("split", 0),
        "pieces": c.get("pieces", 0),
        "merged": c.get("merged", 0),
        "split_merged": c.get("split_merged", 0),
    }


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(config: Config, gold_path: Path | None = None) -> EvalReport:
    """Score the dump splitter on the segmentation gold (see the module docstring)."""
    path = gold_path or require_data(config.data_dir, GOLD)
    if not path.exists():
        raise KhabarError(E.E040, detail=str(path))
    entries = load_gold(path)
    corpus = require_data(config.data_dir, CORPUS)
    rows: list[dict[str, Any]] = []
    totals = {"gold": 0, "pred": 0, "exact": 0, "gold_cuts": 0, "pred_cuts": 0, "cuts_ok": 0}
    files = []
    for entry in entries:
        file = corpus / str(entry["file"])
        if not file.exists():
            raise KhabarError(E.E040, detail=str(file))
        files.append(file)
        gold = sorted(
            (int(a["lines"]["first"]), int(a["lines"]["last"])) for a in entry["articles"]
        )
        pred = predicted_spans(file, config)
        gold_cuts = {f for f, _ in gold[1:]}
        pred_cuts = {f for f, _ in pred[1:]}
        counts = {
            "gold": len(gold), "pred": len(pred), "exact": len(set(gold) & set(pred)),
            "gold_cuts": len(gold_cuts), "pred_cuts": len(pred_cuts),
            "cuts_ok": len(gold_cuts & pred_cuts),
        }  # fmt: skip
        for k, v in counts.items():
            totals[k] += v
        rows.append(_row(Path(str(entry["file"])).name, counts))
    rows.append(_row("all", totals))
    notes = [
        "exact: gold spans predicted exactly; boundary: article starts after each file's first line",
    ]
    return EvalReport(
        name="segmentation",
        columns=list(rows[0]),
        rows=rows,
        notes=notes,
        data_digest=data_digest([path, *files]),
    )


def _row(name: str, c: dict[str, int]) -> dict[str, Any]:
    p = c["cuts_ok"] / c["pred_cuts"] if c["pred_cuts"] else 1.0
    r = c["cuts_ok"] / c["gold_cuts"] if c["gold_cuts"] else 1.0
    return {
        "file": name,
        "gold_articles": c["gold"],
        "predicted": c["pred"],
        "exact": c["exact"],
        "exact_accuracy": round(c["exact"] / c["gold"], 4) if c["gold"] else 1.0,
        "boundary_p": round(p, 4),
        "boundary_r": round(r, 4),
        "boundary_f1": round(_f1(p, r), 4),
    }

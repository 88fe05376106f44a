"""``khabar eval time``: our temporal tagger against gold, side by side with dateparser and HeidelTime.

Hindi (ILTIMEX2012, 300 docs, spans and coarse types, no values): span F1 strict (exact head extent)
and relaxed (overlap, one-to-one), and type accuracy on relaxed matches (DATE/TIME = D, DURATION = P,
SET = F). Hindi values: the two seed articles' hand gold (seeds-gold), the only Hindi gold with
values. English (TempEval-3 TBAQ, MEANTIME): value accuracy = share of gold TIMEX3 that a predicted
expression overlaps with exactly the gold value, resolved against the document's DCT; span F1 is shown
too (MEANTIME annotates only the first sentences of each article, so its span precision is low for
every system). A baseline that cannot run here is printed as "not available" with the reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..config import Config
from ..time import baselines
from ..time.baselines import Predicted
from ..time.tagger import tag
from ..time.timeml import GoldDoc, read_iltimex, read_meantime, read_seeds, read_tml
from .report import EvalReport, data_digest, require_data

COLUMNS = ["system", "dataset", "docs", "gold", "span_f1_strict", "span_f1_relaxed", "type_acc",
           "value_acc", "docs_per_s", "note"]
_ILTIMEX_TYPE = {"DATE": "D", "TIME": "D", "DURATION": "P", "SET": "F"}
HINDI = "iltimex2012-hindi"
SEEDS = "seeds-gold"
ENGLISH = ("tempeval3-tbaq", "meantime-en")


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    typed: int = 0
    with_value: int = 0  # gold expressions that carry a value
    valued: int = 0

    def f1(self, hits: int) -> float:
        if not self.gold or not self.pred or not hits:
            return 0.0
        p, r = hits / self.pred, hits / self.gold
        return round(2 * p * r / (p + r), 4)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_doc(doc: GoldDoc, pred: Sequence[Predicted], counts: Counts, *, coarse: bool) -> None:
    """Add one document's matches to ``counts`` (relaxed matching is greedy and one-to-one).

    ``coarse``: gold types are ILTIMEX letters (D P F T). Predictions over an optional gold span
    (``doc.ignore``) count neither way.
    """
    pred = [p for p in pred if not any(_overlaps((p.start, p.end), span) for span in doc.ignore)]
    counts.gold += len(doc.timexes)
    counts.pred += len(pred)
    exact = {(p.start, p.end) for p in pred}
    counts.strict += sum(1 for g in doc.timexes if (g.start, g.end) in exact)
    used: set[int] = set()
    for g in doc.timexes:
        for i, p in enumerate(pred):
            if i in used or not _overlaps((g.start, g.end), (p.start, p.end)):
                continue
            used.add(i)
            counts.relaxed += 1
            if coarse:
                counts.typed += int(_ILTIMEX_TYPE.get(p.type, "D") == ("D" if g.type == "T" else g.type))
            else:
                counts.typed += int(p.type == g.type)
            break
        if g.value:
            counts.with_value += 1
            counts.valued += int(any(_overlaps((g.start, g.end), (p.start, p.end)) and p.value == g.value
                                     for p in pred))


def khabar_tag(doc: GoldDoc, lang: str) -> list[Predicted]:
    reference = date.fromisoformat(doc.dct) if doc.dct else None
    found = tag(doc.text, reference, lang)
    return [Predicted(t.head_start if t.head_start is not None else t.start,
                      t.head_end if t.head_end is not None else t.end, t.type, t.value) for t in found]


def _row(system: str, dataset: str, docs: Sequence[GoldDoc], preds: Sequence[Sequence[Predicted]],
         seconds: float | None) -> dict[str, Any]:
    counts = Counts()
    for doc, pred in zip(docs, preds, strict=True):
        score_doc(doc, pred, counts, coarse=dataset == HINDI)
    return {
        "system": system, "dataset": dataset, "docs": len(docs), "gold": counts.gold,
        "span_f1_strict": counts.f1(counts.strict), "span_f1_relaxed": counts.f1(counts.relaxed),
        "type_acc": round(counts.typed / counts.relaxed, 4) if counts.relaxed else 0.0,
        "value_acc": round(counts.valued / counts.with_value, 4) if counts.with_value else None,
        "docs_per_s": round(len(docs) / seconds, 1) if seconds else None, "note": "",
    }


def _unavailable(system: str, dataset: str, reason: str) -> dict[str, Any]:
    return {c: None for c in COLUMNS} | {"system": system, "dataset": dataset, "note": reason}


def _timed(run: Callable[[], list[list[Predicted]]]) -> tuple[list[list[Predicted]], float]:
    started = time.perf_counter()
    out = run()
    return out, time.perf_counter() - started


def _load(config: Config, name: str, folder: Path) -> list[GoldDoc]:
    if name == SEEDS:
        # The seed articles sit next to the data folder (``../seeds`` of KHABAR_DATA, see its README).
        seeds = require_data(config.data_dir.parent, "seeds")
        return list(read_seeds(seeds, folder / "seeds.yaml"))
    reader = {HINDI: read_iltimex, "tempeval3-tbaq": read_tml, "meantime-en": read_meantime}[name]
    return list(reader(folder))


def evaluate(config: Config, *, baselines_on: bool = True, limit: int | None = None,
             datasets: Sequence[str] = (HINDI, SEEDS, *ENGLISH)) -> EvalReport:
    """Scores of khabar (and the baselines when ``baselines_on``) on ``datasets``.

    ``limit`` keeps the first N documents of each dataset (for a quick run).
    """
    paths = {name: require_data(config.data_dir, name if name == SEEDS else f"time/{name}")
             for name in datasets}
    report = EvalReport("time", list(COLUMNS), data_digest=data_digest(paths[n] for n in sorted(paths)))
    for name in datasets:
        docs = _load(config, name, paths[name])
        if name in ENGLISH:
            skipped = sum(1 for d in docs if d.dct is None)
            docs = [d for d in docs if d.dct]
            if skipped:
                report.notes.append(f"{name}: {skipped} documents without a DCT skipped")
        docs = docs[:limit] if limit else docs
        lang = "en" if name in ENGLISH else "hi"
        preds, seconds = _timed(lambda docs=docs, lang=lang: [khabar_tag(d, lang) for d in docs])  # type: ignore[misc]
        report.rows.append(_row("khabar", name, docs, preds, seconds))
        if not baselines_on:
            continue
        reason = baselines.availability("dateparser")
        if reason:
            report.rows.append(_unavailable("dateparser", name, reason))
        else:
            preds, seconds = _timed(lambda docs=docs, lang=lang: [  # type: ignore[misc]
                baselines.dateparser_tag(d.text, d.dct, lang) for d in docs])
            report.rows.append(_row("dateparser", name, docs, preds, seconds))
        system = "heideltime-auto-hindi" if lang == "hi" else "heideltime-english"
        reason = baselines.availability("heideltime")
        if reason:
            report.rows.append(_unavailable(system, name, reason))
            continue
        preds = baselines.heideltime_tag([(d.text, d.dct) for d in docs], "auto-hindi" if lang == "hi" else "english")
        row = _row(system, name, docs, preds, None)
        row["note"] = "speed not comparable (one JVM per batch, results cached)"
        report.rows.append(row)
    report.notes.append("spans: Timex head (TIMEX3 extent); ILTIMEX types D=DATE/TIME P=DURATION F=SET; "
                        "value = exact TIMEX3 value vs the DCT on relaxed-overlap matches; seeds-gold: "
                        "required expressions of the two seed articles (optional ones ignored)")
    return report

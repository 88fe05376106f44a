"""Quality gate: `khabar eval time` (khabar rows only) must not fall below the pinned floors.

Floors sit slightly under the scores measured on 2026-11-24 (ILTIMEX strict 0.8066, relaxed 0.9018,
type 0.8866; TBAQ value 0.7470; MEANTIME value 0.7606). On the seeds every required expression and
value must equal the hand gold (the issue's acceptance test), so those floors are 1.0. The gate skips
when the data differ. A full run takes ~15 s.

Re-measured 2026-12-04 after round tx1 (issue 13, timexes of everyday Hindi news; ``khabar eval time
--no-baselines``): ILTIMEX strict 0.807 -> 0.818, relaxed 0.902 -> 0.906, type 0.887 -> 0.890 (day
numbers in words, range ends joined before the range, उस दिन); TBAQ value 0.747 -> 0.748, MEANTIME 0.761,
seeds 1.000. ILTIMEX leaves "अब तक/अभी तक" untagged where TIMEX3 and the event gold tag them: those
spans count neither way (``timeml.read_iltimex``); counted as false positives they would give strict
0.799, relaxed 0.886 (before उस दिन). ILTIMEX floors 0.79/0.88/0.86 -> 0.80/0.89/0.87.

Round tx1 (2026-12-04 (session 3), ``khabar eval time --json``): ages are no timexes ("छह साल की
बच्ची", "उम्र 17 वर्ष", "25 साल की उम्र में"), as the Hindi event gold rules; ILTIMEX tags them (31
spans, all ages, read by hand), so ILTIMEX strict 0.818 -> 0.810, relaxed 0.906 -> 0.898, type 0.890
-> 0.889 (a trade made on purpose for the event gold's kind of text; the clock ranges, बीती रात and
joined dates of the same round add back 0.002). TBAQ 0.748, MEANTIME 0.761, seeds 1.000 unchanged.
Floors unchanged (never lowered; the ILTIMEX strict floor 0.80 now has 0.010 of room).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.time import evaluate

DIGEST = "c6e7f61343d0e94f"
FLOORS = {
    ("iltimex2012-hindi", "span_f1_strict"): 0.80,
    ("iltimex2012-hindi", "span_f1_relaxed"): 0.89,
    ("iltimex2012-hindi", "type_acc"): 0.87,
    ("seeds-gold", "span_f1_strict"): 1.0,
    ("seeds-gold", "value_acc"): 1.0,
    ("tempeval3-tbaq", "value_acc"): 0.73,
    ("meantime-en", "value_acc"): 0.74,
}


def test_time_scores_stay_above_floors(shared_data: Path) -> None:
    report = evaluate(Config(data_dir=shared_data), baselines_on=False)
    if report.data_digest != DIGEST:
        pytest.skip(f"time data digest {report.data_digest} != pinned {DIGEST}")
    for (dataset, column), floor in FLOORS.items():
        score = report.score(system="khabar", dataset=dataset)[column]
        assert score >= floor, (dataset, column, score, floor)

"""``khabar eval events`` and the reference scorer ``score_events.py`` print the same figures for
the same predictions, to the third decimal as both print them. The rows used to be rounded to four
decimals first, so 22/98 = 0.22449 showed as 0.225 in khabar's table and 0.224 in the scorer's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.events import evaluate

# score_events.py's report lines and khabar's (metric, field) for the same figure.
LINES = {
    "core recall (type-correct match)": ("core_events", "recall"),
    "precision (pred compatible with any gold)": ("core_events", "precision"),
    "actor acc. EN strict (on assigned pairs)": ("actors", "accuracy"),
    "actor acc. EN+HI lenient": ("actors_lenient", "accuracy"),
    "date acc.": ("date", "accuracy"),
    "modality acc.": ("modality", "accuracy"),
}


def test_khabar_eval_prints_what_the_reference_scorer_prints(shared_data: Path, tmp_path: Path) -> None:
    scorer = shared_data.parent / "tools" / "score_events.py"
    gold = shared_data / "events" / "hindi-covid-events-dev" / "hindi-covid-events-dev.yaml"
    if not scorer.is_file() or not gold.is_file():
        pytest.skip(f"reference scorer or COVID event gold not found ({scorer}, {gold})")
    out = tmp_path / "pred.jsonl"
    report = evaluate(Config(data_dir=shared_data), datasets=("hindi-covid-dev",), predictions_out=out)
    printed = subprocess.run([sys.executable, str(scorer), str(gold), str(out)], capture_output=True,
                             text=True, timeout=300, check=True).stdout
    for label, (metric, field) in LINES.items():
        found = re.search(rf"^\s*{re.escape(label)}\s+([0-9.]+)", printed, re.MULTILINE)
        assert found, f"the scorer printed no line {label!r}"
        ours = report.score(dataset="hindi-covid-dev", metric=metric)[field]
        assert f"{ours:.3f}" == found.group(1), (label, ours, found.group(1))

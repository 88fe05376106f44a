"""Quality gate for ``khabar eval ner``: scores must not fall below the pinned floors.

Runs IL-NER dev in full and the first 1,500 sentences of HiNER validation (about 30 s).
Measured 2026-11-24 with the jackknifed-lexicon CRF (span-level F1, ALL = micro over PER/LOC/ORG):
  il-ner-dev        crf 0.717  kb 0.565  combined 0.717 (PER 0.667, LOC 0.829, ORG 0.535)
  hiner-validation  crf 0.578  kb 0.544  combined 0.598 (first 1,500 sentences)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.ner import evaluate

DIGEST = "a0addac9668834f0"
FLOORS = {
    ("il-ner-dev", "crf", "ALL"): 0.70,
    ("il-ner-dev", "kb", "ALL"): 0.54,
    ("il-ner-dev", "combined", "ALL"): 0.70,
    ("il-ner-dev", "combined", "PER"): 0.64,
    ("il-ner-dev", "combined", "LOC"): 0.80,
    ("il-ner-dev", "combined", "ORG"): 0.51,
    ("hiner-validation", "crf", "ALL"): 0.56,
    ("hiner-validation", "kb", "ALL"): 0.52,
    ("hiner-validation", "combined", "ALL"): 0.58,
}


def test_ner_scores_stay_above_floors(shared_data: Path):
    report = evaluate(Config(data_dir=shared_data), limit=1500)
    if report.data_digest != DIGEST:
        pytest.skip(f"NER gold changed (digest {report.data_digest}); re-measure the floors")
    for (dataset, system, type_), floor in FLOORS.items():
        row = report.score(dataset=dataset, system=system, type=type_)
        assert row["f1"] >= floor, (dataset, system, type_, row)

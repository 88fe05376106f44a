"""Quality gate for ``khabar eval ner``: scores must not fall below the pinned floors.

Runs IL-NER dev in full and the first 1,500 sentences of HiNER validation (about 30 s).
Measured 2026-11-24 with the jackknifed-lexicon CRF retrained with the places gazetteer
(span-level F1, ALL = micro over PER/LOC/ORG; full HiNER in brackets):
  il-ner-dev        crf 0.727  kb 0.579  combined 0.723 (PER 0.664, LOC 0.831, ORG 0.555)
  hiner-validation  crf 0.590  kb 0.640  combined 0.612 (first 1,500 sentences; full split: crf
                    0.582, kb 0.644, combined 0.611)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.ner import evaluate

DIGEST = "a0addac9668834f0"
FLOORS = {
    ("il-ner-dev", "crf", "ALL"): 0.71,
    ("il-ner-dev", "kb", "ALL"): 0.56,
    ("il-ner-dev", "combined", "ALL"): 0.70,
    ("il-ner-dev", "combined", "PER"): 0.64,
    ("il-ner-dev", "combined", "LOC"): 0.81,
    ("il-ner-dev", "combined", "ORG"): 0.53,
    ("hiner-validation", "crf", "ALL"): 0.57,
    ("hiner-validation", "kb", "ALL"): 0.62,
    ("hiner-validation", "combined", "ALL"): 0.59,
}


def test_ner_scores_stay_above_floors(shared_data: Path):
    report = evaluate(Config(data_dir=shared_data), limit=1500)
    if report.data_digest != DIGEST:
        pytest.skip(f"NER gold changed (digest {report.data_digest}); re-measure the floors")
    for (dataset, system, type_), floor in FLOORS.items():
        row = report.score(dataset=dataset, system=system, type=type_)
        assert row["f1"] >= floor, (dataset, system, type_, row)

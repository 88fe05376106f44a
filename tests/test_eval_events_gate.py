"""Quality gate: ``khabar eval events`` on PLOVER-GSR (all 322), the first 60 Hindi disaster
documents, and the seeds through the whole pipeline.

Measured 2026-11-24 (installed stages, limit=60): PLOVER type accuracy 0.649, source actor F1
0.735, target actor F1 0.652; disaster trigger identification F1 0.742, classification F1 0.557,
argument F1 0.559 (casualties P 0.886); seeds core events P 0.875 R 0.765, quotes R 1.0; after
the offer beneficiary rule and the places gazetteer: seeds core events P 0.941 R 0.882.
Floors sit slightly below (the seeds floors lower, as they also move with the entity and time
stages). Runs in under a minute.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.events import evaluate

DIGEST = "266030a7b30672ea"


def test_events_gate(shared_data: Path) -> None:
    report = evaluate(Config(data_dir=shared_data), limit=60)
    if report.data_digest != DIGEST:
        pytest.skip(f"gold data changed (digest {report.data_digest}); re-measure and re-pin")

    def row(dataset: str, metric: str) -> dict:
        return report.score(dataset=dataset, metric=metric)

    assert row("plover-gsr", "event_type")["accuracy"] >= 0.62
    assert row("plover-gsr", "source_actor")["f1"] >= 0.70
    assert row("plover-gsr", "target_actor")["f1"] >= 0.62
    assert row("hindi-disaster", "trigger_identification")["f1"] >= 0.71
    assert row("hindi-disaster", "trigger_classification")["f1"] >= 0.52
    assert row("hindi-disaster", "argument_all")["f1"] >= 0.52
    assert row("hindi-disaster", "argument_casualties")["precision"] >= 0.85
    assert row("seeds", "core_events")["recall"] >= 0.80
    assert row("seeds", "core_events")["precision"] >= 0.85
    assert row("seeds", "quotes")["recall"] >= 0.9


def test_missing_data_is_a_coded_error(tmp_path: Path) -> None:
    from khabar.errors import KhabarError

    with pytest.raises(KhabarError, match="E040"):
        evaluate(Config(data_dir=tmp_path), datasets=("plover-gsr",))
    bad = tmp_path / "events" / "plover-gsr"
    bad.mkdir(parents=True)
    (bad / "PLOVER_GSR_CAMEO.json").write_text("[{not json", encoding="utf-8")
    with pytest.raises(KhabarError, match="E041"):
        evaluate(Config(data_dir=tmp_path), datasets=("plover-gsr",))

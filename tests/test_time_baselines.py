"""Baseline adapters without running Java: availability reasons and TimeML output parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.time import baselines
from khabar.time.baselines import Predicted


def test_heideltime_unavailable_without_jar(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("KHABAR_HEIDELTIME_JAR", raising=False)
    assert (baselines.availability("heideltime") or "").startswith("not available: set KHABAR_HEIDELTIME_JAR")
    monkeypatch.setenv("KHABAR_HEIDELTIME_JAR", str(tmp_path / "missing.jar"))
    assert "not found" in (baselines.availability("heideltime") or "")


def test_heideltime_output_is_mapped_back_to_each_document() -> None:
    first, second = "सोमवार को बैठक हुई।", "पिछले साल जून में"
    joined = first + baselines.SEPARATOR + second
    tagged = joined.replace("सोमवार", '<TIMEX3 tid="t1" type="DATE" value="2010-04-05">सोमवार</TIMEX3>')
    tagged = tagged.replace("जून", '<TIMEX3 tid="t2" type="DATE" value="2009-06">जून</TIMEX3>')
    output = f'<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n{tagged}\n</TimeML>\n'
    found = baselines.spans_from_timeml(output, joined)
    split = baselines.split_batch(found, [first, second])
    assert split == [[Predicted(0, 6, "DATE", "2010-04-05")],
                     [Predicted(second.index("जून"), second.index("जून") + 3, "DATE", "2009-06")]]


def test_garbage_output_gives_no_predictions() -> None:
    assert baselines.spans_from_timeml("Exception in thread main", "text") == []

"""The drop-rule yield tool puts each dropped candidate in one column against a gold (round ev116).

`tools/drop_yield.py` scores the event each dropped candidate would have been with the reference
scorer's rules: compatible with a missed core (else secondary) gold event, only with events already
found, with none (a false positive), or on the unscored headline line; drops in the day file's
other articles are not counted. The trace gives each candidate's form class and day-file line.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from hindi_events import article_events
from khabar.events.fates import Fate, tracing
from scripts import load_script

LINES = [
    "शीर्षक: गांव सील",  # 1: the headline
    "गांव को सील कर दिया गया । लोगों से घर में रहने की अपील की गई ।",  # 2
    "बाजार बंद रहेंगे ।",  # 3
    "दूसरी खबर ।",  # 4: another article of the day file
]


def _gold() -> dict[str, Any]:
    return {
        "id": "X-L1",
        "lines": {"first": 1, "last": 3},
        "events": [
            {"id": "e1", "tier": "core", "type": "COERCE",
             "evidence": {"line": 2, "text": "गांव को सील कर दिया गया ।"}},
            {"id": "e2", "tier": "secondary", "type": "REQUEST",
             "evidence": {"line": 2, "text": "लोगों से घर में रहने की अपील की गई ।"}},
            {"id": "e3", "tier": "core", "type": "COERCE",
             "evidence": {"line": 3, "text": "बाजार बंद रहेंगे ।"}},
        ],
    }


def _fate(sentence: str, type_: str, fate: str, line: int) -> Fate:
    return Fate("a", sentence, "x", type_, fate, "noun + light verb, passive", line)


def test_each_drop_falls_in_one_column() -> None:
    tool = load_script("tools", "drop_yield")
    art = _gold()
    res = {"X-L1": {"pair_ids": [("e3", {})]}}  # e3 found, e1 and e2 missed
    preds = [{"kind": "event", "article": "X-L1", "type": "COERCE", "line": 3, "start": 0,
              "end": 17}]
    fates = [
        _fate("गांव को सील कर दिया गया ।", "COERCE", "passive, no agent", 2),
        _fate("लोगों से घर में रहने की अपील की गई ।", "REQUEST", "passive, no agent", 2),
        _fate("बाजार बंद रहेंगे ।", "COERCE", "no agent", 3),
        _fate("गांव को सील कर दिया गया ।", "AID", "no agent", 2),  # no gold event of its type
        _fate("शीर्षक: गांव सील", "COERCE", "heading", 1),
        _fate("दूसरी खबर ।", "COERCE", "no agent", 4),  # outside the gold article
        _fate("बाजार बंद रहेंगे ।", "COERCE", "kept", 3),
    ]
    drops = tool.place(fates, [art], LINES, res, preds)
    assert [d.column for d in drops] == ["miss core", "miss sec", "found", "FP", "head"]
    assert drops[0].reached == ("e1",) and drops[2].beside and not drops[0].beside
    table = tool.yield_table(drops, forms=True)
    assert table[-1].split()[:3] == ["all", "rules", "5"]
    assert any(row.startswith("passive, no agent") for row in table)
    assert any(row.strip().startswith("noun + light verb, passive") for row in table)


def test_sentences_of_the_dev_check_half_are_never_listed(tmp_path: Path) -> None:
    tool = load_script("tools", "drop_yield")
    dev = tmp_path / "dev.yaml"
    other = tmp_path / "Ta.yaml"
    assert tool.readable(dev, dev, "tune", counts=False)
    assert not tool.readable(dev, dev, "check", counts=False)
    assert not tool.readable(dev, dev, "all", counts=False)
    assert tool.readable(other, dev, "all", counts=False)
    assert not tool.readable(other, dev, "all", counts=True)  # a report-only set: counts only


def test_a_missing_gold_is_one_coded_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tool = load_script("tools", "drop_yield")
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path))
    assert tool.main([]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err


def test_the_trace_records_the_form_class_and_the_line() -> None:
    with tracing() as seen:
        article_events("पटना में दुकानों को सील कर दिया गया । बाजार की बैठक ।")
    forms = {f.trigger: (f.form, f.line) for f in seen}
    assert forms["सील"] == ("noun + light verb, passive", 1)
    assert forms["बैठक"][0] == "noun"

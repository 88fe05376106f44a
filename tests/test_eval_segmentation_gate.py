"""Quality gate: daily-dump segmentation against the segmentation gold of hindi-covid-events-dev
(10 day files, 36 articles), the only segmentation gold there is: the rules (live pages, space-line
separators, restated headlines and decks) were fixed on it, so these are development figures,
not held-out ones. Measured with ``khabar eval segmentation``: exact-span accuracy 0.917 (33 of
36), boundary P/R/F1 0.962 / 0.962 / 0.962, 36 predicted articles. Before issue 14 (every
headline line over a paragraph cut a dump): 0.444, 0.333 / 0.808 / 0.472, 73 predicted. Left:
one live-blog update is missed and PK-MAR-20 is still cut at a long sub-heading. Floors sit
slightly below the measured figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.errors import KhabarError
from khabar.eval.segmentation import evaluate

DIGEST = "5c74d2dd75628782"


def test_segmentation_gate(shared_data: Path) -> None:
    report = evaluate(Config(data_dir=shared_data))
    if report.data_digest != DIGEST:
        pytest.skip(f"gold data changed (digest {report.data_digest}); re-measure and re-pin")
    row = report.score(file="all")
    assert row["gold_articles"] == 36
    assert row["exact_accuracy"] >= 0.9
    assert row["boundary_r"] >= 0.94 and row["boundary_p"] >= 0.94
    # the live blog (header + 13 updates) is split per item
    assert report.score(file="PK-2020-APR-20.txt")["exact"] >= 13


def test_malformed_segmentation_gold_is_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "seg.yaml"
    bad.write_text("- file: x.txt\n  articles: [{index: 1}]\n", encoding="utf-8")
    with pytest.raises(KhabarError, match=r"^E041 .*articles\[\]\.lines"):
        evaluate(Config(data_dir=tmp_path), bad)
    with pytest.raises(KhabarError, match="^E040"):
        evaluate(Config(data_dir=tmp_path), tmp_path / "missing.yaml")

"""Quality gate for ``khabar eval boilerplate`` on the first 40 pages of each benchmark.

The full run (181 + 990 pages, three systems) takes minutes; 40 pages each keeps this test near
10 s of CPU. Floors sit slightly below the scores measured on this subset (khabar AEB F1 0.964,
P 0.953, R 0.975; trafilatura-eval kept 0.973 / dropped 0.569 / F1 0.813; re-measured 2026-12-04
with ``khabar eval boilerplate --limit 40`` after the HTML path moved to trafilatura's fast mode
with its full mode on short texts and lost its extensive date search: kept was 0.982, dropped
0.541, F1 0.809 before), and khabar must not fall behind plain trafilatura on either benchmark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.boilerplate import evaluate

DIGEST = "9d92e89330a478c0"


def test_boilerplate_gate(shared_data: Path) -> None:
    report = evaluate(Config(data_dir=shared_data), limit=40)
    if report.data_digest != DIGEST:
        pytest.skip(f"boilerplate data digest {report.data_digest} != pinned {DIGEST}")
    aeb = report.score(dataset="scrapinghub-aeb", system="khabar")
    assert aeb["f1"] >= 0.95 and aeb["precision"] >= 0.94 and aeb["recall"] >= 0.96
    traf = report.score(dataset="trafilatura-eval", system="khabar")
    assert traf["kept"] >= 0.965 and traf["dropped"] >= 0.55 and traf["f1"] >= 0.80
    for dataset in ("scrapinghub-aeb", "trafilatura-eval"):
        ours = report.score(dataset=dataset, system="khabar")["f1"]
        assert ours >= report.score(dataset=dataset, system="trafilatura")["f1"]
        assert ours >= report.score(dataset=dataset, system="justext")["f1"]

"""``ingest --jobs N`` workers run below the caller's priority (``workers.WORKER_NICE``), so the
caller, which reads, finishes cleaning and writes in input order, keeps a core when all three
processes want one; the priority changes who runs first, never what is stored."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from khabar import stagepool, workers
from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.model import Article
from khabar.stagepool import StagePool, Task

from .conftest import corpus_sample
from .dbdump import dump

NEWS = ("लखनऊ, 12 अप्रैल। जिलाधिकारी ने शनिवार को कंटेनमेंट जोन में सख्ती बढ़ाने के निर्देश दिए।"
        " पुलिस ने बाजार में भीड़ लगाने वाले दुकानदारों का चालान किया।")


def _worker_nices(monkeypatch: pytest.MonkeyPatch, value: str | None) -> list[int]:
    """The niceness of each worker of a two-job pool, above this process's, once every worker
    has run its initializer (one result can come back before the other worker got that far)."""
    if value is None:
        monkeypatch.delenv("KHABAR_WORKER_NICE", raising=False)
    else:
        monkeypatch.setenv("KHABAR_WORKER_NICE", value)
    art = Article(id="n", text=NEWS, source_path="n.txt")
    with StagePool[int](Config(), ["lang"], 2) as pool:
        outcome = stagepool._opened(pool.submit(Task([art], "n.txt", cut=True)).result())
        assert not isinstance(outcome, stagepool._SetupError) and outcome.error is None
        pids = list((pool._pool._processes or {}) if pool._pool is not None else {})
        expected = workers.worker_nice()
        deadline = time.monotonic() + 10
        while True:
            nices = [os.getpriority(os.PRIO_PROCESS, pid) - os.nice(0) for pid in pids]
            if all(n == expected for n in nices) or time.monotonic() > deadline:
                return nices
            time.sleep(0.05)


@pytest.mark.skipif(sys.platform != "linux", reason="priorities read as Linux reports them")
def test_workers_run_below_the_callers_priority(monkeypatch: pytest.MonkeyPatch) -> None:
    if os.nice(0) + workers.WORKER_NICE > 19:
        pytest.skip("this process is already near the lowest priority")
    assert _worker_nices(monkeypatch, None) == [workers.WORKER_NICE] * 2


@pytest.mark.skipif(sys.platform != "linux", reason="priorities read as Linux reports them")
def test_the_workers_priority_can_be_set_or_left_as_the_callers(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert _worker_nices(monkeypatch, "0") == [0, 0]
    if os.nice(0) + 2 <= 19:
        assert _worker_nices(monkeypatch, "2") == [2, 2]


def test_a_malformed_worker_nice_falls_back_to_the_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for value in ("-5", "abc", "25", ""):
        monkeypatch.setenv("KHABAR_WORKER_NICE", value)
        assert workers.worker_nice() == workers.WORKER_NICE
    monkeypatch.setenv("KHABAR_WORKER_NICE", " 7 ")
    assert workers.worker_nice() == 7


def test_niced_workers_store_the_same_tables(tmp_path: Path, shared_data: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Same corpus days, workers at the caller's priority and below it: the same tables."""
    paths = corpus_sample(shared_data, 2)
    monkeypatch.setenv("KHABAR_WORKER_NICE", "0")
    ingest(paths, Config(db_path=tmp_path / "same.db"), jobs=2)
    monkeypatch.setenv("KHABAR_WORKER_NICE", "6")
    ingest(paths, Config(db_path=tmp_path / "lower.db"), jobs=2)
    assert dump(tmp_path / "same.db") == dump(tmp_path / "lower.db")

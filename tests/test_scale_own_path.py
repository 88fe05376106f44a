"""benchmarks/scale.py's own path of the main process: its CPU less the stage tasks it ran for
the workers while it waited (``StagePool.run_here`` of a task that is not a cut)."""

from __future__ import annotations

import time
from pathlib import Path

from khabar import stagepool
from khabar.model import Article
from khabar.stagepool import Task

ROOT = Path(__file__).resolve().parent.parent


def _busy(self: object, task: Task) -> str:
    end = time.thread_time() + 0.02
    while time.thread_time() < end:
        pass
    return task.where


def test_only_stage_tasks_run_for_the_workers_count_as_help(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import scale

    monkeypatch.setattr(stagepool.StagePool, "run_here", _busy)
    monkeypatch.setattr(scale, "_HELPED", [0.0])
    scale._note_help()
    art = Article(id="a1", text="लखनऊ में आज कोरोना के 120 नए मामले सामने आए।")
    pool = object.__new__(stagepool.StagePool)
    assert stagepool.StagePool.run_here(pool, Task([art], "day.txt", cut=True)) == "day.txt"
    assert scale._HELPED[0] == 0.0  # the cut is the main process's own work
    assert stagepool.StagePool.run_here(pool, Task([art], "day.txt:2")) == "day.txt:2"
    assert 0.015 <= scale._HELPED[0] < 1.0

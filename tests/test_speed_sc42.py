"""Round sc42 (issue 16): where workers are forked, ``ingest --jobs N`` of a large input loads
the stage models here, on a copy of the first cleaned article, before the stage workers fork
(so they share them instead of loading them again), while a bare worker forked at the first
record cuts the records ahead; that worker is stopped before the stage workers fork. These
tests check structure, not timings: the order of those steps, that a closed pool's tasks are
run here, and that the stored tables stay those of ``--jobs 1``."""

from __future__ import annotations

import sys
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest

from khabar import executor, stagepool
from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.model import Article
from khabar.stagepool import Outcome, StagePool, Task, _SetupError, ordered_map

from .dbdump import dump

# Written like the news (not taken from any gold file).
NEWS = [
    ("लखनऊ, 18 अप्रैल। जिला प्रशासन ने शनिवार को बताया कि शहर के दो अस्पतालों में कोरोना के"
     " नौ नए मरीज भर्ती किए गए हैं और उनके परिजनों की जांच कराई जा रही है।"),
    ("इंदौर, 19 अप्रैल। नगर निगम ने रविवार को पुराने शहर की बीस बस्तियों को सील कर दिया और"
     " वहां दूध व सब्जी की आपूर्ति घर-घर कराने का फैसला किया।"),
    ("रांची, 20 अप्रैल। राज्य के स्वास्थ्य मंत्री ने सोमवार को कहा कि सभी जिलों में जांच"
     " केंद्र खोले जाएंगे और इसके लिए पचास करोड़ रुपये मंजूर किए गए हैं।"),
]


def _tasks(n: int) -> list[tuple[int, Task]]:
    return [(k, Task([Article(id=f"sc42-{k}", text=NEWS[k % len(NEWS)])], f"t{k}"))
            for k in range(n)]


def test_a_callable_ahead_is_asked_at_each_hand_out() -> None:
    """``ahead`` as a function: tasks go to the workers while it allows, none once it says 0
    (the cutter is closed), and those are then run here, in order."""
    handed: list[str] = []
    ran: list[str] = []
    allow = [10]

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        handed.append(task.where)
        done: Future[Outcome | _SetupError] = Future()
        done.set_result(Outcome(task.articles))
        if len(handed) == 2:
            allow[0] = 0
        return done

    def run_here(task: Task) -> Outcome:
        ran.append(task.where)
        return Outcome(task.articles)

    keys = [key for key, _ in ordered_map(_tasks(5), submit, window=10, run_here=run_here,
                                          ahead=lambda: allow[0])]
    assert keys == [0, 1, 2, 3, 4]
    assert handed == ["t0", "t1"] and ran == ["t2", "t3", "t4"]


def test_weigh_sizes_a_task_in_the_window() -> None:
    """With ``weigh``, the window counts what it says (record text while warming), not
    articles: two tasks of weight 3 fill a window of 6."""
    pending: list[Future[Outcome | _SetupError]] = []

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        fut: Future[Outcome | _SetupError] = Future()
        fut.set_result(Outcome(task.articles))
        pending.append(fut)
        return fut

    seen = []
    for key, _ in ordered_map(_tasks(4), submit, window=6, weigh=lambda task: 3):
        seen.append((key, len(pending)))
    assert seen == [(0, 2), (1, 3), (2, 4), (3, 4)]


def test_tasks_a_closed_pool_cancelled_are_run_here() -> None:
    """Closing the cutter cancels the cut tasks no worker started; the map runs each here when
    its result is needed, so none is lost and the order holds."""
    futures: list[Future[Outcome | _SetupError]] = []
    ran: list[str] = []

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        fut: Future[Outcome | _SetupError] = Future()
        futures.append(fut)
        if len(futures) == 1:
            fut.set_result(Outcome(task.articles))  # a worker finished this one
        return fut

    def run_here(task: Task) -> Outcome:
        ran.append(task.where)
        return Outcome(task.articles)

    out = ordered_map(_tasks(3), submit, window=10, run_here=run_here, ahead=10)
    keys = [next(out)[0]]
    assert len(futures) == 3
    for fut in futures[1:]:
        fut.cancel()  # what shutdown(cancel_futures=True) does to tasks not started
    keys += [key for key, _ in out]
    assert keys == [0, 1, 2]
    assert [f.cancelled() for f in futures] == [False, True, True]
    assert ran == ["t1", "t2"]


def test_a_closed_pool_leaves_no_thread_and_takes_no_task() -> None:
    """A pool closed mid-run ends its threads (so another may fork) and refuses more work."""
    before = threading.active_count()
    pool = StagePool[int](Config(), (), 1, helps=True, warm=False)
    with pool:
        fut = pool.submit(Task([Article(id="sc42-cut", text=NEWS[0])], "cut", cut=True))
        pool.close()
        assert threading.active_count() == before
        assert fut.done()
        with pytest.raises(RuntimeError):
            pool.submit(Task([], "late", cut=True))


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_stage_workers_fork_after_the_models_load_and_store_what_jobs_1_stores(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real ``--jobs 2`` of more records than ``INLINE_FORKED``: the cutter is made, the
    first records (``WARM_ARTICLES`` articles) run here, the cutter is closed, and only then the
    stage pool takes its first task, with no other thread running (so it forks); the tables are
    those of ``--jobs 1``."""
    import multiprocessing

    # threads an earlier test of the suite left are not the executor's: count from here
    threads_before = threading.active_count()
    for module in (executor, stagepool):  # the Executor's choice, the pool's start
        monkeypatch.setattr(module, "_context", lambda: multiprocessing.get_context("fork"))
    steps: list[str] = []
    handed: dict[str, int] = {}  # articles handed to a pool, by kind of task
    warm_up, close, submit = (executor.Executor._warm_up, StagePool.close, StagePool.submit)

    def noted_warm_up(self: executor.Executor[object], task: Task) -> Outcome:
        steps.append("warm")
        return warm_up(self, task)

    def noted_close(self: StagePool[object]) -> None:
        steps.append("close")
        close(self)

    def noted_submit(self: StagePool[object], task: Task) -> Future[Outcome | _SetupError]:
        kind = "cut" if task.cut else "stages"
        handed[kind] = handed.get(kind, 0) + len(task.articles)
        if not steps or steps[-1] != kind:
            steps.append(kind)
        if kind == "stages" and self._pool is None:  # the stage pool starts: it must fork
            assert threading.active_count() == threads_before
        return submit(self, task)

    monkeypatch.setattr(executor.Executor, "_warm_up", noted_warm_up)
    monkeypatch.setattr(executor, "WARM_ARTICLES", 2)  # of the 12 one-article records below
    monkeypatch.setattr(StagePool, "close", noted_close)
    monkeypatch.setattr(StagePool, "submit", noted_submit)
    paths = []
    for k in range(executor.INLINE_FORKED + 4):
        path = tmp_path / "in" / f"news-{k:02d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(NEWS[k % len(NEWS)] + f" अधिकारियों ने {k + 2} टीमें भी भेजीं।\n",
                        encoding="utf-8")
        paths.append(path)
    one = ingest(paths, Config(db_path=tmp_path / "one.db"), jobs=1)
    assert steps == []
    two = ingest(paths, Config(db_path=tmp_path / "two.db"), jobs=2)
    assert steps[:4] == ["cut", "warm", "warm", "close"]
    assert steps.count("warm") == 2 and "stages" in steps[4:]
    # the records run here are the run's own: they are handed to no worker again
    assert handed["stages"] <= len(paths) - 2
    assert one.failures == two.failures == []
    assert one.counts == two.counts and one.counts["new"] == len(paths)
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def test_opening_a_store_and_listing_stages_import_no_stage_nor_numpy(tmp_path: Path) -> None:
    """What ``ingest`` does before its first worker forks (the serial start) imports neither
    the stage modules nor the clusterer's numpy: listing the stages finds their modules, the
    store's migrations take the story tables from :mod:`khabar.stories.tables`."""
    import subprocess

    code = ("import sys; from khabar import pipeline; from khabar.store.db import Store;"
            f" Store({str(tmp_path / 's.db')!r}).close(); print(pipeline.available_stages());"
            " print(sorted(m for m in sys.modules if m == 'numpy' or m.endswith('.stage')"
            " or m == 'khabar.stories.persist'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out == ["['clean', 'lang', 'entities', 'time', 'events']", "[]"]


def test_a_stage_whose_module_is_absent_is_not_listed(monkeypatch: pytest.MonkeyPatch) -> None:
    from khabar import pipeline

    monkeypatch.setattr(pipeline, "DEFAULT_STAGES", (
        ("clean", "khabar.clean.stage"), ("nowhere", "khabar.no_such_stage_sc42")))
    assert pipeline.available_stages() == ["clean"]


def test_the_story_tables_are_the_writers() -> None:
    """The schema moved module, not content: persist re-exports the same objects."""
    from khabar.stories import persist, tables

    assert persist.SCHEMA_SQL is tables.SCHEMA_SQL
    assert persist.why_to_members is tables.why_to_members
    assert "CREATE TABLE IF NOT EXISTS story_members" in tables.SCHEMA_SQL

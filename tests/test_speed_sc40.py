"""Round sc40 (issue 16): under ``--jobs N`` the waiting caller runs the *oldest* task no worker
has started, taking it back from the pool (``Future.cancel``) when it was handed out, instead of
the newest task not handed out. Its results then sit right behind the worker's, so they no
longer fill the window while the caller has nothing left to help with (see
``stagepool.ordered_map``). These tests check structure, not timings: every task runs exactly
once, where the pool would give it back, in input order, and the stored tables stay those of
``--jobs 1``."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from khabar import stagepool
from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.model import Article
from khabar.stagepool import Outcome, Task, _SetupError, ordered_map

from .conftest import corpus_sample
from .dbdump import dump

NEWS = ("लखनऊ, 9 अप्रैल। जिलाधिकारी ने गुरुवार को बताया कि शहर के पंद्रह इलाके सील कर दिए गए हैं"
        " और वहां घर-घर जांच की जाएगी।")


def _tasks(n: int) -> Iterator[tuple[int, Task | Outcome | None]]:
    for k in range(n):
        yield k, Task([Article(id=f"a{k}", text=NEWS, source_path=f"{k}.txt")], f"{k}.txt")


def test_a_real_pool_gives_back_the_tasks_its_worker_has_not_started() -> None:
    """A one-thread pool (its queue cancellable like a process pool's) whose worker is stuck on
    the first task until the caller has run three: the caller takes the next three back, oldest
    first; the worker then runs the rest; each task runs once and results keep input order."""
    ran: Counter[str] = Counter()
    by_worker: list[str] = []
    ran_here: list[str] = []
    three_here = threading.Event()

    def work(task: Task) -> Outcome | _SetupError:
        if task.where == "0.txt":
            assert three_here.wait(timeout=60)
        ran[task.where] += 1
        by_worker.append(task.where)
        return Outcome(task.articles)

    with ThreadPoolExecutor(max_workers=1) as pool:
        def submit(task: Task) -> Future[Outcome | _SetupError]:
            return pool.submit(work, task)

        def run_here(task: Task) -> Outcome | _SetupError:
            ran[task.where] += 1
            ran_here.append(task.where)
            if len(ran_here) == 3:
                three_here.set()
            return Outcome(task.articles)

        # a window of 8 tasks, all handed out at once (as ``StagePool.map`` does)
        seen = [key for key, out in ordered_map(_tasks(8), submit, window=8,
                                                run_here=run_here, ahead=8)
                if out is not None]
    assert seen == list(range(8))
    assert ran_here[:3] == ["1.txt", "2.txt", "3.txt"]
    assert by_worker[0] == "0.txt"
    assert ran == Counter({f"{k}.txt": 1 for k in range(8)})  # nothing twice, nothing lost


def test_the_caller_does_not_run_far_ahead_of_the_result_it_awaits() -> None:
    """The worker never finishes (a future no one completes until the caller has run all the
    others): the caller runs the others in input order, from just after the awaited one."""
    futures: list[Future[Outcome | _SetupError]] = []
    ran_here: list[str] = []

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        future: Future[Outcome | _SetupError] = Future()
        if not futures:
            future.set_running_or_notify_cancel()
        futures.append(future)
        return future

    def run_here(task: Task) -> Outcome | _SetupError:
        ran_here.append(task.where)
        if len(ran_here) == 5:
            futures[0].set_result(Outcome([Article(id="a0", text=NEWS)]))
        return Outcome(task.articles)

    keys = [key for key, _ in ordered_map(_tasks(6), submit, window=6, run_here=run_here,
                                          ahead=6)]
    assert keys == list(range(6))
    assert ran_here == [f"{k}.txt" for k in range(1, 6)]


def test_a_helping_caller_taking_tasks_back_stores_the_tables_of_one_job(
        tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Corpus days through ``--jobs 1`` and ``--jobs 2`` with the caller made to take back a
    task from the worker at every wait it can (the pool's tasks handed out all at once): the
    same tables, whichever process ran which record."""
    taken_back: list[str] = []
    original = stagepool.StagePool.run_here

    def run_here(self: stagepool.StagePool[int], task: Task) -> Outcome | _SetupError:
        if not task.cut:
            taken_back.append(task.where)
        return original(self, task)

    monkeypatch.setattr(stagepool.StagePool, "run_here", run_here)
    paths = corpus_sample(shared_data, 2)
    ingest(paths, Config(db_path=tmp_path / "one.db"), jobs=1)
    ingest(paths, Config(db_path=tmp_path / "two.db"), jobs=2)
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")
    assert len(taken_back) == len(set(taken_back))  # no record ran here twice


def test_document_frequencies_are_written_once_a_batch_with_the_same_rows(
        tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer saves at every new day of a batch; the document frequencies wait for the
    batch's last save (``save_state(df=False)``). Corpus days ingested both ways: every table
    is the same row for row (the new terms keep their rowids), with fewer rows upserted."""
    from khabar.stories import persist

    written: list[int] = []
    original = persist.save_state

    def counting(conn: object, cl: persist.StoryClusterer, *, df: bool = True) -> None:
        if df:
            written.append(len(set(cl.df_unwritten) | set(cl.df_delta)))
        original(conn, cl, df=df)  # type: ignore[arg-type]

    monkeypatch.setattr(persist, "save_state", counting)
    paths = corpus_sample(shared_data, 2)
    ingest(paths, Config(db_path=tmp_path / "batched.db"), jobs=1)
    batched = sum(written)

    written.clear()
    settle = persist.StoryWriter._settle

    def every_day(self: persist.StoryWriter, cl: persist.StoryClusterer, df: bool = True) -> None:
        settle(self, cl, True)  # the way before: written at every save

    monkeypatch.setattr(persist.StoryWriter, "_settle", every_day)
    ingest(paths, Config(db_path=tmp_path / "daily.db"), jobs=1)
    daily = sum(written)
    assert dump(tmp_path / "batched.db") == dump(tmp_path / "daily.db")
    assert 0 < batched < daily

"""Under ``--jobs N`` the caller is one of the N processes: N - 1 workers, and the caller runs a
task no worker has started whenever it would otherwise wait for a result (``ordered_map``'s
``run_here``), from the oldest end of the queue, taking back handed tasks no worker started;
results still come in input order, and the tables are those of ``--jobs 1``."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest

from khabar import executor
from khabar.config import Config
from khabar.errors import KhabarError
from khabar.ingest.api import ingest
from khabar.model import Article
from khabar.stagepool import Outcome, Task, _SetupError, ordered_map

from .conftest import corpus_sample
from .dbdump import dump

NEWS = ("पटना, 3 मई। स्वास्थ्य विभाग ने रविवार को बताया कि जिले में संक्रमण के नौ नए मामले मिले हैं।"
        " प्रशासन ने बाजार सुबह सात से दस बजे तक ही खोलने का आदेश दिया।")


def _tasks(n: int) -> Iterator[tuple[int, Task | Outcome | None]]:
    for k in range(n):
        yield k, Task([Article(id=f"a{k}", text=NEWS, source_path=f"{k}.txt")], f"{k}.txt")


def test_a_waiting_caller_takes_back_the_oldest_unstarted_tasks_and_keeps_the_order() -> None:
    """Three articles handed to the 'worker', which has started only the first and is slow: the
    caller takes back the handed tasks no worker started (their futures cancelled), oldest
    first, runs them and the ones not handed out itself, and the results come out in input
    order. The task the worker holds is never run here (round sc40)."""
    futures: list[Future[Outcome | _SetupError]] = []

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        future: Future[Outcome | _SetupError] = Future()
        if not futures:
            assert future.set_running_or_notify_cancel()  # the worker holds the first
        futures.append(future)
        return future

    ran_here: list[str] = []

    def run_here(task: Task) -> Outcome | _SetupError:
        ran_here.append(task.where)
        if len(ran_here) == 2:  # the worker finishes its task meanwhile
            futures[0].set_result(Outcome([Article(id="a0", text=NEWS)]))
        return Outcome(task.articles)

    seen = [(key, [a.id for a in out.articles]) for key, out in
            ordered_map(_tasks(5), submit, window=10, run_here=run_here, ahead=3)
            if out is not None]
    assert seen == [(k, [f"a{k}"]) for k in range(5)]
    assert ran_here == ["1.txt", "2.txt", "3.txt", "4.txt"]
    assert futures[0].done() and not futures[0].cancelled()
    assert all(f.cancelled() for f in futures[1:])  # taken back before any worker started them


def test_a_caller_waiting_with_nothing_to_take_back_waits_for_the_worker() -> None:
    """Every handed task is held by a worker and nothing waits here: the caller waits."""
    futures: list[Future[Outcome | _SetupError]] = []

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        future: Future[Outcome | _SetupError] = Future()
        assert future.set_running_or_notify_cancel()
        futures.append(future)
        future.set_result(Outcome(task.articles))
        return future

    def run_here(task: Task) -> Outcome | _SetupError:
        raise AssertionError("every task was started by the worker")

    keys = [key for key, _ in ordered_map(_tasks(4), submit, window=3, run_here=run_here,
                                          ahead=3)]
    assert keys == [0, 1, 2, 3] and len(futures) == 4


def test_tasks_are_handed_out_as_results_are_taken() -> None:
    handed: list[str] = []

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        handed.append(task.where)
        future: Future[Outcome | _SetupError] = Future()
        future.set_result(Outcome(task.articles))
        return future

    def run_here(task: Task) -> Outcome | _SetupError:
        raise AssertionError("results were ready: nothing to run here")

    keys = [key for key, _ in ordered_map(_tasks(6), submit, window=3, run_here=run_here,
                                          ahead=2)]
    assert keys == list(range(6)) and handed == [f"{k}.txt" for k in range(6)]


def test_without_run_here_the_caller_only_waits() -> None:
    def submit(task: Task) -> Future[Outcome | _SetupError]:
        future: Future[Outcome | _SetupError] = Future()
        future.set_result(Outcome(task.articles))
        return future

    keys = [key for key, _ in ordered_map(_tasks(4), submit, window=2)]
    assert keys == [0, 1, 2, 3]


def test_a_setup_error_met_here_stops_the_run_with_its_code() -> None:
    def submit(task: Task) -> Future[Outcome | _SetupError]:
        return Future()  # never started by a worker

    def run_here(task: Task) -> Outcome | _SetupError:
        return _SetupError("E030", task.where, {"detail": "bad kb"})

    with pytest.raises(KhabarError) as err:
        list(ordered_map(_tasks(2), submit, window=5, run_here=run_here, ahead=0))
    assert err.value.code.name == "E030"


def test_two_jobs_start_one_worker_and_the_caller_helps() -> None:
    pool = executor.Executor[int](Config(), ["clean", "lang", "entities"], 2).pool
    assert pool is not None and pool.jobs == 1 and pool.helps and pool.processes == 2
    assert executor.Executor[int](Config(), ["clean", "lang"], 4).pool.jobs == 3  # type: ignore[union-attr]


def test_a_helping_caller_stores_the_tables_of_one_job(tmp_path: Path, shared_data: Path) -> None:
    """Corpus days through ``--jobs 1`` and ``--jobs 2`` (one worker, the caller helping):
    the same tables, whichever process ran which record."""
    paths = corpus_sample(shared_data, 3)
    ingest(paths, Config(db_path=tmp_path / "one.db"), jobs=1)
    ingest(paths, Config(db_path=tmp_path / "two.db"), jobs=2)
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")


def test_an_awaited_task_not_handed_out_is_run_here() -> None:
    """The task the caller needs next is still waiting here: it runs it itself."""
    def submit(task: Task) -> Future[Outcome | _SetupError]:
        return Future()  # no worker ever starts it

    def run_here(task: Task) -> Outcome | _SetupError:
        return Outcome(task.articles)

    keys = [key for key, _ in ordered_map(_tasks(3), submit, window=2, run_here=run_here,
                                          ahead=0)]
    assert keys == [0, 1, 2]

"""A pool of worker processes running the stages over input records, and the tasks it runs.

Why a module of its own: :class:`StagePool` hands each record's :class:`Task` to a worker, and
:func:`ordered_map` yields the :class:`Outcome` s in input order with at most ``window``
articles in flight, the caller running a task no worker has started whenever it would otherwise
wait. What a task runs (:func:`run_stages`, :func:`cut_stage`; :func:`finish_cleaning` in the
caller) and how its result crosses back (sealed in the worker, opened by the caller's main
thread) are here too, as module-level functions so they pickle by name. How ingest uses the
pool (two trips, the warm-up before the stage workers fork) is :mod:`khabar.executor`'s; how the
worker processes start, yield to the caller and stop is :mod:`khabar.workers`'s.
"""

from __future__ import annotations

import os
import pickle
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, NoReturn, TypeVar

from . import pipeline
from .config import Config
from .errors import E, KhabarError, one_line
from .model import Article
from .workers import (
    _BrokenPoolNoise,
    _context,
    _end_a_half_read_result,
    _interrupts_held,
    _interrupts_ignored,
    _QuickHandoffs,
    _start_worker,
    _widen_pipes,
    worker_nice,
)

if TYPE_CHECKING:
    from .clean.stage import Cut

K = TypeVar("K")


# Articles in flight per worker. The caller stops feeding the pool while it writes a batch
# (``Config.commit_every`` articles: their store rows and story placement), so the pool must hold
# work enough to outlast that pause, or the workers wait for the writer. With 8 input records per
# worker (the former bound) a batch of one-article records left the workers idle for most of
# each flush. 128 per worker, plus one batch, sized rather than tuned: a flush takes the writer
# about 200 x 2 ms (benchmarks/scale.py, corpus), in which a worker analyses about 35 articles,
# so the window has room to spare. An analysed article with its story prep takes about 30 KB
# (9 KB pickled; 91 corpus articles), so memory stays bounded: 14 MB in flight for two workers.
ARTICLES_PER_WORKER = 128


@dataclass
class Outcome:
    """What the stages made of one input record: its articles, or the one-line E099 report of
    the bug that stopped them (its articles are then dropped, the rest of the run goes on).
    A worker that cut a record for cleaning (a :class:`Task` with ``cut``) answers its pieces
    in ``cuts`` instead, for the caller to finish cleaning (``where``: the record)."""

    articles: list[Article] = field(default_factory=list)
    error: str | None = None
    cuts: list[Cut] | None = None
    where: str = ""
    packed: bytes | None = None  # the record's raw input compressed (a Task's ``raw``)


@dataclass(frozen=True)
class _SetupError:
    """A :class:`KhabarError` raised in a worker, carried back as plain data (its keyword fields
    do not survive pickling as an exception) and raised again in the caller."""

    code: str
    where: str
    fields: dict[str, object]

    def reraise(self) -> NoReturn:
        raise KhabarError(E[self.code], where=self.where, **self.fields)


def run_stages(articles: list[Article], config: Config, names: Sequence[str],
               where: str, *, for_writer: bool = False, raw: bytes | None = None,
               lean: bool = False) -> Outcome:
    """Run ``names`` over the articles of one input record, in this process.

    ``for_writer``: also read the articles' story signals (see :mod:`khabar.stories.prepare`)
    and serialise their store rows (:func:`khabar.store.db.attach_rows`), so a worker does that
    part of the writer's work, not the writer; and compress the record's raw input ``raw``
    (the outcome's ``packed``), which the writer stores (round sc28: 0.9 ms a corpus file in
    the writer's process). ``lean`` (with ``for_writer``; a worker's task): send the articles
    back without what their row forms hold (:func:`khabar.store.db.lighten`).
    A :class:`KhabarError` is about the user's setup (a malformed ``--kb``), not this record: it
    propagates. Any other exception is a bug in a stage: it becomes one E099 line naming the
    record (``where``) and the file and line that raised, and the record's articles are dropped.
    """
    try:
        done = list(pipeline.run_local(articles, config, names, given=_given(names)))
        if for_writer:
            from .store.db import attach_rows, lighten
            from .stories.prepare import attach

            attach(done, config)
            attach_rows(done)
            if lean:
                lighten(done)
        if raw is not None:
            from .ingest.readers import compress_raw

            return Outcome(done, packed=compress_raw(raw))
        return Outcome(done)
    except KhabarError:
        raise
    except Exception as exc:  # a bug in a stage must not stop the batch: report it and go on
        return _bug(exc, where)


def _bug(exc: Exception, where: str) -> Outcome:
    """The one E099 line for a bug met on the record ``where``."""
    last = traceback.extract_tb(exc.__traceback__)[-1]
    message = (f"E099 {where}: internal error in the pipeline: {type(exc).__name__}: {exc}"
               f" (at {Path(last.filename).name}:{last.lineno}); please report it")
    return Outcome(error=one_line(message))


def cut_stage(articles: list[Article], where: str) -> Outcome:
    """The order-free part of ``clean`` on the articles of one record (:func:`cut_record`), in
    this process; a bug is one E099 line, as in :func:`run_stages`."""
    from .clean.stage import cut_record

    try:
        return Outcome(cuts=[cut for art in articles for cut in cut_record(art)], where=where)
    except KhabarError:
        raise
    except Exception as exc:  # a bug in a stage must not stop the batch: report it and go on
        return _bug(exc, where)


def finish_cleaning(cuts: list[Cut], where: str) -> Outcome:
    """The rest of ``clean`` on a record's cut pieces, in this process and in input order: they
    go through this process's outlet template learner, as under ``--jobs 1``."""
    from .clean.stage import finish, process_templates

    try:
        templates = process_templates()
        return Outcome([finish(cut, templates) for cut in cuts])
    except KhabarError:
        raise
    except Exception as exc:  # a bug in a stage must not stop the batch: report it and go on
        return _bug(exc, where)


def _given(names: Sequence[str]) -> tuple[str, ...]:
    """Fields the articles already carry when the run starts after ``clean``."""
    if not names or names[0] == "clean":
        return ()
    return pipeline.get_stage("clean").assigns


def _work(articles: list[Article], config: Config, names: tuple[str, ...],
          where: str, for_writer: bool = False, cut: bool = False,
          raw: bytes | None = None, lean: bool = False) -> Outcome | _SetupError:
    """The worker's entry point (module level, so it pickles by name): the stages ``names``,
    or with ``cut`` the order-free part of ``clean``; ``lean``: see :func:`run_stages`."""
    try:
        if cut:
            return cut_stage(articles, where)
        return run_stages(articles, config, names, where, for_writer=for_writer, raw=raw,
                          lean=lean)
    except KhabarError as exc:
        return _SetupError(exc.code.name, exc.where, dict(exc.fields))


def _sealed_work(articles: list[Article], config: Config, names: tuple[str, ...], where: str,
                 for_writer: bool = False, cut: bool = False, raw: bytes | None = None,
                 lean: bool = False) -> bytes:
    """A worker's entry point: :func:`_work`, its result pickled here, in the worker, and
    unpickled by the caller's main thread when it takes the result (:func:`_opened`).

    Why: the pool's manager thread in the caller reads each result and unpickles it, holding
    the interpreter lock; while it does, the caller's main thread (writing, cleaning, running a
    task) waits for the lock, and the manager thread runs on the other core, the worker's,
    which it takes from the worker. Sealed, a result crosses as one bytes object (a copy, not a
    parse) and is opened by the main thread on its own core. Round sc45 (issue 16), ``ingest
    --jobs 2`` of the whole corpus, thread CPU of the caller's two pools' manager threads (four
    runs each, alternately, load 2-4): 0.33-0.44 -> 0.16-0.19 CPU-s. What is computed and sent
    is the same."""
    return pickle.dumps(_work(articles, config, names, where, for_writer, cut, raw, lean),
                        protocol=pickle.HIGHEST_PROTOCOL)


def _opened(item: Outcome | _SetupError | bytes) -> Outcome | _SetupError:
    """A worker's result as :func:`_work` returned it (sealed by :func:`_sealed_work`)."""
    if isinstance(item, bytes):
        opened: Outcome | _SetupError = pickle.loads(item)
        return opened
    return item


@dataclass
class Task:
    """One input record's articles, waiting for the stages ``names`` (with ``cut``: waiting
    for the order-free part of ``clean``, see :class:`.executor.Executor`)."""

    articles: list[Article]
    where: str
    cut: bool = False
    raw: bytes | None = None  # the record's raw input, to compress with the stages


class StagePool(Generic[K]):
    """A pool of worker processes running the same stages over :class:`Task` s.

    Use as a context manager; on leaving (also on an error) queued work is cancelled and the
    workers are stopped, so a failed run leaves no process behind.
    """

    def __init__(self, config: Config, names: Sequence[str], jobs: int, *,
                 helps: bool = False, warm: bool = True) -> None:
        """``jobs`` worker processes; ``helps``: this process also runs tasks not yet started
        whenever it would otherwise wait for a worker's result (see :func:`ordered_map`);
        ``warm``: load the story preparation here before the workers start (a pool that only
        cuts records needs none of it)."""
        self.config = config
        self.names = tuple(names)
        self.jobs = jobs
        self.helps = helps
        self.warm = warm
        self._pool: ProcessPoolExecutor | None = None
        self._forked = False
        self._closed = False

    def __enter__(self) -> StagePool[K]:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        """Stop the workers: after the last result, let them finish; after an exception (Ctrl-C,
        E090, a setup error) their work is not wanted, so terminate them at once."""
        if self._pool is None or self._closed:
            return
        try:
            with _interrupts_ignored():
                if exc_type is not None:
                    processes = list((self._pool._processes or {}).values())
                    for process in processes:
                        process.terminate()
                    for process in processes:
                        process.join(timeout=STOP_SECONDS)
                    _end_a_half_read_result(self._pool)
                self._pool.shutdown(wait=True, cancel_futures=True)
        finally:
            _BrokenPoolNoise.release()
            _QuickHandoffs.release()

    def close(self) -> None:
        """Stop the workers before the run ends: each finishes the task it holds (and the one
        the pool passed it beyond that); every task not started is cancelled, and the caller
        runs it itself when it needs its result (see :func:`ordered_map`, which takes back a
        cancelled task). Once this returns, no thread of the pool runs here, so another pool
        may fork its workers. Nothing is handed to a closed pool."""
        if self._closed:
            return
        self._closed = True
        if self._pool is None:
            return
        try:
            with _interrupts_ignored():
                self._pool.shutdown(wait=True, cancel_futures=True)
        finally:
            _BrokenPoolNoise.release()
            _QuickHandoffs.release()

    def submit(self, task: Task) -> Future[Outcome | _SetupError | bytes]:
        """``task`` handed to a worker; its result comes sealed (see :func:`_sealed_work`)."""
        if self._closed:
            raise RuntimeError("a task handed to a closed StagePool")
        if self._pool is None:
            if self.warm:
                from .stories.prepare import warm

                warm()  # the writer needs it anyway; forked workers then share it
            context = _context()
            self._forked = context.get_start_method() == "fork"
            if self._forked:
                from .clean.lines import warm as warm_lines

                # every pool may be handed records to cut, and this process cuts some itself
                # (it helps, see ordered_map): measuring lines is set up once, here, for both
                warm_lines()
            self._pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=context,
                                             initializer=_start_worker,
                                             initargs=(os.getpid(), worker_nice()))
            _widen_pipes(self._pool)
            _BrokenPoolNoise.hold()
            _QuickHandoffs.hold()
        # The pool starts its workers inside submit, where Ctrl-C is held (see
        # :func:`_interrupts_held`).
        with _interrupts_held(self._forked):
            # lean: a worker's articles come back without what their row forms hold (round
            # sc43); one run here is not pickled, so it keeps them whole
            return self._pool.submit(_sealed_work, task.articles, self.config, self.names,
                                     task.where, True, task.cut, task.raw, True)

    @property
    def processes(self) -> int:
        """The processes that run this pool's tasks: its workers, and this one if it helps."""
        return self.jobs + int(self.helps)

    def run_here(self, task: Task) -> Outcome | _SetupError:
        """``task`` run in this process, as a worker would run it."""
        return _work(task.articles, self.config, self.names, task.where, True, task.cut,
                     task.raw)

    def map(self, items: Iterable[tuple[K, Task | Outcome | None]], window: int | None = None,
            ahead: int | Callable[[], int] | None = None,
            weigh: Callable[[Task], int] | None = None) -> Iterator[tuple[K, Outcome | None]]:
        """:func:`ordered_map` over this pool (``window``: articles in flight, by default one
        batch and :data:`ARTICLES_PER_WORKER` per worker). A worker killed from outside (the OOM
        killer, a signal) breaks the pool: that stops the run with one E090 line, and rerunning
        resumes. ``ahead``, ``weigh``: see :func:`ordered_map`."""
        if window is None:
            window = self.config.commit_every + ARTICLES_PER_WORKER * self.processes
        try:
            yield from ordered_map(items, self.submit, window, self._check_workers,
                                   self.run_here if self.helps else None,
                                   window if ahead is None else ahead, weigh)
        except BrokenProcessPool as exc:
            raise KhabarError(E.E090, detail=str(exc).split(",")[0]) from None

    def _check_workers(self) -> None:
        """Raise :class:`BrokenProcessPool` when a worker has ended (killed from outside): the
        pool's own check misses a worker killed while it was sending a result (see
        :data:`WATCH_SECONDS`)."""
        if self._closed:
            return  # its workers ended on purpose
        processes = (self._pool._processes or {}) if self._pool is not None else {}
        try:
            ended = [p.exitcode for p in list(processes.values()) if p.exitcode is not None]
        except RuntimeError:  # the pool's thread is changing the table: look again next time
            return
        if ended:
            raise BrokenProcessPool(
                f"A process in the process pool was terminated abruptly (exit code {ended[0]})")


@dataclass
class _Pending(Generic[K]):
    """An item of :func:`ordered_map` in flight: its result to come (a future), or the one it
    has; ``task``: its task while it may still run here (not handed to a worker, or handed and
    not started by one); ``handed``: whether it was handed to a worker."""

    key: K
    item: Future[Outcome | _SetupError | bytes] | Outcome | _SetupError | bytes | None
    size: int
    task: Task | None = None
    handed: bool = False


def ordered_map(
    items: Iterable[tuple[K, Task | Outcome | None]],
    submit: Callable[[Task], Future[Outcome | _SetupError | bytes]],
    window: int,
    watch: Callable[[], None] | None = None,
    run_here: Callable[[Task], Outcome | _SetupError] | None = None,
    ahead: int | Callable[[], int] = 0,
    weigh: Callable[[Task], int] | None = None,
) -> Iterator[tuple[K, Outcome | None]]:
    """Yield ``(key, outcome)`` for each item in input order, with at most ``window`` articles
    in flight (an item without articles counts as one, so those are bounded too).

    A :class:`Task` is submitted to a worker; an :class:`Outcome` or ``None`` (a record that needs
    no stage: a read failure, an unchanged input) passes through in its place in the order.
    While a result is awaited, ``watch`` runs every :data:`WATCH_SECONDS` (it raises to stop).
    With ``run_here``, only ``ahead`` articles are handed to the workers and not yet taken back
    at a time (more as their results are taken); the rest wait here. A wait for a result that
    is not ready runs the oldest task no worker has started in this process instead, one at a
    time until the result is ready or none is left: a task handed to a worker that no worker
    has started yet is taken back from the pool for it (``Future.cancel``, which fails for one
    a worker holds; the pool passes a worker only one task beyond its current one), else the
    oldest task not handed out. So the caller and the workers both work at the near end of the
    queue, and what the caller runs is the result it needs next or soon after. ``ahead`` may be
    a function, asked at each hand-out (0: hand out no more); ``weigh``: a task's size in the
    window instead of its articles (asked when it comes in).

    Helping from the near end, round sc40 (issue 16): the caller used to run the *newest*
    waiting task, never taking one back from the workers. Its results then sat at the far end
    of the window, counted in it, until the workers' earlier ones came: on the whole corpus
    (``ingest --jobs 2``) the window filled with up to 333 of the caller's finished articles,
    nothing was left to help with, and the caller waited for the worker's 128 handed articles
    (1.5-2.8 s of a 14-18 s run), and at the end of the input it waited again while the worker
    ran the last 128 alone (see README, "Main process of ``--jobs 2``, round sc40").
    """
    pending: deque[_Pending[K]] = deque()
    waiting: deque[_Pending[K]] = deque()  # tasks not handed to a worker yet, in input order
    handed: deque[_Pending[K]] = deque()  # tasks handed out that may not have started, in order
    in_flight = 0
    unfinished = [0]  # articles handed to the workers and not yet taken back

    def limit() -> int:
        return ahead() if callable(ahead) else ahead

    def hand_out() -> None:
        while waiting and unfinished[0] < limit():
            entry = waiting.popleft()
            if entry.task is None:
                continue  # run here meanwhile
            entry.item = submit(entry.task)
            entry.handed = True
            unfinished[0] += entry.size
            handed.append(entry)

    def take(entry: _Pending[K]) -> tuple[K, Outcome | None]:
        result = _resolve(entry, watch, handed, waiting, run_here)
        if entry.handed:
            unfinished[0] -= entry.size
        hand_out()
        return result

    for key, item in items:
        size = max(1, len(item.articles)) if item is not None else 1
        if isinstance(item, Task) and weigh is not None:
            size = max(1, weigh(item))
        if isinstance(item, Task) and run_here is None:
            pending.append(_Pending(key, submit(item), size))
        elif isinstance(item, Task):
            entry = _Pending[K](key, None, size, item)
            pending.append(entry)
            waiting.append(entry)
            hand_out()
        else:
            pending.append(_Pending(key, item, size))
        in_flight += size
        while in_flight >= window:
            first = pending.popleft()
            in_flight -= first.size
            yield take(first)
    while pending:
        yield take(pending.popleft())


def _resolve(entry: _Pending[K], watch: Callable[[], None] | None = None,
             handed: deque[_Pending[K]] | None = None,
             waiting: deque[_Pending[K]] | None = None,
             run_here: Callable[[Task], Outcome | _SetupError] | None = None,
             ) -> tuple[K, Outcome | None]:
    if run_here is not None and entry.task is not None and (
            not isinstance(entry.item, Future) or entry.item.cancel()):
        task, entry.task = entry.task, None  # not started by a worker: needed now, run here
        entry.item = run_here(task)
    entry.task = None
    item = entry.item
    if run_here is not None and handed is not None and waiting is not None:
        while (isinstance(item, Future) and not item.done()
               and _run_one_here(handed, waiting, run_here)):
            pass
    while isinstance(item, Future):
        try:
            item = item.result(timeout=WATCH_SECONDS if watch is not None else None)
        except TimeoutError:
            assert watch is not None
            watch()
    if item is not None:
        item = _opened(item)
    if isinstance(item, _SetupError):
        item.reraise()
    return entry.key, item


def _run_one_here(handed: deque[_Pending[K]], waiting: deque[_Pending[K]],
                  run_here: Callable[[Task], Outcome | _SetupError]) -> bool:
    """Run here the oldest task no worker has started: one handed out that the pool gives
    back (its future cancelled before a worker took it), else the oldest not handed out;
    whether there was one."""
    while handed:
        entry = handed.popleft()
        if entry.task is None:
            continue  # taken back already
        if isinstance(entry.item, Future) and entry.item.cancel():
            task, entry.task = entry.task, None
            entry.item = run_here(task)
            return True
        entry.task = None  # a worker has it
    while waiting:
        entry = waiting.popleft()
        if entry.task is not None:
            task, entry.task = entry.task, None
            entry.item = run_here(task)
            return True
    return False


# How often (seconds) a wait for a worker's result checks that every worker is alive. CPython's
# ProcessPoolExecutor notices a dead worker only between messages: one killed from outside (the
# OOM killer, kill -9) while sending a result leaves the pool's thread reading half a message,
# and the other workers waiting on the lock it held, for ever; the run hung instead of stopping
# with E090 (tests/test_resume.py, about 1 run in 20). Not tuned: a second is short to a user
# and costs nothing (a wake-up per second of waiting).
WATCH_SECONDS = 1.0
# How long a stopping run waits for each terminated worker to end.
STOP_SECONDS = 5.0

"""Run the per-article stages over all cores, in input order, with bounded memory.

Ingest has two kinds of work. The per-article stages after ``clean`` (lang, entities, time,
events) look at one article at a time and carry no state from one article to the next, so any
process can run them. Everything else carries state that depends on input order: ``clean`` learns
per-outlet templates as articles stream (the labels of article *k* depend on articles 1..*k*),
and the writer (store, template counts, story clustering) appends to one SQLite file. So the
caller keeps the order-dependent part of ``clean`` (counting template keys, labelling lines)
and the writer in its own process, in input order, and hands the rest to :class:`StagePool`:
the order-free part of ``clean`` first, then the stateless stages (see :class:`Executor`);
that is what makes ``--jobs N`` give the same tables as ``--jobs 1``, byte for byte.

:func:`ordered_map` keeps at most ``window`` articles in flight: the reader is pulled only when
a slot frees up (back-pressure), and results come back in the order the groups went in,
whichever worker finishes first. Workers are this process's children, so their CPU time and memory count
in its resource usage. On Linux they are forked when the pool starts, once this process has
loaded the stage models on a copy of the first cleaned article of an input of more than
:data:`INLINE_FORKED` records (while a bare worker forked at its first record cuts the records
ahead, see :meth:`Executor._warm_up`), so they begin with the modules and models this process
has loaded (copy-on-write) instead of loading them again: with ``spawn``, each worker
importing and loading everything made ``--jobs 2`` cost 21% more CPU than ``--jobs 1``
(``benchmarks/scale.py --days 20 --rounds 3 --baseline``, 575 corpus articles). The SQLite handle they inherit is never used in them (a
worker only runs stages and leaves through ``os._exit``, which closes nothing), and no other
thread runs when they are forked (the pool forks all its workers before its manager thread
starts; with another thread running, they are spawned). Elsewhere (macOS, Windows, where
forking a process that loaded system frameworks is unsafe) they are spawned and each loads its
models lazily on its first article, once, through the stages' own module caches. The pool
itself starts on the first task, so a caller that hands it nothing (a small ingest) never pays
for it.

Ctrl-C belongs to the caller alone. A terminal sends it to every process of its group, and a
worker still importing (before any handler of ours runs in it) would die with a traceback of its
own; so spawned workers are started with SIGINT ignored, which they inherit, and never see it,
and forked ones (which import nothing) note a press harmlessly until their initializer ignores it
(see :func:`_interrupts_held`, which keeps the caller's press instead of dropping it). When the
caller leaves the pool because of an exception (the interrupt, E090) the workers are terminated
rather than waited for, with further Ctrl-Cs ignored meanwhile, so the stop takes a moment
however large the record in flight and a second Ctrl-C cannot hang it.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, InvalidStateError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Generic, NoReturn, TypeVar

from . import pipeline
from .config import Config
from .errors import E, KhabarError, one_line
from .model import Article

if TYPE_CHECKING:
    from .clean.stage import Cut

K = TypeVar("K")
T = TypeVar("T")

# Articles in flight per worker. The caller stops feeding the pool while it writes a batch
# (``Config.commit_every`` articles: their store rows and story placement), so the pool must hold
# work enough to outlast that pause, or the workers wait for the writer. With 8 input records per
# worker (the former bound) a batch of one-article records left the workers idle for most of
# each flush. 128 per worker, plus one batch, sized rather than tuned: a flush takes the writer
# about 200 x 2 ms (benchmarks/scale.py, corpus), in which a worker analyses about 35 articles,
# so the window has room to spare. An analysed article with its story prep takes about 30 KB
# (9 KB pickled; 91 corpus articles), so memory stays bounded: 14 MB in flight for two workers.
ARTICLES_PER_WORKER = 128
# Input records in flight for their cut (the first of the two trips, see :class:`Executor`). A
# cut record comes back as the lines and template keys of all its articles (a daily dump holds
# tens), so these are counted in records and kept few: memory stays bounded whatever the
# records hold, and the workers are kept busy by the second trip's window (above), which the
# caller refills as each cut record is finished. Not tuned, a round number: enough that a
# worker finds a cut waiting while the caller finishes the one before.
CUT_RECORDS_PER_WORKER = 8


# Allocations between two young-generation collections. The stages allocate many short-lived
# containers (CRF feature lists, tokens, spans) and few reference cycles, so CPython's default
# (700) collects thousands of times per article batch for little. A small gain, measured on an
# idle 2-core machine (2026-12-03, 420 corpus articles, `benchmarks/scale.py --days 16`): core
# stages 187 -> 194-200 articles per CPU-second in two alternating runs of `--jobs 0`, 1.01x in
# one `--baseline` run; `ingest --jobs 1` 2-5% less CPU (two rounds). A round number, not tuned.
GEN0_THRESHOLD = 50_000


def collect_less() -> None:
    """Collect young garbage less often in this process (see :data:`GEN0_THRESHOLD`); forked
    workers inherit it. A process-wide setting, so only entry points call it (the CLI, the
    benchmarks), never a library function."""
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, gen1, gen2)


def default_jobs() -> int:
    """All the cores this process may use (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity mask
        return max(1, os.cpu_count() or 1)


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


# How much lower a worker's scheduling priority is than the caller's (``os.nice``; 0: the same).
# The caller's share of ``ingest --jobs 2`` (reading, the order-dependent part of clean, the
# writer) is about 40% of the run's CPU, so on 2 cores it needs about 70% of one core for the
# whole run, while three busy processes on 2 cores each get 2/3 of one under equal priorities:
# the caller fell behind and the run ended with it alone writing the window it had left (the
# serial tail, 2.1-2.4 s of a 15.5-17.4 s run at load 1.1, 2026-12-04). Linux's fair scheduler
# gives each process a weight, 1024 at nice 0 and about 1.25 times less per step: at +4 (423)
# two workers weigh less than the caller (846 < 1024), so the caller keeps a core of its own
# and the workers fill the other and whatever it leaves idle; on a core shared with one worker
# it gets 71% instead of 50%. Reasoned from the weights, not tuned: higher values gain the
# caller little more on an idle machine and make the workers lose more to other users' jobs on
# a shared one (round sc18 tried a high value there: the run took 78 s against 50 s). Since
# ``--jobs N`` starts N - 1 workers (see :class:`Executor`), each process has a core of its own
# on an idle machine with N cores; the priority decides only when they must share one (other
# jobs of the same session, more jobs than cores): the caller, the run's longer path, first.
# The environment variable ``KHABAR_WORKER_NICE`` sets another (0: the caller's priority).
WORKER_NICE = 4


def worker_nice() -> int:
    """The niceness increment for workers: ``KHABAR_WORKER_NICE`` when it is a whole number from
    0 to 19, else :data:`WORKER_NICE`."""
    value = os.environ.get("KHABAR_WORKER_NICE", "").strip()
    return int(value) if value.isdigit() and int(value) <= 19 else WORKER_NICE


def _start_worker(parent: int, nice: int = 0) -> None:
    """Set a worker up: Ctrl-C left to the caller, the worker ended with its caller, and its
    priority ``nice`` steps below the caller's (see :data:`WORKER_NICE`)."""
    _leave_interrupts_to_the_caller()
    _end_with_the_caller(parent)
    _yield_to_the_caller(nice)


def _yield_to_the_caller(nice: int) -> None:
    """Lower this process's priority by ``nice`` steps, where the system allows it (a process
    may always lower its own; Windows has no ``os.nice``). Priorities decide only who runs
    first: what a worker computes is the same."""
    if nice > 0 and hasattr(os, "nice"):
        with suppress(OSError):  # not permitted here: run at the caller's priority
            os.nice(nice)


def _leave_interrupts_to_the_caller() -> None:
    """Ctrl-C reaches every process of the terminal's group; the caller handles it (it stops the
    pool), so a worker must not die on it with a traceback of its own. (Where there is no signal
    mask to inherit, this is the only guard, and it starts only after the worker's imports.)"""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _end_with_the_caller(parent: int) -> None:
    """A worker whose caller was killed (kill -9, the OOM killer) has no one to send it work or
    to stop it; it waited on the task queue for ever, holding its models' memory (found after
    the reliability battery's kill -9 test: two 170 MB workers an hour later). On Linux the
    kernel kills it when the caller dies (``PR_SET_PDEATHSIG``); elsewhere a daemon thread looks
    at the parent once a second. A caller that died before this ran is noticed at once."""
    if sys.platform == "linux":
        import ctypes

        pr_set_pdeathsig = 1
        if ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL) == 0:
            if os.getppid() != parent:
                os._exit(1)
            return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="khabar-caller-watch", daemon=True).start()


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """Ctrl-C ignored in this process meanwhile: while the pool stops, a second press cannot cut
    the stopping short; and where workers are spawned (see :func:`_interrupts_held`) a process
    started meanwhile inherits the ignored SIGINT through exec (a blocked mask is not inherited:
    ``_posixsubprocess`` resets it) and Python keeps it ignored at start-up, so a worker never
    sees Ctrl-C, even while importing. Only the main thread may set handlers; elsewhere this does
    nothing and the initializer guards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _interrupts_held(forked: bool) -> Iterator[None]:
    """Ctrl-C held back while workers may be started, then delivered here as pressed. Where
    workers are forked, a press meanwhile is only noted and raised on leaving, so none is lost
    (ignoring it dropped presses that landed while the caller handed tasks over:
    ``tests/test_resume.py`` skipped for a run that went on to the end); a worker forked meanwhile
    runs the noting handler until its initializer ignores SIGINT, so it never stops on it.
    Where workers are spawned they need SIGINT ignored to inherit it (see
    :func:`_interrupts_ignored`), and a press in those milliseconds is dropped."""
    if not forked:
        with _interrupts_ignored():
            yield
        return
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: pressed.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        signal.raise_signal(signal.SIGINT)


def _context() -> multiprocessing.context.BaseContext:
    """How workers start: forked on Linux (see the module docstring), spawned elsewhere, and
    spawned too when another thread runs here (a server calling ingest): a thread holding a lock
    at the fork would leave it held in the worker for ever."""
    alone = threading.active_count() == 1
    return multiprocessing.get_context("fork" if sys.platform == "linux" and alone else "spawn")


@dataclass
class Task:
    """One input record's articles, waiting for the stages ``names`` (with ``cut``: waiting
    for the order-free part of ``clean``, see :class:`Executor`)."""

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


# Bytes a pool's pipes hold (Linux ``F_SETPIPE_SZ``; 64 KB by default, 1 MB is the most an
# unprivileged process may ask for unless the administrator raised ``/proc/sys/fs/pipe-max-size``).
# A stage task's result (the articles of a corpus file, their row forms and story prep) is about
# 110 KB. Through a 64 KB pipe the worker's write blocked until the caller's pool thread had read
# the first part, and that thread waits for the interpreter lock, which the caller's main thread,
# busy writing, cleaning or running a task, lets go only every ``sys.getswitchinterval()`` (5 ms):
# the worker waited 5-10 ms after each task (round sc44, issue 16: 1.2-2.5 s of a ``--jobs 2``
# ingest of the whole corpus, 150-200 tasks; a 30 ms task returning 110 KB to a busy caller, 100
# times: blocked 10 ms a result, 1-3 ms with 1 MB). A result now fits whole and the worker goes
# on to its next task; the same for the tasks coming in: with :data:`HANDOFF_SECONDS` too, the
# worker's voluntary context switches went 1.2 -> 0.0 a task (whole corpus; it no longer blocks
# between tasks). Not tuned: the unprivileged maximum.
PIPE_BYTES = 1 << 20
_F_SETPIPE_SZ = 1031  # fcntl.F_SETPIPE_SZ (Linux; the constant's name is in Python 3.10+ only)


def _widen_pipes(pool: ProcessPoolExecutor) -> None:
    """Let the pool's result and task pipes hold :data:`PIPE_BYTES` each, where the system
    allows it (Linux); elsewhere, or refused (a user over the kernel's pipe quota), they stay as
    they are: only when a sender waits for its reader changes, never what is sent."""
    if sys.platform != "linux":
        return
    import fcntl

    for queue in (getattr(pool, "_result_queue", None), getattr(pool, "_call_queue", None)):
        writer = getattr(queue, "_writer", None)
        if writer is None:
            continue
        with suppress(OSError, ValueError):
            fcntl.fcntl(writer.fileno(), _F_SETPIPE_SZ, PIPE_BYTES)


# The interpreter's switch interval while a pool lives here (``sys.setswitchinterval``; Python's
# default is 5 ms). The pool's threads in this process (the one that reads results and hands
# tasks over, the one that writes them to the pipe) wait for the interpreter lock while the main
# thread writes, cleans or runs a task, and the main thread lets go of it only after this long:
# after each task a worker waited about that long for its next one. Round sc44 (issue 16), a
# 30 ms task with 100 KB in and 110 KB out, 100 times, to a caller busy meanwhile, pipes of 1 MB
# (a micro-benchmark kept outside the repository, load 5): the worker idle 5.4-7.0 ms a task at
# 5 ms, 2.8-2.9 at 1 ms.
# The main thread pays a switch only when another thread asks for the lock. Not tuned: the next
# round number down.
HANDOFF_SECONDS = 0.001


class _HeldWhilePoolsLive:
    """A process-wide setting changed while at least one pool lives here: :meth:`hold` per pool
    started, :meth:`release` per pool ended; the first hold saves and changes the setting, the
    last release puts it back. A lock keeps the count right when pools of two threads (two
    ingests of one server) start or end together. Subclasses say what is changed."""

    _held = 0
    _lock = threading.Lock()

    @classmethod
    def hold(cls) -> None:
        with cls._lock:
            if cls._held == 0:
                cls._change()
            cls._held += 1

    @classmethod
    def release(cls) -> None:
        with cls._lock:
            if cls._held == 0:
                return
            cls._held -= 1
            if cls._held == 0:
                cls._restore()

    @classmethod
    def _change(cls) -> None:
        raise NotImplementedError

    @classmethod
    def _restore(cls) -> None:
        raise NotImplementedError


class _QuickHandoffs(_HeldWhilePoolsLive):
    """Lowers the switch interval to :data:`HANDOFF_SECONDS` while a pool lives, and puts the
    previous one back when the last pool ends. Only when threads take turns changes, never what
    any of them computes."""

    _held = 0
    _lock = threading.Lock()
    _before = 0.0

    @classmethod
    def _change(cls) -> None:
        cls._before = sys.getswitchinterval()
        sys.setswitchinterval(min(cls._before, HANDOFF_SECONDS))

    @classmethod
    def _restore(cls) -> None:
        sys.setswitchinterval(cls._before)


class _BrokenPoolNoise(_HeldWhilePoolsLive):
    """Keeps one traceback of CPython's pool thread off the user's terminal while a pool lives.

    When a worker is killed, the pool's manager thread fails every pending task with
    ``BrokenProcessPool`` (``terminate_broken``); a task this process took back to run itself
    (its future cancelled, see :func:`ordered_map`) is still listed there, and on Python 3.11
    setting an exception on a cancelled future raises ``InvalidStateError``, which kills that
    thread with a traceback on stderr, printed above the run's own E090 line
    (tests/test_resume.py). The run stops with E090 and the workers are stopped either way (see
    :meth:`StagePool.__exit__`), so that one exception is dropped, nothing else: the previous
    ``threading.excepthook`` sees every other one. Held per live pool; the hook is put back when
    the last pool ends."""

    _held = 0
    _lock = threading.Lock()
    _before: Callable[[threading.ExceptHookArgs], object] | None = None

    @classmethod
    def _change(cls) -> None:
        cls._before = threading.excepthook
        threading.excepthook = cls._hook

    @classmethod
    def _restore(cls) -> None:
        if cls._before is not None:
            threading.excepthook = cls._before
            cls._before = None

    @classmethod
    def _hook(cls, args: threading.ExceptHookArgs) -> None:
        if not cls.is_noise(args.exc_type, args.exc_traceback):
            (cls._before or threading.__excepthook__)(args)

    @staticmethod
    def is_noise(exc_type: type[BaseException], tb: TracebackType | None) -> bool:
        """The pool thread's InvalidStateError from ``terminate_broken``, and only that."""
        return exc_type is InvalidStateError and any(
            frame.name == "terminate_broken"
            and Path(frame.filename).as_posix().endswith("concurrent/futures/process.py")
            for frame in traceback.extract_tb(tb))


def _end_a_half_read_result(pool: ProcessPoolExecutor) -> None:
    """Close this process's end of the pool's result pipe, once the workers are stopped: a
    manager thread still reading half a result (its sender was killed mid-message) then meets
    the end of the pipe and stops, so ``shutdown`` can join it instead of waiting for ever."""
    queue = getattr(pool, "_result_queue", None)
    writer = getattr(queue, "_writer", None)
    if writer is not None:
        writer.close()


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

# Articles whose stages all run in this process before the worker pool starts: a spawned worker
# (interpreter, imports, models) costs about the CPU of 60 articles (benchmarks/scale.py on the
# Hindi corpus, 2-core machine), so a small ingest (the seeds, one feed refresh) never pays it;
# where workers are forked, these articles load the models the workers then share.
INLINE_ARTICLES = 64
# The same where workers are forked, for an input of at most this many records (a feed refresh,
# the seeds: no worker, no second model load). A larger input (see :meth:`Executor.look_ahead`)
# runs none here. A fork costs milliseconds, not 60 articles; the only reason to run articles
# here first was to load the stage models the workers then share, and that load (0.8 CPU-s:
# the tagger, the time rules, transliteration schemes, compiled patterns) ran on one core while
# the other idled, before any worker existed. Forked at the first task, the worker loads its
# own models lazily on its first articles while this process reads, cuts and finishes
# cleaning (it loads them itself on the first task it takes back, see ordered_map): the load
# runs on both cores at once, once more in all. Round sc41, whole corpus (`benchmarks/scale.py
# --child 2`, 1,645 articles, 2026-12-04, load 2.5-3.6): the serial start (ingest's start to the
# worker's first task) 1.2 -> 0.4 s; the extra load is inside the CPU times' noise at that
# load. Not tuned, a round number (the articles run here before forking since 2026-12-03).
# Since round sc42 the first worker forked is a bare one that cuts records while this process
# loads the models once; the stage workers fork after (see Executor._warm_up).
INLINE_FORKED = 8
# While this process loads the stage models, before the stage workers fork (round sc42, see
# :meth:`Executor._warm_up`), a bare worker cuts the records ahead: up to this much record text
# in flight, counted in units of :data:`CUT_UNIT_BYTES` (a record weighs one unit more than its
# text, so empty ones count too). Sized, not tuned: the load takes about 1.3 CPU-s, in which a
# worker cuts about 1,500 corpus articles (0.85 ms each), some 6 MB of text; 8 MB bounds the
# memory the cuts hold (a few times their text) whatever the records hold.
CUT_UNIT_BYTES = 4096
WARM_CUT_UNITS = 2048
# Articles whose stages this process runs itself before the stage workers fork (see
# :meth:`Executor._warm_up`; at least the first record's). The stages keep per-process caches
# of what they compute per word and name (the tagger's word rows, transliteration keys, KB alias
# keys): forked after one article, the worker filled its own from scratch, so ``--jobs 2``
# computed what ``--jobs 1`` computes once twice, in each process (whole corpus: the tagger's
# word rows computed 29% more often, …). Forked later, the worker inherits the caches of the
# articles run here; those articles are the run's own and the cutter keeps the other core busy
# meanwhile (it cuts ~10 articles while one is analysed here, and 8 MB of text bounds it).
WARM_ARTICLES = 32


class Executor(Generic[K]):
    """How ingest runs the stages ``names`` over the records it reads, with ``jobs`` processes.

    Where they run: all in this process (``jobs=1``, the plain path), or, once more than
    :data:`INLINE_ARTICLES` came by (:data:`INLINE_FORKED` where workers are forked, none where the input is larger), in two
    trips through a :class:`StagePool`. ``clean`` learns outlet templates in input order, so
    only its order-free part (split a dump, read the header, measure the lines, compute their
    template keys: :func:`khabar.clean.stage.cut_record`) goes to a worker first; this process
    finishes cleaning each record as its pieces come back, in input order (count the keys,
    label the lines), and hands the cleaned articles to a worker again for the stateless
    stages after ``clean``. Cleaning was a quarter of this process's CPU under ``--jobs 2``,
    the cut two thirds of it (timers over ``ingest --jobs 2`` of the corpus, 1,645 articles).

    ``jobs`` counts this process: the pool has ``jobs - 1`` workers, and this process runs a
    stage task no worker has started (the oldest: see :func:`ordered_map`) whenever it would
    otherwise wait for a result, and cuts every record itself. With two workers and this
    process on 2 cores, three busy processes shared two cores and this one, the writer, fell
    behind (whole corpus, load 0.6-1.0, 2026-12-04, ``benchmarks/scale.py --days 76``:
    ``--jobs 2`` 15.0 s wall against 22.4 for ``--jobs 1`` before, 14.6 against 22.8 now, and
    23.7 CPU-s in all against 24.9)."""

    def __init__(self, config: Config, names: Sequence[str], jobs: int) -> None:
        self.config = config
        self.names = list(names)
        parallel = jobs > 1 and len(self.names) > 1 and self.names[0] == "clean"
        self.here = self.names[:1] if parallel else self.names
        forked = _context().get_start_method() == "fork"
        self.inline_left = INLINE_FORKED if forked else INLINE_ARTICLES
        self.pool: StagePool[K] | None = (
            StagePool(config, self.names[1:], jobs - 1, helps=True) if parallel else None)
        # the bare pool that cuts records while this process loads the models (see _warm_up)
        self.cutter: StagePool[K] | None = None
        self.warmed = 0  # articles run here before the stage workers fork (see _warm_up)

    def __enter__(self) -> Executor[K]:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        try:
            if self.cutter is not None:
                self.cutter.__exit__(exc_type, *exc)
        finally:
            if self.pool is not None:
                self.pool.__exit__(exc_type, *exc)

    @property
    def warming(self) -> bool:
        """Whether the stage models are still to be loaded here before the stage workers fork
        (while the cutter cuts records ahead)."""
        return self.cutter is not None and not self.cutter._closed

    def look_ahead(self, items: Iterable[T]) -> Iterator[T]:
        """``items`` (the records read), unchanged; where workers are forked, the first
        :data:`INLINE_FORKED` + 1 are read before any is handed on, and an input that has that
        many starts the pool at its first task instead of running articles here first (see
        :data:`INLINE_FORKED`)."""
        items = iter(items)
        if self.pool is None or self.inline_left != INLINE_FORKED:
            yield from items
            return
        head = list(islice(items, INLINE_FORKED + 1))
        if len(head) > INLINE_FORKED:
            self.inline_left = 0
            self.cutter = StagePool(self.config, (), self.pool.jobs, helps=True, warm=False)
        yield from head
        yield from items

    def start(self, art: Article) -> Outcome | Task:
        """Run this process's share of the stages on ``art``; a :class:`Task` for the pool."""
        where = f"{art.source_path}{':' + art.record if art.record else ''}"
        if self.pool is not None and self.inline_left <= 0:
            return Task([art], where, cut=True)
        outcome = run_stages([art], self.config, self.here, where)
        if self.pool is None or outcome.error is not None:
            return outcome
        self.inline_left -= len(outcome.articles)
        return run_stages(outcome.articles, self.config, self.pool.names, where)

    def map(self, records: Iterable[tuple[K, Outcome | Task | None]],
            all_cleaned: Callable[[], None],
            raw_of: Callable[[K], bytes | None] | None = None,
            ) -> Iterator[tuple[K, Outcome | None]]:
        """Each record's outcome, in input order (``None`` passes through); ``all_cleaned`` is
        called once every record is cleaned (the outlet templates are then final). ``raw_of``:
        a record's raw input, compressed with its stages (the outcome's ``packed``)."""
        if self.pool is None:
            yield from ((r, o) for r, o in records if not isinstance(o, Task))
            all_cleaned()
            return
        # The caller cuts every record itself: a cut handed to the worker waited there behind
        # the stage tasks handed before it, and the caller idled for it (whole corpus, load
        # 0.9: `--jobs 2` 18.3 s wall, the caller busy 51% of it, against 15.0 s before).
        records = iter(records)
        head = list(islice(records, 1))  # reads ahead (look_ahead), which decides on the cutter
        records = chain(head, records)
        if self.cutter is not None:
            cutter = self.cutter
            cut = cutter.map(records, WARM_CUT_UNITS,
                             ahead=lambda: WARM_CUT_UNITS if self.warming else 0,
                             weigh=self._cut_weight)
        else:
            cut = self.pool.map(records, CUT_RECORDS_PER_WORKER * self.pool.processes,
                                ahead=0 if self.pool.helps else None)
        yield from self.pool.map(self._finish_cleaning(cut, all_cleaned, raw_of))

    def _cut_weight(self, task: Task) -> int:
        """A record's weight in the cut window: while warming, its text in units of
        :data:`CUT_UNIT_BYTES`; after, a share that keeps :data:`CUT_RECORDS_PER_WORKER` records
        a process in flight, as without the cutter."""
        if self.warming:
            return 1 + sum(len(a.text) for a in task.articles) // CUT_UNIT_BYTES
        assert self.pool is not None
        return max(1, WARM_CUT_UNITS // (CUT_RECORDS_PER_WORKER * self.pool.processes))

    def _warm_up(self, task: Task) -> Outcome:
        """Run ``task`` here, for its result, before the stage workers fork, so they share the
        models it loads and the caches it fills; once :data:`WARM_ARTICLES` articles were run
        here (or on an error), stop the cutter (its threads must end before a fork). Round sc42
        (issue 16): forked before the load (round sc41), the worker and this process each
        loaded the models, ~1.3 CPU-s more in all; loaded before the fork with nothing else
        running, the other core idled meanwhile (before round sc41). So a bare worker forked at
        the first record cuts the records ahead while this loads. Round sc52: the load ran on a
        copy of the first article, its result dropped; the records run here now are the run's
        own (nothing is done twice), and enough of them to fill the caches too (see
        :data:`WARM_ARTICLES`)."""
        assert self.pool is not None and self.cutter is not None
        try:
            done = run_stages(task.articles, self.config, self.pool.names, task.where,
                              for_writer=True, raw=task.raw)
        except BaseException:
            self.cutter.close()
            raise
        self.warmed += len(task.articles)
        if self.warmed >= WARM_ARTICLES or done.error is not None:
            self.cutter.close()
        return done

    def _finish_cleaning(self, cut: Iterable[tuple[K, Outcome | None]],
                         all_cleaned: Callable[[], None],
                         raw_of: Callable[[K], bytes | None] | None = None,
                         ) -> Iterator[tuple[K, Outcome | Task | None]]:
        """Finish cleaning each cut record here, in input order; its articles as a
        :class:`Task` for the stages after ``clean``."""
        for key, outcome in cut:
            if outcome is None or outcome.cuts is None:  # not cut: as it was
                yield key, outcome
                continue
            cleaned = finish_cleaning(outcome.cuts, outcome.where)
            if cleaned.error is not None:
                yield key, cleaned
                continue
            if self.warming and not cleaned.articles:  # nothing to analyse, nor to warm with
                yield key, cleaned
                continue
            task = Task(cleaned.articles, outcome.where,
                        raw=raw_of(key) if raw_of is not None else None)
            yield key, self._warm_up(task) if self.warming else task
        all_cleaned()

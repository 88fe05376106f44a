"""The worker processes of a stage pool: how they start, run below the caller and stop.

Why a module of its own: none of this changes what a worker computes, only how its process
lives beside the caller's: the start method (forked on Linux, spawned elsewhere or when
another thread runs here), the workers' lower priority, their end with the caller, the
pipes' size, the switch interval and the one traceback kept off the terminal while a pool
lives, and Ctrl-C. :class:`khabar.stagepool.StagePool` uses them (and
:class:`khabar.executor.Executor` asks :func:`_context` whether they fork); they are apart from the
pool's logic (which task runs where, in which order) so that each can be read alone.

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

import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import InvalidStateError, ProcessPoolExecutor
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType

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
# ``--jobs N`` starts N - 1 workers (see :class:`.executor.Executor`), each process has a core of
# its own on an idle machine with N cores; the priority decides only when they must share one (other
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
    (its future cancelled, see :func:`.stagepool.ordered_map`) is still listed there, and on Python
    3.11 setting an exception on a cancelled future raises ``InvalidStateError``, which kills that
    thread with a traceback on stderr, printed above the run's own E090 line
    (tests/test_resume.py). The run stops with E090 and the workers are stopped either way (see
    :meth:`.stagepool.StagePool.__exit__`), so that one exception is dropped, nothing else: the
    previous ``threading.excepthook`` sees every other one. Held per live pool; the hook is put
    back when the last pool ends."""

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

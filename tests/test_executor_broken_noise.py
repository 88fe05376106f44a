"""A killed worker stops a run with one E090 line and no traceback: CPython 3.11's pool thread,
failing a broken pool's pending tasks, dies with InvalidStateError on a task this process had
taken back (its future cancelled), and that one exception is kept from the thread hook (which
prints it) while a pool lives; every other exception of a thread still reaches it, and the hook
is put back after."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future

import pytest

from khabar.workers import _BrokenPoolNoise

# The pool thread's method, compiled under the standard library's file name, as it runs there.
_POOL_THREAD = compile(
    "def terminate_broken(future):\n"
    "    future.set_exception(RuntimeError('A process in the process pool was terminated'))\n",
    "/usr/lib/python3.11/concurrent/futures/process.py", "exec")


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the exceptions that reach the thread hook in place before the pool."""
    names: list[str] = []
    monkeypatch.setattr(threading, "excepthook",
                        lambda args: names.append(args.exc_type.__name__))
    yield names


def _in_thread(target: Callable[..., object], *args: object) -> None:
    thread = threading.Thread(target=target, args=args)
    thread.start()
    thread.join()


def _cancelled() -> Future[None]:
    future: Future[None] = Future()
    assert future.cancel()
    return future


def _terminate_broken() -> Callable[[Future[None]], None]:
    space: dict[str, object] = {}
    exec(_POOL_THREAD, space)
    return space["terminate_broken"]  # type: ignore[return-value]


def test_the_pool_threads_invalid_state_error_is_dropped_while_a_pool_lives(
        seen: list[str]) -> None:
    terminate_broken = _terminate_broken()
    before = threading.excepthook
    _BrokenPoolNoise.hold()
    try:
        _in_thread(terminate_broken, _cancelled())
        assert seen == []

        def a_bug() -> None:
            raise ValueError("a bug of ours")

        _in_thread(a_bug)
        assert seen == ["ValueError"]
    finally:
        _BrokenPoolNoise.release()
    assert threading.excepthook is before
    _in_thread(terminate_broken, _cancelled())
    assert seen == ["ValueError", "InvalidStateError"]


def test_invalid_state_elsewhere_is_no_noise(seen: list[str]) -> None:
    def elsewhere() -> None:
        _cancelled().set_exception(RuntimeError("x"))

    _BrokenPoolNoise.hold()
    try:
        _in_thread(elsewhere)
    finally:
        _BrokenPoolNoise.release()
    assert seen == ["InvalidStateError"]

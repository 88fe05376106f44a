"""A worker killed while sending its result (the OOM killer, kill -9) stops the run with E090
instead of hanging it. CPython's ProcessPoolExecutor notices a dead worker only between
messages: killed mid-message, its manager thread waits for the rest of the message for ever, and
``ingest --jobs 2`` hung (tests/test_resume.py caught it about one run in twenty). The scenario is
made exact here: a task writes half a result to the pool's result pipe and kills its worker."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

SCENARIO = textwrap.dedent('''
    import multiprocessing, os, signal, struct, sys, time
    from concurrent.futures import ProcessPoolExecutor

    from khabar.config import Config
    from khabar.errors import KhabarError
    from khabar.stagepool import StagePool, Task
    from khabar.model import Article

    def die_mid_result():
        """Send the first bytes of a 1,000-byte result, holding the queue's lock, then die."""
        frame = sys._getframe()
        while "result_queue" not in frame.f_locals:
            frame = frame.f_back
        queue = frame.f_locals["result_queue"]
        queue._wlock.acquire()
        queue._writer._send(struct.pack("!i", 1000) + b"partial")
        os.kill(os.getpid(), signal.SIGKILL)

    if __name__ == "__main__":
        stages = StagePool(Config(), ["lang"], jobs=1)
        stages._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        future = stages._pool.submit(die_mid_result)
        stages.submit = lambda task: future
        task = Task([Article(id="a", text="x")], "a")
        started = time.monotonic()
        try:
            with stages:
                list(stages.map([("a", task)]))
        except KhabarError as exc:
            print(exc.code.name, round(time.monotonic() - started))
''')


@pytest.mark.skipif(sys.platform != "linux", reason="forks a worker and kills it (Linux)")
def test_a_worker_killed_mid_result_is_e090_not_a_hang() -> None:
    done = subprocess.run([sys.executable, "-c", SCENARIO], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    code, seconds = done.stdout.split()
    assert code == "E090"
    assert int(seconds) < 60

"""Workers end with their caller: ``ingest --jobs 2`` killed with SIGKILL (no clean-up of its
own) leaves no worker process behind. They used to wait on the task queue for ever, each holding
its models' memory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_resume import _count, _khabar, _workers, _write_inputs


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_killing_the_caller_ends_its_workers(tmp_path: Path, shared_data: Path) -> None:
    _write_inputs(shared_data, tmp_path / "in")
    db = tmp_path / "k.db"
    run = subprocess.Popen(_khabar(db, "--jobs", "2", str(tmp_path / "in")),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           start_new_session=True)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while not workers or _count(db, "SELECT count(*) FROM articles") == 0:
            if run.poll() is not None:
                pytest.skip("the ingest finished before it could be killed (a fast machine)")
            assert time.monotonic() < deadline, "no worker and no commit within 120 s"
            workers = _workers(run.pid)
            time.sleep(0.1)
        os.kill(run.pid, signal.SIGKILL)  # the caller only, as the OOM killer would
        run.wait()
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)], "workers outlived their caller"
    finally:
        for w in workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
        if sys.platform == "linux" and run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)

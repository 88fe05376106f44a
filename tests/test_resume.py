"""A run killed mid-ingest (SIGKILL, no clean-up) restarts, skips what it had committed, and ends
with every input record stored once: no duplicate, no loss, every article placed in a story."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from khabar.config import Config

FILES = 8
RECORDS_PER_FILE = 90  # 720 records: the kill lands after the first commit, before the last
# (more than a batch and the workers' window: workers that finished everything are not hit)


def _write_inputs(shared_data: Path, folder: Path) -> set[str]:
    """JSONL files of real corpus paragraphs, one news item per record; their ids."""
    root = shared_data / "corpus" / "hindi-covid-2020" / "Corpora"
    if not root.is_dir():
        pytest.skip(f"corpus not found at {root}")
    paragraphs = [p.strip() for f in sorted(root.rglob("*-APR-*.txt"))
                  for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 200]
    assert len(paragraphs) >= FILES * RECORDS_PER_FILE
    ids: set[str] = set()
    folder.mkdir()
    for f in range(FILES):
        with (folder / f"part{f}.jsonl").open("w", encoding="utf-8") as out:
            for r in range(RECORDS_PER_FILE):
                n = f * RECORDS_PER_FILE + r
                ids.add(f"rec{n}")
                out.write(json.dumps({"id": f"rec{n}", "text": paragraphs[n], "date": "2020-04-01",
                                      "outlet": "Amar Ujala"}, ensure_ascii=False) + "\n")
    return ids


def _count(db: Path, sql: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:  # not created yet
        return 0


def _khabar(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "khabar.cli", "--db", str(db), "ingest", "-q", *args]


def test_a_killed_ingest_resumes_without_duplicates_or_losses(tmp_path: Path,
                                                              shared_data: Path) -> None:
    ids = _write_inputs(shared_data, tmp_path / "in")
    db = tmp_path / "k.db"
    run = subprocess.Popen(_khabar(db, "--jobs", "2", str(tmp_path / "in")),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _count(db, "SELECT count(*) FROM articles") < Config().commit_every:
            assert run.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "no commit within 120 s"
            time.sleep(0.2)
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # its workers too, whatever state they are in
    killed_at = _count(db, "SELECT count(*) FROM articles")
    assert Config().commit_every <= killed_at < len(ids)

    resumed = subprocess.run(_khabar(db, "--jobs", "2", "--json", str(tmp_path / "in")),
                             capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 0, resumed.stderr
    counts = json.loads(resumed.stdout)["counts"]
    assert counts["unchanged"] == killed_at  # what was committed is skipped, not redone
    assert counts["new"] == len(ids) - killed_at

    with sqlite3.connect(db) as conn:
        stored = [r[0] for r in conn.execute("SELECT id FROM articles")]
        placed = [r[0] for r in conn.execute("SELECT article_id FROM story_members")]
        ok = {r[0] for r in conn.execute("SELECT id FROM articles WHERE status = 'ok'")}
        raws = conn.execute("SELECT count(*) FROM raw_inputs").fetchone()[0]
    assert sorted(stored) == sorted(ids)  # each record once: none lost, none twice
    assert sorted(placed) == sorted(ok) and len(ok) > len(ids) * 0.9
    assert raws == len(ids)


def _interrupt_when(moment: str, pid: int, db: Path) -> bool:
    """Whether the run reached ``moment``: its workers exist (they may still be importing), or
    its first batch is committed."""
    if moment == "workers starting":
        workers = _workers(pid)
        # From their first instruction workers never die of Ctrl-C: a spawned worker (still
        # importing) inherits it ignored; a forked one, until its initializer ignores it, runs
        # the caller's handler that only notes a press (workers._interrupts_held). Either way
        # not the default disposition; the press below shows no worker traceback.
        assert all(_ignores_sigint(w) or _catches_sigint(w) for w in workers)
        return bool(workers)
    return _count(db, "SELECT count(*) FROM articles") >= Config().commit_every


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize(("moment", "presses"), [("workers starting", 1),
                                                 ("after a commit", 1),
                                                 ("after a commit", 8)])
def test_ctrl_c_at_any_moment_is_one_line_and_the_rerun_completes(
        tmp_path: Path, shared_data: Path, moment: str, presses: int) -> None:
    ids = _write_inputs(shared_data, tmp_path / "in")
    db = tmp_path / "k.db"
    run = subprocess.Popen(_khabar(db, "--jobs", "2", str(tmp_path / "in")),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not _interrupt_when(moment, run.pid, db):
            assert run.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        stored_at_press = _count(db, "SELECT count(*) FROM articles")
        pressed = 0
        for _ in range(presses):  # what a terminal sends to the whole group, pressed again
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGINT)
                pressed += 1
                time.sleep(0.03)
        _, stderr = run.communicate(timeout=60)  # no hang: the stop is bounded
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    if not pressed or stored_at_press >= len(ids):
        pytest.skip("the ingest finished before the interrupt arrived (a fast, idle machine)")
    # A press while articles were still to come stops the run: none may be lost (a press that
    # landed while the caller started workers or handed tasks over was once dropped, and the
    # run went on to the end).
    assert run.returncode == 130, stderr
    assert stderr.strip().startswith("E091 interrupted"), stderr  # no worker traceback
    assert len(stderr.strip().splitlines()) == 1, stderr
    assert _count(db, "SELECT count(*) FROM articles") < len(ids)
    if presses > 1:  # resumable: the same command completes the store
        resumed = subprocess.run(_khabar(db, "--jobs", "2", str(tmp_path / "in")),
                                 capture_output=True, text=True, timeout=300, check=False)
        assert resumed.returncode == 0, resumed.stderr
        with sqlite3.connect(db) as conn:
            stored = sorted(r[0] for r in conn.execute("SELECT id FROM articles"))
        assert stored == sorted(ids)


def _ignores_sigint(pid: int) -> bool:
    return _sigint_in(pid, "SigIgn:")


def _catches_sigint(pid: int) -> bool:
    return _sigint_in(pid, "SigCgt:")


def _sigint_in(pid: int, field: str) -> bool:
    """Whether SIGINT is in the signal set ``field`` of /proc/PID/status (a worker that ended
    meanwhile counts as fine: it cannot die of the press). That includes one already reaped
    whose /proc entry is not yet gone: the kernel drops its signal handlers first, so its status
    reads "X (dead)" with no signal caught or ignored; the cutting pool's worker, which exits as
    the stage worker forks, was caught so once in a fresh clone's run (session 11)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    state = next((ln.split()[1] for ln in status.splitlines() if ln.startswith("State:")), "")
    if state in {"X", "Z"}:
        return True
    mask = int(next(ln for ln in status.splitlines() if ln.startswith(field)).split()[1], 16)
    return bool(mask & (1 << (signal.SIGINT - 1)))


def _workers(pid: int) -> list[int]:
    """The pool's worker processes among ``pid``'s children (not multiprocessing's tracker;
    workers are forked on Linux, so their command line is the caller's)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(c) for c in children
            if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_a_killed_worker_is_one_e090_line_and_the_rerun_completes(tmp_path: Path,
                                                                  shared_data: Path) -> None:
    ids = _write_inputs(shared_data, tmp_path / "in")
    db = tmp_path / "k.db"
    run = subprocess.Popen(_khabar(db, "--jobs", "2", str(tmp_path / "in")),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while not _workers(run.pid) or _count(db, "SELECT count(*) FROM articles") == 0:
            assert run.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        os.kill(_workers(run.pid)[0], signal.SIGKILL)  # as the OOM killer would
        _, stderr = run.communicate(timeout=60)
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
    assert run.returncode == 1
    assert stderr.strip().startswith("E090 a worker process stopped abruptly"), stderr
    assert len(stderr.strip().splitlines()) == 1

    resumed = subprocess.run(_khabar(db, "--jobs", "2", str(tmp_path / "in")),
                             capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 0, resumed.stderr
    with sqlite3.connect(db) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT id FROM articles")) == sorted(ids)

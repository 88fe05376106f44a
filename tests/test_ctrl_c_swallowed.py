"""A Ctrl-C whose KeyboardInterrupt a finaliser swallows still stops the command (exit 130, one
E091 line): the press is recorded and acted on at the next safe point."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

_SCRIPT = '''
    import os
    import signal

    from khabar.cli.write import _stop_if_pressed, _stopped_by_ctrl_c


    class Finalised:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)  # the handler runs inside this finaliser
            for _ in range(1000):
                pass


    with _stopped_by_ctrl_c():
        Finalised()  # collected at once: CPython prints and drops the KeyboardInterrupt
        print("went on after the press")
        {after}
        print("reached the end")
'''


def _run(tmp_path: Path, after: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "swallowed_press.py").write_text(
        textwrap.dedent(_SCRIPT).replace("{after}", after), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "swallowed_press"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)


def test_a_swallowed_press_stops_at_the_next_record(tmp_path: Path) -> None:
    done = _run(tmp_path, '_stop_if_pressed("part1.jsonl", {})  # ingest: after every record')
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().startswith("E091 interrupted"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr  # no "Exception ignored" lines
    assert "went on after the press" in done.stdout  # the finaliser did swallow it
    assert "reached the end" not in done.stdout  # ... and the next safe point stopped the run


def test_a_swallowed_press_after_the_last_record_still_ends_the_command(tmp_path: Path) -> None:
    done = _run(tmp_path, "pass")
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().startswith("E091 interrupted"), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_other_unraisable_errors_are_still_shown(tmp_path: Path) -> None:
    (tmp_path / "other_unraisable.py").write_text(textwrap.dedent('''
        from khabar.cli.write import _stopped_by_ctrl_c


        class Broken:
            def __del__(self):
                raise ValueError("a finaliser's own bug")


        with _stopped_by_ctrl_c():
            Broken()
    '''), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "other_unraisable"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "a finaliser's own bug" in done.stderr

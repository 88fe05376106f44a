"""Release check: the wheel works outside the checkout, with its package data.

``make release-check`` (called by ``.ci/run``) does what a user installing khabar would do:

1. builds the wheel with ``python -m build --no-isolation`` (the locked setuptools);
2. makes a new venv in a temporary folder and installs the default lock
   (``requirements/base.txt``, hashes checked, wheels only) and then the wheel without deps;
3. from inside that temporary folder (so nothing can be imported from ``src/``) copies the
   example articles, runs ``khabar ingest``, ``stories``, ``entities`` and ``events`` with
   ``--json``, and checks that khabar was imported from the new venv;
4. compares each answer with the same commands run by the checkout's own ``.venv``: equal output
   proves the wheel carries every model, lexicon and KB file the source tree uses.

Prints one line per step and exits 1 with a reason on the first failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = (["stories", "--json"], ["entities", "--json"], ["events", "--json"])


def _run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(
            f"release-check: FAILED: {' '.join(cmd)} (exit {done.returncode})\n{done.stderr[-2000:]}"
        )
    return done.stdout


def _step(message: str, started: float) -> None:
    print(f"release-check: {message} ({time.monotonic() - started:.1f} s)", flush=True)


def _answers(khabar: Path, workdir: Path, examples: Path) -> dict[str, object]:
    db = workdir / "khabar.db"
    _run([str(khabar), "--db", str(db), "ingest", str(examples)], cwd=workdir)
    return {q[0]: json.loads(_run([str(khabar), "--db", str(db), *q], cwd=workdir)) for q in QUERIES}


def main() -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="khabar-release-") as tmp_name:
        tmp = Path(tmp_name)
        dist = tmp / "dist"
        _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
             cwd=ROOT)
        wheels = sorted(dist.glob("khabar-*.whl"))
        if len(wheels) != 1:
            raise SystemExit(f"release-check: FAILED: expected one wheel, found {wheels}")
        _step(f"built {wheels[0].name}", started)

        venv = tmp / "venv"
        _run([sys.executable, "-m", "venv", str(venv)], cwd=tmp)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        _run([*pip, "--require-hashes", "--no-deps", "--only-binary", ":all:",
              "-r", str(ROOT / "requirements" / "base.txt")], cwd=tmp)
        _run([*pip, "--no-deps", str(wheels[0])], cwd=tmp)
        _step("installed the default lock and the wheel into a new venv", started)

        env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
        where = _run([str(venv / "bin" / "python"), "-c", "import khabar; print(khabar.__file__)"],
                     cwd=tmp, env=env).strip()
        if not Path(where).resolve().is_relative_to(venv.resolve()):
            raise SystemExit(f"release-check: FAILED: khabar imported from {where}, not the wheel")

        examples = tmp / "examples"
        shutil.copytree(ROOT / "examples", examples)
        (tmp / "wheel").mkdir()
        (tmp / "source").mkdir()
        from_wheel = _answers(venv / "bin" / "khabar", tmp / "wheel", examples)
        from_source = _answers(ROOT / ".venv" / "bin" / "khabar", tmp / "source", examples)
        for name, answer in from_wheel.items():
            if not answer:
                raise SystemExit(f"release-check: FAILED: `khabar {name}` found nothing")
            if answer != from_source[name]:
                raise SystemExit(
                    f"release-check: FAILED: `khabar {name}` from the wheel differs from the checkout"
                )
        counts = ", ".join(f"{len(a)} {n}" for n, a in from_wheel.items())  # type: ignore[arg-type]
        _step(f"seeds end to end from the wheel equal the checkout: {counts}", started)
    print("release-check: passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Release check: the wheel works outside the checkout, with its package data.

``make release-check`` (called by ``.ci/run``) does what a user installing khabar would do:

1. builds the wheel with ``python -m build --no-isolation`` (the locked setuptools);
2. makes a new venv in a temporary folder and installs the default lock
   (``requirements/base.txt``, hashes checked, wheels only) and then the wheel without deps;
3. from inside that temporary folder (so nothing can be imported from ``src/``) copies the
   example articles, runs ``khabar ingest``, ``stories``, ``entities`` and ``events`` with
   ``--json``, and checks that khabar was imported from the new venv;
4. compares each answer with the same commands run by the checkout's own ``.venv``: equal output
   proves the wheel carries every model, lexicon and KB file the source tree uses;
5. serves that store with the wheel's ``khabar serve`` on a free loopback port and fetches the
   home page, a story page (templates and CSS are package data too) and the API.

Prints one line per step and exits 1 with a reason on the first failure.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve_pages(khabar: Path, workdir: Path, story_id: str) -> list[str]:
    """Start ``khabar serve`` on loopback, fetch pages, stop it; the paths answered 200."""
    port = _free_port()
    server = subprocess.Popen(
        [str(khabar), "--db", str(workdir / "khabar.db"), "serve", "--port", str(port)],
        cwd=workdir, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    paths = ["/", f"/story/{story_id}", "/api/stories", "/static/khabar.css"]
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    err = server.stderr.read() if server.stderr else ""
                    raise SystemExit(
                        f"release-check: FAILED: khabar serve did not start\n{err[-2000:]}"
                    ) from None
                time.sleep(0.3)
        for path in paths:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
                if resp.status != 200 or not resp.read():
                    raise SystemExit(f"release-check: FAILED: GET {path} answered {resp.status}")
    except OSError as exc:
        raise SystemExit(f"release-check: FAILED: khabar serve: {exc}") from exc
    finally:
        server.terminate()
        server.wait(timeout=30)
    return paths


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
        story_id = from_wheel["stories"][0]["id"]  # type: ignore[index]
        served = _serve_pages(venv / "bin" / "khabar", tmp / "wheel", story_id)
        _step(f"the wheel's khabar serve answered {', '.join(served)}", started)
    print("release-check: passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Round sc44 (issue 16): the idle time of ``ingest --jobs 2``. These tests check structure,
not timings: a stage pool's pipes hold a whole result (:func:`khabar.workers._widen_pipes`)
and the caller's threads take turns more often while it lives (``_QuickHandoffs``), so a worker
does not wait for the caller's pool thread after each task, and what comes back
through them is what the stages make in this process; and a Ctrl-C that lands in code run from
a string still ends the command with status 130 (tests/test_resume.py met it more often once
the workers stopped waiting)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.model import Article
from khabar.stagepool import Outcome, StagePool, Task, run_stages
from khabar.workers import HANDOFF_SECONDS, PIPE_BYTES

STAGES = ("lang", "entities", "time", "events")

# Written like the news (not taken from any gold file).
NEWS = [
    ("इंदौर में 30 नए संक्रमित मिले\n\n"
     "इंदौर, 24 अप्रैल। स्वास्थ्य विभाग ने शुक्रवार को बताया कि शहर में कोरोना के 30 नए"
     " मरीज मिले हैं। कलेक्टर ने खजराना इलाके को कंटेनमेंट क्षेत्र घोषित कर दिया।\n"),
    ("लखनऊ में मंडियां खुलीं\n\n"
     "लखनऊ, 25 अप्रैल। जिला प्रशासन ने शनिवार से शहर की फल और सब्जी मंडियां सुबह छह से"
     " दस बजे तक खोलने की अनुमति दी। पुलिस ने कहा कि भीड़ लगने पर कार्रवाई होगी।\n"),
]

F_GETPIPE_SZ = 1032


def _articles() -> list[Article]:
    from khabar.clean.stage import clean_articles
    from khabar.clean.templates import OutletTemplates

    raw = [Article(id=f"sc44-{n}", text=text, source_path=f"report{n}.txt", outlet="Test")
           for n, text in enumerate(NEWS)]
    return list(clean_articles(raw, OutletTemplates()))


@pytest.mark.skipif(sys.platform != "linux", reason="pipe sizes are set on Linux only")
def test_a_stage_pool_pipes_hold_a_whole_result_and_results_are_unchanged() -> None:
    import fcntl

    articles = _articles()
    before = sys.getswitchinterval()
    here = [run_stages([a], Config(), STAGES, a.source_path, for_writer=True).articles[0]
            for a in _articles()]
    with StagePool[str](Config(), STAGES, jobs=1) as pool:
        out = list(pool.map((a.id, Task([a], a.source_path)) for a in articles))
        assert pool._pool is not None
        assert sys.getswitchinterval() == min(before, HANDOFF_SECONDS)  # quick hand-offs
        for queue in (pool._pool._result_queue, pool._pool._call_queue):  # type: ignore[attr-defined]
            assert fcntl.fcntl(queue._writer.fileno(), F_GETPIPE_SZ) >= min(PIPE_BYTES, _limit())
    assert sys.getswitchinterval() == before  # put back when the pool ends
    assert [key for key, _ in out] == [a.id for a in articles]
    for (_, outcome), mine in zip(out, here, strict=True):
        assert isinstance(outcome, Outcome) and outcome.error is None
        (theirs,) = outcome.articles
        assert theirs.id == mine.id and theirs.title == mine.title
        assert theirs.dct == mine.dct and theirs.status == mine.status


def _limit() -> int:
    """The largest pipe an unprivileged process may ask for here."""
    try:
        with open("/proc/sys/fs/pipe-max-size", encoding="ascii") as f:
            return int(f.read())
    except OSError:
        return 1 << 20


def test_ctrl_c_inside_code_run_from_a_string_still_exits_130(tmp_path: Path) -> None:
    """A press landing in a string ``exec`` (a dataclass's methods made while the story writer's
    modules import at the first batch) used to end ``python -m khabar.cli`` with SIGINT (-2)."""
    (tmp_path / "press_in_exec.py").write_text(textwrap.dedent('''
        from khabar.cli.write import _stopped_by_ctrl_c

        with _stopped_by_ctrl_c():
            exec("raise KeyboardInterrupt")  # as if pressed while a dataclass is made
    '''), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "press_in_exec"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 130, done.stderr
    assert done.stderr.strip().startswith("E091 interrupted"), done.stderr

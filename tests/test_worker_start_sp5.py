"""Round sp5 (issue 16): what a worker of ``ingest --jobs 2`` loads after its fork. The cutter
(the bare worker forked at the first record, round sc42) used to import numpy and build the
line-measuring script table in its first task, as this process did again; now this process sets
them up once, just before it forks, and the workers inherit them. Structure, not timings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Written like the news (not taken from any gold file); one record per file, more than
# executor.INLINE_FORKED of them, so the cutter is forked.
NEWS = [
    "भोपाल, 21 अप्रैल। जिला अस्पताल ने मंगलवार को बताया कि कोरोना के सात नए मरीज मिले हैं।",
    "पटना, 22 अप्रैल। राज्य सरकार ने बुधवार को सभी सब्जी मंडियों को सुबह छह बजे खोलने का आदेश दिया।",
    "जयपुर, 23 अप्रैल। पुलिस ने गुरुवार को लॉकडाउन तोड़ने वाले बारह दुकानदारों पर जुर्माना लगाया।",
    "Mumbai, April 24. The municipal corporation sealed three more buildings on Friday.",
]

_CHILD = """
import json, os, sys
from pathlib import Path
from khabar.config import Config
from khabar.ingest.api import ingest

seen = []

def note() -> None:
    lines = sys.modules.get("khabar.clean.lines")
    table = lines._script_table.cache_info().currsize if lines is not None else 0
    seen.append(None)
    Path(sys.argv[2], f"fork-{os.getpid()}.json").write_text(
        json.dumps({"numpy": "numpy" in sys.modules, "table": table}))

os.register_at_fork(after_in_child=note)
files = sorted(Path(sys.argv[1]).glob("*.txt"))
ingest(files, Config(db_path=Path(sys.argv[2]) / "k.db"), jobs=int(sys.argv[3]))
"""


def _run(tmp_path: Path, jobs: int) -> list[dict[str, object]]:
    src, out = tmp_path / "in", tmp_path / f"out{jobs}"
    src.mkdir(exist_ok=True)
    out.mkdir()
    for k in range(12):
        (src / f"{k:03d}.txt").write_text(NEWS[k % len(NEWS)].replace("सात", f"{k + 7}"),
                                          encoding="utf-8")
    subprocess.run([sys.executable, "-c", _CHILD, str(src), str(out), str(jobs)], check=True)
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("fork-*.json"))]


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_forked_workers_inherit_what_measuring_lines_needs(tmp_path: Path) -> None:
    forks = _run(tmp_path, 2)
    assert forks  # the cutter (and the stage worker, on a larger input)
    assert all(f == {"numpy": True, "table": 1} for f in forks), forks


def test_one_process_forks_nothing(tmp_path: Path) -> None:
    assert _run(tmp_path, 1) == []

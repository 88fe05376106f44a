"""Query commands load none of the heavy modules (issue 16: under 0.5 s with process start).

Each read command is a new process; what it imports is most of its start-up. This runs every
query command of ``benchmarks/query.py`` on a store of the bundled seed articles in a fresh
interpreter and checks ``sys.modules`` afterwards: no numpy (the stories clusterer's), no part
of the ingest pipeline, the time tagger's grammars, the NER tagger, HTML extraction or the web
server. A command that needs one of them again fails here, not in a timing on a busy machine.
Each command runs twice and the second run is checked: the first may build the on-disk KB
index (``khabar.cache``), which needs the romaniser, once per KB change, not per query.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.store.db import Store

from .conftest import EXAMPLES

HEAVY = ("numpy", "scipy", "datasketch", "rensa", "trafilatura", "htmldate", "lxml", "fastapi",
         "uvicorn", "indic_transliteration", "pycrfsuite", "khabar.pipeline", "khabar.ingest",
         "khabar.stories.cluster", "khabar.stories.signature", "khabar.time.tagger",
         "khabar.entities.tagger", "khabar.entities.stage", "khabar.events.stage")

# Runs the command as ``python -m khabar.cli`` would, then writes the heavy modules it loaded.
RUNNER = """
import json, runpy, sys
heavy, report = json.loads(sys.argv[1]), sys.argv[2]
sys.argv = ["khabar", *sys.argv[3:]]
try:
    runpy.run_module("khabar.cli", run_name="__main__")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
with open(report, "w") as f:
    json.dump({"code": code, "loaded": [m for m in heavy if m in sys.modules]}, f)
"""


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A store of the seed articles, with the id of a story and of an article with dates."""
    config = Config(db_path=tmp_path_factory.mktemp("imports") / "k.db")
    assert ingest([EXAMPLES], config).ok
    with Store(config.db_path) as store:
        story = store.conn.execute("SELECT id FROM stories ORDER BY n_articles DESC, id LIMIT 1").fetchone()[0]
        dated = store.conn.execute("SELECT a.id FROM articles a JOIN timexes t ON t.article_rowid = a.rowid"
                                   " ORDER BY a.rowid LIMIT 1").fetchone()[0]
    return config.db_path, story, dated


def _run(db: Path, args: list[str], tmp_path: Path,
         heavy: tuple[str, ...] = HEAVY) -> tuple[dict[str, object], str]:
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(heavy), str(report), "--db", str(db), *args],
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "KHABAR_CACHE_DIR": str(tmp_path / "cache")})
    result: dict[str, object] = json.loads(report.read_text())
    return result, done.stderr


def test_query_commands_import_no_heavy_module(seed_store: tuple[Path, str, str], tmp_path: Path) -> None:
    db, story, dated = seed_store
    commands = [["stats"], ["articles", "-n", "20"], ["search", "कोरोना"], ["entities", "-n", "20"],
                ["entity", "मोदी"], ["entity", "Putin"], ["events", "--type", "CONSULT"],
                ["quotes", "--speaker", "मोदी"], ["timeline", "मोदी"], ["timeline", "India", "China"],
                ["stories"], ["stories", "--json"], ["story", story], ["dates", dated], ["show", dated]]
    for args in commands:
        _run(db, args, tmp_path)  # warm-up: fills the on-disk caches
        result, stderr = _run(db, args, tmp_path)
        assert result["code"] in (0, None), (args, stderr)
        assert result["loaded"] == [], args


def test_a_bad_store_is_one_coded_line_and_loads_nothing_heavy(tmp_path: Path) -> None:
    db = tmp_path / "not-a-store.db"
    db.write_bytes(b"this is not an SQLite database, just text " * 200)
    for args in (["stories"], ["timeline", "मोदी"], ["dates", "x"]):
        result, stderr = _run(db, args, tmp_path)
        assert result["code"] == 1, args
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("E0"), (args, stderr)
        assert "Traceback" not in stderr
        assert result["loaded"] == [], args


# The language layer (langid's regex grammar: 16 ms) and the glossary's naming code (8 ms) are for
# names the KB lacks and events stored without their English names: a query of known actors
# loads neither (round sq1).
NAMING = ("khabar.lang", "khabar.events.names", "khabar.clean.cues")


def test_known_actors_load_no_naming_code(seed_store: tuple[Path, str, str], tmp_path: Path) -> None:
    db, _, _ = seed_store
    for args in (["timeline", "Putin"], ["timeline", "Russia", "China"], ["events", "--type", "CONSULT"],
                 ["events", "--actor", "Putin"], ["entity", "Putin"], ["quotes", "--speaker", "Putin"]):
        _run(db, args, tmp_path)  # warm-up: fills the on-disk caches
        result, stderr = _run(db, args, tmp_path, NAMING)
        assert result["code"] in (0, None), (args, stderr)
        assert result["loaded"] == [], args
    # negative: a name the KB lacks is matched against the mentions by its language-layer key
    result, stderr = _run(db, ["entity", "कोईअनजानानाम"], tmp_path, NAMING)
    assert "khabar.lang" in result["loaded"], stderr  # type: ignore[operator]

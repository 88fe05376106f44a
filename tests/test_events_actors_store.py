"""The English name of each event actor in the store's events table (schema 4), shown by
``khabar events``, with the --actor code and --sector filters still working; a store of schema 3
migrates. The sentence is from the COVID corpus (Amar Ujala, 2020-03-23; outside the dev gold's
day files)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from khabar.cli import cli
from khabar.store.db import Store

SENTENCE = (
    "उससे बचाव के लिए वाराणसी में किए गए लॉकडाउन का पालन के लिए जिलाधिकारी कौशलराज शर्मा ने "
    "अधिकारियों को निर्देश दिए ।"
)


def _run(db: str, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def _ingested(tmp_path: Path) -> str:
    src = tmp_path / "news.txt"
    src.write_text(f"वाराणसी में लॉकडाउन\n\n{SENTENCE}\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    assert _run(db, "ingest", str(src))[0] == 0
    return db


def test_events_table_keeps_each_actors_english_name(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT type, source, target, actors_en FROM events").fetchall()
    conn.close()
    [(kind, source, target, english)] = rows
    names = json.loads(english)
    assert kind == "COERCE" and target == '["actor:officials"]'
    assert names[json.loads(source)[0]] == "Kaushalraj Sharma"  # a person the KB does not know
    # the magistrate acts in Varanasi, where the lockdown he enforces is (round ev192)
    assert names["actor:officials"] == "Varanasi officials"


def test_khabar_events_shows_english_and_filters_by_code_and_sector(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    code, out, _ = _run(db, "events")
    assert code == 0 and "Kaushalraj Sharma" in out
    code, out, _ = _run(db, "events", "--actor", "IND GOV", "--json")
    [found] = json.loads(out)
    assert code == 0 and "Kaushalraj Sharma" in found["english"].values()
    code, out, _ = _run(db, "events", "--sector", "GOV", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out, _ = _run(db, "events", "--actor", "IND COP", "--json")
    assert code == 0 and json.loads(out) == []


def test_a_store_of_schema_3_gains_the_column_and_keeps_its_events(tmp_path: Path) -> None:
    db = _ingested(tmp_path)
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE events DROP COLUMN actors_en")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
    with Store(Path(db)) as store:
        assert store.schema_version == 6
        rows = store.conn.execute("SELECT trigger, actors_en FROM events").fetchall()
    assert [tuple(r) for r in rows] == [("निर्देश", "{}")]  # filled when the article is stored again

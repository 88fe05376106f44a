"""How each member joined its story (``khabar story ID --why``) is kept in the member's own row
(issue 16, schema 6), not in the story's state JSON: there it grew with every article a story ever
had, stayed in the writer's memory and was rewritten on every save. Now it is written once, when
the member is placed or moved, and memory holds it only for members in memory.

Real-text tests read the Hindi COVID corpus (skipped without the shared data) and the examples.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.clean.stage import read_clean
from khabar.cli import cli
from khabar.config import Config
from khabar.eval.stories import _analysed
from khabar.model import Article
from khabar.store.db import Store
from khabar.store.schema import MIGRATIONS
from khabar.stories.cluster import arrival_key
from khabar.stories.persist import SCHEMA_SQL, StoryWriter, story_why

from .conftest import EXAMPLES

KINDS = {"new", "joined", "duplicate", "moved"}


@pytest.fixture(scope="module")
def stream(shared_data: Path) -> list[Article]:
    """Every sixth day file of one outlet (about 60 articles over 75 days), analysed, in the
    order a date-ordered ingest places them: stories retire members and go idle on the way."""
    root = shared_data / "corpus" / "hindi-covid-2020" / "Corpora" / "Dainik Jagran"
    if not root.is_dir():
        pytest.skip(f"corpus not found at {root}")
    config = Config(data_dir=shared_data)
    files = sorted(root.rglob("*.txt"))[::6]
    arts = _analysed(config, [a for a in read_clean(files, config) if a.status == "ok"])
    return sorted(arts, key=arrival_key)


def test_each_member_row_keeps_its_why_and_memory_only_those_of_members_in_memory(
    stream: list[Article],
) -> None:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA_SQL)
    writer = StoryWriter(conn, Config())
    for start in range(0, len(stream), 20):
        writer.place(stream[start : start + 20])
    writer.close()
    cl = writer.cl
    assert cl is not None
    # every member placed by this writer has its record, in its own row, and no state holds one
    rows = conn.execute("SELECT story_id, article_id, why FROM story_members").fetchall()
    assert len(rows) == len(stream) and all(w is not None for _, _, w in rows)
    assert all(json.loads(w)["kind"] in KINDS for _, _, w in rows)
    assert not any("why" in json.loads(s) for (s,) in conn.execute("SELECT state FROM stories"))
    active = [r[0] for r in conn.execute("SELECT id FROM stories WHERE status = 'active'")]
    shown = {sid: story_why(conn, sid) for sid in active}
    assert sum(len(w) for w in shown.values()) == len(stream)
    retired = 0
    for story in cl.stories.values():
        assert set(story.why) <= set(story.members)  # retired members' records left memory
        retired += story.retired
        if not story.retired:  # a whole story in memory: the rows say what memory says
            assert shown[story.id] == json.loads(json.dumps(story.why, ensure_ascii=False))
    assert retired  # the stream is long enough for stories to retire members


def _why_output(db: Path, sid: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), "story", sid, "--why"], obj={})
    assert result.exit_code == 0, result.output
    return result.output


def test_a_schema_5_store_moves_its_why_records_into_the_member_rows(tmp_path: Path) -> None:
    """A store written before schema 6 (the records in the story state) opens migrated, and
    ``--why`` shows the same lines as before."""
    db = tmp_path / "k.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(EXAMPLES)], obj={}).exit_code == 0
    conn = sqlite3.connect(db)
    sids = [r[0] for r in conn.execute("SELECT id FROM stories WHERE status = 'active'")]
    assert sids
    before = {sid: _why_output(db, sid) for sid in sids}
    assert all("Why" in out for out in before.values())
    # back to schema 5: the records into each story's state, the column dropped
    for sid in sids:
        (state,) = conn.execute("SELECT state FROM stories WHERE id = ?", (sid,)).fetchone()
        st = json.loads(state)
        st["why"] = {
            aid: json.loads(w)
            for aid, w in conn.execute(
                "SELECT article_id, why FROM story_members WHERE story_id = ?", (sid,)
            )
        }
        conn.execute("UPDATE stories SET state = ? WHERE id = ?", (json.dumps(st), sid))
    conn.execute("ALTER TABLE story_members DROP COLUMN why")
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.schema_version == len(MIGRATIONS) == 6
        states = [json.loads(s) for (s,) in store.conn.execute("SELECT state FROM stories")]
        assert not any("why" in st for st in states)
    assert {sid: _why_output(db, sid) for sid in sids} == before


def test_a_member_without_a_record_is_listed_without_one_and_a_bad_id_is_one_coded_line(
    tmp_path: Path,
) -> None:
    """Members stored before records were kept (NULL) still list; an unknown story is E024."""
    db = tmp_path / "k.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "ingest", str(EXAMPLES)], obj={}).exit_code == 0
    conn = sqlite3.connect(db)
    sid, aid = conn.execute("SELECT story_id, article_id FROM story_members").fetchone()
    conn.execute("UPDATE story_members SET why = NULL WHERE article_id = ?", (aid,))
    conn.commit()
    conn.close()
    out = _why_output(db, sid)
    assert aid in out and "Traceback" not in out
    bad = runner.invoke(cli, ["--db", str(db), "story", "st-nope", "--why"], obj={})
    assert bad.exit_code == 1 and "Traceback" not in bad.output
    assert bad.output.strip().splitlines()[-1].startswith("E024")

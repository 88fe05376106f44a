"""The writer's speed-ups keep what it stores: a window reloaded with the member rows parsed by
the previous load holds the same members as one parsed afresh, none of their mutable parts
shared; the outlet templates made before the last write are the ones stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.stories.persist import MemberCache, load_state
from khabar.stories.state import Member

from .conftest import corpus_sample

DAYS_PER_OUTLET = 3


def _members(conn: sqlite3.Connection, cache: MemberCache | None) -> dict[str, Member]:
    cl = load_state(conn, Config(), cache=cache)
    return {aid: m for story in cl.stories.values() for aid, m in story.members.items()}


def test_a_reload_from_parsed_rows_holds_the_same_members(tmp_path: Path,
                                                          shared_data: Path) -> None:
    db = tmp_path / "k.db"
    report = ingest(corpus_sample(shared_data, DAYS_PER_OUTLET), Config(db_path=db))
    assert report.ok and report.counts["new"] > 50
    conn = sqlite3.connect(db)
    cache: MemberCache = {}
    first = _members(conn, cache)
    assert len(cache) == len(first) > 50  # one window's rows, parsed
    again = _members(conn, cache)
    fresh = _members(conn, None)
    assert again == fresh == first
    for aid, member in again.items():
        assert member.vector is not first[aid].vector
        assert member.signature is None or member.signature is not first[aid].signature


def test_a_reload_keeps_one_window_of_parsed_rows(tmp_path: Path, shared_data: Path) -> None:
    db = tmp_path / "k.db"
    ingest(corpus_sample(shared_data, DAYS_PER_OUTLET), Config(db_path=db))
    conn = sqlite3.connect(db)
    stale: MemberCache = {("{}", "[]", None, None): ({}, frozenset(), None, frozenset())}
    members = _members(conn, stale)
    assert ("{}", "[]", None, None) not in stale and len(stale) == len(members)


def test_the_stored_templates_are_those_learnt_by_the_run(tmp_path: Path,
                                                          shared_data: Path) -> None:
    from khabar.clean.stage import process_templates

    db = tmp_path / "k.db"
    ingest(corpus_sample(shared_data, DAYS_PER_OUTLET), Config(db_path=db))
    (data,) = sqlite3.connect(db).execute("SELECT data FROM outlet_templates").fetchone()
    assert data == json.dumps(process_templates().to_dict())
    assert json.loads(data)["docs"]

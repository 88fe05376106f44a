"""The writer's speed-ups keep what it stores: a window reloaded with the member rows parsed by
the previous load holds the same members as one parsed afresh, none of their mutable parts
shared, and the same stories (and index) from the stories' state parsed by the previous load;
the outlet templates made before the last write are the ones stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.stories.cluster import StoryClusterer
from khabar.stories.persist import MemberCache, StoryCache, load_state
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
    from khabar.clean.stage import _PROCESS_TEMPLATES, clean_articles
    from khabar.clean.templates import OutletTemplates
    from khabar.ingest.readers import Failure, read_paths

    db = tmp_path / "k.db"
    paths = corpus_sample(shared_data, DAYS_PER_OUTLET)
    ingest(paths, Config(db_path=db))
    assert not _PROCESS_TEMPLATES  # the run's learner was the run's only
    (data,) = sqlite3.connect(db).execute("SELECT data FROM outlet_templates").fetchone()
    # The same inputs cleaned in the same order by a learner of their own learn the same counts.
    learnt = OutletTemplates()
    read = [item for item in read_paths(paths, Config()) if not isinstance(item, Failure)]
    list(clean_articles(read, learnt))
    assert data == json.dumps(learnt.to_dict())
    assert json.loads(data)["docs"]


def _story_fields(cl: StoryClusterer) -> dict[str, tuple[object, ...]]:
    return {
        sid: (s.seq, s.first, s.last, list(s.centroid.items()), s.norm, list(s.entities.items()),
              list(s.events.items()), list(s.dates.items()), list(s.langs.items()),
              list(s.outlets.items()), None if s.emb_sum is None else s.emb_sum.tolist(),
              s.signature, s.saved_title, s.retired, s.indexed, s.title(), s.members, s.why)
        for sid, s in cl.stories.items()
    }


def test_a_reload_from_parsed_stories_holds_the_same_stories(tmp_path: Path,
                                                             shared_data: Path) -> None:
    db = tmp_path / "k.db"
    report = ingest(corpus_sample(shared_data, DAYS_PER_OUTLET), Config(db_path=db))
    assert report.ok
    conn = sqlite3.connect(db)
    stories: StoryCache = {}
    first = load_state(conn, Config(), story_cache=stories)
    assert len(stories) == len(first.stories) > 30  # one window's stories, parsed
    again = load_state(conn, Config(), story_cache=stories)
    fresh = load_state(conn, Config())
    # the same values in the same order (float sums follow the order), the same index
    assert _story_fields(again) == _story_fields(fresh) == _story_fields(first)
    assert again._postings == fresh._postings
    for sid, story in again.stories.items():
        old = first.stories[sid]
        assert story.centroid is not old.centroid and story.entities is not old.entities
        assert story.outlets is not old.outlets and story.signature is not old.signature
        assert story.emb_sum is None or story.emb_sum is not old.emb_sum
    # what a reload's stories go through must not reach the cache: a changed story's next
    # load is its stored text's, not the changed one
    story = next(iter(again.stories.values()))
    story.centroid["पानी"] = 9.0
    story.entities["Q1"] += 3
    assert _story_fields(load_state(conn, Config(), story_cache=stories)) == _story_fields(fresh)


def test_a_state_stored_before_outlets_were_counted_is_parsed_every_time(
        tmp_path: Path, shared_data: Path) -> None:
    """Such a story's outlets come from its row and its members, not its state text alone."""
    db = tmp_path / "k.db"
    ingest(corpus_sample(shared_data, DAYS_PER_OUTLET), Config(db_path=db))
    conn = sqlite3.connect(db)
    sid, state = conn.execute("SELECT id, state FROM stories WHERE status = 'active'"
                              " ORDER BY seq LIMIT 1").fetchone()
    old = json.loads(state)
    del old["outlets"]
    old["centroid"]["outlets"] = 0.5  # an English term of that name is no outlets object
    conn.execute("UPDATE stories SET state = ? WHERE id = ?", (json.dumps(old), sid))
    stories: StoryCache = {}
    cl = load_state(conn, Config(), story_cache=stories)
    assert sid in cl.stories and len(stories) == len(cl.stories) - 1
    again = load_state(conn, Config(), story_cache=stories)
    assert _story_fields(again) == _story_fields(load_state(conn, Config()))

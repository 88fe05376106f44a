"""The read shortcuts behind fast query commands answer exactly as the slow way did.

``events``/``timeline`` with actors merge only the events chained to those actors (``events
--type`` reads only the articles with events of that type), and
``quotes --speaker`` reads only that speaker's articles (``src/khabar/query.py``): on a real
store both must give what merging everything and filtering afterwards gives. The ``stories``
table shows the newest stories and says how many more there are.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import STORIES_SHOWN, cli
from khabar.config import Config
from khabar.events.actors import sector_of
from khabar.events.merge import filter_events, merge_events
from khabar.ingest.api import ingest
from khabar.query import (
    actor_filter,
    articles_with,
    as_json,
    merged_events,
    quotes,
    resolve_entity_ids,
    stories,
)
from khabar.store.db import Store

from .conftest import EXAMPLES, corpus_sample

DAYS_PER_OUTLET = 3
ACTORS_CHECKED = 60


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Iterator[tuple[Store, Config]]:
    config = Config(db_path=tmp_path_factory.mktemp("speed") / "k.db")
    assert ingest([EXAMPLES, *corpus_sample(shared_data, DAYS_PER_OUTLET)], config).ok
    store = Store(config.db_path)
    yield store, config
    store.close()


def test_actor_events_are_those_of_merging_everything(corpus_store: tuple[Store, Config]) -> None:
    store, config = corpus_store
    whole = merge_events(articles_with(store, "events"))
    ids = sorted({a for s, t in store.conn.execute("SELECT source, target FROM events")
                  for a in json.loads(s) + json.loads(t)})
    assert len(ids) > 20
    step = max(1, len(ids) // ACTORS_CHECKED)
    for actor in [*ids[::step], "Putin", "भारत", "IND GOV"]:
        keep = actor_filter(store, config, [actor])
        assert as_json(merged_events(store, config, [actor])) == as_json([ev for ev in whole if keep(ev)]), actor
    for kind in sorted({ev.type or "" for ev in whole})[:5]:  # --type reads only such articles
        assert as_json(merged_events(store, config, type_=kind.lower())) == as_json(
            filter_events(whole, type_=kind.lower())), kind
    pair = ["भारत", "चीन"]
    keep = actor_filter(store, config, pair)
    assert as_json(merged_events(store, config, pair)) == as_json([ev for ev in whole if keep(ev)])
    keep = actor_filter(store, config, ["भारत"])  # with a sector: read from the clusters kept
    for sector in ("GOV", "COP"):
        found = merged_events(store, config, ["भारत"], sector=sector)
        assert as_json(found) == as_json([ev for ev in whole if keep(ev) and any(
            sector_of(c) == sector for c in ev.codes.values())]), sector
    assert merged_events(store, config, ["भारत"], since="2099") == []


def test_quotes_of_a_speaker_are_those_of_all_quotes(corpus_store: tuple[Store, Config]) -> None:
    store, config = corpus_store
    every = quotes(store, config)
    speakers = sorted({q["speaker"] for q in every if q["speaker"]})
    assert speakers
    for speaker in [*speakers[:20], "मोदी", "Trump"]:
        wanted = set(resolve_entity_ids(store, config, speaker))
        assert quotes(store, config, speaker) == [q for q in every if q["speaker"] in wanted], speaker
    assert quotes(store, config, "no such speaker anywhere") == []


def test_stories_table_shows_the_newest_and_how_many_more(corpus_store: tuple[Store, Config]) -> None:
    store, config = corpus_store
    total = len(stories(store))
    assert total > STORIES_SHOWN
    db = str(config.db_path)
    shown = CliRunner().invoke(cli, ["--db", db, "stories"], catch_exceptions=False).output
    assert f"{total} stories" in shown and f"… {total - STORIES_SHOWN} more (khabar stories -n 0" in shown
    assert shown.count("│ st-") == STORIES_SHOWN
    every = CliRunner().invoke(cli, ["--db", db, "stories", "-n", "0"], catch_exceptions=False).output
    assert every.count("│ st-") == total and "more (" not in every
    listed = json.loads(CliRunner().invoke(cli, ["--db", db, "stories", "--json"], catch_exceptions=False).output)
    assert len(listed) == total  # --json lists all unless -n is given
    two = json.loads(CliRunner().invoke(cli, ["--db", db, "stories", "--json", "-n", "2"]).output)
    assert [s["id"] for s in two] == [s["id"] for s in listed[:2]]


def test_a_negative_stories_limit_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "stories", "-n", "-3"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "E050 invalid option: --limit -3: expected 0 (all) or a positive number"]

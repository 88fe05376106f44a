"""``events``/``timeline`` take the actors' English names stored with each event at ingest
(``events.actors_en``) instead of working them out again per query (issue 16: the glossary and
the romaniser were 40% of ``khabar timeline मोदी``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.events import names
from khabar.events.merge import merge_events
from khabar.ingest.api import ingest
from khabar.query import articles_with, merged_events
from khabar.store.db import Store

from .conftest import EXAMPLES


@pytest.fixture()
def seeds(tmp_path: Path) -> Config:
    config = Config(db_path=tmp_path / "k.db")
    assert ingest([EXAMPLES], config).ok
    return config


def test_query_merges_with_the_stored_english_names(seeds: Config,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(seeds.db_path) as store:
        worked_out = merge_events(articles_with(store, "events"))
        assert any(ev.english for ev in worked_out)  # real text: the seeds' actors have names

        def not_again(*args: object) -> dict[str, str]:
            raise AssertionError("English names worked out again at query time")

        monkeypatch.setattr(names, "english_names", not_again)
        stored = merged_events(store, seeds)
    assert [(ev.id, ev.english) for ev in stored] == [(ev.id, ev.english) for ev in worked_out]


def test_an_event_stored_before_the_names_column_merges_without_them(seeds: Config) -> None:
    """A store from before schema 4 holds ``{}`` for its events: the query answers, with the
    events and their actors, and no more English names than before (they come back when the
    article is stored again)."""
    with Store(seeds.db_path) as store:
        before = merged_events(store, seeds)
        with store.transaction():
            store.conn.execute("UPDATE events SET actors_en = '{}'")
        after = merged_events(store, seeds)
    assert [(ev.id, ev.source, ev.target) for ev in after] == [
        (ev.id, ev.source, ev.target) for ev in before]
    assert sum(map(len, (ev.english for ev in after))) <= sum(map(len, (ev.english for ev in before)))

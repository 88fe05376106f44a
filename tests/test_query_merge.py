"""``merge_by_type`` (what ``khabar events`` and ``timeline`` use) gives exactly the events of
``merge_events`` over a real store: merging one event type at a time changes nothing but speed."""

from __future__ import annotations

from pathlib import Path

from khabar.config import Config
from khabar.events.merge import filter_events, merge_events
from khabar.ingest.api import ingest
from khabar.query import articles_with, as_json, merge_by_type
from khabar.store.db import Store

from .conftest import EXAMPLES, corpus_sample

DAYS_PER_OUTLET = 3


def test_merging_type_by_type_gives_the_events_of_one_merge(tmp_path: Path,
                                                            shared_data: Path) -> None:
    paths = [EXAMPLES, *corpus_sample(shared_data, DAYS_PER_OUTLET)]
    config = Config(db_path=tmp_path / "k.db")
    assert ingest(paths, config).ok
    with Store(config.db_path) as store:
        articles = articles_with(store, "events")
    whole = merge_events(articles)
    assert len({ev.type for ev in whole}) > 3 and any(len(ev.reports) > 1 for ev in whole)
    assert as_json(merge_by_type(articles)) == as_json(whole)
    for kind in sorted({ev.type or "" for ev in whole})[:4]:
        assert as_json(merge_by_type(articles, kind.lower())) == as_json(
            filter_events(whole, type_=kind.lower()))


def test_an_unknown_type_merges_nothing() -> None:
    assert merge_by_type([], "NO_SUCH_TYPE") == []

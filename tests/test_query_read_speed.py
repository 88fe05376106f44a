"""The read shortcuts of ``events``/``timeline`` (issue 16, round sc22) give what the paths they
replace gave, on real text:

* ``Article.from_dict`` builds nested records positionally when their keys are the class's
  fields in order, else by keyword as before (``src/khabar/model.py``);
* ``articles_with(store, "events")`` leaves the quotes out: merging never reads them;
* ``_json_lists`` parses the events table's actor lists in one ``json.loads``;
* ``merge_events`` works an article's display names out once for all its reports;
* ``Store.iter_articles(only=...)`` reads only the fields named (``timeline`` clusters events
  from their articles' ids and events, then reads text and mentions for the clusters kept), and
  clustering, then describing the clusters, is merging.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from khabar.cli import cli
from khabar.config import Config
from khabar.events.merge import actor_names, cluster_events, describe, merge_events
from khabar.ingest.api import ingest
from khabar.model import Argument, Article, Block, Event, Mention, Quote, Sentence, Timex
from khabar.query import _json_lists, articles_with, as_json
from khabar.store.db import Store

from .conftest import EXAMPLES, corpus_sample

DAYS_PER_OUTLET = 1


@pytest.fixture(scope="module")
def real_store(tmp_path_factory: pytest.TempPathFactory, shared_data: Path) -> Iterator[Store]:
    config = Config(db_path=tmp_path_factory.mktemp("read") / "k.db")
    assert ingest([EXAMPLES, *corpus_sample(shared_data, DAYS_PER_OUTLET)], config).ok
    store = Store(config.db_path)
    yield store
    store.close()


def _by_keyword(data: dict[str, Any]) -> Article:
    """``Article.from_dict`` as it was before the positional shortcut (every record by keyword)."""
    data = dict(data)
    for name, kind in {"blocks": Block, "sentences": Sentence, "mentions": Mention,
                       "timexes": Timex, "quotes": Quote}.items():
        data[name] = [kind(**item) for item in data.get(name) or []]
    events = []
    for item in data.get("events") or []:
        item = dict(item)
        item["arguments"] = [Argument(**a) for a in item.get("arguments") or []]
        events.append(Event(**item))
    data["events"] = events
    known = {f.name for f in dataclasses.fields(Article)}
    return Article(**{k: v for k, v in data.items() if k in known})


def test_positional_records_are_the_keyword_ones(real_store: Store) -> None:
    datas = [json.loads(r[0]) for r in real_store.conn.execute("SELECT data FROM articles WHERE is_current = 1")]
    assert sum(len(d["mentions"]) for d in datas) > 500
    for data in datas:
        assert Article.from_dict(data) == _by_keyword(data), data["id"]


def test_records_in_another_order_or_short_go_by_keyword(real_store: Store) -> None:
    data = next(json.loads(r[0]) for r in real_store.conn.execute(
        "SELECT data FROM articles WHERE is_current = 1 AND json_array_length(data, '$.events') > 0"))
    data["mentions"] = [dict(reversed(list(m.items()))) for m in data["mentions"]]  # other key order
    data["events"] = [{k: v for k, v in e.items() if k not in ("codes", "id")} for e in data["events"]]  # short
    art = Article.from_dict(data)
    assert art == _by_keyword(data)
    assert all(e.id == "" and e.codes == {} for e in art.events)


def test_bad_record_fails_as_before() -> None:
    bad = {"id": "x", "text": "t", "mentions": [{"start": 0, "end": 1, "text": "t", "type": "CITY", "colour": 1}]}
    with pytest.raises(TypeError, match="colour"):
        Article.from_dict(bad)
    with pytest.raises(TypeError, match="colour"):
        _by_keyword(bad)


def test_merging_without_quotes_is_merging_whole_articles(real_store: Store) -> None:
    read = articles_with(real_store, "events")
    assert read and all(not a.quotes for a in read)
    whole = list(real_store.iter_articles())
    assert any(a.quotes for a in whole)
    assert as_json(merge_events(read)) == as_json(merge_events(whole))


def test_json_lists_is_one_parse_per_text(real_store: Store) -> None:
    texts = [x for s, t in real_store.conn.execute("SELECT source, target FROM events") for x in (s, t)]
    assert len(texts) > 100
    assert _json_lists(texts) == [json.loads(t) for t in texts]
    assert _json_lists([]) == []


def test_display_names_are_those_of_each_report_article(real_store: Store) -> None:
    articles = articles_with(real_store, "events")
    by_id = {a.id: a for a in articles}
    merged = merge_events(articles)
    assert any(len(ev.reports) > 1 for ev in merged)
    for ev in merged:
        expected: dict[str, str] = {}
        for report in ev.reports:  # as merge_events did before: names worked out per report
            names = actor_names(by_id[report.article_id])
            for ident in ev.source + ev.target + ev.location:
                if ident in names:
                    expected.setdefault(ident, names[ident])
        assert ev.names == expected, ev.id


def test_bad_date_option_is_one_coded_line(real_store: Store, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "events", "--since", "2026-13"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["E050 invalid option: --since '2026-13': month must be in 1..12"]
    assert "Traceback" not in result.output


def test_only_the_fields_named_are_read(real_store: Store) -> None:
    whole = {a.id: a for a in articles_with(real_store, "events")}
    light = list(real_store.iter_articles("rowid IN (SELECT article_rowid FROM events)", only=("id", "events")))
    assert len(light) == len(whole) > 10
    for art in light:  # the events as read whole; the text, title, mentions not read at all
        assert art.events == whole[art.id].events
        assert art == Article(id=art.id, text="", events=art.events)
        assert whole[art.id].text and whole[art.id].mentions
    titles = list(real_store.iter_articles(only=("title", "colour", "no such field", "x') --")))
    assert titles and all(a.id == "" and a.text == "" and not a.mentions for a in titles)
    assert any(a.title for a in titles)  # no such field, or no name, is left out


def test_clusters_of_ids_and_events_describe_as_merging(real_store: Store) -> None:
    whole = articles_with(real_store, "events")
    by_id = {a.id: a for a in whole}
    light = list(real_store.iter_articles("rowid IN (SELECT article_rowid FROM events)", only=("id", "events")))
    pairs = [(a, e) for a in light for e in a.events]
    clusters = cluster_events(pairs)
    assert all(not c.reports and not c.names for c, _ in clusters)
    described = describe([(c, [(by_id[a.id], e) for a, e in members]) for c, members in clusters])
    assert as_json(described) == as_json(merge_events(whole))
    # negative: described from the articles read without their text, the evidence is lost
    assert not any(r.evidence for ev in describe(cluster_events(pairs)) for r in ev.reports)

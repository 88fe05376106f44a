"""``merge_by_type`` (what ``khabar events`` and ``timeline`` use) gives exactly the events of
``merge_events`` over a real store: merging one event type at a time changes nothing but speed."""

from __future__ import annotations

from pathlib import Path

from khabar.config import Config
from khabar.events.merge import filter_events, merge_events
from khabar.ingest.api import ingest
from khabar.model import Article, Event
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


def _scan_every_cluster(articles: list[Article]) -> list[str]:
    """The greedy merge as it was before clusters were indexed by actor: each event tried
    against every cluster so far, in the order they were made. Returns the merged ids (a
    digest of each cluster's member events)."""
    from khabar.events.merge import MergedEvent, _compatible, _refresh

    items = [(a, e) for a in articles for e in a.events]
    items.sort(key=lambda p: (-p[1].confidence, p[0].id, p[1].trigger_start))
    clusters: list[tuple[MergedEvent, list[tuple[Article, Event]]]] = []
    for art, ev in items:
        for c, members in clusters:
            if _compatible(c, ev):
                members.append((art, ev))
                _refresh(c, members)
                break
        else:
            c = MergedEvent("", ev.type, ev.mode, [], [], None, None, ev.modality, [], 0.0)
            clusters.append((c, [(art, ev)]))
            _refresh(c, clusters[-1][1])
    return sorted(c.id for c, _ in clusters)


def test_indexed_merge_makes_the_clusters_of_a_scan_of_every_cluster(tmp_path: Path,
                                                                      shared_data: Path) -> None:
    """Trying only the clusters that share an actor with the event (issue 16: 360k checks for
    one ``timeline`` on the corpus) finds the same first compatible cluster as a full scan."""
    paths = [EXAMPLES, *corpus_sample(shared_data, DAYS_PER_OUTLET)]
    config = Config(db_path=tmp_path / "k.db")
    assert ingest(paths, config).ok
    with Store(config.db_path) as store:
        articles = articles_with(store, "events")
    merged = merge_events(articles)
    assert any(len(ev.reports) > 1 for ev in merged)
    assert sorted(ev.id for ev in merged) == _scan_every_cluster(articles)


def test_events_without_actors_merge_with_nothing() -> None:
    """A malformed event (no source, no target) is indexed under no actor: it stays alone, as
    the full scan left it (no compatible cluster needs no actor)."""
    art = Article(id="a", text="बैठक हुई। बैठक हुई।", events=[
        Event(type="CONSULT", mode=None, trigger="बैठक", trigger_start=7 * n,
              trigger_end=7 * n + 4, evidence_start=7 * n, evidence_end=7 * n + 8, id=f"e{n}")
        for n in range(2)])
    merged = merge_events([art])
    assert len(merged) == 2 and sorted(ev.id for ev in merged) == _scan_every_cluster([art])


def test_a_plan_coded_agree_in_english_and_consult_in_hindi_is_one_event(tmp_path: Path) -> None:
    """``khabar events`` (``merged_events``) joins Trump's April visit told by an English wire
    report (AGREE, PLOVER's code for a future visit) to the Hindi seeds' reports of it (CONSULT,
    the COVID gold's), as ``merge_events`` does (issue 13: the English report merges with the
    Hindi ones); before, clustering one type at a time kept it apart."""
    from khabar.query import merged_events

    from .test_events_english_wire import A3

    wire = tmp_path / "wire.txt"
    wire.write_text(A3, encoding="utf-8")
    config = Config(db_path=tmp_path / "k.db")
    assert ingest([EXAMPLES, wire], config).ok
    with Store(config.db_path) as store:
        articles = articles_with(store, "events")
        listed = merged_events(store, config)
    assert as_json(merge_by_type(articles)) == as_json(merge_events(articles))
    [visit] = [ev for ev in listed if ev.mode == "visit" and ev.date == "2026-04"]
    assert len(visit.articles) == 3 and visit.type in {"AGREE", "CONSULT"}
    # a single type asked for keeps to that type: no plan of the other type joins it
    assert all(ev.type == "AGREE" for ev in merge_by_type(articles, "agree"))

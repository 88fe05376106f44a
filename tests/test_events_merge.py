"""Cross-document merge on the two seed articles (hand-made stage output)."""

from __future__ import annotations

from khabar.events.merge import merge_events
from khabar.events.stage import analyse

from .conftest import SEED_000, SEED_003
from .test_events_seedkit import seed_article


def _merged() -> list:
    return merge_events([analyse(seed_article(SEED_000)), analyse(seed_article(SEED_003))])


def _find(merged: list, type_: str, actors: set[str]) -> list:
    return [m for m in merged if m.type == type_ and {m.names[a] for a in m.source} == actors]


def test_same_call_in_two_outlets_is_one_event_dated_by_the_other() -> None:
    merged = _merged()
    # 000 tells it one-sided ("… ट्रंप ने … शी से बात की": Trump the source, Xi the target, round
    # rv27), 003 as joint: one call, its roles from the directed report
    [call] = [
        m for m in merged
        if m.type == "CONSULT"
        and m.modality == "happened"
        and {m.names[a] for a in m.source + m.target} == {"Donald Trump", "Xi Jinping"}
    ]
    assert [call.names[a] for a in call.source] == ["Donald Trump"]
    assert [call.names[a] for a in call.target] == ["Xi Jinping"]
    assert call.articles == ["000_067ad915245d0b3d", "003_cf99c38d322cc213"]
    assert call.date == "2026-02-04"  # only 003 dates it (बुधवार को)
    assert call.mode == "phone" and call.modality == "happened"
    assert all(r.evidence and r.trigger for r in call.reports)


def test_distinct_calls_stay_apart_and_plans_merge() -> None:
    merged = _merged()
    [video] = _find(merged, "CONSULT", {"Vladimir Putin", "Xi Jinping"})
    assert video.mode == "video_call" and len(video.articles) == 2
    # planned visits and meetings keep CONSULT (round ev202; the seeds' gold takes it beside AGREE)
    [visit] = [m for m in merged if m.type == "CONSULT" and m.date == "2026-04"]
    assert {visit.names[a] for a in visit.source} == {"Donald Trump"}
    assert visit.modality == "proposed" and len(visit.articles) == 2
    meetings = [m for m in merged if m.type == "CONSULT" and m.date == "2026"]
    assert len(meetings) == 1  # "four meetings this year" is not the April summit


def test_merge_is_order_independent_and_ids_stable() -> None:
    a, b = analyse(seed_article(SEED_000)), analyse(seed_article(SEED_003))
    one = {(m.id, m.date) for m in merge_events([a, b])}
    two = {(m.id, m.date) for m in merge_events([b, a])}
    assert one == two


def test_empty_input() -> None:
    assert merge_events([]) == []


def test_filters_and_dyad_timeline() -> None:
    from khabar.events.merge import filter_events, timeline

    merged = _merged()
    trump_xi = filter_events(merged, ["Donald Trump", "xi jinping"])
    assert trump_xi and all({"kb:trump", "kb:xi"} <= set(m.source + m.target) for m in trump_xi)
    assert all(
        m.date and m.date.startswith("2026") for m in filter_events(merged, since="2026-01-01")
    )
    assert [m.modality for m in filter_events(merged, modality="expected")] == ["expected"]
    assert filter_events(merged, type_="accuse")[0].type == "ACCUSE"
    view = timeline(merged, "kb:putin", "Xi Jinping")
    assert view["counts"]["CONSULT"] >= 1
    assert timeline(merged, "nobody") == {"events": [], "counts": {}}

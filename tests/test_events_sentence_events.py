"""The walk of events with their sentence views (:mod:`khabar.events.sentence_events`): in the
events' order whatever the views' order, and events with no view (no sentence, or a sentence
the views do not hold) left out rather than paired with a wrong view; and the events grouped by
sentence, each group in the events' order."""

from __future__ import annotations

from khabar.events.clause import SentenceView
from khabar.events.sentence_events import events_by_sentence, events_in_sentences
from khabar.model import Event


def _event(trigger: str, sentence: int | None) -> Event:
    return Event("CONSULT", None, trigger, 0, len(trigger), 0, len(trigger), sentence=sentence)


def _view(index: int) -> SentenceView:
    return SentenceView(index, index * 10, index * 10 + 9, [], [], [])


def test_pairs_follow_the_events_order() -> None:
    events = [_event("बैठक", 2), _event("बात", 0), _event("वार्ता", 2)]
    views = [_view(2), _view(1), _view(0)]  # listed in another order than the events
    pairs = list(events_in_sentences(events, views))
    assert [(ev.trigger, sv.index) for ev, sv in pairs] == [("बैठक", 2), ("बात", 0), ("वार्ता", 2)]


def test_events_without_a_view_are_left_out() -> None:
    events = [_event("बैठक", None), _event("बात", 5), _event("वार्ता", 1)]
    pairs = list(events_in_sentences(events, [_view(1)]))
    assert [(ev.trigger, sv.index) for ev, sv in pairs] == [("वार्ता", 1)]
    assert list(events_in_sentences(events, [])) == []


def test_events_grouped_by_sentence_in_their_order() -> None:
    events = [_event("बैठक", 3), _event("बात", None), _event("वार्ता", 1), _event("अपील", 3)]
    grouped = events_by_sentence(events)
    assert {k: [ev.trigger for ev in v] for k, v in grouped.items()} == {
        3: ["बैठक", "अपील"],
        1: ["वार्ता"],
    }
    assert events_by_sentence(ev for ev in events if ev.trigger != "बैठक")[3][0].trigger == "अपील"

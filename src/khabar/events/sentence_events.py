"""Events paired with the sentence view they were found in.

Many late passes re-read an event's own sentence (its tokens, words and units) to fix one
argument; each used to build the same index of views and skip events whose sentence has no
view (an English copy, an event made from a headline). One iterator keeps that walk in one
place, in the events' own order, so no pass depends on how the views were listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..model import Event
from .clause import SentenceView


def events_in_sentences(
    events: Iterable[Event], views: Iterable[SentenceView]
) -> Iterator[tuple[Event, SentenceView]]:
    """Each event whose sentence has a view, with that view, in the events' order."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        sv = by_index.get(ev.sentence) if ev.sentence is not None else None
        if sv is not None:
            yield ev, sv


def events_by_sentence(events: Iterable[Event]) -> dict[int, list[Event]]:
    """The events of each sentence index, in the events' order (events with no sentence left out),
    for the passes that look at the acts of a sentence near an event's own."""
    by_sentence: dict[int, list[Event]] = {}
    for ev in events:
        if ev.sentence is not None:
            by_sentence.setdefault(ev.sentence, []).append(ev)
    return by_sentence

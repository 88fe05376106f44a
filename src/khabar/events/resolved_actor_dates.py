"""Dates an act from the same actor's dated act earlier in its paragraph once the actors are
resolved: round dt1's same-actor step (:func:`.paragraph_dates.paragraph_dates`) run again late.

Round dt9 (issue 13: dates left null though the previous sentence dates the act): the dating
passes run before the actors are resolved, and a continuing act whose agent a later pass resolves
("… श्राइन बोर्ड … ने रविवार को परामर्श जारी कर … को कहा । बोर्ड ने … श्रद्धालुओं … को भी …
स्थगित करने को कहा": the bare "बोर्ड" named the shrine board only by
:func:`.agent_anaphora.resolve_bare_institutions`) missed the same-source test and stayed undated.
Round dt1's guards stay as they were (the same source, an anchor dated by a day its own sentence
tells, the same paragraph, no day between nor in the act's own sentence, both in the past perfect
or neither). Counted on the 280 allowed corpus day files (main febf5d04): 28 undated acts follow a
sentence with a dated act of the same type; this pass dates 2, both read and right (DH-MAR-15's
shrine board request on its Sunday advisory, PK-APR-17's Home Ministry call on "आज शुक्रवार");
another actor's act after a dated one (NT-MAR-24's Odisha after the Centre) stays undated.
"""

from __future__ import annotations

from ..model import Event
from .clause import SentenceView
from .paragraph_dates import _date_same_actor, closed_to_inheritance
from .sentence_events import events_by_sentence


def resolved_actor_dates(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Date each undated act that happened, its sentence telling no day, from the nearest
    earlier dated act of its paragraph with the same (now resolved) source."""
    by_sentence = events_by_sentence(events)
    for ev in events:
        at = ev.sentence
        if at is None or ev.date or ev.modality != "happened" or not ev.source:
            continue
        if not 0 <= at < len(views) or closed_to_inheritance(views[at]):
            continue
        _date_same_actor(ev, at, views, by_sentence, text)

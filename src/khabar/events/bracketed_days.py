"""A weekday with its date in brackets, "शनिवार (21 मार्च) को": the bracketed date is the day
the act happened on, as the weekday alone would be (issue 13, round dt10).

Why a module of its own: the time stage marks "शनिवार (21 मार्च) को" as two timexes, the weekday
and the bare date, and the act's clause takes the bare date ("नरेंद्र मोदी ने शनिवार (21 मार्च)
को लोगों से अपील करते हुए कहा": ``date_basis`` "clause: 21 मार्च"). Round dt1's
:func:`khabar.events.paragraph_dates._told_day` reads a bare date without its को as a start or
an end, not a day told, so the acts the paragraph goes on to tell of the same occasion stay
undated ("उन्होंने जनता से अपनी यात्रा रोकने के लिए भी कहा है"). Where the basis's bare date stands
in its sentence as "<weekday> (<date>) को", :func:`bracketed_day_bases` writes the basis as the
text writes the day ("clause: शनिवार (21 मार्च) को"), so the passes that date by a day told read
it as they read "शनिवार को". The date itself is unchanged (the time stage's). Counted on the 280
allowed corpus day files: 28 "<weekday> (<date>) को" (Dainik Bhaskar's and the wire's style).
"""

from __future__ import annotations

import re

from ..model import Event
from .verbforms import _WEEKDAYS

# the bases of a day read from the act's own clause or sentence (hindi.py writes them)
_OWN_BASES = ("clause: ", "sentence: ")
# "<weekday> (<date>) को"; the weekday names sorted for a fixed pattern
_WEEKDAY = "|".join(sorted(_WEEKDAYS))
_FULL_DATE = 10  # "YYYY-MM-DD": a calendar day, not a month or a week


def _bracketed(day: str) -> re.Pattern[str]:
    """The pattern of ``day`` written in brackets after a weekday and before को."""
    return re.compile(rf"(?:{_WEEKDAY})\s*\(\s*{re.escape(day)}\s*\)\s*को(?!\S)")


def bracketed_day_bases(events: list[Event], text: str) -> None:
    """Rewrite the basis of each act dated by a bare date of its own sentence that the sentence
    writes as "<weekday> (<date>) को" to that text (see the module docstring)."""
    for ev in events:
        basis = ev.date_basis or ""
        prefix = next((p for p in _OWN_BASES if basis.startswith(p)), None)
        if prefix is None or not ev.date or len(ev.date) != _FULL_DATE:
            continue
        day = basis[len(prefix) :]
        if not day or day.endswith("को") or not day[:1].isdigit():
            continue
        found = _bracketed(day).search(text, ev.evidence_start, ev.evidence_end)
        if found is not None:
            ev.date_basis = prefix + " ".join(found.group(0).split())

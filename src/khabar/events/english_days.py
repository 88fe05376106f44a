"""Days of English wire copy told relative to another act or under a dateline (issue 13).

Why a module of its own: these two date rules of the English path (rounds en8 and en9) read only
an event's date basis and the sentence's timexes, not the clause, so they stand apart from
:mod:`khabar.events.english`, which calls them; moved here unchanged when that module reached the
900-line bound of ``tests/test_module_sizes.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..model import Event

# Round en9 (left by en8): "A day later", "the next day", "three days later" count from the day
# of the act told before, not from the publication day the time tagger counts from. English
# grammar (the number words of a news sequence, one to seven days).
_DAYS_LATER = re.compile(
    r"(?:an?|one|two|three|four|five|six|seven|\d) days? (?:later|afterwards)"
    r"|the (?:next|following) day",
    re.IGNORECASE,
)
_DAY_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7}


def after_told_day(ev: Event, events: list[Event], si: int) -> None:
    """Re-date ``ev`` dated by a "N days later" from the last act told before with a full day."""
    told = (ev.date_basis or "").removeprefix("sentence: ")
    if not _DAYS_LATER.fullmatch(told):
        return
    day = next((e for e in reversed(events) if e.date and len(e.date) == 10
                and (e.sentence or 0) < si), None)
    if day is None or day.date is None:
        return
    first = told.split()[0].lower()
    n = int(first) if first.isdigit() else _DAY_COUNT.get(first, 1)
    ev.date = (dt.date.fromisoformat(day.date) + dt.timedelta(days=n)).isoformat()
    ev.date_basis = f"{told} after: {day.trigger}"


# Round en8 (issue 13): a wire dateline ("MOSCOW, Feb 4 (AP) -", "BEIJING, Feb. 4 -") is the
# day the copy was filed: "MOSCOW, Feb 4 (AP) - Putin will travel to Shenzhen in November" is a
# November trip. The dateline's date dates an act only when the sentence gives no other.
_DATELINE_CITY = re.compile(r"[A-Z][A-Z .'/-]*,\s*")


def past_dateline(text: str, start: int, dated: list[Any]) -> list[Any]:
    """``dated`` without a timex that directly follows the upper-case city of a dateline at the
    sentence's start, where the sentence has another date."""
    rest = [t for t in dated if not _DATELINE_CITY.fullmatch(text, start, t.start)]
    return rest or dated

"""A day of the month written as a bare number before a closure's or cancellation's verb
(issue 13, round et1).

Why a module of its own: :func:`khabar.events.closed_things.closed_thing` reads the thing a
closure or cancellation falls on back from its verb, past the dates the time stage marked
("… मंदिर 31 मार्च तक बंद रहेगा"). News also writes the last day of a closure as the bare day
of the month, the month left to the article's date ("तमिलनाडु का रामेश्वरम रामनाथन स्वामी मंदिर
भी 31 तक बंद रहेगा", "सीबीएसई ने बोर्ड परीक्षाएं 31 तक रद्द कर दी हैं": the fresh tuning set
Vr-Vv, both with the thing closed in the sentence and no target); the time stage marks no date
there, so the read stopped at the number and the measure kept no target. :func:`bare_day` says
where such a "<day> तक/से" ends, for the reader to pass it as it passes a marked date. The date
itself is the time stage's to read, not this module's.
"""

from __future__ import annotations

from .clause import Token

# The postpositions of a day written bare: until or since when ("31 तक", "15 से")
_UNTIL_OR_SINCE = frozenset({"तक", "से"})
# A day of the month: one or two digits, 1 to 31 (calendar, not fitted)
_LAST_DAY = 31


def bare_day(toks: list[Token], end: int, start: int) -> bool:
    """Whether ``toks[end]`` is the तक or से of a bare day of the month ("31 तक") that stands
    after a word (the thing before it), so the reader may pass both words."""
    if end - 2 < start or toks[end].text not in _UNTIL_OR_SINCE:
        return False
    day = toks[end - 1].text
    return day.isdigit() and len(day) <= 2 and 1 <= int(day) <= _LAST_DAY

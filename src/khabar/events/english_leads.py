"""Round en20 (issue 13): how an English sentence opens before its subject.

"Hours later, he held a phone call with ...": the sentence's first word is capitalised by
position, and "Hours" was read as a one-word actor, which hid the pronoun subject after the
opening adverbial (round en19 left it). A plural unit of time right before a word of relative
time ("Hours later", "Minutes after", "Days earlier", "Weeks before", "Moments later") opens a
time adverbial, never a name. Closed classes by definition, not tuned on a gold; the form is
rare in NGEC's 4,500 synthetic stories (one, "Hours later, rioters torched ...").
"""

from __future__ import annotations

from ..model import Event

_TIME_UNITS = frozenset(["seconds", "minutes", "moments", "hours", "days", "weeks", "months", "years"])
_RELATIVE_TIME = frozenset(["later", "earlier", "after", "before", "ago"])


def time_lead(word: str, following: str) -> bool:
    """Whether ``word`` (lower case), opening a sentence before ``following``, is the unit of an
    opening time adverbial ("Hours later, he ..."), so no actor."""
    return word in _TIME_UNITS and following.lower() in _RELATIVE_TIME


def reciprocal_subject(event: Event, reciprocal: frozenset[str]) -> list[str]:
    """The sources a pronoun subject of the next sentence may take from a two-party act before
    it ("Modi met Kishida in Tokyo. Then, he held a phone call with Macron."): the subject that
    stands before a reciprocal act's trigger when its partner stands after it, as a call's
    first participant is taken (round en8); both before it ("Modi and Kishida met") leaves the
    pronoun open, so the act's sources are given back whole (and read as no one)."""
    found = [a for a in event.arguments if a.role == "source" and a.entity_id in event.source]
    if event.mode in reciprocal and len(event.source) == 2 and len(found) == 2:
        first, second = sorted(found, key=lambda a: a.start)
        if first.end <= event.trigger_start < second.start and first.entity_id:
            return [first.entity_id]
    return event.source

"""Whom a chaired meeting brought together: the body or group named by its genitive.

Why a module of its own: Hindi names the members of a meeting by a genitive before the meeting
noun ("राज्य कार्य बल की बैठक", "नगर निगम के अधिकारियों की बैठक") and the one who held it by the
frame of chairing around it: "A ने X की बैठक की अध्यक्षता की" (A chaired X's meeting), "A की
अध्यक्षता में X की बैठक हुई" (under A's chair). A group the actor units know was already read
(:func:`khabar.events.roles._convened_by_agent`); a body or group no entity names but the
glossary does ("राज्य कार्य बल", "मंत्रियों के समूह") was not, and such meetings kept the chair
alone, with no target. The analysts code the chair as the source and the body met as the target
(issue 13, round ev155: the unseen tuning set Ug's chief minister chairing the state task force
had an empty target). Called by :func:`khabar.events.hindi.extract_sentence` where a held
meeting has one party, beside :func:`khabar.events.parties._glossed_partner`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import _NP_STOPS
from .clause import SentenceView, is_break, unit_actors
from .gloss import names_people
from .glossary import names_actor
from .objects import glossed_span

if TYPE_CHECKING:
    from .candidates import Candidate

_GENITIVE = frozenset({"की", "के", "का"})
_MEETINGS = frozenset({"बैठक", "मीटिंग"})
# The noun of chairing: "की अध्यक्षता की/करेंगे/करते हुए" after the meeting noun, "की अध्यक्षता
# में" before the group met
_CHAIR = frozenset({"अध्यक्षता", "अध्\u200dयक्षता"})


def _chaired_after(sv: SentenceView, cand: Candidate) -> bool:
    """"… की बैठक की अध्यक्षता की": the chairing noun right after the meeting noun."""
    toks = sv.tokens
    k = cand.last + 1
    return k + 1 < len(toks) and toks[k].text == "की" and toks[k + 1].text in _CHAIR


def _frame_before(sv: SentenceView, start: int, at: int) -> str | None:
    """The frame of the meeting's holder written before the group's phrase in its clause: a
    chair ("X की अध्यक्षता में") or a ने-agent; None without one (or across a clause break)."""
    toks = sv.tokens
    for j in range(at - 1, start - 1, -1):
        if is_break(toks, j):
            return None
        word = toks[j].text
        if word in _CHAIR and 1 <= j < len(toks) - 1 and toks[j + 1].text == "में" and toks[j - 1].text == "की":
            return "chair"
        if word == "ने":
            return "agent"
    return None


def chaired_group(sv: SentenceView, cand: Candidate, start: int) -> Argument | None:
    """The group or body no entity names whose meeting someone chaired, named by the genitive
    right before the meeting noun: "मुख्यमंत्री ने रविवार को राज्य कार्य बल की बैठक की अध्यक्षता
    की", "… की अध्यक्षता में मंत्रियों के समूह की बैठक होगी": a ``text:`` target, as a held
    meeting's glossed partner is. Only where the chair is written (a ने-agent before and the
    chairing noun after the meeting, or "की अध्यक्षता में" before the group) and the glossary
    names the phrase as a body or people; an entity unit ending the phrase is the roles' to read,
    a topic ("कोरोना वायरस की स्थिति की बैठक") none; None otherwise."""
    if cand.trig.mode != "meeting" or sv.tokens[cand.first].text not in _MEETINGS:
        return None
    toks = sv.tokens
    at = cand.first - 1
    if at - 1 < start or toks[at].text not in _GENITIVE:
        return None
    frame = _frame_before(sv, start, at)
    if frame is None:
        return None
    if frame == "agent" and not _chaired_after(sv, cand):
        return None  # "… ने … की बैठक बुलाई": the roles read whom an agent called
    first = glossed_span(sv, start, at - 1, sv.units, _NP_STOPS)
    if first is None:
        return None
    if any(u.first <= at - 1 <= u.last and unit_actors(u) for u in sv.units):
        return None  # an entity ends the phrase: the roles' to take
    text = sv.text_of(first, at - 1)
    if not (names_actor(text) or names_people(text)):
        return None
    return Argument("target", text, toks[first].start, toks[at - 1].end, f"text:{text}")

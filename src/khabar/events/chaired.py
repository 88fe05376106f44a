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
:func:`chaired_bodies` (round tg8), called by the stage once the events are built, turns a body
left a second source beside the one who chaired or called its meeting into its target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument, Event
from .arguments import _NP_STOPS
from .body_meetings import body_genitive
from .clause import SentenceView, is_break, unit_actors
from .gloss import names_people
from .glossary import names_actor
from .objects import glossed_span
from .sentence_events import events_in_sentences

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


def chaired_bodies(events: list[Event], views: list[SentenceView]) -> None:
    """Turn the body whose meeting one party chaired or convened from a second source into the
    target (round tg8, issue 13): "प्रधानमंत्री खान मंगलवार को कैबिनेट की बैठक की अध्यक्षता
    करेंगे", "पीएम मोदी ने आज … कैबिनेट की बैठक बुलायी है" kept the cabinet beside the one who
    held its meeting, with no target, while the analysts code the chair as the source and the
    body met as the target (the module's rule, for a body no entity names). Only a body of
    :data:`khabar.events.meetings._BODIES` whose argument ends right before the meeting's "की",
    with the other party the chair ("की अध्यक्षता" after the meeting or "… की अध्यक्षता में"
    before it) or a ने-agent; events are changed in place, the body's argument its evidence.
    Counted on the 280 allowed corpus day files (docs/events-rounds.md, round tg8): 2 CONSULT
    events with a chair or convener and its body as two sources."""
    from .meetings import _BODIES

    for ev, sv in events_in_sentences(events, views):
        if ev.type != "CONSULT" or ev.target or ev.negated or len(ev.source) < 2:
            continue
        k = sv.token_starting(ev.trigger_start)
        if k is None or sv.texts[k] not in _MEETINGS:
            continue
        g = body_genitive(sv, k)
        if g is None or g < 1:
            continue
        end = sv.tokens[g - 1].end
        body = [
            a
            for a in ev.arguments
            if a.role == "source"
            and a.end == end
            and a.entity_id
            and not _BODIES.isdisjoint(a.text.split())
        ]
        ids = [a.entity_id for a in body if a.entity_id]
        if not ids or all(s in ids for s in ev.source) or not _held_by_other(sv, k, g):
            continue
        for a in body:
            a.role = "target"
        ev.source = [s for s in ev.source if s not in ids]
        ev.target = list(dict.fromkeys(ids))


def _held_by_other(sv: SentenceView, k: int, g: int) -> bool:
    """Whether a party other than the body holds its meeting at token ``k`` (the body's "की" at
    ``g``): the chairing noun right after the meeting, or, before the body in its clause, "…
    की अध्यक्षता में" or a ने-agent."""
    texts = sv.texts
    if len(texts) > k + 2 and texts[k + 1] == "की" and texts[k + 2] in _CHAIR:
        return True
    return _frame_before(sv, 0, g) is not None

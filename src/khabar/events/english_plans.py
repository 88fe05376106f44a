"""A planned trip told as a noun phrase: "discussed his planned trip to China in April".

Round en8 (issue 13). Wire copy often reports a leader's coming visit only inside another act's
object ("said the two men had discussed his proposed visit to China in April", "his upcoming
April trip to Beijing", "his trip to China, which is scheduled for April"). The sentence's act is
the talk; the visit is a second event of its own, which PLOVER codes AGREE (a future visit). The
possessor is the sentence's subject (the one who "said"); the plan word gives the modality. Read
on the round's blind wire reports, checked with other leaders and places in
tests/test_events_english_wire_en8.py and on plover-gsr and NGEC (docs/events-rounds.md).
"""

from __future__ import annotations

from typing import Any

from ..model import Argument, Article, Event
from .clause import date_part
from .english_chunks import _Chunk
from .hindi import event_id

# The words that mark the trip as not yet made, with the modality each gives.
_PLAN_WORDS = {
    "planned": "planned", "scheduled": "planned", "upcoming": "planned", "forthcoming": "planned",
    "expected": "expected", "likely": "expected", "proposed": "proposed", "possible": "proposed",
    "potential": "proposed",
}
_TRIP_NOUNS = frozenset({"trip", "visit", "journey", "tour"})
_POSSESSIVES = frozenset({"his", "her"})
_PERSON = ("kb:person/", "name:person:")
_SPAN = 8  # tokens from the possessive to the trip noun ("his planned state visit")
_TAIL = 10  # tokens after the noun to its date ("..., which is scheduled for April")


def planned_trips(
    article: Article,
    si: int,
    s_start: int,
    s_end: int,
    toks: list[tuple[int, int, str]],
    chunks: list[_Chunk],
    dated: list[Any],
) -> list[Event]:
    """The planned trips told as "his <plan word> trip to <place>" in one sentence."""
    out: list[Event] = []
    for p, tok in enumerate(toks):
        if tok[2].lower() not in _POSSESSIVES:
            continue
        owner = next((c for c in chunks if c.last < p), None)
        if owner is None or not (owner.entity or "").startswith(_PERSON):
            continue
        noun = next((k for k in range(p + 1, min(p + _SPAN, len(toks)))
                     if toks[k][2].lower() in _TRIP_NOUNS), None)
        if noun is None or noun + 1 >= len(toks) or toks[noun + 1][2].lower() != "to":
            continue
        place = next((c for c in chunks if c.first == noun + 2), None)
        if place is None or any(t[2] in {",", "and"} for t in toks[p + 1 : noun]):
            continue
        end = min(len(toks), place.last + 1 + _TAIL)
        stop = next((k for k in range(place.last + 1, end) if toks[k][2] in {".", ";"}), end)
        words = [t[2].lower() for t in toks[p + 1 : noun]]
        tail = [t[2].lower() for t in toks[place.last + 1 : stop]]
        modality = next((_PLAN_WORDS[w] for w in words if w in _PLAN_WORDS), None)
        if modality is None and tail[:1] == [","] and tail[1:2] in (["which"], ["that"]):
            modality = next((_PLAN_WORDS[w] for w in tail if w in _PLAN_WORDS), None)
        if modality is None:
            continue
        lo, hi = toks[p][0], toks[stop - 1][1]
        when = [t for t in dated if lo <= t.start and t.end <= hi]
        date = date_part(when[0].value) if when else None
        if date and len(date) == 7 and article.dct and date < article.dct[:7]:
            # a plan lies ahead: "his planned trip ... in April" written in February 2026
            date = str(int(date[:4]) + 1) + date[4:]
        t_start, t_end = toks[noun][0], toks[noun][1]
        out.append(Event(
            type="AGREE",  # PLOVER: future visits are coded AGREE
            mode="visit",
            trigger=article.text[t_start:t_end],
            trigger_start=t_start,
            trigger_end=t_end,
            evidence_start=s_start,
            evidence_end=s_end,
            source=[owner.entity or f"text:{owner.text}"],
            target=[place.entity or f"text:{place.text}"],
            date=date,
            date_basis=f"sentence: {when[0].text}" if when else None,
            modality=modality,
            arguments=[Argument("source", owner.text, owner.start, owner.end, owner.entity),
                       Argument("target", place.text, place.start, place.end, place.entity)],
            sentence=si,
            confidence=0.5,
            id=event_id(article.id, t_start),
        ))
    return out

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
from .english_attendance import attended_gatherings
from .english_chunks import _Chunk
from .english_senses import _GATHERING_NOUNS
from .hindi import event_id

# The words that mark the trip as not yet made, with the modality each gives.
_PLAN_WORDS = {
    "planned": "planned", "scheduled": "planned", "upcoming": "planned", "forthcoming": "planned",
    "expected": "expected", "likely": "expected", "proposed": "proposed", "possible": "proposed",
    "potential": "proposed", "pencilled": "planned", "penciled": "planned",  # en16: "now pencilled in"
}
_TRIP_NOUNS = frozenset({"trip", "visit", "journey", "tour"})
_POSSESSIVES = frozenset({"his", "her"})
_PERSON = ("kb:person/", "name:person:")
_SPAN = 8  # tokens from the possessive to the trip noun ("his planned state visit")
# round en16: a name's possessive owns the trip right after it or after one word ("Mr Modi's
# April trip"); further on, a noun of its own stands between ("North Korea's leader to make a
# planned visit": NGEC synthetic stories)
_OWNED_SPAN = 3
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
        owned = tok[2].endswith(("'s", "\u2019s"))  # round en16: "Mr Modi's April trip to Tokyo"
        if tok[2].lower() not in _POSSESSIVES and not owned:
            continue
        owner = next((c for c in chunks if (c.last == p if owned else c.last < p)), None)
        if owner is None or not (owner.entity or "").startswith(_PERSON):
            continue
        noun = next((k for k in range(p + 1, min(p + (_OWNED_SPAN if owned else _SPAN), len(toks)))
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
        if modality is None and tail[:1] == [","] and tail[1:2] in (["which"], ["that"], ["now"]):
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
    # round en16: a planned attendance told with "be" or a noun, in place of the gathering noun
    return out + attended_gatherings(article, si, s_start, s_end, toks, chunks, dated)


# Round en10 (issue 13): "Putin has accepted an invitation to the November gathering of
# Asia-Pacific leaders in Shenzhen" is the acceptance and, by it, a planned attendance of the
# gathering; the month names the gathering's time, not the acceptance's (which came out dated
# November of the year before). The gathering nouns are en7's (``english_senses``) with
# "gathering"; English grammar, read on the round's blind reports.
_INVITED = frozenset({"invitation", "invitations"})
_GATHERED = frozenset({"gathering", "gatherings"}) | _GATHERING_NOUNS
_INVITATION_GAP = 3  # tokens from "accepted" to "invitation" ("accepted Xi's invitation")
_OBJECT_SPAN = 12  # tokens from "to" to the phrase's end ("the November gathering of ... leaders")


def invited_gatherings(
    article: Article,
    s_start: int,
    s_end: int,
    toks: list[tuple[int, int, str]],
    accepted: list[Event],
    dated: list[Any],
    places: dict[tuple[int, int], str],
) -> list[Event]:
    """The planned attendance of a gathering, or the planned visit of a place (round en15),
    whose invitation one of ``accepted`` (a sentence's acceptances) takes; ``places`` maps the
    sentence's place mentions (start, end) to their entity ids. The acceptance loses a date
    read inside the invitation."""
    out: list[Event] = []
    for ev in accepted:
        at = next((k for k, t in enumerate(toks) if t[0] == ev.trigger_start), None)
        if at is None:
            continue
        inv = next((k for k in range(at + 1, min(at + 1 + _INVITATION_GAP, len(toks) - 1))
                    if toks[k][2].lower() in _INVITED), None)
        if inv is None or toks[inv + 1][2].lower() != "to":
            continue
        end = next((k for k in range(inv + 2, min(inv + 2 + _OBJECT_SPAN, len(toks)))
                    if toks[k][2] in {",", ";", "."} or toks[k][2].lower() in {"and", "but"}),
                   min(inv + 2 + _OBJECT_SPAN, len(toks)))
        noun = next((k for k in range(inv + 2, end) if toks[k][2].lower() in _GATHERED), None)
        mode, target = "summit", []
        if noun is None:
            place = _visited_place(toks, inv + 2, places)
            if place is None:
                continue
            noun, mode, target = inv + 2, "visit", [place]
        lo, hi = toks[inv][0], toks[end - 1][1]
        when = [t for t in dated if lo <= t.start and t.end <= hi]
        if ev.date_basis and any(ev.date_basis == f"sentence: {t.text}" for t in when):
            ev.date = ev.date_basis = None
        date = date_part(when[0].value) if when else None
        if date and len(date) == 7 and article.dct and date < article.dct[:7]:
            date = str(int(date[:4]) + 1) + date[4:]  # a plan lies ahead (as planned_trips)
        t_start, t_end = toks[noun][0], toks[noun][1]
        out.append(Event(
            type="AGREE",  # PLOVER: a future summit is coded AGREE
            mode=mode,
            trigger=article.text[t_start:t_end],
            trigger_start=t_start,
            trigger_end=t_end,
            evidence_start=s_start,
            evidence_end=s_end,
            source=list(ev.source),
            target=target,
            date=date,
            date_basis=f"sentence: {when[0].text}" if when else None,
            modality="planned",
            arguments=[a for a in ev.arguments if a.role == "source"],
            sentence=ev.sentence,
            confidence=0.5,
            id=event_id(article.id, t_start),
        ))
    return out


# Round en15 (issue 13): an accepted "invitation to visit <place>" (or "to come/travel to
# <place>") is a planned visit (PLOVER codes a future visit AGREE), as an accepted invitation to a
# gathering is a planned attendance. English grammar, read on the round's blind readout ("accepted
# President Xi's invitation to visit Beijing in April", which gave the acceptance only).
_VISIT_VERBS = frozenset({"visit"})
_TRAVEL_VERBS = frozenset({"come", "travel", "go"})


def _visited_place(toks: list[tuple[int, int, str]], j: int,
                   places: dict[tuple[int, int], str]) -> str | None:
    """The place entity an invitation's verb at token ``j`` visits ("visit Beijing", "come to
    China"), or None when no place mention follows it at once."""
    if j >= len(toks):
        return None
    word = toks[j][2].lower()
    at = j + 1 if word in _VISIT_VERBS else j + 2 if word in _TRAVEL_VERBS else None
    if at is None or at >= len(toks) or (at == j + 2 and toks[j + 1][2].lower() != "to"):
        return None
    return next((e for (a, _), e in places.items() if a == toks[at][0] and e), None)


# Round en10 (issue 13): "Mr Trump, who is expected in Beijing in April, wants ... before he
# arrives" told the visit only as "expected in" + place (and came out as an arrival that
# happened). A person "is expected/due in" a place is a visit not yet made, the plan word's
# modality; it stands for the sentence's other visit act of the same person (one visitor, one
# visit). English grammar, read on the round's blind reports.
_DUE_WORDS = {"expected": "expected", "due": "planned"}
_BE = frozenset({"is", "are", "was", "were"})


def expected_visits(
    article: Article,
    si: int,
    s_start: int,
    s_end: int,
    toks: list[tuple[int, int, str]],
    chunks: list[_Chunk],
    places: dict[tuple[int, int], str],
    dated: list[Any],
) -> list[Event]:
    """The visits told as "<person> (, who) is expected/due in <place>" in one sentence;
    ``places`` maps the sentence's place mentions (start, end) to their entity ids."""
    out: list[Event] = []
    for k in range(1, len(toks) - 2):
        word = toks[k][2].lower()
        if word not in _DUE_WORDS or toks[k + 1][2] != "in":
            continue
        place = next((c for c in chunks if c.first == k + 2 and (c.start, c.end) in places), None)
        if toks[k - 1][2].lower() not in _BE:
            # round en11: a headline's or a list item's "Trump expected in Beijing" (no "is"):
            # the person opens the clause (the sentence, or after a label's colon or a dash)
            who = next((c for c in chunks if c.last == k - 1 and (
                c.first == 0 or toks[c.first - 1][2] in {":", "-"})), None)
        else:
            left = k - 2 if toks[k - 2 : k - 1] and toks[k - 2][2].lower() != "who" else k - 4
            who = next((c for c in chunks if c.last == left), None)
            if left != k - 2 and not (left >= 0 and [t[2] for t in toks[k - 3 : k - 1]] == [",", "who"]):
                who = None
        if place is None or who is None or not (who.entity or "").startswith(_PERSON):
            continue
        stop = next((j for j in range(place.last + 1, len(toks)) if toks[j][2] in {",", ";", "."}),
                    len(toks))
        lo, hi = toks[k][0], toks[stop - 1][1]
        when = [t for t in dated if lo <= t.start and t.end <= hi] or [
            # round en11: a list item's label ("- April: Trump expected in Beijing")
            t for t in dated if t.end <= who.start and article.text[t.end : t.end + 1] == ":"]
        date = date_part(when[0].value) if when else None
        if date and len(date) == 7 and article.dct and date < article.dct[:7]:
            date = str(int(date[:4]) + 1) + date[4:]  # a plan lies ahead (as planned_trips)
        t_start, t_end = toks[k][0], toks[k + 1][1]
        out.append(Event(
            type="AGREE", mode="visit", trigger=article.text[t_start:t_end],
            trigger_start=t_start, trigger_end=t_end, evidence_start=s_start, evidence_end=s_end,
            source=[who.entity or ""], target=[places[place.start, place.end]], date=date,
            date_basis=f"sentence: {when[0].text}" if when else None,
            modality=_DUE_WORDS[word],
            arguments=[Argument("source", who.text, who.start, who.end, who.entity),
                       Argument("target", place.text, place.start, place.end,
                                places[place.start, place.end])],
            sentence=si, confidence=0.5, id=event_id(article.id, t_start),
        ))
    return out

"""A planned attendance told with "be" or a noun: "Modi will be in Osaka in June for the G20 summit".

Round en16 (issue 13). An analyst's hedged answer ("my understanding is that Mr Putin will be in
Shenzhen in November for the APEC summit") and an opinion column ("Mr Putin's attendance at the
APEC summit in Shenzhen in November will put ...") tell a leader's coming attendance with no
verb of attending: the copula "be in <place> for <gathering>", or the noun "attendance". Neither
verb is a trigger, so the sentence's act was the gathering noun itself: a summit that had
happened, with the summit's own name ("APEC") or the possessive ("Putin's") as its actor. PLOVER
codes a future summit AGREE; the attendee is the subject (the possessor). English grammar, read
on the round's blind reports L2 and L3 and checked with other leaders and gatherings in
tests/test_events_english_wire_en16.py; the counts over plover-gsr and the NGEC synthetic stories
are in docs/events-rounds.md (round en16).
"""

from __future__ import annotations

from typing import Any

from ..model import Argument, Article, Event
from .clause import date_part
from .english_chunks import _Chunk
from .hindi import event_id

Tok = tuple[int, int, str]

# The frames of a coming "be" with the modality each gives ("will be", "is expected to be").
_MODALS = {"will": "planned", "would": "planned"}
_SET_WORDS = {"expected": "expected", "due": "planned", "scheduled": "planned", "set": "planned",
              "slated": "planned"}
_ADVERBS = frozenset({"also", "then", "again"})
# The gathering nouns of an attendance (english._GATHERINGS: "summit", "forum"; a "meeting" or
# "talks" in a place is a visit, never an attendance).
_GATHERINGS = frozenset({"summit", "summits", "forum"})
_ATTENDANCE = frozenset({"attendance", "presence", "participation"})
_PERSON = ("kb:person/", "name:person:")
_SPAN = 10  # tokens from "for"/"at" to the gathering noun ("for the Asia-Pacific Economic ...")
_REACH = 8  # tokens from the place to "for" ("in Shenzhen in November for")


def attended_gatherings(
    article: Article,
    si: int,
    s_start: int,
    s_end: int,
    toks: list[Tok],
    chunks: list[_Chunk],
    dated: list[Any],
) -> list[Event]:
    """The planned attendances of one sentence told as "<person> will be in <place> ... for the
    <gathering>" or "<person>'s attendance at the <gathering> ... will"."""
    out = []
    for k, tok in enumerate(toks):
        word = tok[2].lower()
        if word == "be" and (told := _coming_be(toks, chunks, k)) is not None:
            who, modality = told
            noun = _for_gathering(toks, k + 1)
        elif word in _ATTENDANCE and (owner := _owner(chunks, k)) is not None:
            who, noun = owner, _at_gathering(toks, k + 1)
            modality = "planned" if noun is not None and _will_after(toks, noun) else ""
        else:
            continue
        if noun is None or not modality or not (who.entity or "").startswith(_PERSON):
            continue
        lo, hi = toks[k][0], toks[_phrase_end(toks, noun)][1]
        when = [t for t in dated if lo <= t.start and t.end <= hi]
        date = date_part(when[0].value) if when else None
        if date and len(date) == 7 and article.dct and date < article.dct[:7]:
            date = str(int(date[:4]) + 1) + date[4:]  # a plan lies ahead (as planned_trips)
        t_start, t_end = toks[noun][0], toks[noun][1]
        out.append(Event(
            type="AGREE", mode="summit", trigger=article.text[t_start:t_end],
            trigger_start=t_start, trigger_end=t_end, evidence_start=s_start, evidence_end=s_end,
            source=[who.entity or ""], date=date,
            date_basis=f"sentence: {when[0].text}" if when else None, modality=modality,
            arguments=[Argument("source", who.text, who.start, who.end, who.entity)],
            sentence=si, confidence=0.5, id=event_id(article.id, t_start),
        ))
    return out


def _coming_be(toks: list[Tok], chunks: list[_Chunk], k: int) -> tuple[_Chunk, str] | None:
    """(subject, modality) of the "be" at token ``k`` when a modal or "is expected/due to"
    stands before it (adverbs between: "will also be") and "in" + a name follows it."""
    j = k - 1
    while j > 0 and toks[j][2].lower() in _ADVERBS:
        j -= 1
    modality = _MODALS.get(toks[j][2].lower()) if j >= 0 else None
    if modality is None and j >= 2 and toks[j][2].lower() == "to":
        modality = _SET_WORDS.get(toks[j - 1][2].lower())
        j = j - 2 if modality and toks[j - 2][2].lower() in {"is", "are"} else -1
    if modality is None or j < 1 or k + 2 >= len(toks) or toks[k + 1][2].lower() != "in":
        return None
    if not toks[k + 2][2][:1].isupper():
        return None
    subject = next((c for c in chunks if c.last == j - 1), None)
    return (subject, modality) if subject is not None else None


def _for_gathering(toks: list[Tok], start: int) -> int | None:
    """The gathering noun of a "for the <gathering>" within a few words after ``start`` (the
    clause's place and time between), unless a named partner follows it ("a summit with Xi")."""
    for i in range(start, min(start + _REACH, len(toks))):
        if toks[i][2] in {",", ";", "."}:
            return None
        if toks[i][2].lower() == "for":
            return _at_gathering(toks, i + 1)
    return None


def _at_gathering(toks: list[Tok], start: int) -> int | None:
    """The gathering noun within a few words from ``start`` ("the APEC summit", "the G20
    summit"), with no comma before it and no named partner after it."""
    for i in range(start, min(start + _SPAN, len(toks))):
        if toks[i][2] in {",", ";", "."} or toks[i][2].lower() in {"with", "and"}:
            return None
        if toks[i][2].lower() in _GATHERINGS:
            if i + 2 < len(toks) and toks[i + 1][2].lower() == "with" and toks[i + 2][2][:1].isupper():
                return None  # "for a summit with Kishida": a visit to one host
            return i
    return None


def _owner(chunks: list[_Chunk], k: int) -> _Chunk | None:
    """The possessor right before the noun at token ``k`` ("Modi's attendance")."""
    owner = next((c for c in chunks if c.last == k - 1), None)
    return owner if owner is not None and owner.text.endswith(("'s", "\u2019s")) else None


def _phrase_end(toks: list[Tok], noun: int) -> int:
    """The last token of the gathering's phrase from token ``noun`` (its place and time: "summit
    in Shenzhen in November"), before a comma, a modal or a verb."""
    end = noun
    for i in range(noun + 1, min(noun + _REACH, len(toks))):
        if toks[i][2] in {",", ";", "."} or toks[i][2].lower() in _MODALS:
            break
        end = i
    return end


def _will_after(toks: list[Tok], noun: int) -> bool:
    """Whether the noun phrase ending after token ``noun`` is the subject of "will"/"would"
    (its place and time between, no comma)."""
    for i in range(noun + 1, min(noun + _REACH, len(toks))):
        if toks[i][2] in {",", ";", "."}:
            return False
        if toks[i][2].lower() in _MODALS:
            return True
    return False

"""Who attended a meeting, when the next sentence names them (issue 13, round ta12).

Why a module of its own: a meeting's parties are read inside its own sentence
(:func:`khabar.events.candidate_parties.symmetric_parties` and the readers it calls: a partner
marked with से/के साथ, a chair, a body met). Hindi news often writes only the one who held or
chaired it there ("केन्द्रीय स्वास्थ्य मंत्री हर्षवर्धन ने एक बैठक की अध्यक्षता की", "मुख्यमंत्री
हेमंत सोरेन ने … उच्चस्तरीय बैठक की") and names who took part in the very next sentence: "बैठक में
उपराज्यपाल अनिल बैजल, दिल्ली के मुख्यमंत्री अरविंद केजरीवाल और वरिष्ठ अधिकारी मौजूद थे", "इस बैठक
में … अधिकारी शामिल थे". Those meetings kept one party and no target, while the annotation rules
code a meeting's participants as its target (the tuning set Vm's two such meetings: the
Lieutenant Governor and the Chief Minister of Delhi; the Jharkhand health minister, chief
secretary and principal secretary). :func:`meeting_attendees` reads that next sentence once the
article's events are built, as :func:`khabar.events.zone_members.zone_members` reads a zone's
members. Counted on the 280 allowed corpus day files (docs/events-rounds.md, round ta12): 21
sentences with "बैठक में … शामिल/मौजूद/उपस्थित/भाग लिया"; 4 follow a meeting of one party and no
target in the same paragraph and name the attendees by actor units.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView, Unit, is_place, unit_actors

# The nouns of a meeting, in its trigger and leading the next sentence ("इस बैठक में")
MEETINGS = frozenset({"बैठक", "मीटिंग"})
# At most this many words before "बैठक में" in the next sentence ("करीब ढाई घंटे चली इस बैठक
# में": 5); none of them a genitive ("समिति की बैठक में" is another body's meeting) or an agent
_LEAD_WORDS = 5
_OTHER_MEETING = frozenset({"की", "के", "का", "ने", "से"})
# The predicate of presence that must end the next sentence: "मौजूद/उपस्थित/शामिल" and its
# auxiliaries ("मौजूद रहे थे", "शामिल हुईं"), or "भाग/हिस्सा लिया". A predicate inside the
# sentence ("शामिल रहे बीजद सांसद … ने दावा किया", "शामिल हुए जिनके …") is not read: the units after
# it are other clauses' (a claim, a relative clause).
_PRESENT = frozenset({"मौजूद", "उपस्थित", "शामिल"})
_TOOK_PART = frozenset({"भाग", "हिस्सा"})
_TOOK = frozenset({"लिया", "लिए", "लिये"})
_AUX = frozenset({"थे", "था", "थी", "थीं", "रहे", "रहीं", "रही", "रहा", "हुए", "हुईं", "हुई", "हुआ", "हैं", "है"})
_ENDS = frozenset({"।", ".", "|", "॥"})
# What may follow an attendee's phrase: a list goes on, or the predicate comes ("आदि मंत्री
# समेत कई अधिकारी मौजूद", "बन्ना गुप्ता के अलावा …"). Anything else makes the name part of a
# longer phrase whose head is someone else ("… एनडीआरएफ विभाग के अधिकारी": officials, not the
# departments), and the sentence is left alone.
_LIST_GOES_ON = frozenset({",", "और", "व", "एवं", "तथा", "भी", "समेत", "सहित", "आदि", "अलावा"})
# "बैठक में उनके साथ गृह मंत्री अमित शाह भी मौजूद रहे": who came with the one who held it sits on
# his side of the table, not among those he met
_WITH = "साथ"


def meeting_attendees(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Give each meeting of one party and no target the people and bodies the next sentence of
    its paragraph says were present at it ("बैठक में X, Y और Z मौजूद थे"); events are changed in
    place, each attendee's words its evidence."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        if ev.sentence is None or not awaits_attendees(ev):
            continue
        sv, nv = by_index.get(ev.sentence), by_index.get(ev.sentence + 1)
        if sv is None or nv is None or "\n" in text[sv.end : nv.start]:
            continue
        span = attendance(nv)
        if span is None:
            continue
        units = [u for u in nv.units if span[0] <= u.first and u.last < span[1]]
        attendees = attendees_of(nv, units, span[1], set(ev.source))
        if not attendees:
            continue
        for unit, actors in attendees:
            first, last = nv.tokens[unit.first], nv.tokens[unit.last]
            words = nv.text_of(unit.first, unit.last)
            for actor in actors:
                ev.arguments.append(Argument("target", words, first.start, last.end, actor))
        ev.target = list(dict.fromkeys(a for _, actors in attendees for a in actors))


def is_meeting(ev: Event) -> bool:
    """Whether an event is a meeting (a CONSULT whose trigger holds a meeting noun)."""
    return ev.type == "CONSULT" and any(w in ev.trigger for w in MEETINGS)


def awaits_attendees(ev: Event) -> bool:
    """Whether a meeting still has one party and no target, so the attendees a later sentence
    names may be its target (this module's and :mod:`khabar.events.later_attendees`' passes)."""
    return is_meeting(ev) and not ev.target and not ev.negated and len(ev.source) == 1


def opening_meeting(texts: list[str]) -> int | None:
    """The index of the meeting noun of a sentence that opens on "(इस) बैठक में" with no other
    body's meeting or agent before it, else None."""
    at = next(
        (
            k
            for k in range(min(_LEAD_WORDS + 1, len(texts) - 1))
            if texts[k] in MEETINGS and texts[k + 1] == "में"
        ),
        None,
    )
    if at is None or _OTHER_MEETING & set(texts[:at]):
        return None
    return at


def attendance(nv: SentenceView) -> tuple[int, int] | None:
    """(first token after "बैठक में", index of the predicate) when the sentence opens on the
    meeting and ends saying who was present at it, else None."""
    texts = nv.texts
    at = opening_meeting(texts)
    if at is None:
        return None
    end = len(texts)
    while end > 0 and texts[end - 1] in _ENDS:
        end -= 1
    while end > 0 and texts[end - 1] in _AUX:
        end -= 1
    if end < 1:
        return None
    if texts[end - 1] in _PRESENT:
        return at + 2, end - 1
    if end >= 2 and texts[end - 1] in _TOOK and texts[end - 2] in _TOOK_PART:
        return at + 2, end - 2
    return None


def attendees_of(
    nv: SentenceView, units: list[Unit], predicate: int, held_by: set[str]
) -> list[tuple[Unit, list[str]]]:
    """The units naming who was present, with their actors (the one who held the meeting
    left out); none when a name stands inside a longer phrase or beside "साथ"."""
    texts = nv.texts
    out: list[tuple[Unit, list[str]]] = []
    for u in units:
        actors = [a for a in unit_actors(u) if a not in held_by]
        if is_place(u) or not actors:
            continue
        if _WITH in texts[max(0, u.first - 2) : u.first]:
            return []
        after = u.marker_end if u.marker is not None and u.marker_end > u.last else u.last + 1
        if u.marker is not None and texts[u.last + 1 : u.last + 3] != ["के", "अलावा"]:
            return []  # "दिल्ली के …": an owner or a place, no attendee of its own
        if after < predicate and texts[after] not in _LIST_GOES_ON:
            return []
        out.append((u, actors))
    return out

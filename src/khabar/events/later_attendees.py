"""Who attended a meeting, when a later sentence of its paragraph names them, or names them as
the officials of bodies (issue 13, round mt1).

Why a module of its own: :func:`khabar.events.meeting_attendees.meeting_attendees` (round ta12)
reads only the sentence right after a meeting of one party, and only people and bodies named
there by actor units. Two kinds of report stayed without a target:

* the paragraph tells of the meeting first and names who sat in it after one or more sentences
  on what it discussed: "प्रधानमंत्री नरेंद्र मोदी ने आज … एक बैठक आयोजित की. बैठक में विदेशी
  निवेशकों को लुभाने की रणनीति पर चर्चा हुई. … इस बैठक में वित्त मंत्री निर्मला सीतारमण भी शामिल
  थीं." (PK-2020-APR-30.txt);
* the attendees are the officials of bodies: "कैबिनेट सचिव ने रविवार को एक उच्च स्तरीय बैठक
  बुलायी थी. इस बैठक में स्वास्थ्य विभाग, गृह विभाग, नागरिक उड्डयन विभाग, हेल्थ रिसर्च और
  एनडीआरएफ विभाग के अधिकारी शामिल थे." (PK-2020-MAR-03.txt), which round ta12 refuses because the
  bodies own the officials and are no attendees themselves.

The annotation rules code a meeting's participants as its target, offices as offices (the dev
gold's "senior officials of the Rajasthan home department and police"). :func:`later_attendees`
runs right after the ta12 pass: it walks on through the meeting's paragraph while each sentence
is still about that meeting (no other meeting noun but the opening "(इस) बैठक में", no other
meeting event) and takes the first sentence it can read that opens on the meeting and ends on
presence ("मौजूद/उपस्थित/शामिल थे"): its named attendees (read as ta12 reads them), else one
target "<bodies> के (वरिष्ठ) अधिकारी", the whole phrase, named "officials of …" with the bodies'
English. Counted on the 280 allowed corpus day files (docs/events-rounds.md, round mt1): 15
sentences open on "(इस) बैठक/मीटिंग में" and end on presence; of the 23 meetings of CONSULT
with no target at main, 3 of one party are followed by one in their paragraph, 2 of them the two
kinds above (the third, NT-2020-MAR-18's railway board, is a chairman "के अलावा" the board's
members, whose units the tagger splits, and is left).
"""

from __future__ import annotations

from ..model import Argument, Event, Mention
from .body_names import body_name
from .clause import GENITIVES, SentenceView, actor_of, is_place, unit_actors
from .meeting_attendees import (
    MEETINGS,
    attendance,
    attendees_of,
    awaits_attendees,
    is_meeting,
    opening_meeting,
)

# How many sentences after the meeting's the attendees may be named: PK-2020-APR-30's are the
# fourth (two sentences on what was discussed and the chair's request between); tuned on the
# 280 allowed files, where no attendance sentence of a one-party meeting lies further on
_REACH = 4
# The nouns of officials that head a bodies' attendance ("… विभाग के अधिकारी शामिल थे"), and the
# words that may stand between them and the bodies' genitive ("के वरिष्ठ अधिकारी")
_OFFICIALS = frozenset({"अधिकारी", "अधिकारियों", "अफसर", "अफसरों", "पदाधिकारी", "अधिकारीगण"})
_DESCRIBING = frozenset({"वरिष्ठ", "आला", "शीर्ष", "उच्च", "सभी", "तमाम", "कई", "प्रमुख", "वरीय", "अन्य"})
_ALSO = "भी"
# Who is met, never who came: a person among the bodies ("X के अधिकारी" is X's staff, not X's
# department) leaves the phrase alone
_PEOPLE = ("kb:person/", "name:person:")
# The actor dictionary's ids carry the body's English after this prefix ("actor:Home Department")
_DICTIONARY = "actor:"


def later_attendees(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Give each meeting of one party and still no target the attendees a later sentence of
    its paragraph names ("… इस बैठक में X भी शामिल थीं", "इस बैठक में A, B … के अधिकारी शामिल
    थे"); events are changed in place, the attendees' words their evidence."""
    by_index = {sv.index: sv for sv in views}
    meetings = {ev.sentence for ev in events if ev.sentence is not None and is_meeting(ev)}
    for ev in events:
        if ev.sentence is None or not awaits_attendees(ev):
            continue
        sv = by_index.get(ev.sentence)
        if sv is None:
            continue
        for step in range(1, _REACH + 1):
            nv = by_index.get(ev.sentence + step)
            if nv is None or "\n" in text[sv.end : nv.start] or nv.index in meetings:
                break
            found = _attendees_in(nv, set(ev.source), step, text)
            if found is not None:
                for arg in found:
                    ev.arguments.append(arg)
                ev.target = list(dict.fromkeys(a.entity_id for a in found if a.entity_id))
                break
            if not _same_meeting(nv):
                break


def _same_meeting(nv: SentenceView) -> bool:
    """Whether a sentence names no meeting but the one it opens on ("बैठक में … चर्चा हुई")."""
    texts = nv.texts
    at = opening_meeting(texts)
    return all(k == at for k, w in enumerate(texts) if w in MEETINGS)


def _attendees_in(
    nv: SentenceView, held_by: set[str], step: int, text: str
) -> list[Argument] | None:
    """The target arguments of an attendance sentence: its named attendees (from the second
    sentence on: the next one is round ta12's), else its bodies' officials; None when the
    sentence says no one was present or names them in a way not read."""
    span = attendance(nv)
    if span is None:
        return None
    if step > 1:
        units = [u for u in nv.units if span[0] <= u.first and u.last < span[1]]
        named = attendees_of(nv, units, span[1], held_by)
        if named:
            out: list[Argument] = []
            for unit, actors in named:
                first, last = nv.tokens[unit.first], nv.tokens[unit.last]
                words = nv.text_of(unit.first, unit.last)
                out.extend(Argument("target", words, first.start, last.end, a) for a in actors)
            return out
    return _officials(nv, span[0], span[1], held_by, text)


def _officials(
    nv: SentenceView, start: int, predicate: int, held_by: set[str], text: str
) -> list[Argument] | None:
    """The bodies' officials ("<bodies> के (वरिष्ठ) अधिकारी") filling the attendance from
    ``start`` to the predicate, as one target whose words are the phrase; None unless every unit before the genitive is a
    body (no person, no place, not the one who held the meeting) and there is one."""
    texts = nv.texts
    head = predicate - 1
    if head > start and texts[head] == _ALSO:
        head -= 1
    if head <= start or texts[head] not in _OFFICIALS:
        return None
    gen = head - 1
    while gen > start and texts[gen] in _DESCRIBING:
        gen -= 1
    if gen <= start or texts[gen] not in GENITIVES:
        return None
    units = [u for u in nv.units if start <= u.first and u.last < gen]
    if not units or any(u.last >= gen for u in nv.units if start <= u.first < gen):
        return None
    for u in units:
        actors = unit_actors(u)
        if (
            not actors
            or is_place(u)
            or held_by.intersection(actors)
            or any(a.startswith(_PEOPLE) for a in actors)
        ):
            return None
    first, last = nv.tokens[start], nv.tokens[head]
    words = text[first.start : last.end]
    bodies = [_english(m) for u in units for m in u.mentions]
    return [Argument("target", words, first.start, last.end, f"text:{words}", _said(bodies))]


def _english(mention: Mention) -> str | None:
    """A body's English: its glossed name ("Health Department"), else the actor dictionary's;
    None if neither. The gloss first: the actor context places a bare department by the
    report's town ("Delhi health department" in a Union cabinet secretary's meeting of a Delhi
    live blog), where the Hindi names no place."""
    ident = actor_of(mention)
    said = body_name([mention])
    if said is None and ident.startswith(_DICTIONARY):
        said = ident.removeprefix(_DICTIONARY)
    return said


def _said(bodies: list[str | None]) -> str:
    """The English "officials of A, B and C", as an analyst writes the bodies' officials; the bodies with no
    English are said as "other departments" rather than dropped unsaid, and none named as
    "officials"."""
    named = list(dict.fromkeys(b for b in bodies if b))
    if not named:
        return "officials"
    if len(named) < len(bodies):
        named.append("other departments")
    if len(named) == 1:
        return f"officials of {named[0]}"
    return f"officials of {', '.join(named[:-1])} and {named[-1]}"

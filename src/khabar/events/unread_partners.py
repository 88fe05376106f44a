"""Whom a meeting was held with, when its marked partner came out as no argument at all (issue 13,
round tg17).

Why a module of its own: a meeting's partner marked right before its noun ("टीम 11 के साथ बैठक
में मुख्यमंत्री योगी आदित्यनाथ ने कहा", "डीआरएम के साथ रांची डीसी और एसएसपी ने आज मीटिंग की",
"… जिला मैजिस्ट्रेट्स संग बैठक की", "कर्मचारियों ने रेलवे के असिस्टेंट डिवीजनल मेडिकल आफिसर से
मुलाकात कर …") is read by the roles only where it stands in a frame they know (an ergative agent
before it, :func:`khabar.events.parties.marked_partners`; a glossed group of people,
:func:`khabar.events.parties._glossed_partner`), and by :func:`khabar.events.with_parties` only
where it came out as a second source. Where it came out as nothing (a name before the agent, a
body the glossary does not know, an office the tagger split), the meeting kept its one party and
no target, though the text names the other party with its marker; the annotation rules code the
partner met as the target (the tuning pool POOL_Y's "टीम 11 के साथ बैठक": Team 11; the dev
gold's tune half: "गृह विभाग और पुलिस के आला अधिकारियों के साथ वीडियो कॉन्फ्रेंस में गहलोत ने
कहा": the officials). :func:`unread_partners` reads, once an article's events are built and
:func:`~khabar.events.with_parties.with_parties` has moved the partners that were sources, the
nearest partner phrase marked before the meeting's trigger in its clause (the markers and their
guards are :func:`~khabar.events.with_parties._partner_ends`'s; only the meeting's own words, its
holder and a time between the marker and the noun): an actor unit ending there, a phrase whose
last conjunct the glossary knows as a body, an office or people, or the words back to a noun
phrase's stop. The same holds of the body whose meeting another party held, its possessor before
the noun ("विजयन ने मंत्रिमंडल की एक विशेष बैठक के बाद …", "उद्धव ने कैबिनेट बैठक के बाद …", "…
की अध्यक्षता में मंत्रियों के समूह GoM की बैठक होगी"), which :func:`.chaired.chaired_bodies` moves
only where it came out as a second source (the tuning pool POOL_X's "मुख्यमंत्री ने … राज्य कार्य
बल की बैठक की अध्यक्षता की": the task force). Counted on the 280 allowed corpus day files
(docs/events-rounds.md, round tg17): 29 of 76 CONSULT "बैठक" events had no target at main
9fba93b9; in 7 of them and in 3 other meetings ("मीटिंग", "मुलाकात" twice) the other party is
written in the meeting's own sentence, in 9 of those as no argument (5 marked partners, 4 bodies;
the tenth body came out as the source).
"""

from __future__ import annotations

from ..model import Argument, Event
from .anaphora import PLURAL, SINGULAR
from .arguments import _NP_STOPS
from .body_meetings import _WHICH_MEETING
from .clause import GENITIVES, PARTICLES, SentenceView, Unit, is_break, is_place, unit_actors
from .gloss import names_people
from .glossary import names_actor
from .meetings import _BODIES
from .objects import glossed_span
from .sentence_events import events_in_sentences
from .timexowner import _clause_start
from .with_parties import _MEETING, _MODES, _SANG, _SINGLE_MARKS, _partner_ends

# Where the partner's phrase that no glossary knows begins: after a noun phrase's stop (an
# agent's "ने", a place's "में", a topic's "पर": "लोक भवन में टीम 11 के साथ", "इस मुद्दे पर
# डीआरएम के साथ"), or after the means a meeting was held by ("विडियो कॉन्फ्रेंसिंग के जरिए जिला
# मैजिस्ट्रेट्स संग"); a possessor's genitive stays inside it ("रेलवे के असिस्टेंट डिवीजनल मेडिकल
# आफिसर से")
_STOPS = _NP_STOPS | frozenset({"जरिए", "जरिये", "माध्यम", "बीच"})
# At most this many words in such a phrase (the longest right one on the allowed files, the
# Assistant Divisional Medical Officer of the railways, has 6); a longer run is no one partner
_PHRASE_MAX = 6
# A phrase holding a pronoun or a demonstrative points back at someone ("उनके साथ", "इस टीम के
# साथ"): the anaphora's to resolve, never a name of its own
_POINTERS = SINGULAR | PLURAL | frozenset({"उस", "इस", "उन", "इन", "वह", "यह", "वे", "ये"})
# What may stand between the partner's marker and the meeting's noun: words that say which
# meeting it is ("समीक्षा बैठक", "एक उच्च स्तरीय बैठक"), the one who held it with its "ने", a
# time ("डीआरएम के साथ रांची डीसी और एसएसपी ने आज मीटिंग की"). Anything else makes the marker
# another word's: a verb's ("… खतरों से निपटने के लिए … बैठक बुलायी"), a sender's ("उप जिला
# चिकित्सालय की ओर से … समिति के सदस्यों की बैठक").
_BETWEEN = _WHICH_MEETING | frozenset({"समीक्षा", "उच्च", "स्तरीय", "ने"}) | PARTICLES

# The nouns of a meeting whose possessor may be the body met, and how many words saying which
# meeting it is may stand between them ("मंत्रिमंडल की एक विशेष बैठक")
_MEETING_NOUNS = frozenset({"बैठक", "मीटिंग"})
_WHICH_WORDS = 2


def unread_partners(events: list[Event], views: list[SentenceView]) -> None:
    """Give each meeting with no target the partner its clause marks before the trigger ("X के
    साथ", "X संग", and for a meeting's own nouns "X से") where no argument of the event ends
    there, else the body whose meeting it is ("मंत्रिमंडल की एक विशेष बैठक", "कैबिनेट बैठक"); events
    are changed in place, the partner's words their evidence."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "CONSULT" or ev.target or ev.negated or ev.mode not in _MODES:
            continue
        found = _marked_partner(sv, ev) or _met_body(sv, ev)
        if found:
            ev.arguments.extend(found)
            ev.target = list(dict.fromkeys(a.entity_id for a in found if a.entity_id))


def _marked_partner(sv: SentenceView, ev: Event) -> list[Argument] | None:
    """The target arguments of the partner marked before the meeting's trigger, nearest first;
    None where a party the roles read ends there or the marker is another word's."""
    marks = _SINGLE_MARKS if ev.mode == _MEETING else _SANG
    for at in _partner_ends(sv, ev.trigger_start, marks):
        if any(a.end == sv.tokens[at].end for a in ev.arguments):
            return None  # a party the roles read there: with_parties' (or no partner)
        if not _next_to_meeting(sv, at, marks, ev):
            return None
        found = _partner(sv, at, set(ev.source))
        if found is None and sv.texts[at + 1] in marks:
            continue  # "सोमवार से": a time or a place, a marker further back
        return found
    return None


def _met_body(sv: SentenceView, ev: Event) -> list[Argument] | None:
    """The body ("मंत्रिमंडल", "कैबिनेट", "मंत्रियों के समूह GoM") a meeting held by another party
    belongs to: its possessor before "की" and at most two words of which meeting it is, or the
    body word right before the noun ("कैबिनेट बैठक"); None where the body is a party already
    (the body meeting alone, or :func:`~khabar.events.chaired.chaired_bodies`'s)."""
    texts = sv.texts
    k = sv.token_starting(ev.trigger_start)
    if ev.mode != _MEETING or k is None or texts[k] not in _MEETING_NOUNS:
        return None
    end = k - 1
    while end >= 0 and k - 1 - end < _WHICH_WORDS and texts[end] in _WHICH_MEETING:
        end -= 1
    if end >= 1 and texts[end] == "की":
        end -= 1
    elif end != k - 1 or end < 0 or texts[end] not in _BODIES:
        return None
    if any(a.end == sv.tokens[end].end for a in ev.arguments):
        return None
    found = _partner(sv, end, set(ev.source))
    if found is None or _BODIES.isdisjoint(found[0].text.split()):
        return None
    return found


def _next_to_meeting(sv: SentenceView, at: int, marks: frozenset[str], ev: Event) -> bool:
    """Whether only :data:`_BETWEEN` words, times and the event's sources stand between the
    marker after token ``at`` and the meeting's trigger."""
    texts = sv.texts
    trig = sv.token_starting(ev.trigger_start)
    if trig is None:
        return False
    after = at + 2 if texts[at + 1] in marks else at + 3
    held = {
        k
        for u in sv.units
        if set(ev.source).intersection(unit_actors(u))
        for k in range(u.first, u.last + 1)
    }
    return all(texts[k] in _BETWEEN or k in sv.dated or k in held for k in range(after, trig))


def _partner(sv: SentenceView, at: int, held_by: set[str]) -> list[Argument] | None:
    """The target arguments of the partner phrase ending at token ``at``: the actors of a unit
    ending there (none of them the one who held the meeting, no place); else a phrase whose last
    conjunct the glossary knows as a body, an office or people ("उस स्कूल के बच्चों"); else the
    words back to a noun phrase's stop ("टीम 11", "डीआरएम"); None otherwise."""
    toks = sv.tokens
    unit = _unit_ending(sv.units, at)
    if unit is not None:
        actors = unit_actors(unit)
        if not actors or is_place(unit) or held_by.intersection(actors):
            return None
        first, last = toks[unit.first], toks[unit.last]
        words = sv.text_of(unit.first, unit.last)
        return [Argument("target", words, first.start, last.end, a) for a in actors]
    start = _clause_start(sv, at)
    first_tok = glossed_span(sv, start, at, sv.units, _NP_STOPS)
    if first_tok is not None and not (
        names_actor(sv.text_of(first_tok, at)) or names_people(sv.text_of(first_tok, at))
    ):
        first_tok = None
    if first_tok is None:
        first_tok = _bare_phrase(sv, start, at)
    if first_tok is None:
        return None
    text = sv.text_of(first_tok, at)
    return [Argument("target", text, toks[first_tok].start, toks[at].end, f"text:{text}")]


def _bare_phrase(sv: SentenceView, start: int, at: int) -> int | None:
    """The first token of the words before the partner's marker back to a noun phrase's stop
    or the clause's start, at most :data:`_PHRASE_MAX` of them, none a date, a pronoun or a
    demonstrative, and no unit running on past ``at`` but by the marker the tagger took into a
    name ("जिला मैजिस्ट्रेट्स संग"); None otherwise."""
    toks, texts = sv.tokens, sv.texts
    for u in sv.units:
        if u.first <= at < u.last and not (u.last == at + 1 and texts[u.last] in _SANG):
            return None  # inside a longer name: not the partner's own phrase
    first = at
    while first - 1 >= start and texts[first - 1] not in _STOPS and not is_break(toks, first - 1):
        first -= 1
        if at - first + 1 > _PHRASE_MAX:
            return None
    words = texts[first : at + 1]
    if sv.dated.intersection(range(first, at + 1)) or _POINTERS.intersection(words):
        return None
    if words[-1] in GENITIVES or words[-1].isdigit() and len(words) == 1:
        return None
    return first


def _unit_ending(units: list[Unit], at: int) -> Unit | None:
    """The unit whose last token is ``at`` (its marker after it), else None."""
    for u in units:
        if u.last == at:
            return u
    return None

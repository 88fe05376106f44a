"""What a deployment deploys: the force or personnel named before "तैनात"/"तैनाती" is the
target of its MOBILIZE event, never its source (issue 13, round tg18).

Why a module of its own: a deployment is told with the force as the unmarked subject of a
passive or an active that dropped its ने ("प्रशासन … आरएएफ के जवान तैनात कर दिए हैं"), as the
"को" object ("अमेरिका ने … नेशनल गार्ड को तैनात किया है") or as the genitive of the noun ("24
घंटे पुलिस की तैनाती", "होमगार्ड एवं चौकीदार की तैनाती"). The argument rules look for a target
in the trigger's case frame, and find none where the force names no actor of the dictionary
("नेशनल गार्ड", "स्वास्थ्य टीमें") or is only the genitive of the noun; an unmarked named force
came out as the source (the Rapid Action Force deploying itself). At main, five of the six
"तैनात" MOBILIZE events and both "तैनाती" ones of the 280 allowed corpus day files had no target.
The dev gold's tune half codes the officers deployed as the target ("दंडाधिकारियों, पुलिस
पदाधिकारियों की प्रतिनियुक्ति") and the authority that deploys as the source; the tuning gold
codes "नेशनल गार्ड को तैनात किया" with the National Guard as the target.

:func:`deployed_parties` (a late pass, only for a MOBILIZE event whose trigger is a deployment
word and that has no target) gives it the force phrase as its target: the named actors inside it
where it has any ("आरएएफ के जवान": the Rapid Action Force), else the phrase itself with its
English from :data:`_FORCE_HEADS`. Where the source read is the force itself, the unmarked or
ने-marked actor leading the clause deploys it (:func:`_deployer_for_force`); with no such actor
the force stands as its own source and the event is left as it was: a force that stands
("पुलिस बल भी तैनात रहेंगे", "कंपनियां तैनात होंगी") keeps round ev52's reading, and the same force
is never put on both sides.

The phrase ends right before the trigger (particles skipped; "को" for an object, "की" before
the noun) on a word of :data:`_FORCE_HEADS`, and runs back over its modifiers, genitives and
conjuncts to a postposition or the clause start. Counts and checks: docs/events-rounds.md,
round tg18.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import GENITIVES, PARTICLES, SentenceView, unit_actors
from .sentence_events import events_in_sentences

# The deployment words a MOBILIZE trigger starts with.
_DEPLOY = frozenset({"तैनात", "तैनाती", "प्रतिनियुक्ति"})
# The heads of a deployed force or staff phrase and their English (tuned on the 60 sentences
# with "तैनात"/"तैनाती" of the 280 allowed corpus day files: jawans, police force, companies of
# the central forces, teams, home guards, watchmen, the National Guard, AYUSH warriors).
_FORCE_HEADS: dict[str, str] = {
    "जवान": "personnel",
    "जवानों": "personnel",
    "बल": "force",
    "बलों": "forces",
    "कंपनियां": "companies",
    "कंपनियों": "companies",
    "टीम": "team",
    "टीमें": "teams",
    "टीमों": "teams",
    "दल": "team",
    "दलों": "teams",
    "गार्ड": "guard",
    "होमगार्ड": "home guards",
    "चौकीदार": "watchmen",
    "योद्धा": "warriors",
    "मजिस्ट्रेट": "magistrates",
    "दंडाधिकारी": "magistrates",
    "दंडाधिकारियों": "magistrates",
    "पदाधिकारियों": "officers",
    "सेना": "army",
    "स्टाफ": "staff",
    "पुलिस": "police",
    "पुलिसकर्मी": "police personnel",
    "पुलिसकर्मियों": "police personnel",
    "सुरक्षाकर्मी": "security personnel",
    "सुरक्षाकर्मियों": "security personnel",
}
# The words a force phrase holds before its head besides names and nouns: conjunctions and the
# "सहित" of a list ("पुलिस सहित, बीएसएफ, … व एसआरपी की 38 कंपनियां").
_JOINS = frozenset({"व", "और", "एवं", "तथा", "सहित", ","})
# What ends the phrase going back: a postposition other than a genitive, a clause end, a
# particle, a relation noun ("के साथ", "के अलावा").
_STOPS = frozenset(
    {"ने", "में", "पर", "से", "को", "लिए", "द्वारा", "तक", "साथ", "अलावा", "बाद", "दौरान"}
    | {"।", "?", "!", ";", ":", "|", "कि", "हैं", "है", "था", "थे", "गया", "गए", "दिया", "दिए"}
)
# Leading words that count or time the deployment, not part of who is deployed ("24 घंटे
# पुलिस", "दो-दो डीएपी जवान").
_LEADING = frozenset({"घंटे", "घंटों", "दिन", "रात", "हर", "सभी", "काफी", "भारी"})
# What ends the clause a deploying actor leads.
_CLAUSE_ENDS = frozenset({"।", "?", "!", ";", ":", "|", "कि"})
_REACH = 12  # tokens back from the head: the longest list on the allowed files is 11


def _head(sv: SentenceView, at: int) -> int | None:
    """The token index of the force head right before the trigger token ``at``, or None."""
    texts = sv.texts
    k = at - 1
    while k >= 0 and texts[k] in PARTICLES:
        k -= 1
    if k < 0:
        return None
    if texts[at] == "तैनात" and texts[k] == "को":
        k -= 1
    elif texts[at] != "तैनात":
        if texts[k] != "की":
            return None
        k -= 1
    if k < 0 or texts[k] not in _FORCE_HEADS:
        return None
    return k


def force_span(sv: SentenceView, at: int) -> tuple[int, int] | None:
    """The first and last token of the force phrase deployed by the trigger at token ``at``."""
    texts = sv.texts
    if texts[at] not in _DEPLOY:
        return None
    head = _head(sv, at)
    if head is None:
        return None
    first = head
    k = head - 1
    while k >= 0 and head - k <= _REACH:
        word = texts[k]
        if word in _STOPS or word in PARTICLES:
            break
        if word in GENITIVES or word in _JOINS:
            k -= 1
            continue
        first = k
        k -= 1
    while first < head and (
        texts[first] in _LEADING
        or texts[first] in _JOINS
        or texts[first] in GENITIVES
        or texts[first].replace(",", "").replace("-", "").isdigit()
    ):
        first += 1
    return first, head


def deployed_parties(events: list[Event], views: list[SentenceView]) -> None:
    """Give each deployment with no target the force it deploys (see the module docstring);
    events change in place."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "MOBILIZE" or ev.target:
            continue
        at = sv.token_starting(ev.trigger_start)
        if at is None:
            continue
        span = force_span(sv, at)
        if span is None:
            continue
        first, last = span
        toks = sv.tokens
        lo, hi = toks[first].start, toks[last].end
        _deployer_for_force(ev, sv, first, lo, hi)
        if any(
            a.role in {"source", "source_inferred"}
            and a.entity_id in ev.source
            and lo <= a.start
            and a.end <= hi
            for a in ev.arguments
        ):
            continue  # the force stands as its own source ("पुलिस बल भी तैनात रहेंगे"): kept
        found: list[Argument] = []
        for unit in sv.units:
            if unit.first < first or unit.last > last:
                continue
            idents = unit_actors(unit)
            for m in unit.mentions:
                if m.entity_id and m.entity_id in idents and m.entity_id not in ev.source:
                    found.append(Argument("target", m.text, m.start, m.end, m.entity_id))
        if not found:
            text = sv.text_of(first, last)
            en = _english(sv, first, last)
            found = [Argument("target", text, lo, hi, f"text:{text}", en)]
        for arg in found:
            if arg.entity_id and arg.entity_id not in ev.target:
                ev.arguments.append(arg)
                ev.target.append(arg.entity_id)


def _deployer_for_force(ev: Event, sv: SentenceView, first: int, lo: int, hi: int) -> None:
    """Where the source read is the force itself ("… प्रशासन … आरएएफ के जवान तैनात कर दिए हैं":
    the Rapid Action Force was the source), the unmarked or ने-marked actor leading the clause
    before the force deploys it: the force leaves the source (the late pass gives it the target).
    Without such an actor the source stays as it was."""
    inside = [
        a
        for a in ev.arguments
        if a.role in {"source", "source_inferred"} and lo <= a.start and a.end <= hi
    ]
    forces = {a.entity_id for a in inside if a.entity_id in ev.source}
    if not forces or len(forces) != len(ev.source):
        return
    k = first - 1
    while k >= 0 and sv.texts[k] not in _CLAUSE_ENDS:
        k -= 1
    leaders = [
        u
        for u in sv.units
        if k < u.first and u.last < first and u.marker in {None, "ने"} and unit_actors(u)
    ]
    if not leaders:
        return
    lead = leaders[0]
    ident = unit_actors(lead)[0]
    m = lead.mentions[0]
    ev.arguments = [a for a in ev.arguments if a not in inside]
    ev.arguments.append(Argument("source", m.text, m.start, m.end, ident))
    ev.source = [ident]


def _english(sv: SentenceView, first: int, last: int) -> str:
    """The English of a force phrase that names no actor: its head's, after the words before it
    that :data:`_MODIFIERS` knows ("स्वास्थ्य टीमें": health teams; "नेशनल गार्ड": National guard)."""
    head = _FORCE_HEADS[sv.texts[last]]
    before = [w for w in sv.texts[first:last] if w not in GENITIVES and w not in _JOINS]
    words = [_MODIFIERS.get(w, "") for w in before]
    return " ".join([w for w in words if w] + [head])


# Modifiers of a force head read on the allowed files and their English.
_MODIFIERS: dict[str, str] = {
    "स्वास्थ्य": "health",
    "मेडिकल": "medical",
    "पुलिस": "police",
    "नेशनल": "National",
    "आयुष": "AYUSH",
    "डॉक्टरों": "doctors'",
    "चिकित्सकों": "doctors'",
}

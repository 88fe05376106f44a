"""The named body whose measure the sentence before told, for the agentless measure that goes on
with it.

Why a module of its own: round src5 (issue 13, an institution's own measure given to a
government). An agentless measure ("इसके अतिरिक्त नियमित रूप से हाथों को धोते रहने की भी अपील
की गई है", NT-2020-MAR-08.txt) is guessed the government of the article's place
(:mod:`.issuer`), but the sentence right before told the same body's measure with its agent
written ("केंद्रीय स्वास्थ्य मंत्रालय ने स्वास्थ्य अडवाइजरी जारी कर अपील की है …"): the passive
one goes on with it, and the audit au9 read the guessed Tamil Nadu government as wrong. Round
sm1's :mod:`.ministry_goes_on` reads this for a Union ministry after a guessed Union government
only; here any named body that is not itself a government of a place (a board, a ministry, a
railway, a hospital, a temple trust) takes an agentless measure whose guessed issuer is a
government or an administration, when every sourced act of the sentence right before is a
measure of that one body, written as its agent (not itself inferred). A person's act before
(a minister, a collector) leaves the guess alone: his office, not he, is the issuer.
"""

from __future__ import annotations

from ..model import Event
from .clause import SentenceView
from .ministry_goes_on import _MEASURES
from .sentence_events import events_by_sentence, events_in_sentences

# The guessed issuers this pass may replace: a government or an administration of a place
_GUESSED = "actor:Government of "
_GUESSED_END = " administration"
# The sources that may be a body: an actor of the actor dictionary or an organisation of the KB
# (not a person: his office, not he, issues a measure)
_BODIES = ("actor:", "kb:org/")
# Words of an actor's name that make it an office held by one person, a force of a place or a field
# team, not a body that issues measures: on the 280 allowed corpus day files the chief
# minister's and chief secretary's acts before a state's passive measure, and a city's police
# before another city's curfew (AU-2020-ARP-29.txt, DJ-2020-MAR-29.txt, DJ-2020-ARP-05.txt), were
# wrong to carry on; a health team's quarantine before "गांव को सील कर दिया गया" leaves the seal
# the district's (Vi, DJ-2020-ARP-28.txt, tests/test_events_sa8_places.py)
# a team written in the agent ("स्वास्थ्य विभाग की टीम ने … भर्ती कर लिया । मोहल्ले को सील कर दिया
# गया", tests/test_events_sources20.py: the seal stays the district's)
_TEAM = "टीम"
_OFFICES = frozenset(
    {"Minister", "Secretary", "Police", "Commissioner", "Magistrate", "Collector", "team", "teams"}
)
# The Union government's guess is round sm1's (:mod:`.ministry_goes_on`, five sentences back)
_UNION = "actor:Government of India"
# How many sentences back the body's act may stand: 1, the sentence right before
_REACH = 1


def _is_guess(ident: str) -> bool:
    """Whether ``ident`` is a government or an administration of a place (what the issuer guess
    gives an agentless measure)."""
    return ident.startswith(_GUESSED) or ident.endswith(_GUESSED_END)


def _body_of(ev: Event) -> str | None:
    """The one named body that is ``ev``'s whole source, not itself inferred; else None."""
    if len(ev.source) != 1 or ev.type not in _MEASURES:
        return None
    [ident] = ev.source
    name = ident.split(":", 1)[-1]
    if not ident.startswith(_BODIES) or _is_guess(ident) or not name[:1].isupper():
        return None  # a person, a government of a place, a group ("actor:workers")
    if any(word in name.split() for word in _OFFICES):
        return None
    return None if any(a.role == "source_inferred" for a in ev.arguments) else ident


def institution_goes_on(events: list[Event], views: list[SentenceView]) -> None:
    """Give each event whose one source is a guessed government (a ``source_inferred``
    argument) the named body that is the one written source of every sourced act of the
    sentence right before; the inferred argument then points at that act's mention of the body
    (its evidence). Changed in place."""
    pairs = list(events_in_sentences(events, views))
    by_sentence = events_by_sentence(ev for ev, _ in pairs if ev.source)
    for ev, sv in pairs:
        if len(ev.source) != 1 or not _is_guess(ev.source[0]) or ev.source == [_UNION]:
            continue
        inferred = [
            a for a in ev.arguments if a.role == "source_inferred" and a.entity_id == ev.source[0]
        ]
        acts = by_sentence.get(sv.index - _REACH, [])
        if not inferred or not acts:
            continue
        found = {_body_of(e) for e in acts}
        if len(found) != 1 or None in found:
            continue
        [body] = found
        named = next(
            (a for e in acts for a in e.arguments if a.role == "source" and a.entity_id == body),
            None,
        )
        if named is None or body is None or _TEAM in named.text:
            continue  # "स्वास्थ्य विभाग की टीम ने": a field team's act, not the body's order
        old = ev.source[0]
        ev.source = [body]
        for a in inferred:
            a.entity_id = body
            a.text, a.start, a.end = named.text, named.start, named.end
        ev.codes.pop(old, None)
        ev.target = [t for t in ev.target if t != body]

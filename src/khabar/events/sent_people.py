"""Whom a transport aid sends when its clause names the person sent, or a purpose clause after
it says the people carried (issue 13, round tg12).

Why a module of its own: round ta16's :mod:`.carried_people` gives a transport aid the people
phrase the glossary knows ("83 हजार श्रमिकों को … ट्रेनों से … रवाना किया") and leaves a name to
the naming rules; but the argument rules read no target off a vehicle noun in the
instrumental, so nothing gave them the name, and the aid stayed without a recipient ("हेमलाल
महतो को दूसरी ट्रेन से … बोकारो भेज दिया जायेगा"). A purpose clause right after the act names
whom it carries too ("यूपी सरकार ने लगभग 250 बसों को भेजने का फैसला किया, ताकि यहां फंसे यूपी के
लगभग 7500 छात्रों को उनके परिवारों तक पहुंचाया जा सके"), outside the clause :mod:`.carried_people`
reads. The annotation rules name an aid's target whom it helps, and the gold codes the people a
transport carries (round ta16). Two readings, only for a transport aid with no target:

* a person's name marked "को" as the object nearest the motion verb of the trigger's clause
  (the vehicle marked "को" is no one: "250 बसों को कोटा भेजा");
* the people phrase :mod:`.carried_people` reads in a "ताकि/जिससे" clause right after the
  trigger's clause.

A pronoun object ("ट्रेन से उन्हें … रवाना", "बसों से उन्हें … भेजा जायेगा") is left open: handed
to :func:`.anaphora.resolve_pronoun_targets`, both on the allowed files took a wrong antecedent
(the doctors of the sentence before, the officials at the station), since the one sent is the
reporting speaker or the riders of a train two sentences back. Counts and checks on the allowed
files: docs/events-rounds.md, round tg12.
"""

from __future__ import annotations

from ..model import Argument, Event
from .anaphora import PLURAL, RELATIVE_OBJECTS, SINGULAR
from .carried_people import _MOVING, _carried, _clause, _motion
from .clause import SentenceView, unit_actors
from .gloss import gloss
from .sentence_events import events_in_sentences

# The object pronouns a motion verb takes without "को": an object nearer the verb than a
# name's "को" is the one sent.
_DATIVES = PLURAL | SINGULAR | RELATIVE_OBJECTS
_PARTICLES = frozenset({"भी", "ही", "तो"})
# The conjunctions that open a purpose clause: "so that".
_PURPOSE = frozenset({"ताकि", "जिससे"})


def sent_people(events: list[Event], views: list[SentenceView]) -> None:
    """Give each transport aid with no target the person's name or the purpose-clause people its
    sentence sends (see the module docstring); events change in place."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "AID" or ev.mode not in _MOVING or ev.target:
            continue
        if any(a.role == "target" for a in ev.arguments):
            continue  # a target written already (a pronoun the anaphora rules read)
        at = sv.token_starting(ev.trigger_start)
        if at is None:
            continue
        arg = _sent_object(sv, at) or _purpose_people(sv, at)
        if arg is None:
            continue
        ev.arguments.append(arg)
        if arg.entity_id is not None:
            ev.target.append(arg.entity_id)


def _sent_object(sv: SentenceView, at: int) -> Argument | None:
    """The person's name marked "को" nearest the first motion verb of the trigger's clause, as a
    target argument; None when that object is anything else (a vehicle: "250 बसों को कोटा
    भेजा"; a pronoun: see the module docstring)."""
    texts, toks = sv.texts, sv.tokens
    lo, hi = _clause(sv, at)
    verb = next((k for k in range(lo, hi + 1) if _motion(texts[k])), None)
    if verb is None:
        return None
    objects = [k for k in range(lo, verb) if texts[k] in _DATIVES or texts[k] == "को"]
    if not objects or texts[objects[-1]] != "को":
        return None  # no object, or the nearest is a pronoun (left alone: the docstring)
    end = objects[-1] - 1
    while end >= lo and texts[end] in _PARTICLES:
        end -= 1
    unit = next((u for u in sv.units if u.last == end and u.first >= lo), None)
    if unit is None or not unit.mentions or any(m.type != "PERSON" for m in unit.mentions):
        return None
    actors = unit_actors(unit)
    if len(actors) != 1:
        return None
    text = sv.text_of(unit.first, unit.last)
    return Argument("target", text, toks[unit.first].start, toks[unit.last].end, actors[0])


def _purpose_people(sv: SentenceView, at: int) -> Argument | None:
    """The people a "ताकि/जिससे" clause right after the trigger's clause says are carried."""
    texts, toks = sv.texts, sv.tokens
    _, hi = _clause(sv, at)
    k = hi + 1
    if k < len(texts) and texts[k] == ",":
        k += 1
    if k + 1 >= len(texts) or texts[k] not in _PURPOSE:
        return None
    found = _carried(sv, k + 1)
    if found is None:
        return None
    first, last = found
    text = sv.text_of(first, last)
    return Argument("target", text, toks[first].start, toks[last].end, f"text:{text}", gloss(text))

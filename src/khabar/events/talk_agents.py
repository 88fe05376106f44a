"""A talk or meeting told in the infinitive before the clause's main act, its holder the clause's
ने-agent (round rc1, issue 13): "मुख्यमंत्री योगी आदित्यनाथ ने रविवार अपने सरकारी आवास पर
अधिकारियों के साथ बैठक करने के साथ लखनऊ में स्थलीय निरीक्षण किया" (DJ-2020-MAR-29.txt, the core
CONSULT miss DJ-2020-03-29-L1-e05 of the tuning set Vr), "केंद्रीय स्वास्थ्य मंत्री ने मरीजों से बात
करने के दौरान उन्हें … जानकारी ली" (AU-2020-ARP-26.txt).

Why: the roles read a ने-agent only for a finite trigger (:func:`khabar.events.roles.assign_roles`),
so a talk named by "<talk> करने के साथ/दौरान/बाद" kept its partner alone and was dropped for one
party (:mod:`khabar.events.candidate_parties`). The ने marks the perfective main act the talk went
with, during or before: the agent held the talk, and it took place. Only those three postpositions
(not "के लिए": a purpose, no talk yet), a partner marked right before the trigger ("से", "के
साथ"), one named ने-agent in the clause before it, and no talk with the press ("पत्रकारों से बात
करने के बाद": a statement, no consultation).
"""

from __future__ import annotations

from .arguments import Roles, add_role
from .candidates import Candidate
from .clause import PARTICLES, SentenceView, Unit, is_break, unit_actors
from .parties import marked_partners

# "<talk> करने के साथ/दौरान/बाद …": the talk went with, during or before the main act
_ALONGSIDE = frozenset({"साथ", "दौरान", "बाद"})
# the press as a talk's partner: an interview or a statement, no consultation (meetings._PRESS)
_PRESS = frozenset({"पत्रकारों", "मीडिया", "मीडियाकर्मियों", "संवाददाताओं", "पत्रकार"})


def _ne_agent(sv: SentenceView, cand: Candidate, start: int) -> Unit | None:
    """The one ने-unit naming actors in the clause before the trigger, with no break between."""
    agents = [u for u in sv.units if u.marker == "ने" and start <= u.first and u.last < cand.first]
    if len(agents) != 1 or not unit_actors(agents[0]):
        return None
    if any(is_break(sv.tokens, j) for j in range(agents[0].marker_end, cand.first)):
        return None
    return agents[0]


def infinitive_talk(
    sv: SentenceView, cand: Candidate, start: int, roles: Roles, source: list[str]
) -> tuple[list[str], list[str]] | None:
    """(source, target) of a talk in "<partner> से/के साथ <talk> करने के साथ/दौरान/बाद" whose
    holder is the clause's ने-agent, added to ``roles``; None where the form or agent is not
    there. ``source``: the parties found so far (the partner, or none for a glossed group)."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    if not cand.trig.symmetric or not cand.light or verb[:2] != ["करने", "के"]:
        return None
    if len(verb) < 3 or verb[2] not in _ALONGSIDE:
        return None
    texts = sv.texts
    k = cand.first - 1
    if k < 1 or texts[k] not in {"से", "साथ"} or (texts[k] == "साथ" and texts[k - 1] != "के"):
        return None
    agent = _ne_agent(sv, cand, start)
    if agent is None or not _PRESS.isdisjoint(texts[agent.marker_end : cand.first]):
        return None
    held = unit_actors(agent)
    if set(held) & set(source):
        return None
    add_role(roles, "source", agent, sv, held)
    roles.explicit_source = True
    parties = list(dict.fromkeys(source + roles.source))
    partners = marked_partners(sv, roles, parties)
    return [p for p in parties if p not in partners], partners

"""A ने-agent named by a phrase, not an entity, as the agent a dropped subject refers back to.

Why a module of its own: :func:`khabar.events.hindi._note_context` notes the agents of a
sentence for the next sentences' anaphors and dropped subjects from its ने-units, the phrases
the entity tagger named. A ने-agent the tagger did not name ("ऐसे मे केंद्र ने जहां सभी
अस्पतालों को … तैयार रहने का निर्देश दिया है") still becomes the source of the sentence's own
events, read by the agent rules as a glossed phrase (``text:केंद्र``, its argument the phrase
before ने), but was never noted: the next sentence's act with its subject dropped ("वहीं हर
राज्य मे … अस्पताल को भी हरी झंडी दे दी है", the correlative "while" of that जहां) found no
agent and was dropped "no agent". Here (asked by the events stage after each sentence's
extraction, :func:`note_glossed_agents`) the sentence's glossed ने-agent is kept aside
(``ctx.actors.glossed``, with its arguments and codes, not as ``last_agents``: the pronouns,
speakers and guessed authorities that read those are unchanged), and an act that every other
agent rule left without a source takes it when the dropped-subject rule
(:func:`khabar.events.subjects._dropped_subject`, with its own distance limits) would have given
it a noted agent of that sentence, provided no other ने-agent, named or not, came since.

Round ms2 (issue 13): the core miss of tuning pool X's DJ-2020-03-22-L1-e02. Noting the phrase
as ``last_agents`` itself changed 6 events on the 280 allowed files, 4 of them wrong (a bare
"मंत्रालय ने" after "आयुष मंत्रालय ने" taking over a ministry's advice and losing its target, a
health team replacing the district's department, an order's copy sent and an economic "मांग"
made acts), so it is confined to the acts dropped "no agent".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..model import Argument, Event
from .acting import _SWITCH
from .candidates import Candidate
from .clause import PARTICLES, DocContext, SentenceView
from .subjects import _dropped_subject
from .voice import _ends_finite

_NE = "ने"
_TEXT = "text:"  # a phrase the glossary names (a named entity's ने-unit is noted already)
# A light "की" read as the perfect of करना that does not close its clause is the genitive of a
# noun trigger ("इससे मांग की कमी के चलते …", "आदेश की प्रति … को भी भेजी गई है"): the 2 wrong
# events of the 3 this rule first made on the 280 allowed corpus day files
_GENITIVE_KI = frozenset({"की", "कीं"})
# The correlative "while" right after the agent ("केंद्र ने जहां … दिया है । वहीं …", clause.is_break,
# round ev44): the "वहीं" that answers it goes on with the same agent, not to another thread
_WHILE = frozenset({"जहां", "जहाँ"})


def _ne_after(sv: SentenceView, end: int) -> int:
    """The index of the ने right after the phrase that ends at character ``end``, else -1."""
    k = sv.token_at(end - 1) + 1
    return k if 0 < k < len(sv.tokens) and sv.tokens[k].text == _NE else -1


def glossed_ne_agents(
    sv: SentenceView, events: Sequence[Event]
) -> tuple[list[Argument], dict[str, str]]:
    """The source arguments that the sentence's events read from a ने-agent no unit names, when
    that ने is the sentence's last agent (no ने-unit after it), in the order of the events, and
    the codes the events gave them; none otherwise."""
    found: dict[int, list[Argument]] = {}
    codes: dict[str, str] = {}
    for ev in events:
        for a in ev.arguments:
            ident = a.entity_id or ""
            if a.role != "source" or not ident.startswith(_TEXT) or ident not in ev.source:
                continue
            k = _ne_after(sv, a.end)
            if k < 0 or any(u.last < k < u.marker_end for u in sv.units if u.marker == _NE):
                continue  # no ने right after it, or a unit's own ने (noted as that unit)
            if all(b.entity_id != ident for b in found.get(k, [])):
                found.setdefault(k, []).append(a)
            if ident in ev.codes:
                codes.setdefault(ident, ev.codes[ident])
    if not found:
        return [], {}
    k = max(found)
    if any(u.marker == _NE and u.last > k for u in sv.units):
        return [], {}  # a ने-unit later in the sentence is the last agent named
    args = found[k]
    return args, {a.entity_id or "": codes[a.entity_id or ""] for a in args if a.entity_id in codes}


def note_glossed_agents(sv: SentenceView, ctx: DocContext, events: Sequence[Event]) -> None:
    """Keep the sentence's glossed ने-agent aside (see the module's docstring)."""
    args, codes = glossed_ne_agents(sv, events)
    if args:
        k = _ne_after(sv, args[0].end)
        correlative = k + 1 < len(sv.tokens) and sv.tokens[k + 1].text in _WHILE
        ctx.actors.glossed = (sv.index, sv.end, args, codes, correlative)


def glossed_subject(
    cand: Candidate, sv: SentenceView, ctx: DocContext, text: str
) -> tuple[list[Argument], dict[str, str]]:
    """The glossed ने-agent kept aside and its codes, for an act with no source when its subject
    is dropped right after that agent's sentence (the dropped-subject rule's reach), no other
    ने-agent (named, carried on by "उन्होंने", or unnamed) since, and the sentence opens no other
    thread (acting._SWITCH, but for the "वहीं" of a correlative "जहां"); none otherwise."""
    at, end, args, codes, correlative = ctx.actors.glossed
    if at < 0 or at != ctx.ne_at or at <= max(ctx.agents_sentence, ctx.carried_at):
        return [], {}
    if sv.tokens and sv.tokens[0].text.rstrip(",") in _SWITCH and not correlative:
        return [], {}  # "वहीं, …", "इधर, …" turns to another thread, unless "… ने जहां …" before
    verb = [t for t in cand.verb if t not in PARTICLES]
    if verb and verb[0] in _GENITIVE_KI and not _ends_finite(cand):
        return [], {}  # "मांग की कमी", "आदेश की प्रति": a genitive, no light verb "did"
    ids = [a.entity_id or "" for a in args]
    there = replace(ctx, last_agents=ids, agents_sentence=at, agents_end=end, carried_at=-1)
    if not _dropped_subject(cand, sv, there, text):
        return [], {}
    return [replace(a) for a in args], dict(codes)

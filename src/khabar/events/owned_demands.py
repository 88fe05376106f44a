"""Whom a demand is made of, when the text names it as the owner of the act demanded (issue 13,
round rq2).

Why a module of its own: a demand's addressee is read where it is marked as one ("केंद्र सरकार
से … की मांग की", "प्रधानमंत्री को पत्र लिखकर … की मांग", a कि-clause's subject:
:func:`khabar.events.addressees.asked_in_clause`). Hindi also names it as the one whose act is
demanded, a genitive before the demanded noun: "… प्रदान करने के लिए केंद्र के हस्तक्षेप की मांग
की" (the Centre is asked to intervene), "… गृह मंत्रालय के हाल के आदेश पर और स्पष्टता की मांग की"
(the ministry is asked to clarify its own order). There the demand kept an empty target, though
the annotators code the owner as the target (the tuning pool POOL_X: the Government of India and
the home ministry). Counted on the 280 allowed corpus day files (docs/events-rounds.md, round
rq2): 23 of 42 REQUEST "मांग" events had no target at main 4b4599a1; 4 name the addressee in
their own sentence without it being read, 2 of them (3 sentences, one told twice) as such an
owner; the rest name it in a neighbouring sentence (4) or leave it implicit (15).

Only owners of acts that their owner alone performs (an intervention, a reply, a clarification,
a permission): "X की मदद/सहायता/सहयोग की मांग" says whom to help as often as who is to help, and
is left alone. Only a named actor (a unit the tagger or the actor dictionary took, or a phrase
the glossary knows as a body or an office, the bare "केंद्र" opening its phrase), never a place
or a pronoun. The owner's words are
the argument's evidence; nothing is inferred.
"""

from __future__ import annotations

from ..model import Argument, Event
from .arguments import _NP_STOPS
from .centre_owner import _CENTRE, _PHRASE_ENDS
from .clause import GENITIVES, PARTICLES, SentenceView, is_place, unit_actors
from .glossary import names_actor
from .objects import glossed_span
from .sentence_events import events_in_sentences
from .timexowner import _clause_start
from .unread_partners import _unit_ending

# The demand nouns whose object may name its owner ("… की मांग", "… का अनुरोध"); on the allowed
# files only "मांग" shows the construction, the others are the same frame
_DEMANDS = frozenset({"मांग", "माँग", "मांगों", "अनुरोध", "गुहार"})
# Acts that only their owner performs, so that their owner is whom the demand is made of ("केंद्र
# के हस्तक्षेप", "सरकार की मंजूरी", "मंत्रालय का स्पष्टीकरण"); not help of any kind, whose
# genitive is as often the one helped ("गरीबों की मदद की मांग")
_OWNED_ACTS = frozenset({"हस्तक्षेप", "दखल", "दखलअंदाजी", "स्पष्टीकरण", "जवाब", "मंजूरी", "अनुमति", "इजाजत"})
# What is asked about an owner's decision ("X के आदेश पर स्पष्टता की मांग"): its clarification
_CLARITY = frozenset({"स्पष्टता", "स्पष्टीकरण"})
# The decisions so questioned, and the words that may say which one it is ("हाल के आदेश", "नए
# दिशानिर्देशों") between the owner's genitive and the noun
_DECISIONS = frozenset(
    {
        "आदेश",
        "आदेशों",
        "फैसले",
        "फैसलों",
        "निर्णय",
        "निर्णयों",
        "दिशानिर्देश",
        "दिशानिर्देशों",
        "दिशा-निर्देश",
        "दिशा-निर्देशों",
        "गाइडलाइन",
        "गाइडलाइंस",
        "अधिसूचना",
        "बयान",
        "बयानों",
    }
)
_WHICH_DECISION = frozenset({"हाल", "नए", "नये", "ताजा", "ताजे", "नवीनतम", "इस", "उस"})
# Words that may stand between the clarity asked and its decision's "पर" ("पर और स्पष्टता")
_MORE = frozenset({"और", "अधिक", "पूरी", "पूर्ण"})


def owned_demands(events: list[Event], views: list[SentenceView]) -> None:
    """Give each demand with no target the named owner of the act it demands ("X के हस्तक्षेप
    की मांग", "X के आदेश पर स्पष्टता की मांग"); events are changed in place."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "REQUEST" or ev.target or ev.negated:
            continue
        k = sv.token_starting(ev.trigger_start)
        if k is None or sv.texts[k] not in _DEMANDS:
            continue
        at = _owner_end(sv, k)
        found = _owner(sv, at, set(ev.source)) if at is not None else None
        if found:
            ev.arguments.extend(found)
            ev.target = list(dict.fromkeys(a.entity_id for a in found if a.entity_id))


def _owner_end(sv: SentenceView, k: int) -> int | None:
    """The last token of the owner's words before the demand noun at ``k``, or None: "X के/की
    <owned act> [भी] की मांग", "X के [हाल के] <decision> पर [और] <clarity> की मांग"."""
    texts = sv.texts
    j = k - 1
    while j >= 0 and texts[j] in PARTICLES:
        j -= 1  # "की भी मांग"
    if j < 1 or texts[j] not in GENITIVES:
        return None
    noun = j - 1
    if texts[noun] in _OWNED_ACTS and noun >= 2 and texts[noun - 1] in GENITIVES:
        return noun - 2
    if texts[noun] not in _CLARITY:
        return None
    j = noun - 1
    while j >= 0 and texts[j] in _MORE:
        j -= 1
    if j < 1 or texts[j] != "पर" or texts[j - 1] not in _DECISIONS:
        return None
    j -= 2
    while j >= 1 and texts[j] in GENITIVES and texts[j - 1] in _WHICH_DECISION:
        j -= 2  # "हाल के"
    while j >= 0 and texts[j] in _WHICH_DECISION:
        j -= 1  # "नए", "इस"
    if j < 1 or texts[j] not in GENITIVES:
        return None
    return j - 1


def _owner(sv: SentenceView, at: int, asked_by: set[str]) -> list[Argument] | None:
    """The target arguments of the owner ending at token ``at``: the actors of a unit ending
    there (none of them the demand's own source, no place), else a bare "केंद्र" opening its
    phrase (written ``text:``, named the Union government by
    :func:`khabar.events.agent_anaphora.resolve_bare_institutions`, as
    :func:`khabar.events.centre_owner.centre_owner`'s), else a phrase the glossary knows as a
    body or an office back to a noun phrase's stop; None otherwise."""
    toks = sv.tokens
    if sv.texts[at] in _CENTRE and (at == 0 or sv.texts[at - 1] in _PHRASE_ENDS):
        word = sv.texts[at]
        return [Argument("target", word, toks[at].start, toks[at].end, f"text:{word}")]
    unit = _unit_ending(sv.units, at)
    if unit is not None:
        actors = unit_actors(unit)
        if not actors or is_place(unit) or asked_by.intersection(actors):
            return None
        words = sv.text_of(unit.first, unit.last)
        return [
            Argument("target", words, toks[unit.first].start, toks[unit.last].end, a)
            for a in actors
        ]
    first = glossed_span(sv, _clause_start(sv, at), at, sv.units, _NP_STOPS)
    if first is None:
        return None
    text = sv.text_of(first, at)
    if not names_actor(text):
        return None
    return [Argument("target", text, toks[first].start, toks[at].end, f"text:{text}")]

"""Whose contacts or family a pronoun owner means: "उनके संपर्क में आए लोगों", "उसके परिवार".

Why: a target naming the contacts or the family of someone written as a genitive pronoun
("मरीजों की ट्रेवल हिस्ट्री चेक की जा रही है । उनके संपर्क में आए लोगों की जांच कर
क्वारंटाइन किया जा रहा है") was said "contacts" or "family": whose, the words that tell the
reader which people were confined, were lost (issue 13, round nm11, on the tuning sets' target
naming listing; round nm10 left the pronoun owners to the anaphora's work). The owner is the
pronoun's antecedent as :mod:`khabar.events.anaphora` finds it for a pronoun target (the one
person or group of people of the nearest sentence that names any, compatible in number; none
when two are named), and the target's English says it ("contacts of the patients", "family of
the young man"). The target keeps its own words and span; an ``owner`` argument carries the
antecedent's words and offsets, the evidence of whose.

Left alone: a pronoun after a conjunction ("कार्यकर्ताओं और उनके संपर्कों", "X सहित उनके"), whose
owner is the conjunct the target already holds; an antecedent that is the agent (ने) of its
sentence (a minister telling of the cases is not whose family was isolated), a tally ("संक्रमितों
की कुल संख्या 136": the article meant the five new cases told before it) or people at large
("लोग"). On the 280 allowed corpus day files 16 events stand on such a pronoun with a contacts'
or family target; 4 now say whose, all right.
"""

from __future__ import annotations

from ..model import Argument, Event
from .anaphora import SINGULAR, _antecedent
from .clause import SentenceView
from .gloss import gloss

# The genitive pronouns that own a phrase (singular, plural or honorific)
_OWNERS = frozenset({"उनके", "उसके", "इनके", "इसके"})
# Words that may stand between the pronoun and the phrase it owns ("उनके सीधे संपर्क में")
_BETWEEN = frozenset({"सीधे"})
# The phrases a pronoun owns that this pass names: contacts and family (the two round nm10 left
# and the tuning sets' naming listing holds, 8+ on the 280 allowed corpus day files)
_OWNED = ("संपर्क", "परिवार", "परिजन")
# What follows a noun a number counts ("संक्रमितों की कुल संख्या", "मरीजों की संख्या")
_TALLY = ("की कुल संख्या", "की संख्या")
# A conjunction before the pronoun: the owner is the conjunct ("X और उनके परिवार")
_JOINS = frozenset({"और", "व", "तथा", "एवं", "सहित", ","})


def owned_targets(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Say whose contacts or family each target owned by a genitive pronoun is, where the
    pronoun's antecedent is found; events change in place (the target's English, and an
    ``owner`` argument with the antecedent's words and offsets)."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        sv = by_index.get(ev.sentence) if ev.sentence is not None else None
        if sv is None:
            continue
        for arg in ev.arguments:
            ident = arg.entity_id or ""
            named = ident == f"text:{arg.text}" or (
                ident.startswith("actor:") and "public" not in ident
            )
            if arg.role != "target" or not named:
                continue
            if not any(word.startswith(_OWNED) for word in arg.text.split()[:3]):
                continue
            at = _pronoun(sv, arg)
            if at is None:
                continue
            tok = sv.tokens[at]
            stand_in = Argument("target", tok.text, tok.start, tok.end, None)
            found = _antecedent(ev, stand_in, events, by_index, text)
            if found is None or found.ident in ev.source or _agent(text, found.end):
                continue
            if _counted(text, found.end):
                continue
            said = _said(found.text, tok.text, arg)
            if said is None:
                continue
            arg.en = said
            ev.arguments.append(
                Argument("owner", found.text, found.start, found.end, found.ident, found.en)
            )


def _pronoun(sv: SentenceView, arg: Argument) -> int | None:
    """The token of the genitive pronoun that owns ``arg``: its first word, or the word right
    before it (past "सीधे"); None when there is none or a conjunction comes before it."""
    first = sv.token_starting(arg.start)
    if first is None:
        return None
    at = first if sv.texts[first] in _OWNERS else first - 1
    while at >= 0 and sv.texts[at] in _BETWEEN:
        at -= 1
    if at < 0 or sv.texts[at] not in _OWNERS:
        return None
    if at >= 1 and sv.texts[at - 1] in _JOINS:
        return None
    return at


def _agent(text: str, end: int) -> bool:
    """Whether the words ending at ``end`` are an agent: "ने" follows them."""
    return text[end:].lstrip().startswith(("ने ", "ने\u00a0"))


def _counted(text: str, end: int) -> bool:
    """Whether the words ending at ``end`` are what a number counts ("संक्रमितों की कुल संख्या
    136 हो गई": the tally, no people the pronoun takes up)."""
    return text[end:].lstrip().startswith(_TALLY)


def _said(words: str, pronoun: str, arg: Argument) -> str | None:
    """The target's English with its owner, a group of the glossary, said as the gloss says
    the phrase with the owner pointed at in the pronoun's number
    ("इस मरीज के परिवार वालों" = family members of the patient, "इन मरीजों के संपर्क में आए लोगों" =
    contacts of the patients); None where the gloss cannot say it or the owner is people at
    large ("लोग": whose is then not said) or a name the glossary lacks (a person's family: left
    until a name can be checked against the pronoun's honorific plural)."""
    base, plain = arg.en or gloss(arg.text), gloss(arg.text)
    if base is None:
        return None
    # the place the naming gave the phrase ("contacts in Panipat") stays after the owner
    where = base[len(plain) :] if plain and base.startswith(plain) else ""
    point = "इस" if pronoun in SINGULAR else "इन"
    owner = gloss(f"{point} {words}")
    own = arg.text.split(maxsplit=1)[1] if arg.text.split()[0] in _OWNERS else arg.text
    said = gloss(f"{point} {words} के {own}")
    if not owner or not said or set(owner.split()) <= {"the", "people"}:
        return None
    return said + where if set(owner.split()) - {"the"} <= set(said.split()) else None

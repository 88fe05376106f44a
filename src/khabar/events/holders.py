"""Whose document a coercive act falls on: the holders of a visa, a passport or a permit.

Why a module of its own: a visa suspended, a passport seized or a permit cancelled is read by
the object rules (:mod:`.targets`, :mod:`.closed_things`) as the thing acted on ("वीजा", "जाने
वाले प्रोटेक्टेड एरिया परमिट"), but the measure falls on the people who hold it, and the tuning
sets code them so (round ev183, issue 13: "विदेशियों को जारी किए जाने वाले प्रोटेक्टेड एरिया
परमिट (पीएपी) को … निलंबित" = foreigners, "तबलीगी जमात के 960 विदेशियों के वीजा कैंसिल" = the
960 foreigners, "इनके पासपोर्ट और वीजा जब्त" = the clerics the pronoun stands for). The holders
are read before the document: its genitive owner ("X के वीजा", "इनके … वीजा") or whom it was
issued to ("X को जारी किए जाने वाले परमिट"). Only people are taken: a country's visas ("चार
देशों के वीजा") are left as they are (whether the country or its nationals is meant, the text
does not say), and so is a document with no owner written or an owner written as a pronoun
(:data:`_OWNER_PRONOUNS`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .anaphora import ALL_OF_THEM, PLURAL_GENITIVES
from .arguments import Roles
from .clause import SentenceView, Unit, is_break
from .gloss import names_people
from .possessors import _phrase_before

if TYPE_CHECKING:
    from .candidates import Candidate

# The documents a person holds and an authority suspends, cancels or seizes.
_DOCUMENTS = frozenset({"वीजा", "वीज़ा", "ई-वीजा", "ई-वीज़ा", "पासपोर्ट", "परमिट", "वीजा/ई-वीजा"})
# How far back from the document the holder's genitive or "को जारी" is looked for, over the
# document's own modifiers and conjuncts and the participle of its issue ("जारी किए जाने वाले",
# "अब तक जारी"): "विदेशियों को जारी किए जाने वाले प्रोटेक्टेड एरिया परमिट" has 8 tokens from
# the को to the head (the allowed corpus day files' longest).
_REACH = 9
# The word after को that makes it the issue's addressee ("X को जारी … परमिट").
_ISSUED = frozenset({"जारी"})
_GENITIVES = frozenset({"के", "का", "की"})
# A word that ends the search: another clause's postposition or verb, an agent.
_STOPS = frozenset({"ने", "में", "से", "पर", "द्वारा", "कि", "लिए", "लिये"})
# Owners written as a pronoun or "सभी" ("इनके पासपोर्ट और वीजा जब्त", "सभी के पासपोर्ट", "उनके
# अब तक जारी नियमित और ई-वीजा"): tried as pronoun targets for :mod:`.anaphora`, 3 of the 3 on the
# allowed corpus day files were left open or named "the people" (the antecedent further back
# than it looks), and the visas had been a target at least; so the document stays.
_OWNER_PRONOUNS = (
    frozenset({"इनके", "उनके", "इनका", "उनका", "इनकी", "उनकी"}) | PLURAL_GENITIVES | ALL_OF_THEM
)


def document_holder(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """Replace a coercive act's target that is a held document with its holders, where the
    words before it name people (a phrase the glossary says as people, an entity, a plural
    pronoun or "सभी" left for :mod:`.anaphora`); else leave the target as it is."""
    if cand.trig.type != "COERCE":
        return
    docs = [a for a in roles.args if a.role == "target" and _document(a.text)]
    if len(docs) != 1 or len([a for a in roles.args if a.role == "target"]) != 1:
        return
    doc = docs[0]
    toks = sv.tokens
    head = next((k for k, t in enumerate(toks) if t.end == doc.end), None)
    if head is None:
        return
    for k in range(head - 1, max(start, head - 1 - _REACH) - 1, -1):
        word = toks[k].text
        if word in _STOPS or is_break(toks, k):
            return
        if word in _OWNER_PRONOUNS:
            return  # "इनके पासपोर्ट और वीजा": see the module's note
        owner = k - 1
        if word in _GENITIVES or (
            word == "को" and k + 1 < len(toks) and toks[k + 1].text in _ISSUED
        ):
            if owner < start or toks[owner].text in _OWNER_PRONOUNS:
                return
            if not names_people(toks[owner].text) and not _people_unit(units, owner):
                return  # "चार देशों के वीजा": a country's, left as it is
            trial = Roles()
            _phrase_before(sv, start, k, units, trial)
            if trial.target:
                _swap(roles, doc, *[a for a in trial.args if a.role == "target"])
            return


def _document(text: str) -> bool:
    """Whether a target's text ends in a held document ("वीजा", "नियमित और ई-वीजा")."""
    words = text.replace("(", " ").replace(")", " ").split()
    return bool(words) and (words[-1] in _DOCUMENTS or any(w in _DOCUMENTS for w in words[-3:]))


def _people_unit(units: list[Unit], k: int) -> bool:
    """Whether an entity of people (a person or a group) ends at token ``k``."""
    return any(
        u.last == k and u.mentions and {m.type for m in u.mentions} <= {"PERSON", "GROUP"}
        for u in units
    )


def _swap(roles: Roles, doc: Argument, *holders: Argument) -> None:
    """The document's argument and id out, the holders' in."""
    roles.args[:] = [a for a in roles.args if a is not doc]
    roles.target[:] = [t for t in roles.target if t != doc.entity_id]
    for a in holders:
        roles.args.append(a)
        if a.entity_id is not None and a.entity_id not in roles.target:
            roles.target.append(a.entity_id)

"""Parties joined by a conjunction that the clause reader keeps as separate units.

Why a module of its own: a side is right only when every party is on it and nothing extra, so
coordination decides the actor figure (issue 13). The clause reader (:func:`.clause._conjoin`)
joins conjuncts of one class into one unit ("राजस्थान और पंजाब ने"); conjuncts of classes it keeps
apart (a person and an office or a body: "उपायुक्त नैंसी सहाय और पुलिस अधीक्षक से") stay two
units, and only the last carries the postposition. :func:`first_conjunct_of` finds the unit an
unmarked one is joined to, for :func:`.roles.assign_roles` to give both the role that postposition
marks: the addressee of "से"/"को", the doers of "ने" (round ev187). The reverse, a party
added that is none: :func:`made_by`, the maker of what is named between it and the act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clause import AND_WORDS, GENITIVES, SentenceView, Unit, is_place

if TYPE_CHECKING:
    from .candidates import Candidate

# Postpositions that mark no shared role: "के बीच" is read on the unit itself (the two parties
# of a symmetric act, "भारत और चीन के बीच"), a genitive is the owner of the noun after it.
_UNSHARED = GENITIVES | {"के बीच"}


def first_conjunct_of(sv: SentenceView, units: list[Unit], u: Unit) -> Unit | None:
    """The unit an unmarked one is coordinated with ("A और B से", "A व B को", "A, B और C ने"),
    when the two are of classes the clause analysis keeps apart (a person and an office:
    "उपायुक्त नैंसी सहाय और पुलिस अधीक्षक"); B's postposition marks both. Not across a pronoun
    ("X और उसके बाद"), nor a comma that is no list's ("नयी दिल्ली, X ने": a dateline;
    "मुख्यमंत्री, X": an apposition): a comma joins only a unit whose own conjunction closes the
    list (:func:`closes_a_list`), and never a place before it."""
    if u.marker is not None or u.anaphor or u.last + 2 >= len(sv.tokens):
        return None
    joint = sv.tokens[u.last + 1].text
    if joint not in AND_WORDS and joint != ",":
        return None
    nxt = next((o for o in units if o.first == u.last + 2), None)
    if nxt is None or nxt.anaphor or nxt.marker is None or nxt.marker in _UNSHARED:
        return None
    if joint == "," and (is_place(u) or not closes_a_list(sv, nxt)):
        return None
    return nxt


def closes_a_list(sv: SentenceView, unit: Unit) -> bool:
    """Whether a unit of conjoined mentions ends a list with its conjunction ("मुख्यमंत्री योगी
    आदित्यनाथ, स्वास्थ्य विभाग और पुलिस ने": the person before the comma is the list's first
    conjunct)."""
    return len(unit.mentions) > 1 and not AND_WORDS.isdisjoint(sv.texts[unit.first : unit.last + 1])


# Participles of making, forming or running something ("X द्वारा गठित समिति", "X द्वारा संचालित
# अस्पतालों"): a द्वारा phrase before one is the participle's agent.
_MADE = frozenset(
    {"गठित", "नियुक्त", "संचालित", "स्थापित", "आयोजित", "बनाई", "बनाए", "बनाया", "बनाये", "बनायी"}
)


def made_by(sv: SentenceView, u: Unit, cand: Candidate) -> bool:
    """A द्वारा phrase whose participle of making governs a noun phrase that owns the act
    ("पंजाब सरकार द्वारा गठित सात सदस्यीय मंत्री समूह की बैठक में ये फैसले लिए गए": the group
    met; the government only formed it): the maker is no party of the act. The participle must
    stand right after "द्वारा" and a genitive right before the trigger, with words between
    them (the owner); "बीएमसी द्वारा जारी आदेश", where nothing stands between, keeps its agent.
    Round ev187 (issue 13): the dev gold's tune half had the government beside the group."""
    k = u.marker_end
    toks = sv.tokens
    if k >= cand.first or toks[k].text not in _MADE:
        return False
    return cand.first - 1 > k + 1 and toks[cand.first - 1].text in GENITIVES

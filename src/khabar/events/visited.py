"""What a visit told as a noun visited when a class word or a facility stands between the place
and its genitive: "शी जिनपिंग ने … वुहान शहर का पहला दौरा किया", "हर्षवर्धन ने … (एम्स) ट्रॉमा
सेंटर का दौरा किया".

Why a module of its own: :func:`khabar.events.roles.assign_roles` takes a visit's genitive as what
was visited only when the genitive phrase is an entity right before the visit noun ("एम्स के
ट्रॉमा सेंटर का दौरा": AIIMS, round ev83) or a phrase the glossary says ("आइसोलेशन वार्ड का
दौरा" is left out on purpose: where patients are kept is no target, round ev68). A place or a
body named first and followed by words of its own kind ("शहर", a facility the glossary does not
know) before the genitive was passed over, and so was any genitive with an ordinal between it and
the noun ("का पहला दौरा"). Round ev170 (issue 13): a core visit of the tuning set Ul kept no
target; on the 280 allowed corpus day files 4 such visits (Wuhan twice, AIIMS's trauma centre
twice, once "एम्स में ट्रॉमा सेंटर"), all with their place or body named first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import Roles, add_role
from .clause import PLACE_TYPES, SentenceView, Unit, unit_actors

if TYPE_CHECKING:
    from .candidates import Candidate

# Words between a visit's genitive and its noun: an ordinal or a manner ("का पहला दौरा", "का
# औचक दौरा"); and the most words of a class or a facility after the place ("शहर", "ट्रॉमा सेंटर")
_BETWEEN = frozenset({"पहला", "पहली", "दूसरा", "दूसरी", "औचक", "अचानक"})
_KIND_WORDS = 3
_GENITIVES = frozenset({"का", "की", "के"})
_AGENT = frozenset({"ने"})
# The case markers and clause words that end the place's phrase ("एम्स में ट्रॉमा सेंटर": the
# body the facility is in, taken across its में)
_STOPS = frozenset({"ने", "को", "से", "पर", "का", "की", "के", ",", "और", "तथा", "व"})


def visited_named(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> None:
    """The place or organisation named first in a visit's genitive phrase, as the visit's
    target where the roles found none: the visit noun with a ने-agent before it, its genitive
    right before it or before an ordinal, and the unit (no person, no pronoun) standing unmarked,
    or marked में, at most :data:`_KIND_WORDS` words before that genitive with no other unit,
    case marker or conjunction between."""
    trig = cand.trig
    if trig.mode != "visit" or not trig.nominal or roles.target:
        return
    toks = sv.tokens
    g = cand.first - 1
    while g > start and toks[g].text in _BETWEEN:
        g -= 1
    if g <= start or toks[g].text not in _GENITIVES:
        return
    if _AGENT.isdisjoint(sv.texts[start:g]):
        return
    for u in sv.units:
        if u.marker not in {None, "में"} or u.anaphor or not start <= u.first:
            continue
        kind = range(u.marker_end, g)
        if not 0 < len(kind) <= _KIND_WORDS or u.last >= g:
            continue
        if any(toks[k].text in _STOPS or any(o.first == k for o in sv.units) for k in kind):
            continue
        if not _place_or_body(u) or not (actors := unit_actors(u)):
            continue
        add_role(roles, "target", u, sv, actors)
        return


def _place_or_body(u: Unit) -> bool:
    """Whether every mention of ``u`` names a place or an organisation."""
    return all(m.type in PLACE_TYPES or m.type == "ORGANIZATION" for m in u.mentions)

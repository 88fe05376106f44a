"""The bare Centre as the owner of a deed that is judged: whom the judgement falls on.

Why a module of its own: the genitive owner of praised efforts or a judged deed is read by
:mod:`khabar.events.possessors` (``_praised``, ``deed_doer``) as an actor unit or a phrase the
glossary can say; a bare "केंद्र" is neither (the word alone is also a facility, "स्वास्थ्य
केंद्र"), so "न्यायालय ने केन्द्र के प्रयासों की सराहना की" (PK-2020-MAR-23) kept no target.
Opening its phrase (the sentence's start, a postposition or a break before it), the bare word is
the Union government, as it is as an agent ("केंद्र ने") or an addressee ("केंद्र को पत्र"):
this module writes the owner as a ``text:`` target, which
:func:`khabar.events.agent_anaphora.resolve_bare_institutions` then names the Government of
India with the dictionary's code (its ``_centre_targets``, round ev60). Issue 13, round tg15.
"""

from __future__ import annotations

from ..model import Argument
from .arguments import Roles
from .clause import SentenceView

_CENTRE = frozenset({"केंद्र", "केन्द्र"})
# What may stand right before a bare "केंद्र" that opens its own phrase: a postposition that
# ends the phrase before ("न्यायालय ने केन्द्र के", "के लिए केंद्र के") or a clause break; a noun
# before it makes it a facility ("स्वास्थ्य केंद्र"), a genitive or a demonstrative one place
# ("शहर के केंद्र", "इस केंद्र"). Hindi grammar, not fitted.
_PHRASE_ENDS = frozenset(
    {"ने", "को", "से", "में", "पर", "तक", "लिए", "द्वारा", ",", ":", "कि", "और", "तथा", "व", "एवं"}
)


def centre_owner(sv: SentenceView, at: int, roles: Roles) -> bool:
    """Whether the genitive at token ``at`` follows a bare "केंद्र" that opens its phrase; if
    so it is added as the target (its evidence the word's offsets), to be named the Union
    government."""
    toks = sv.tokens
    k = at - 1
    if k < 0 or toks[k].text not in _CENTRE or toks[at].text not in {"के", "की", "का"}:
        return False
    if k > 0 and toks[k - 1].text not in _PHRASE_ENDS:
        return False
    ident = f"text:{toks[k].text}"
    roles.args.append(Argument("target", toks[k].text, toks[k].start, toks[k].end, ident))
    roles.target.append(ident)
    return True

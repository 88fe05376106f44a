"""Whom a response to a claim falls on: the claim's owner.

Why a module of its own: a denial, a rejection or an acceptance is told of the thing it answers
("WHO ने सीडीसी की राय का जोरदार खंडन किया", "अदालत ने कैट की उस याचिका को खारिज कर दिया",
"प्रधानमंत्री की अपील को स्वीकार करते हुए"), and the party it answers is that thing's owner, in
the genitive before it or as the द्वारा-agent of a participle that made it ("वित्त मंत्री द्वारा
किये गये आर्थिक पैकेज की घोषणा का स्वागत"). The annotation rules code a denial REJECT of whom it
denies and the tuning sets take the claim's owner as the target ("फ्रांस के स्वास्थ्य मंत्री के
इस दावे का समर्थन": the minister; "एम्स द्वारा … इंतजामों की सराहना": AIIMS). Praise and
criticism of a deed read their genitive owner already (:func:`.possessors.deed_doer`, the
possessor rules of the lexicon); this module adds the owner of a claim to a denial, a rejection
and an acceptance, the owner of a request to a grant (in place of the request's own phrase,
"आईसीएमआर के उस प्रस्ताव को मंजूरी": ICMR, was "that proposal"), and the द्वारा-agent of the
thing to the answers and the judgements. Issue 13, round ta10.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .arguments import Roles, _activity, add_role
from .clause import SentenceView, Unit, is_break, unit_actors
from .possessors import _phrase_before

if TYPE_CHECKING:
    from .candidates import Candidate

# Responses whose object is someone's claim, proposal or request (type, PLOVER mode).
_ANSWERS = frozenset({("REJECT", "deny"), ("REJECT", "reject"), ("AGREE", "accept")})
# A grant answers a request: its owner is whom the grant is for ("आईसीएमआर के उस प्रस्ताव को
# मंजूरी दे दी"), never the owner of an order eased ("… के आदेश में ढील": the order's issuer).
_GRANTS = frozenset({("CONCEDE", "ease")})
_REQUESTS = frozenset(
    {"याचिका", "याचिकाओं", "अपील", "आग्रह", "अनुरोध", "मांग", "मांगों", "प्रस्ताव", "प्रस्तावों"}
    | {"आवेदन", "आवेदनों"}
)
# Judgements: their genitive owner is read by the possessor rules; only the द्वारा-agent here.
_JUDGING = frozenset({"SUPPORT", "ACCUSE"})
# Things a party says or puts forward, which a response answers (Hindi nouns, direct and
# oblique forms); words of Hindi grammar, not fitted to a gold.
_CLAIMS = frozenset(
    {"राय", "दावा", "दावे", "दावों", "बयान", "बयानों", "टिप्पणी", "टिप्पणियों", "आरोप", "आरोपों"}
    | {"याचिका", "याचिकाओं", "अपील", "आग्रह", "अनुरोध", "मांग", "मांगों", "प्रस्ताव", "प्रस्तावों"}
    | {"सुझाव", "सुझावों", "पेशकश", "घोषणा", "घोषणाओं", "रिपोर्ट", "फैसला", "फैसले", "निर्णय"}
)
_POINTERS = frozenset({"इस", "उस", "इन", "उन", "यह", "वह"})
_GENITIVE = frozenset({"का", "की", "के"})
# Words of manner between the answered thing's postposition and the trigger ("राय का जोरदार
# खंडन", "दावे को सिरे से खारिज", "अपील को भी स्वीकार").
_MANNER = frozenset({"जोरदार", "भी", "ही", "सिरे", "से", "पूरी", "तरह", "साफ", "तुरंत"})
# Tokens from a thing back to the द्वारा of the participle that made it: "द्वारा किये गये
# आर्थिक पैकेज की घोषणा" has 5 ("किये गये आर्थिक पैकेज की"); set by that corpus sentence
# (PK-2020-MAY-13), not fitted further. An infinitive on the way ("रोनाल्डो द्वारा ऐसा कोई भी
# कदम उठाने की बात को गलत बताया") makes the द्वारा-agent the doer of what the claim tells,
# not the claim's owner: the read stops there.
_BY_REACH = 6


def claim_owner(sv: SentenceView, cand: Candidate, roles: Roles) -> None:
    """The owner of the thing a response answers, as its target, when nothing else gave one:
    for a denial, a rejection or an acceptance the genitive owner of a claim right before it
    (past a pointer, "कैट की उस याचिका को खारिज"); for those and a judgement the द्वारा-agent of
    the participle that made the thing ("मंत्री द्वारा किये गये … घोषणा का स्वागत"). An owner
    is an actor unit (a country or a state may own a claim) or a people phrase the glossary can
    say (:func:`.possessors._phrase_before`); an activity ("संक्रमण फैलने की बातों",
    "ढील देने के आदेश") or a bare pointer ("इन आरोपों का खंडन") names nobody."""
    trig = cand.trig
    grants = (trig.type, trig.mode) in _GRANTS
    answers = (trig.type, trig.mode) in _ANSWERS
    if not (answers or grants or trig.type in _JUDGING) or roles.pronoun_target:
        return  # a pronoun's target is resolved from the article ("उनकी अपील को स्वीकार")
    toks = sv.tokens
    k = cand.first - 1
    while k > 0 and toks[k].text in _MANNER:
        k -= 1
    if k < 2 or toks[k].text not in {"को", "का", "की"}:
        return
    noun = k - 1
    if roles.target and not (grants and _the_thing_only(roles, toks[noun].end)):
        return
    units = [u for u in sv.units if u.last < noun]
    if (answers and toks[noun].text in _CLAIMS) or (grants and toks[noun].text in _REQUESTS):
        j = noun - 1 if toks[noun - 1].text not in _POINTERS else noun - 2
        if j >= 1 and toks[j].text in _GENITIVE:
            kept = (list(roles.args), list(roles.target))
            roles.args[:] = [a for a in roles.args if a.role != "target"]
            roles.target.clear()
            _owner_at(sv, j, units, roles)
            if not roles.target:
                roles.args[:], roles.target[:] = kept  # no owner named: as before
            return
    if grants:
        return
    by = next(
        (
            i
            for i in range(noun, max(0, noun - _BY_REACH) - 1, -1)
            if toks[i].text == "द्वारा"
            or is_break(toks, i)
            or toks[i].text in {"ने", "को", "से"}
            or _activity(toks[i].text)
        ),
        None,
    )
    if by is not None and toks[by].text == "द्वारा" and by >= 1:
        _owner_at(sv, by, units, roles)


def _the_thing_only(roles: Roles, end: int) -> bool:
    """Whether the only target read is the granted request's own phrase ("text:उस प्रस्ताव"),
    a thing and no party."""
    said = [a for a in roles.args if a.role == "target"]
    return (
        len(said) == 1
        and len(roles.target) == 1
        and roles.target[0].startswith("text:")
        and said[0].end == end
    )


def _owner_at(sv: SentenceView, at: int, units: list[Unit], roles: Roles) -> None:
    """The owner whose postposition is at ``at``: the actor unit ending right before it, else a
    people phrase the glossary can say."""
    unit = next((u for u in units if u.last == at - 1 and u.marker_end == at + 1), None)
    if unit is not None and unit_actors(unit):
        add_role(roles, "target", unit, sv, unit_actors(unit))
        return
    _phrase_before(sv, 0, at, units, roles)

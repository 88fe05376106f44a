"""Whom a request or an aid is for when a pronoun names them: "उनसे अपील", "इनके लिए व्यवस्था".

Why a module of its own: Hindi names the addressee of a request and the beneficiary of aid once
and then goes on with the pronoun in the place their phrase would stand: "मैंने उनसे अपील की है
कि वे लॉकडाउन के नियमों का पालन करें" (the से of whom one asks), "कई एनजीओ की मदद से प्रशासन ने
इनके लिए खाने की व्यवस्था की हुई है" (the "के लिए" of whom it is for). The rules that read those
phrases (:func:`khabar.events.targets._object_target`, :func:`khabar.events.addressees._asked_from`)
take a glossed group or an entity there and passed the pronoun over, so the act kept no target
(or the public inferred for an appeal that names nobody). Such a pronoun is made the target here,
as the object pronouns ("उन्हें … रखा गया") are, for :mod:`khabar.events.anaphora` to resolve to
the people named before (it stays unresolved, and so no target, where no one candidate fits).
Only the plural pronouns of a third person ("उनसे", "इनसे", "उनके", "इनके"): the singular "इसके
लिए" mostly means "for this" (a purpose), and "आपसे"/"आपके लिए" address the public already read.
Issue 13, round ev155: the unseen tuning set Uf's chief minister's appeal to the migrants had an
empty target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import Roles, _activity
from .clause import SentenceView, is_break
from .objects import PUBLIC_MODES
from .target_guards import _FROM_OBJECT
from .targets import _AGENT_MARKS

if TYPE_CHECKING:
    from .candidates import Candidate

# The plural pronouns of whom one asks ("उनसे अपील") and whom aid is for ("इनके लिए")
ASKED_PRONOUNS = frozenset({"उनसे", "इनसे"})
_FOR_PRONOUNS = frozenset({"उनके", "इनके"})
# Requests that name whom they ask with से: the public modes and a demand or request of opinion
# ("ईपीसीएच ने उनसे … पर उनकी राय मांगी है")
_ASKING = PUBLIC_MODES | {"request", "appeal"}
# Words after the pronoun that make it the from-object of a verb of its own ("इनसे बचने की अपील":
# avoid them; "उनसे दूर रहने"), or where one comes from ("उनसे मिले"), not whom one asks
_FROM_ACTS = (*_FROM_OBJECT, "मिल", "आ", "लौट", "बात", "पूछ", "ले")
# Words that join another clause between the pronoun and the trigger
_CLAUSE_LINKS = frozenset({",", "और", "तथा", "कि", "व", "जो", "जिन्होंने"})


def _own_clause(sv: SentenceView, k: int, cand: Candidate) -> bool:
    """Whether the pronoun at ``k`` stands in the trigger's clause: no break, no conjunction
    or relative and no ने-agent between them (the agent stands before whom it asks)."""
    toks = sv.tokens
    return not any(
        is_break(toks, j) or toks[j].text in _CLAUSE_LINKS | _AGENT_MARKS
        for j in range(k + 1, cand.first)
    )


def pronoun_party(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> None:
    """The plural pronoun standing for whom a request asks ("मैंने उनसे अपील की है कि …") or
    whom aid is for ("प्रशासन ने इनके लिए खाने की व्यवस्था की"), in the act's own clause before
    its trigger, made its target (a pronoun argument, no actor yet) in place of the public an
    appeal falls back on; nothing when a target is named, the pronoun is a verb's own ("इनसे
    बचने की अपील") or another clause's."""
    if roles.pronoun_target:
        return
    for a in roles.args:  # a loop, no generator made per event (round sp27, issue 16)
        if a.role == "target":
            return
    trig = cand.trig
    toks = sv.tokens
    for k in range(cand.first - 1, start - 1, -1):
        word = toks[k].text
        if trig.type == "REQUEST" and trig.mode in _ASKING and word in ASKED_PRONOUNS:
            nxt = toks[k + 1].text if k + 1 < cand.first else ""
            if nxt.startswith(_FROM_ACTS) or (_activity(nxt) and k + 1 < cand.first - 1):
                return  # "इनसे बचने की अपील", "उनसे मिलने की अपील": the infinitive's own
            break
        if (
            trig.type == "AID"
            and word in _FOR_PRONOUNS
            and k + 1 < cand.first
            and toks[k + 1].text == "लिए"
        ):
            break
    else:
        return
    if not _own_clause(sv, k, cand):
        return
    tok = toks[k]
    roles.args[:] = [a for a in roles.args if a.role != "target_inferred"]
    roles.target.clear()
    roles.args.append(Argument("target", tok.text, tok.start, tok.end, None))

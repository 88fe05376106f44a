"""Whether a "को कहा" names a request: after an infinitive, or a passive before a कि-clause that asks.

Why a module of its own: the rule is one of the request entry's (``after_infinitive``), kept apart
from :mod:`khabar.events.hindi` (at its size limit) so that the rounds that touch the extractor's
loop merge without conflict.

"रहने को कहा": told to do, the infinitive before the postposition. Round ev158 (issue 13): the
passive with its content in a कि-clause that asks ("सभी विभागों को कहा गया है कि वह इससे जुड़े
मामलों को इमरजेंसी के तौर पर लें", a core miss of the unseen tuning set Un) tells its addressee
to act just as "को … करने को कहा गया" does; the extractor then keeps it only where every addressee is an authority
(:func:`khabar.events.agents._officials_told`), as it keeps that one. The active "X को कहा कि …"
stays out: a को before कहा is as often a day ("मंत्री ने सोमवार को कहा कि …"), and the request entry
with its से-addressee reads the active's. On the 280 allowed corpus day files the passive "को कहा
गया … कि" stands in 6 sentences: 1 asks a body to act (now an event, right); 1 tells ministries
what their officers will do (the future indicative: no request read, as before), 1 tells a
commission what was done, and 3 are "<day> को कहा गया कि …" (reports: no subjunctive, no event).
"""

from __future__ import annotations

from ..model import Argument
from .agents import _OFFICIAL_ADDRESSEES
from .arguments import Roles
from .candidates import Candidate
from .clause import SentenceView
from .gloss import gloss
from .verbforms import _asks_to
from .voice import _passive

# Words that may open the addressee before its head ("सभी विभागों को", "सभी मंत्रालयों को")
_ALL = frozenset({"सभी", "सारे", "तमाम", "हर", "सब", "कई", "संबंधित"})


def infinitive_or_asked(sv: SentenceView, cand: Candidate) -> bool:
    """The word before the form is an infinitive ("करने को कहा"), or the form is passive and its
    कि-clause asks (the subjunctive, a polite imperative or "चाहिए")."""
    if cand.first > 0 and sv.tokens[cand.first - 1].text.endswith("ने"):
        return True
    return _passive(cand) and _asks_to(sv, cand)


def told_addressee(sv: SentenceView, cand: Candidate, roles: Roles) -> None:
    """The addressee of a passive "को कहा गया … कि": the authority right before the form's own
    को ("सभी विभागों को कहा गया है कि …"), its target. The roles never see it: the form holds
    the postposition, and a body's plural ("विभागों", "मंत्रालयों") is often no mention. Only an
    authority's word (:data:`khabar.events.agents._OFFICIAL_ADDRESSEES`), with an "all" before
    it; nothing where a target is already read."""
    toks = sv.tokens
    k = cand.first - 1
    if roles.target or k < 0 or toks[cand.first].text != "को" or not _passive(cand):
        return
    if toks[k].text not in _OFFICIAL_ADDRESSEES:
        return
    first = k - 1 if k > 0 and toks[k - 1].text in _ALL else k
    text = sv.text_of(first, k)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[k].end, ident, gloss(text)))
    roles.target.append(ident)

"""Who asks the states or the Centre's own ministries when the text names nobody: the Centre.

Why a module of its own: an agentless directive's issuer is guessed from the place the article
is about (:func:`khabar.events.issuer.authority`), and a wire story datelined "नई दिल्ली" then
gives Delhi's government an order only the Union government can give: "राज्यों से कहा गया है
कि वे … लैब और मैन पावर को मजबूत करें" (AU-2020-MAR-10.txt), "इसमें सभी मंत्रालयों से कहा गया
है कि …" (AU-2020-MAR-06.txt), "सभी केंद्रीय मंत्रियों को … कामकाज बहाल करने को कहा गया है"
(NT-2020-APR-11.txt), "केंद्र सरकार के सभी विभागों को जारी आदेश में कहा गया" (AU-2020-MAR-06.txt),
the states' chief ministers asked for their suggestions after the Prime Minister's meeting
(AU-2020-ARP-27.txt, given Kerala's government). Whom an act of asking is addressed to says
which level of government asks: the states, the union territories, the chief ministers as a
body, the Union ministries and ministers are addressed by the Centre, never by a state or a
district. Issue 13, round ev171 (wrong level of government, state vs centre), counted on the
280 allowed corpus day files: the addressees below with a guessed issuer (see
docs/events-rounds.md).

Only acts of asking (an order, a request, advice, an appeal: :data:`_ASKING`), never a
lockdown or a closure whose target is the states themselves ("कई राज्यों को लॉकडाउन किया गया":
the states' own measures, round ev145); only an addressee the roles took as the target; and
the bare "सभी विभागों" stays the place's (a chief minister's meeting tells his departments,
AU-2020-MAR-05.txt), as do "राज्य के सभी जिलों" and any other local addressee.
"""

from __future__ import annotations

from .arguments import Roles

# Modes of asking (the lexicon's COERCE order and require, REQUEST tell_to, request, appeal
# and advise): the acts whose addressee is whom the issuer commands or asks
_ASKING = frozenset({"order", "require", "tell_to", "request", "appeal", "advise"})

# The Centre's addressees, as whole words of the target: the states and union territories as a
# set, the chief ministers as a body, the Union ministries (plural: "मंत्रालय" alone is often a
# state's), the central ministers and departments ("केंद्रीय" anywhere in the target)
_STATES = frozenset({"राज्यों", "प्रदेशों"})
_STATE_GOVERNMENTS = ("राज्य सरकारों", "केंद्रशासित प्रदेशों", "केंद्र शासित प्रदेशों")
_CENTRE_BODIES = frozenset({"मंत्रालयों", "मुख्यमंत्रियों"})
_CENTRAL = ("केंद्रीय", "केन्द्रीय", "केंद्र सरकार के", "केन्द्र सरकार के")
# "उनके राज्यों", "अपने प्रदेशों": the addressee's own states (people sent home), not the set of
# states; "दूसरे/अन्य राज्यों" in a state's report are its neighbours, asked by that state (the
# chief ministers stay a body: "अन्य मुख्यमंत्रियों से" after the Prime Minister's meeting)
_NOT_THE_SET = frozenset({"उनके", "अपने", "अपनी", "दूसरे", "अन्य", "पड़ोसी", "इन", "उन"})


def _centre_word(text: str, before: list[str]) -> bool:
    """Whether a target's words ``text`` (``before``: the words the sentence writes right before
    it, which the roles may leave out of the argument) name the Centre's addressees."""
    lead = " ".join(before[-3:] + [text])
    if any(c in lead for c in _CENTRAL) or any(s in text for s in _STATE_GOVERNMENTS):
        return True
    words = text.split()
    for k, w in enumerate(words):
        if w in _CENTRE_BODIES:
            return True
        if w in _STATES:
            prev = words[k - 1] if k else (before[-1] if before else "")
            return prev not in _NOT_THE_SET
    return False


def centre_addressed(mode: str | None, roles: Roles, text: str = "") -> bool:
    """Whether an act of asking (``mode``) is addressed to the states, the chief ministers or the
    Union's ministries and ministers (a target argument's words, read with the words of the
    article ``text`` right before it): the Union government's act, as the national matters of
    :func:`khabar.events.issuer.national_matter` are."""
    if mode not in _ASKING:
        return False
    return any(
        a.role == "target" and _centre_word(a.text, text[max(0, a.start - 60) : a.start].split())
        for a in roles.args
    )

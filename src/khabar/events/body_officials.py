"""The Union body whose official reports an agentless measure of it.

Why a module of its own: round sm1 (issue 13, sources of the wrong party). Round ev120's
:func:`khabar.events.acting.district_body` reads a passive measure that a district officer, a
chief medical officer, a chief minister or (round sr1) a chief secretary reports as the act of
the body he speaks for. An official the article writes as belonging to a Union body by a genitive
("मध्य रेलवे के जनसंपर्क अधिकारी ए.के.सिंह ने बताया कि … ट्रेनें रद्द की गई हैं",
AU-2020-MAR-18.txt; "गृह मंत्रालय की संयुक्त सचिव … ने कहा कि …") kept being the measure's doer:
a spokesman, a public relations officer, a joint secretary announce what their ministry or the
railways did; they do not cancel trains themselves. The tuning sets' gold names the body (the
railway's public relations officer of round sr1's kind (a); NT-2020-04-23-L1-e01, the home
ministry with its joint secretary only also right). Only the Union's own bodies whose name says
no place (a ministry "of India", the Indian Railways): a state department's official
("स्वास्थ्य विभाग के प्रमुख निदेशक") names a department whose state the article must give, which
the jurisdiction rule guesses, often wrongly in a round-up of states. A passive with its agent
written ("… ने कहा कि कई देशों की सरकार द्वारा अनुरोध किया गया था", AU-2020-ARP-10.txt) never
reaches this rule: the speaker rule is asked only for an act whose clause gave no source.
"""

from __future__ import annotations

from .clause import SentenceView, actor_of, unit_actors

# The Union's bodies that speak through officials and have no place in their name (actor
# dictionary ids): a ministry or department "of India", the railways (zonal railways included:
# "मध्य रेलवे", "उत्तर रेलवे" are mentions of the Indian Railways)
_RAILWAYS = "actor:Indian Railways"
_MINISTRY = ("actor:Ministry of ", "actor:Department of ")
_OF_INDIA = " of India"
_PEOPLE = ("kb:person/", "name:person:")
_GENITIVE = frozenset({"के", "की"})
# At most 3 words of title between the body's genitive and the official's name ("वरिष्ठ जनसंपर्क
# अधिकारी", "अतिरिक्त सचिव", "प्रवक्ता"): the longest title of the allowed corpus day files' such
# reports (round sm1)
_TITLE = 3
# The code of a body whose mention carries none (the actor dictionary codes these "IND GOV")
_UNION_CODE = "IND GOV"


def _union_body(ident: str) -> bool:
    return ident == _RAILWAYS or (ident.startswith(_MINISTRY) and ident.endswith(_OF_INDIA))


def body_official(source: list[str], sv: SentenceView) -> tuple[str, str, str] | None:
    """(id, code, name) of the Union body the one speaker ``source`` of sentence ``sv`` is
    written as an official of ("<body> के/की <title> <name> ने …"), for the passive measure he
    reports; None for anyone else or a body of a place."""
    if len(source) != 1 or not source[0].startswith(_PEOPLE):
        return None
    person = source[0]
    at = next(
        (u.first for u in sv.units if not u.anaphor and any(actor_of(m) == person for m in u.mentions)),
        None,
    )
    if at is None:
        return None
    for u in sv.units:
        k = u.last + 1
        if not (k < at <= k + _TITLE + 1 and sv.texts[k] in _GENITIVE):
            continue
        named = unit_actors(u)
        if len(named) == 1 and _union_body(ident := named[0]):
            code = next((m.role for m in u.mentions if m.role), None) or _UNION_CODE
            return ident, code, ident.removeprefix("actor:")
    return None

"""What an act falls on when no target postposition marks it: a team's destination, the people of
an agentless passive confinement.

Why a module of its own: :mod:`khabar.events.targets` reached the 900-line limit (review rv22,
issue 13, moved these two rules here unchanged). Both read a phrase with no target marker as the
target: the place a team reached ("केंद्र की टीम सोमवार को इंदौर पहुंची": :func:`destination`)
and the unmarked subject of a passive confinement ("गांव के पांच लोग … क्वारंटाइन सेंटर में रखे
गए थे": :func:`passive_subject`). :func:`khabar.events.roles.assign_roles` calls them when the
case markers gave no target, as it calls :func:`khabar.events.targets._object_target`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .arguments import _NP_STOPS, Roles, add_role
from .clause import SentenceView, Unit, is_break, is_place, place_of, unit_actors
from .gloss import gloss, names_people
from .objects import CONJ
from .possessors import _phrase_before
from .targets import _AGENT_MARKS

if TYPE_CHECKING:
    from .candidates import Candidate


# The verb of a team's arrival (the light verbs of the "टीम … पहुंची" visit entry)
_ARRIVE = frozenset(
    {"पहुंची", "पहुंचा", "पहुंचे", "पहुंच", "पहुँची", "पहुँचा", "पहुँचे", "पहुँच", "पहुंचीं"}
)
_ARRIVAL_REACH = 6


def destination(sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles) -> None:
    """Where a team arrived, the place it visited (CONSULT visit: the target, as the event gold
    codes a central team reaching four states): a place named right before the verb of arrival
    ("केंद्र की टीम सोमवार को इंदौर पहुंची"), else a noun phrase there the glossary can say
    ("टीम रुकनपुर गांव पहुंची": Rukanpur village), else a place marked में before the team
    ("इंदौर में केंद्र की टीम पहुंची"). Round ev83 (issue 13): none of the 23 "टीम/दल … पहुंच…"
    sentences on the 264 corpus day files outside the gold's days and held-out sets had a target."""
    toks = sv.tokens
    stop = min(len(toks), cand.last + 1 + _ARRIVAL_REACH)
    verb = next((k for k in range(cand.last + 1, stop) if toks[k].text in _ARRIVE), None)
    if verb is None or any(is_break(toks, k) for k in range(cand.last + 1, verb)):
        return
    for u in sv.units:
        if u.first > cand.last and u.marker_end == verb and u.marker in {None, "में"} and is_place(u):
            add_role(roles, "target", u, sv, unit_actors(u))
            add_role(roles, "location", u, sv, [place_of(m) for m in u.mentions])
            return
    if verb - 1 > cand.last and toks[verb - 1].text not in _NP_STOPS | {"के", "की", "का"}:
        _phrase_before(sv, cand.last + 1, verb, units, roles)
        if roles.target:
            return
    for u in reversed(units):
        if u.marker == "में" and is_place(u):
            add_role(roles, "target", u, sv, unit_actors(u))
            return
    # "चार राज्यों में केंद्र सरकार की टीम पहुंच गई है": a में phrase right before the team's
    # owner, if the glossary can say it
    owner = {k for u in units if u.marker in {"की", "के", "का"} for k in range(u.first, u.marker_end)}
    k = cand.first - 1
    while k > start and k in owner:
        k -= 1
    if k > start and k < cand.first - 1 and toks[k].text == "में":
        _phrase_before(sv, start, k, units, roles)


# Round ev104 (issue 13): a confinement told in the agentless passive with its people as the
# unmarked subject, a place or a date between them and the trigger ("इधर, गांव के पांच लोग
# अभी तक स्कूल स्थित क्वारंटाइन सेंटर में रखे गए थे", "… संक्रमित व्यक्ति आठ मई को … क्वारंटीन
# सेंटर में रखा गया था"): the subject is whom the act falls on. Bare objects right before the
# trigger are found already (:func:`khabar.events.objects.bare_object`); these were not.
_CONFINEMENTS = frozenset({"quarantine"})
# Words a clause may open with before its subject ("इधर, …", "वहीं …", "मिली जानकारी के अनुसार")
_OPENING = frozenset(
    {",", "इधर", "उधर", "वहीं", "अब", "फिलहाल", "फ़िलहाल", "हालांकि", "साथ", "ही", "फिर", "तो"}
)
_FRAMES = frozenset({"अनुसार", "मुताबिक"})  # "मिली जानकारी के अनुसार": a frame before the subject
# Postpositions after a people noun that make it no subject ("लोगों के संपर्क में", "मरीज को")
_MARKED = frozenset({"के", "की", "का", "को", "ने", "से", "में", "पर", "तक", "द्वारा"})
# Demonstratives that open a subject pointing back ("ये सभी …", "यह मरीज …"): no antecedent is
# looked for here, so no target (a pronoun phrase names nobody)
_POINTING_SUBJECTS = frozenset({"ये", "यह", "वे", "वह", "इन", "उन", "जो", "जिन्हें"})


def passive_subject(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles, passive: bool
) -> None:
    """The people an agentless passive confinement falls on, written as the clause's unmarked
    subject before its place or date: the noun phrase opening the clause (past openers and a
    "… के अनुसार" frame) whose head the glossary knows as people, with no postposition after it,
    taken only when the glossary can say it and no agent (ने, द्वारा) stands in the clause."""
    if not passive or cand.trig.mode not in _CONFINEMENTS or roles.target or roles.explicit_source:
        return
    toks = sv.tokens
    window = {t.text for k, t in enumerate(toks[start : cand.first], start) if k not in sv.dated}
    if window & (_AGENT_MARKS | {"द्वारा", "को"}):  # a date's को ("आठ मई को") is no object's
        return
    p = start
    frame = next((k for k in range(start, cand.first) if toks[k].text in _FRAMES), None)
    if frame is not None:
        p = frame + 1
    while p < cand.first and (toks[p].text in _OPENING | CONJ or p in sv.dated):
        p += 1
    if p >= cand.first or toks[p].text in _POINTING_SUBJECTS:
        return
    head = next(
        (
            k
            for k in range(p, cand.first - 1)
            if names_people(toks[k].text) and toks[k + 1].text not in _MARKED
            and not names_people(toks[k + 1].text)
        ),
        None,
    )
    if head is None or any(is_break(toks, k) for k in range(p, head)):
        return
    text = sv.text_of(p, head)
    if gloss(text) is None or not names_people(text):
        return
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[p].start, toks[head].end, ident))
    roles.target.append(ident)


# Round ev191 (issue 13): the finite forms of भेज, the verb of a thing sent (the light verbs of the
# notice-sent entries of triggers_hi.yaml)
_SENT = frozenset({"भेजा", "भेजी", "भेजे", "भेजीं", "भेज", "भेजेगी", "भेजेगा", "भेजेंगे"})


def sent_to(sv: SentenceView, cand: Candidate, roles: Roles) -> None:
    """Whom a thing was sent to when the addressee stands between the noun and its verb of sending
    ("गृह मंत्रालय ने … एडवाइजरी मुख्य सचिव बिहार को भी भेज दी है", a core miss of the tuning set
    Ui): the last को-phrase after the trigger and before the first form of भेज the entry reaches
    (``reach``), with no break between. The case rules read only what stands before the trigger,
    so an addressee told after the noun was never found and the event was dropped "no target"."""
    if roles.target or not cand.trig.reach:
        return
    toks = sv.tokens
    stop = min(len(toks), cand.last + 2 + cand.trig.reach)
    verb = next((k for k in range(cand.last + 1, stop) if toks[k].text in _SENT), None)
    if verb is None or any(is_break(toks, k) for k in range(cand.last + 1, verb)):
        return
    to = [u for u in sv.units if u.first > cand.last and u.marker == "को" and u.marker_end <= verb]
    if to and (actors := unit_actors(to[-1])):
        add_role(roles, "target", to[-1], sv, actors)

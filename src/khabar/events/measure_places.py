"""The place a place-wide measure rules when its sentence names none (issue 13, round ev162).

Why a module of its own: a curfew, prohibitory orders ("धारा 144", "निषेधाज्ञा") or a lockdown
binds everyone where it is imposed, and Hindi local news writes its place once: in the headline
("नोएडा में 14 अप्रैल तक लागू रहेगी धारा 144"), the dateline, or the sentence before; the
sentence of the order itself often says only who issued it ("सुबह अपर पुलिस उपायुक्त … ने धारा
144 को 30 अप्रैल तक लागू करने का आदेश जारी किया था"). The roles read the place of the measure's
own clause ("X में", the entry's marker); where they found none, the measure still rules a place:
its issuer's (a district administration's district, a state government's state, the country's
government's country), else, for an issuer the text places nowhere (an officer named without a
town, a bare "जिलाधिकारी"), the town of the article's dateline. Never a place people came from:
the dateline town is where the report is filed, not an origin, and an issuer's place is where it
acts.

The target is the place's public, as the older rules name a lockdown's or a curfew's place
(:func:`khabar.events.jurisdictions._people_of_places`: "residents of Noida", "public of Bihar"; the
annotators' "Noida" or "India" is held in those words): an inferred ``actor:public`` whose place
:func:`khabar.events.naming.name_actors` finds from the issuer, as it does for an appeal's public,
with the dateline town as its English when the issuer gives none. The dev gold's tune half and
the tuning sets Uf-Un code such a target the place itself (Noida, Varanasi, Bhilwara, Jharkhand,
India) or its residents (Bhilwara's, once): both are said by the public's name.
"""

from __future__ import annotations

from ..model import Argument
from .actors import actor_dictionary
from .arguments import add_role
from .candidates import Candidate
from .clause import DocContext, SentenceView, Unit, is_place, unit_actors
from .issuer import story_town
from .jurisdictions import local_offices, public_of
from .roles import Roles
from .timexowner import _clause_start

# The modes of a measure that binds a whole place: a curfew (with "धारा 144", "निषेधाज्ञा") and a
# lockdown. A seal, a closure or a zone falls on a named thing or area, which the text writes
# ("गांव को सील", "… को रेड जोन घोषित"); with none written, the place it falls on is unknown.
PLACE_WIDE = frozenset({"curfew", "lockdown"})
# Class words between a place and its में ("अकोला जिले में", "इंदौर शहर में").
_CLASS_WORDS = frozenset({"शहर", "जिले", "जिला", "राज्य", "प्रदेश", "नगर", "इलाके", "क्षेत्र"})
# Nouns of an order that make an infinitive measure ordered ("धारा 144 को … लागू करने का आदेश
# जारी किया"): taken, not a frame ("लॉकडाउन लागू रहने की स्थिति में") or a view of it ("सरकार के
# लॉकडाउन लगाने के निर्णय की सराहना").
_ORDERS = frozenset({"आदेश", "आदेशों", "निर्देश", "निर्देशों", "अधिसूचना", "एलान", "ऐलान", "घोषणा"})
_DO = frozenset({"कर", "किया", "किए", "किये", "की", "करके", "करने", "करना"})
_GENITIVE = frozenset({"का", "की", "के"})
_ORDER_REACH = 4  # words from the trigger to the order noun: "लागू करने का आदेश", "लगाने के आदेश"
# Sources the story town may stand for: people and the offices of a place (an officer the KB does
# not hold, "बीडीओ", "जिलाधिकारी"); never a group, a body or countries ("जापान और चीन जैसे देशों
# ने … जिस तरह का लॉकडाउन किया है" in a Delhi report rules no Delhi).
_PERSONS = ("name:person:", "kb:person/")
# Words of a measure's predicate before its verb ("लागू करने"), and the ends of an infinitive
# ("लगाने", "करने", "रहने"; "ने" itself is the agent marker).
_PREDICATES = frozenset({"लागू", "घोषित", "जारी"})
_INFINITIVE_ENDS = ("ने", "ना")
_NOT_INFINITIVES = frozenset({"ने", "ना"})


def ruled_place(
    sv: SentenceView,
    ctx: DocContext,
    cand: Candidate,
    roles: Roles,
    source: list[str],
    target: list[str],
    negated: bool,
) -> list[str]:
    """The target of a place-wide measure with no place of its own, found after the roles: the
    place it rules. ``target`` is returned unchanged where the measure is of another kind, names
    its target, has no issuer or is negated ("लॉकडाउन नहीं खोला जाएगा" rules nothing new).

    In order: (1) a place of its own clause marked में across a class word ("महाराष्ट्र के अकोला
    जिले में 22 से 24 मार्च तक लॉकडाउन करने की घोषणा": Akola, not the inferred issuer's state),
    which the entry's में marker misses; (2) the issuer's place, as an inferred public
    (``target_inferred``, no words of its own) that :func:`khabar.events.naming.name_actors`
    places by the issuer (a district administration's district, a government's territory); (3)
    where the issuer is placed nowhere, the story town's public (:func:`.issuer.story_town`: the
    dateline's town, else the last town the article named as where things happen), for an issuer
    that is a person or a local office and a measure taken (finite, or an infinitive ordered). A
    public the roles inferred already with no place (:func:`khabar.events.objects.public_addressee`
    for an officer the KB does not hold) is given that town the same way, and so is the
    country's public inferred for a local office said without its place ("जिलाधिकारी ने धारा 144
    लागू कर दी": its code holds the country only by default)."""
    trig = cand.trig
    if trig.type != "COERCE" or trig.mode not in PLACE_WIDE or not source or negated:
        return target
    if target and not _unplaced_public(roles, target, source):
        return target
    if _object_unread(sv, cand):
        return target
    own = _clause_place(sv, cand)
    if own is not None:
        roles.args[:] = [a for a in roles.args if a.role != "target_inferred"]
        add_role(roles, "target", own, sv, unit_actors(own))
        return list(dict.fromkeys(unit_actors(own)))
    town = story_town(ctx)
    at = sv.tokens[cand.first].start
    arg = Argument("target_inferred", "public", at, at, "actor:public")
    if town is not None and _town_may_stand(sv, cand, source):
        arg.en = public_of(town[1])
    roles.args[:] = [a for a in roles.args if a.role != "target_inferred"]
    roles.args.append(arg)
    return ["actor:public"]


def _object_unread(sv: SentenceView, cand: Candidate) -> bool:
    """Whether the measure is "X को लॉकडाउन करना" with a को phrase in its clause that the roles
    could not read ("19 अप्रैल, 2013 को बोस्टन शहर को … लॉकडाउन कर दिया गया था": Boston, unknown
    to the KB): its place is written, so no other is guessed."""
    toks = sv.tokens
    if cand.last + 1 >= len(toks) or toks[cand.last + 1].text not in _DO:
        return False
    return any(toks[k].text == "को" for k in range(_clause_start(sv, cand.first), cand.first))


def _clause_place(sv: SentenceView, cand: Candidate) -> Unit | None:
    """The last place of the measure's clause before it marked में after a class word ("अकोला
    जिले में"), None when there is none or people came from it (a से after it)."""
    toks = sv.tokens
    start = _clause_start(sv, cand.first)
    found = None
    for u in sv.units:
        if u.first < start or u.last >= cand.first or not is_place(u) or u.marker is not None:
            continue
        k = u.last + 1
        while k < cand.first and toks[k].text in _CLASS_WORDS:
            k += 1
        if k > u.last + 1 and k < cand.first and toks[k].text == "में" and unit_actors(u):
            found = u
    return found


def _town_may_stand(sv: SentenceView, cand: Candidate, source: list[str]) -> bool:
    """Whether the story town may be the place of a measure its issuer does not place: the
    issuer a person or a local office, the measure finite or an infinitive that is ordered."""
    offices = local_offices()
    if not all(s.startswith(_PERSONS) or s.removeprefix("actor:") in offices for s in source):
        return False
    toks = sv.tokens
    verb = next(
        (t.text for t in toks[cand.last + 1 : cand.last + 3] if t.text not in _PREDICATES), ""
    )
    if not verb.endswith(_INFINITIVE_ENDS) or verb in _NOT_INFINITIVES:
        return True  # "… ने धारा 144 लागू कर दी", "… तक कर्फ्यू रहेगा"
    after = [t.text for t in toks[cand.last + 1 : cand.last + 1 + _ORDER_REACH]]
    return any(
        w in _ORDERS and j > 0 and after[j - 1] in _GENITIVE for j, w in enumerate(after)
    )


def _unplaced_public(roles: Roles, target: list[str], source: list[str]) -> bool:
    """Whether the only target is a public the roles inferred with no place of its own: the bare
    public, or the home country's for sources that are all local offices named without a place
    (their code says the country by default)."""
    inferred = [a for a in roles.args if a.role == "target_inferred"]
    if len(target) != 1 or len(inferred) != 1 or inferred[0].entity_id != target[0]:
        return False
    if any(a.role == "target" for a in roles.args) or inferred[0].start != inferred[0].end:
        return False  # words of its own ("पूरे देश में"): the place the text says
    if target[0] == "actor:public":
        return True
    home = f"actor:public of {actor_dictionary().default_name}"
    return target[0] == home and all(s.removeprefix("actor:") in local_offices() for s in source)

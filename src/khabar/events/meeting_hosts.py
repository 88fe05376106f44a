"""Who met the partner a meeting names, where no case marker names the other party.

Why a module of its own (round rc2, issue 13: core events still missed on the tuning sets): a
meeting or talk whose partner is marked ("… के साथ बैठक", "… से मुलाकात") and whose other party
stands before it with no ने was dropped as "symmetric, one party" when none of the subject rules
of :mod:`khabar.events.meetings` read that party: a nominative subject that does not lead its
clause ("समाचार एजेंसी … के अनुसार दिल्ली के सीएम अरविंद केजरीवाल … सभी जिला अधिकारियों के साथ
… समीक्षा बैठक करेंगे"), one whose verb is an absolutive before the clause's main act ("खुद
प्रधानमंत्री नरेंद्र मोदी भी … सभी राज्यों व विभागों के साथ बैठक कर जरूरी हिदायत दे चुके हैं"),
a habitual with its frequency ("स्वास्थ्य मंत्री हर्षवर्धन हर दो-तीन दिन में स्वास्थ्य मंत्रियों के
साथ … बैठक करते हैं"), or the meeting's possessor with a form of हो ("मुंबई में विभिन्न कर्मचारी
संगठनों की आईबीए के साथ बैठक हुई"). The blind tuning sets Vf, Vp and Vz code these as core
CONSULT events. :func:`meeting_host` reads that one party: the only named person, group or body
before the partner in the clause, with nothing that makes the clause no act (a modal "कर
सकेंगे", an obligation, a past habit, a relative clause, a ने or द्वारा agent the case rules
answer).
"""

from __future__ import annotations

from ..model import Argument
from .arguments import Roles
from .candidates import Candidate
from .clause import PARTICLES, SentenceView, Unit, unit_actors
from .parties import _glossed_partner
from .subjects import _RELATIVES, _animate_unit
from .timexowner import _clause_start
from .voice import _AGENT_MARKED, _passive

# The markers of a meeting's partner, right after it ("X के साथ", "X से").
_PARTNER_END = frozenset({"साथ", "से"})
# A form of हो after the meeting noun: the meeting took place (or will), its possessor a party.
_TOOK_PLACE = frozenset({"हुई", "हुआ", "हुए", "होगी", "होगा", "होंगी", "होंगे"})
# Forms of कर whose subject is nominative: the future, the absolutive before the main act, the
# bare perfect a headline-like clause writes without ने ("… ठाकरे … के साथ समीक्षा बैठक की").
_HELD = frozenset({"करेंगे", "करेगा", "करेगी", "करेंगी", "कर", "की", "किया"})
# The habitual present ("बैठक करते हैं") is a generality unless a frequency is said.
_HABITUAL = frozenset({"करते", "करती", "करता"})
_FREQUENCY = frozenset({"हर", "रोज", "रोजाना", "प्रतिदिन", "नियमित", "लगातार"})
# Words in the verb complex that make the talk no act: a modal, an obligation, a wish, a past
# habit ("मजदूर … परिवार वालों से बातचीत कर सकेंगे", "… से बातचीत करता था"). These lists were read
# on the 171 "symmetric, one party" drops of the 280 allowed corpus day files at main 9f5bb48e
# (round rc2): each form that stands there in a talk that is no act is in them.
_NO_ACT = frozenset({"सकेंगे", "सकेगा", "सकेगी", "सकते", "सकती", "सकता", "सके", "चाहिए"})
_NO_ACT |= frozenset({"चाहते", "चाहती", "चाहता", "था", "थी", "थे", "नहीं", "न", "समय", "लिए"})


def _held_verb(sv: SentenceView, cand: Candidate, first: int) -> str:
    """"held" for a verb of कर whose subject is nominative, "took place" for a form of हो, else
    "" (the verb complex says no act of a party)."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    if not verb or _NO_ACT & set(verb):
        return ""
    if verb[0] in _TOOK_PLACE:
        return "took place"
    if verb[0] in _HELD:
        return "held"
    words = set(sv.texts[first : cand.first])
    if verb[0] in _HABITUAL and len(verb) > 1 and verb[1] in {"है", "हैं"} and words & _FREQUENCY:
        return "held"
    return ""


def meeting_host(
    sv: SentenceView, cand: Candidate, start: int, roles: Roles, parties: list[str]
) -> Unit | None:
    """The other party of a symmetric act whose only party found is its marked partner
    (``parties``): the one animate, named unit before the partner in the clause, unmarked with
    a verb of कर that takes a nominative subject, or the possessor right before the partner
    with a form of हो. None where the clause has a ने or द्वारा agent, a relative pronoun, a
    passive or a verb complex that is no act."""
    if not cand.trig.symmetric or not cand.light or not cand.finite or _passive(cand):
        return None
    partners = [a for a in roles.args if a.role == "partner"]
    if not partners or any(a.role == "source" for a in roles.args):
        return None
    if {a.entity_id for a in partners} != set(parties):
        return None
    toks = sv.tokens
    first = max(start, _clause_start(sv, cand.first))
    words = {t.text for t in toks[first : cand.first]}
    if words & _AGENT_MARKED or "द्वारा" in words or words & _RELATIVES:
        return None
    how = _held_verb(sv, cand, first)
    starts = {t.start: k for k, t in enumerate(toks)}
    lead = min((starts.get(a.start, cand.first) for a in partners), default=cand.first)
    ends = [k for k in range(lead, cand.first) if toks[k].text in _PARTNER_END]
    if not how or not ends:
        return None
    before = [
        u for u in sv.units
        if first <= u.first and u.last < lead and not u.anaphor and unit_actors(u)
        and _animate_unit(u)
    ]
    if how == "took place":
        hosts = [u for u in before if u.marker in {"की", "के", "का"} and u.marker_end == lead]
    else:
        hosts = [u for u in before if u.marker is None]
    return hosts[0] if len(hosts) == 1 else None


def meeting_partner(
    sv: SentenceView, cand: Candidate, start: int, roles: Roles, parties: list[str]
) -> Argument | None:
    """The partner of a symmetric act whose only party found is its subject or possessor
    (``parties``), named by no entity but by a phrase of people the glossary knows right before
    "के साथ" ("खुद प्रधानमंत्री नरेंद्र मोदी भी … सभी राज्यों व विभागों के साथ बैठक कर …"): read
    as a held meeting's (:func:`khabar.events.parties._glossed_partner`), under the verb
    conditions of :func:`meeting_host`."""
    if not cand.trig.symmetric or not cand.light or not cand.finite or _passive(cand):
        return None
    agents = [a for a in roles.args if a.role == "source"]
    if len(parties) != 1 or len(agents) != 1 or any(a.role == "partner" for a in roles.args):
        return None
    first = max(start, _clause_start(sv, cand.first))
    words = set(sv.texts[first : cand.first])
    if words & _AGENT_MARKED or "द्वारा" in words or words & _RELATIVES:
        return None
    bare = [
        u for u in sv.units
        if u.marker is None and u.last < cand.first and unit_actors(u) and _animate_unit(u)
    ]
    if agents[0].start < sv.tokens[first].start or (bare and bare[-1].start != agents[0].start):
        return None  # another clause's subject ("X … करती है, तो Y … बैठक करते हैं")
    if not _held_verb(sv, cand, first):
        return None
    partner = _glossed_partner(sv, cand, start)
    said = partner.text.split() if partner is not None else []
    if partner is None or "बार" not in said[:-1]:
        return partner
    # "अब तक दो बार सभी राज्यों … के साथ": how often they met is no part of whom
    text = " ".join(said[len(said) - said[::-1].index("बार") :])
    return Argument("target", text, partner.end - len(text), partner.end, f"text:{text}")

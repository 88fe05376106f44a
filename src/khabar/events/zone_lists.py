"""Places a colour zone holds, told with the copula: a placement, not a description (issue 13,
round ev173).

Why a module of its own: the zone entries of the lexicon (``triggers_hi.yaml``, round ev35) read
a placement by its verb ("… को रेड जोन में रखा गया", "… ग्रीन जोन में शामिल किया"), and
:mod:`.zone_members` (round ev165) gives a counted declaration the list of the sentence after it.
The news of the day also tells a new zone list with no verb at all, the districts standing as
the subject of "है/हैं" with the zone as their place:

* members before the zone: "बंगाल के 10 जिले कोलकाता, हावड़ा, … और मालदा रेड जोन की सूची में
  हैं", "वहीं, राष्ट्रीय राजधानी नई दिल्ली के सभी 11 जिले रेड जोन में हैं", "वहीं जमशेदपुर अब
  ग्रीन जोन से ऑरेंज जोन में शामिल हो गया है" (a dated change);
* members after the zone's class noun: "रेड जोन या हॉट स्पॉट जिलों में पटना, मुंगेर, रोहतास,
  बक्सर, गया हैं" (a core COERCE of the tuning set Ui), "महाराष्ट्र में रेड जोन में शामिल होने
  वाले जिलों में मुंबई, … हैं".

What makes these placements and not descriptions is that they name the places a zone holds
(at least one KB place as the clause's subject, not a container "बिहार में" or "बंगाल के"
before other names), in a clause of their own that ends in the present copula. A description
names none ("महाराष्ट्र में 16 जिले ऑरेंज जोन में शामिल हैं", "उत्तर प्रदेश में सबसे ज्यादा रेड
जोन हैं"), is a condition, a question or a relative clause ("अगर किसी जिले में … तो", "कौन सा
जिला किस जोन में", "जो पहले रेड जोन में थे"), a denial ("बिहार में कहीं भी ग्रीन जोन नहीं है"),
one of many ("84 कन्टेनमेंट जोन में से एक है"), or a rule for a zone ("रेड जोन में … नहीं
खुलेंगे", already an event of its own). Containment and buffer zones are the district's own
drawing and are told with verbs; only the colour zones (red, orange, green, hot spot) are read.

The issuer (round ev35's rule that zones are set by the Centre or a state, never a district):
the Union health ministry where the paragraph up to the sentence says the list is the Centre's
("केन्द्र सरकार ने पश्चिम बंगाल के 10 जिलों को रेड जोन की सूची में रखा है । बंगाल के 10 जिले …",
"स्वास्थ्य मंत्रालय के आंकड़ों के मुताबिक …"), else the government of the state the clause or
its places name. Counted on the 280 allowed corpus day files (docs/events-rounds.md, round
ev173).
"""

from __future__ import annotations

from ..model import Argument, Event, Mention
from .actors import place_code
from .clause import PLACE_TYPES, SentenceView, is_place
from .ids import event_id
from .places import is_state, state_of_town

# The colours of the zones the Centre and the states set, as the corpus spells them ("ओरेंज",
# "औरेंज" beside "ऑरेंज"), and the hot spot that stands for the red zone ("रेड जोन या हॉट स्पॉट
# जिलों में"); containment and buffer zones are left to the lexicon's verbs
_COLOURS = frozenset({"रेड", "ऑरेंज", "ओरेंज", "औरेंज", "ग्रीन", "हॉटस्पॉट", "स्पॉट"})
_ZONE = frozenset({"जोन", "ज़ोन"})
_COPULA = frozenset({"है", "हैं"})
# "शामिल हो गया है": a change of zone told as done (the participle before the copula)
_BECAME = frozenset({"गया", "गए", "गये", "गई", "गयी"})
# Class nouns a list of members follows ("… जिलों में पटना, मुंगेर … हैं")
_CLASS = frozenset({"जिलों", "क्षेत्रों", "इलाकों", "शहरों"})
# How far after the zone word its class noun may stand, set on the two such lists of the 280
# allowed corpus day files ("रेड जोन में शामिल होने वाले जिलों में": 5 tokens; "रेड जोन या हॉट
# स्पॉट जिलों में": 4)
_CLASS_REACH = 5
# Words that begin a new clause inside a sentence ("… रेड जोन में है जबकि रायगढ़ जिला ऑरेंज जोन
# में है")
_CLAUSE_BREAKS = frozenset({"जबकि", "लेकिन", "मगर", "किंतु", "परंतु"})
# Words that make a clause no placement: a denial, a condition, a question, a relative clause;
# and "that is" ("पूरे बिहार में दो ही प्रकार के जोन होंगे. यानी, मुंगेर, … पटना व गया जिला रेड जोन
# में है.", PK-2020-MAY-04 and its reprint in the dev gold's tune half, which codes the act once, on
# the sentence before): a restatement of what the sentence before told, no act of its own
_NOT_PLACED = frozenset(
    {"नहीं", "न", "अगर", "यदि", "तो", "जो", "जिस", "जिन", "जिन्हें", "जहां", "क्या", "कौन", "किस"}
    | {"यानी", "यानि", "अर्थात"}
)
# Words of the paragraph that make the list the Centre's ("केन्द्र सरकार ने … रेड जोन की सूची में
# रखा है", "स्वास्थ्य मंत्रालय के आंकड़ों के मुताबिक")
_CENTRE = ("केंद्र", "केन्द्र", "स्वास्थ्य मंत्रालय", "भारत सरकार")
_HEALTH_MINISTRY = "Ministry of Health and Family Welfare of India"  # actors_hi.yaml's English
_HEALTH_CODE = "IND HLH"
_GENITIVE = frozenset({"के", "की", "का"})


def zone_lists(
    events: list[Event], views: list[SentenceView], text: str, headings: set[int], article_id: str
) -> list[Event]:
    """The placements told with the copula in ``views`` (none in a heading, none in a sentence
    that already holds a zone or restriction event, whose placement its verb told, or whose list
    a declaration before it took as its members, :func:`.zone_members.zone_members`)."""
    taken: set[int] = set()  # sentences holding a zone event or a declaration's members
    for ev in events:
        if ev.mode in {"zone", "restrict"} and ev.sentence is not None:
            taken.add(ev.sentence)
            taken.update(
                sv.index
                for sv in views
                for a in ev.arguments
                if a.role == "target" and sv.start <= a.start < sv.end
            )
    found: list[Event] = []
    states: list[str] = []  # the states the paragraph named so far, in order
    last_end = 0
    for sv in views:
        if "\n" in text[last_end : sv.start]:
            states = []
        last_end = sv.end
        if not (sv.index in headings or sv.index in taken or not _ZONE & sv.words):
            for clause in _clauses(sv):
                placed = _placement(sv, clause, text, article_id, states)
                if placed is not None:
                    found.append(placed)
        states += [m.entity_id for u in sv.units for m in u.mentions if is_state(m) and m.entity_id]
    return found


def _clauses(sv: SentenceView) -> list[tuple[int, int]]:
    """Token spans (first, copula) of the clauses of ``sv`` that end in the present copula."""
    spans, first = [], 0
    for k, w in enumerate(sv.texts):
        if w in _CLAUSE_BREAKS:
            first = k + 1
        elif w in _COPULA:
            spans.append((first, k))
            first = k + 1
    return spans


def _placement(
    sv: SentenceView, clause: tuple[int, int], text: str, article_id: str, states: list[str]
) -> Event | None:
    """The zone placement of one clause ending in the copula at ``clause[1]``, or None."""
    first, cop = clause
    w = sv.texts
    if _NOT_PLACED & set(w[first:cop]):
        return None
    if w[cop - 3 : cop - 1] == ["शामिल", "हो"] and w[cop - 1] in _BECAME:
        k = cop - 4  # "… ऑरेंज जोन में शामिल हो गया है": a change of zone
    elif w[cop - 1] == "शामिल":
        k = cop - 2  # "… ऑरेंज जोन में शामिल हैं"
    else:
        k = cop - 1
    if k < first:
        return None
    trigger_end = sv.tokens[cop].end
    if w[k] == "में" and k >= first + 2 and w[k - 1] in _ZONE and w[k - 2] in _COLOURS:
        colour = k - 2  # members before: "… मालदा रेड जोन में हैं"
        members = _members(sv, first, colour, before=True)
    elif w[k] == "में" and k >= first + 4 and w[k - 1] == "सूची" and w[k - 2] == "की" and (
        w[k - 3] in _ZONE and w[k - 4] in _COLOURS
    ):
        colour = k - 4  # "… रेड जोन की सूची में हैं"
        members = _members(sv, first, colour, before=True)
    else:
        after = _class_list(sv, first, cop)  # members after: "… जिलों में पटना, … हैं"
        if after is None:
            return None
        colour, opened = after
        members = _members(sv, opened, cop, before=False)
        trigger_end = sv.tokens[opened - 1].end
    idents = list(dict.fromkeys(m.entity_id for m in members if m.entity_id))
    if not idents:
        return None
    issuer = _issuer(sv, cop, text, idents, states)
    if issuer is None:
        return None
    ident, code, name = issuer
    start = sv.tokens[colour].start
    args = [Argument("source_inferred", name, start, start, ident)]
    args += [Argument("target", m.text, m.start, m.end, m.entity_id) for m in members]
    return Event(
        type="COERCE",
        mode="zone",
        trigger=text[start:trigger_end],
        trigger_start=start,
        trigger_end=trigger_end,
        evidence_start=sv.start,
        evidence_end=sv.end,
        source=[ident],
        target=idents,
        modality="happened",
        arguments=args,
        sentence=sv.index,
        confidence=0.6,
        id=event_id(article_id, start),
        codes={ident: code},
    )


def _class_list(sv: SentenceView, first: int, cop: int) -> tuple[int, int] | None:
    """(colour token, token after "में") where a colour zone and its class noun open a list
    that runs to the copula ("रेड जोन या हॉट स्पॉट जिलों में पटना, … हैं"), or None."""
    w = sv.texts
    for z in range(first + 1, cop):
        if w[z] not in _ZONE or w[z - 1] not in _COLOURS:
            continue
        for c in range(z + 1, min(z + 1 + _CLASS_REACH, cop - 1)):
            if w[c] in _CLASS and w[c + 1] == "में":
                return z - 1, c + 2
        return None
    return None


def _members(sv: SentenceView, lo: int, hi: int, before: bool) -> list[Mention]:
    """The KB places between tokens ``lo`` and ``hi`` that are members: not marked से or में (a
    zone left, a container: "बिहार में 5 जिला …"); a genitive container ("बंगाल के 10 जिले
    कोलकाता, …", "मुंबई के आसपास …") only where it is the one place named ("नई दिल्ली के सभी
    11 जिले": Delhi's districts, all of them). A unit that runs on into the zone ("मालदा रेड
    जोन", one name to the entities stage) is the list itself: its mentions before the zone count,
    its marker is the zone's."""
    end = sv.tokens[hi].start
    plain: list[Mention] = []
    owners: list[Mention] = []
    for u in sv.units:
        if u.first < lo or u.first >= hi or not is_place(u):
            continue
        places = [
            m
            for m in u.mentions
            if m.type in PLACE_TYPES and m.end <= end and (m.entity_id or "").startswith("kb:")
        ]
        if u.last >= hi or u.marker not in _GENITIVE | {"से", "में"}:
            plain += places
        elif u.marker in _GENITIVE:
            owners += places
    if plain or not before:
        return plain
    return owners if len(owners) == 1 else []


def _issuer(
    sv: SentenceView, cop: int, text: str, idents: list[str], states: list[str]
) -> tuple[str, str, str] | None:
    """(id, code, name) of who set the zone: the Union health ministry where the paragraph up
    to the clause names the Centre or the ministry, else the government of the state the
    paragraph named last up to the clause (``states``: "बिहार में 5 जिला …", "बंगाल के 10 जिले"),
    else of the one state its places lie in; None where no state is known."""
    para = text.rfind("\n", 0, sv.start) + 1
    if any(c in text[para : sv.tokens[cop].end] for c in _CENTRE):
        return f"actor:{_HEALTH_MINISTRY}", _HEALTH_CODE, _HEALTH_MINISTRY
    named = [
        m.entity_id
        for u in sv.units
        if u.first < cop
        for m in u.mentions
        if is_state(m) and m.entity_id
    ]
    state = (states + named)[-1] if states or named else None
    if state is None:
        found = {s for i in idents if (s := _state_of(i)) is not None}
        state = f"kb:{next(iter(found))}" if len(found) == 1 else None
    pc = place_code(state)
    if pc is None:
        return None
    name = f"Government of {pc[1]}"
    return f"actor:{name}", f"{pc[0]} GOV", name


def _state_of(ident: str) -> str | None:
    """The KB id of the state a member is ("kb:in-state/…") or lies in (a town), else None."""
    bare = ident.removeprefix("kb:")
    return bare if bare.startswith("in-state/") else state_of_town(ident)

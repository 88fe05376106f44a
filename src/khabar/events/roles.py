"""Who does what to whom in a Hindi clause: the roles of an event trigger's arguments.

Why a module of its own: role assignment is the part of the Hindi extractor that reads the case
markers (ने agent, से/के साथ partner, को recipient, की/के possessor, में place) around one trigger;
:mod:`khabar.events.hindi` finds the triggers and decides modality, dates and which candidates
become events, and calls :func:`assign_roles` for the arguments. Targets that are no entity (a
noun phrase before the target postposition) are read by :func:`_object_target`, completed by
:mod:`khabar.events.objects`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Argument
from .clause import (
    MARKERS_1,
    PARTICLES,
    SentenceView,
    Token,
    Unit,
    is_break,
    is_place,
    place_of,
    unit_actors,
)
from .gloss import gloss, glossary, modifier, names_actor, names_people
from .objects import (
    BY_WRITING,
    CONJ,
    LETTERS,
    MEASURES_ON_THINGS,
    PARTICIPLE_ENDS,
    PUBLIC_MODES,
    SUBJECT_PRONOUNS,
    age_before,
    bare_object,
    before_aside,
    closed_for,
    glossed_span,
    letter_addressee,
    letter_after,
    public_addressee,
)

if TYPE_CHECKING:
    from .hindi import Candidate

_JA_ASPECT = frozenset(
    {"रहा", "रही", "रहे", "सकता", "सकती", "सकते", "चुका", "चुकी", "चुके", "सकेगा", "सकेगी", "सकेंगे"}
    | {"सकेंगी"}  # round ev41: "दुकानें खोली जा सकेंगी", the feminine plural was missing
)
PASSIVE = frozenset(
    {"गया", "गई", "गए", "गयी", "गये", "गईं", "गयीं", "जाएगा", "जाएगी", "जाएंगे", "जाएंगी"}
    | {"जायेगा", "जायेगी", "जायेंगे", "जाता", "जाती", "जाते"}
)
_FIRST_PERSON = frozenset({"मैं", "हम", "मैंने", "हमने"})
# A phrase ending in पर/में/बारे between an argument and the trigger is a topic ("X के साथ ...
# संबंधों पर चर्चा"): the argument belongs inside it, unless the पर/में is the medium of a call.
_TOPIC_MARKS = frozenset({"पर", "में", "बारे"})
_MEDIUM = frozenset({"फोन", "फ़ोन", "कॉल", "टेलीफोन", "वीडियो", "माध्यम"})
# "पर्याप्त संख्या में", "बड़ी संख्या में": how many, a manner and no topic (round ev19, the tune
# half's "डीसीपी पर्याप्त संख्या में पुलिस कर्मचारियों की तैनाती सुनिश्चित करेंगे")
_QUANTITY = frozenset({"संख्या", "तादाद", "मात्रा"})
# "के बीच" marks participants only this close to the trigger ("X और Y के बीच एक साल के व्यापार
# समझौते": 4 tokens); further away it belongs to another noun ("के बीच बढ़ते ... सहयोग").
_BETWEEN_REACH = 5
# Purpose nouns whose possessor is who benefits from an offer or aid ("गाजा के पुनर्निर्माण",
# "किसानों की मदद", "पीड़ितों के पुनर्वास").
_BENEFIT_NOUNS = frozenset(
    {"पुनर्निर्माण", "मदद", "सहायता", "राहत", "पुनर्वास", "विकास", "बहाली", "समर्थन", "इलाज"}
)
_POSSESSOR_REACH = 3
_AND = frozenset({"और", "तथा", "एवं", "व"})
# Title words between a genitive and the person it modifies ("के मुख्यमंत्री", "के पूर्व
# मुख्यमंत्री"); checked on corpus sentences of "के मुख्यमंत्री/महानिदेशक X ने" (not the gold).
_TITLE_REACH = 2


@dataclass
class Roles:
    """The arguments of one candidate, by role, with the evidence of each (``args``)."""

    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    location: list[str] = field(default_factory=list)
    args: list[Argument] = field(default_factory=list)
    possessor: bool = False
    anaphoric: bool = False
    explicit_source: bool = False
    pronoun_target: bool = False  # the target is a pronoun ("उसके खिलाफ"), not resolved


# Demonstratives before "लोगों" that point back at people named before ("भारत आने के बाद इन
# लोगों को … क्वारंटीन", "इन सभी लोगों को"): these people, not the public of a place (round ev25,
# read on every 3rd corpus day file outside the event gold).
_BACK_POINTING = frozenset({"इन", "उन"})


def _these_people(sv: SentenceView, unit: Unit, actors: list[str]) -> int | None:
    """First token of "इन (सभी) लोगों" when the unit is the public after a demonstrative."""
    if not any(a.startswith("actor:public") for a in actors):
        return None
    k = unit.first - 1
    if k >= 0 and sv.tokens[k].text in {"सभी", "सब"}:
        k -= 1
    return k if k >= 0 and sv.tokens[k].text in _BACK_POINTING else None


_CONTACT_VERBS = (("आए",), ("आये",), ("आने", "वाले"), ("आने", "वालों"))


def _contacts_of(sv: SentenceView, unit: Unit, actors: list[str]) -> int | None:
    """First token ("संपर्क") of "संपर्क में आए (सभी) लोगों" when the unit is the public
    after it: who came in contact with a case, not the public of the place (issue 13, round ev43:
    the quarantines and isolations of "संपर्क में आए लोगों" on corpus day files outside the
    event gold were coded as the country's or a town's public)."""
    if not any(a.startswith("actor:public") for a in actors):
        return None
    toks = sv.tokens
    k = unit.first - 1
    while k >= 0 and (toks[k].text in {"सभी", "सब"} or toks[k].text[:1].isdigit()):
        k -= 1
    for verb in _CONTACT_VERBS:
        n = len(verb)
        at = k - n + 1
        said = tuple(t.text for t in toks[at : k + 1]) if at >= 2 else ()
        if said == verb and (toks[at - 2].text, toks[at - 1].text) == ("संपर्क", "में"):
            return at - 2
    return None


def _demonym_people(sv: SentenceView, unit: Unit, actors: list[str]) -> int | None:
    """First token of the phrase that names a country's people by its demonym ("विदेश में फंसे
    119 भारतीयों"): they are the target, not the country (the KB links the demonym to it, and
    "India" is no name for Indians stranded in Japan). Issue 13, round ev43: 7 targets named
    "India" for "भारतीयों" on corpus day files outside the event gold, none of them the
    country. None unless the glossary can say the phrase."""
    from .actors import _kb

    if len(actors) != 1 or not actors[0].startswith("kb:country/") or unit.first != unit.last:
        return None
    entry = _kb().get(actors[0][3:])
    if entry is None or sv.tokens[unit.first].text not in getattr(entry, "demonym", ()):
        return None
    first = unit.first
    while first - 1 >= 0 and modifier(sv.tokens[first - 1].text):
        first -= 1  # "119 भारतीयों", "सभी भारतीयों"
    wider = _with_participle(sv, 0, first, unit.last)  # "ईरान में फंसे 58 भारतीयों"
    if sv.tokens[wider].text not in {"में", "से"}:  # not "(… प्रिंसेज) में फंसे 119 भारतीयों"
        first = wider
    return first if gloss(sv.text_of(first, unit.last)) else None


def add_role(roles: Roles, role: str, unit: Unit, sv: SentenceView, actors: list[str]) -> None:
    these = _these_people(sv, unit, actors) if role == "target" else None
    if these is None and role == "target":
        these = _contacts_of(sv, unit, actors)
    if these is None and role == "target":
        these = _demonym_people(sv, unit, actors)
    if these is not None and gloss(sv.text_of(these, unit.last)):
        text = sv.text_of(these, unit.last)
        ident = f"text:{text}"
        first, last = sv.tokens[these], sv.tokens[unit.last]
        roles.args.append(Argument(role, text, first.start, last.end, ident, gloss(text)))
        roles.target.append(ident)
        return
    at = _group_phrase(sv, unit) if role in {"target", "partner"} else unit.first
    first, last = sv.tokens[at], sv.tokens[unit.last]
    text = sv.text_of(at, unit.last)
    en = gloss(text) if at < unit.first else None
    for actor in actors:
        roles.args.append(Argument(role, text, first.start, last.end, actor, en))
    if role == "source":
        roles.source.extend(actors)
    elif role in {"target", "partner", "participants"}:
        roles.target.extend(actors) if role == "target" else roles.source.extend(actors)
    elif role == "location":
        roles.location.extend(actors)


# Targets whose own words the gold keeps with a group word ("38 संसद सदस्यों", "इन सांसदों",
# "गृह विभाग और पुलिस के आला अधिकारियों"): the group named by the actor dictionary is the
# actor, its modifiers say which of them (tune half of round ev20: 6 of 16 lenient-only targets).
_GROUP_REACH = 8  # tokens before a group word: "गृह विभाग और पुलिस के आला" is 6


def _group_phrase(sv: SentenceView, unit: Unit) -> int:
    """First token of a group target's whole noun phrase: its numbers, demonstratives and
    modifiers ("38 संसद सदस्यों", "इस चौकी के सभी पुलिसकर्मियों") and a genitive owner the
    glossary can say ("गृह विभाग और पुलिस के आला अधिकारियों"); the unit's own first token when
    it names no group, is the public (coded as the public of a place), or nothing can be said."""
    ids = unit_actors(unit)
    if not unit.mentions or any(m.type != "GROUP" for m in unit.mentions) or unit.anaphor:
        return unit.first
    toks = sv.tokens
    # "60 साल से ज्यादा उम्र के लोगों": an age says which people, the public's too (round ev34)
    aged = age_before(toks, unit.first, 0, set())
    if aged is not None and gloss(sv.text_of(aged, unit.last)) is not None:
        return aged
    if any(i.startswith("actor:public") for i in ids):
        return unit.first
    floor = max(0, unit.first - _GROUP_REACH)
    first = unit.first
    while first - 1 >= floor and modifier(toks[first - 1].text):
        first -= 1
    if first - 2 >= floor and toks[first - 1].text in {"के", "की", "का"}:
        owner = glossed_span(sv, floor, first - 2, [], _NP_STOPS)
        if owner is not None and gloss(sv.text_of(owner, unit.last)) is not None:
            first = owner
    if first == unit.first or gloss(sv.text_of(first, unit.last)) is None:
        return unit.first
    return first


def _animate(unit: Unit) -> bool:
    """Whether a unit can travel or meet: a person, group or organisation (or an anaphor)."""
    return unit.anaphor or any(m.type in {"PERSON", "GROUP", "ORGANIZATION"} for m in unit.mentions)


def _gap(sv: SentenceView, units: list[Unit], u: Unit, cand: Candidate) -> tuple[int, bool]:
    """Tokens between a unit's marker and the trigger that are not dates, places or particles,
    and whether a topic phrase (… पर/में/के बारे में) lies between them."""
    skip: set[int] = set()
    for tx in sv.timexes:
        skip.update(i for i, t in enumerate(sv.tokens) if tx.start <= t.start < tx.end)
    for o in units:
        if o is not u and is_place(o) and o.first >= u.marker_end:
            skip.update(range(o.first, o.last + 1))
    between = range(u.marker_end, cand.first)
    gap = sum(1 for i in between if i not in skip and sv.tokens[i].text not in PARTICLES)
    topic = any(
        sv.tokens[i].text in _TOPIC_MARKS
        and (i == 0 or sv.tokens[i - 1].text not in _MEDIUM | _QUANTITY)
        for i in between
        if i not in skip and i - 1 not in skip
    )
    return gap, topic


def _of_a_person(sv: SentenceView, units: list[Unit], u: Unit) -> bool:
    """A genitive that modifies the person, group or office right after it, across a title at
    most ("हिमाचल प्रदेश के मुख्यमंत्री जयराम ठाकुर के … प्रयासों की सराहना", "WHO के महानिदेशक
    X ने"): the place or organisation belongs to that head, which takes the role (the possessor
    of the object noun is the head, not the place it holds office in)."""
    if u.marker not in {"की", "के", "का"}:
        return False
    head = next((o for o in units if o.first >= u.marker_end), None)
    if head is None or head.first - u.marker_end > _TITLE_REACH:
        return False
    between = range(u.marker_end, head.first)
    if any(sv.tokens[k].text in MARKERS_1 or is_break(sv.tokens, k) for k in between):
        return False
    return any(m.type in {"PERSON", "GROUP", "ORGANIZATION"} for m in head.mentions)


def _conjunct(sv: SentenceView, units: list[Unit], u: Unit) -> Unit | None:
    """The unit an unmarked one is coordinated with ("A और B से", "A व B को"), when the two are
    of classes the clause analysis keeps apart (a person and an office: "उपायुक्त नैंसी सहाय और
    पुलिस अधीक्षक"); B's postposition marks both. Not "के बीच" (read on the unit itself)."""
    if u.marker is not None or u.anaphor or u.last + 2 >= len(sv.tokens):
        return None
    if sv.tokens[u.last + 1].text not in _AND:
        return None
    nxt = next((o for o in units if o.first == u.last + 2), None)
    if nxt is None or nxt.anaphor or nxt.marker in {None, "के बीच", "की", "के", "का"}:
        return None
    return nxt


# A second verb coordinated after a finite first one ("पुलिस ने … बैरिकेड लगा दिए और मजदूर …
# मांग करने लगे"): the first conjunct's ends, its auxiliaries, and the words that may stand
# between "और" and the second verb's own unmarked subject (round ev40, issue 13)
_AND = frozenset({"और", "तथा", "एवं"})
# Measures that hold people somewhere ("X को अस्पताल में क्वारंटीन में रखा"): the में phrase is
# the place of confinement, never a topic.
_CONFINE = frozenset({"quarantine", "arrest"})
_FIRST_ENDS = frozenset({"दिया", "दी", "दिए", "दिये", "किया", "किए", "किये", "लिया", "ली", "लिए"})
_FIRST_ENDS |= frozenset({"की", "कीं", "लगाया", "लगाई", "लगाए", "डाला", "डाली", "डाले"})
_AUX = frozenset({"है", "हैं", "था", "थी", "थे", "थीं", ","})
_CASE = frozenset({"ने", "को", "से", "में", "पर", "के", "की", "का", "द्वारा"})


def _own_conjunct(sv: SentenceView, cand: Candidate, start: int) -> int:
    """Where the clause of a second coordinated verb with its OWN subject starts: after "और"
    that follows a finite perfect whose agent took ने, when an unmarked person, group or body
    stands right after "और" ("पुलिस ने बैरिकेड लगा दिए और प्रवासी मजदूर … की मांग करने लगे":
    the demand is the workers', not the police's). Not for a passive or a perfect transitive
    second verb (its subject would take ने; an unmarked noun there is its object)."""
    toks = sv.tokens
    verb = [t for t in cand.verb if t not in PARTICLES]
    if not cand.finite or not verb or verb[0] in _FIRST_ENDS:
        return start
    if any(t in PASSIVE for t in cand.verb) or passive_compound(cand.verb):
        return start
    ands = [k for k in range(start + 1, cand.first) if toks[k].text in _AND]
    if not ands:
        return start
    c = ands[-1]
    k = c - 1
    while k > start and toks[k].text in _AUX | PARTICLES:
        k -= 1
    if toks[k].text not in _FIRST_ENDS or "ने" not in {t.text for t in toks[start:k]}:
        return start
    if any(t.text == "ने" for t in toks[c + 1 : cand.first]):
        return start
    for u in sv.units:
        if u.first <= c or u.last >= cand.first:
            continue
        between = toks[c + 1 : u.first]
        if len(between) > 2 or any(t.text in _CASE for t in between):
            return start
        own = u.marker is None and not u.anaphor and _animate(u) and not is_place(u)
        return c + 1 if own and unit_actors(u) else start
    return start


def assign_roles(sv: SentenceView, cand: Candidate, start: int) -> Roles:
    trig = cand.trig
    roles = Roles()
    start = _own_conjunct(sv, cand, start)
    units = [
        u
        for u in sv.units
        if u.first >= start and u.marker_end <= cand.first and u.last < cand.first
    ]
    passive = any(t in PASSIVE for t in cand.verb) or passive_compound(cand.verb)
    window = [t.text for t in sv.tokens[start : cand.first]]
    marked = {
        k
        for u in units
        if u.marker == "ने"
        for k in range(u.last + 1, u.marker_end)
        if sv.tokens[k].text == "ने"
    }
    # "नतीजों ने … खारिज किया", "मैं … धन्यवाद देता हूं": the agent is named but is no entity;
    # no other phrase may stand in for it
    unnamed_agent = any(t == "ने" and start + i not in marked for i, t in enumerate(window)) or bool(
        _FIRST_PERSON & set(window)
    )
    agent = None
    nominative = None
    letter_to: Unit | None = None
    modifier: Unit | None = None
    for u in units:
        actors = unit_actors(u)
        if not actors:
            continue
        if _of_a_person(sv, units, u):
            continue  # "हिमाचल प्रदेश के मुख्यमंत्री जयराम ठाकुर": the state is his, not an argument
        dist, topic = _gap(sv, units, u, cand)
        marker = u.marker
        if marker == "को" and letter_after(sv, u.marker_end) and letter_to is None:
            letter_to = u  # "केरल सरकार को पत्र लिखकर … चिंता जाहिर की": whom it was written to
            continue
        if marker == "ने":
            if cand.finite and not passive:
                agent = u
            continue
        if marker == "की ओर से" and passive and not unnamed_agent:
            agent = u  # "प्रशासन की ओर से … अपील की गई": on whose behalf, wherever it stands
            continue
        if (
            topic
            and marker is None
            and nominative is None
            and not passive
            and _animate(u)
            and u.first == start
            and any(o.first == u.last + 1 and o.marker for o in units)
        ):
            nominative = u  # "प्रशासन लोगों से घरों में रहने की अपील कर रहा है": the subject
            continue  # stands before the topic phrase, not inside it
        if (
            topic
            and marker == "को"
            and trig.mode in _CONFINE
            and passive
            and not any(
                _activity(t.text) or t.text in {",", "जिसके", "जिसमें", "और"} or is_break(sv.tokens, i)
                for i, t in enumerate(sv.tokens[u.marker_end : cand.first], start=u.marker_end)
            )
        ):
            # "इन सभी लोगों को अस्पताल में क्वारंटीन में रखा गया": where they are held is no
            # topic (round ev43, issue 13: such confinements lost their object)
            topic = False
        if topic and not (trig.type == "REQUEST" and marker == "से"):
            continue  # (whom one asks comes before what one asks: "लोगों से घरों में रहने की अपील")
        if marker in {"द्वारा", "के द्वारा", "की ओर से"}:
            nxt = {t.text for t in sv.tokens[u.marker_end : u.marker_end + 3]}
            if not unnamed_agent and not nxt & PASSIVE:  # "X द्वारा किए गए": a participle
                agent = u
            continue
        conjunct = _conjunct(sv, units, u)
        if conjunct is not None and conjunct.marker in trig.markers:
            # "नैंसी सहाय और पुलिस अधीक्षक से बात की": the first conjunct shares the marker
            add_role(roles, trig.markers[conjunct.marker], u, sv, actors)
            continue
        if marker is None:
            if u.last == cand.first - 1 and is_place(u) and trig.place_possessor:
                add_role(roles, trig.place_possessor, u, sv, actors)
                add_role(roles, "location", u, sv, [place_of(m) for m in u.mentions])
                roles.possessor = True
            elif (
                nominative is None
                and not is_place(u)
                and not passive
                and (_animate(u) or not trig.verbal)
                and not _stays_so(cand)
            ):
                if any(o.first == u.last + 1 for o in units):
                    # "पुलिस कर्मचारियों की तैनाती": पुलिस modifies the next noun; the subject
                    # only when no other stands in the clause
                    modifier = modifier or u
                else:
                    nominative = u
            continue
        if marker == "पर" and any(
            _conjunctive(t.text) for t in sv.tokens[u.marker_end : cand.first]
        ):
            continue  # "डिगिहा तिराहे पर बैरियर लगाकर उसे रोक": the participle's place
        if marker in trig.markers:
            if marker == "के बीच" and dist > _BETWEEN_REACH:
                continue
            add_role(roles, trig.markers[marker], u, sv, actors)
            continue
        adjacent = not any(
            o.first > u.last and o.last < cand.first and not is_place(o) for o in units
        )
        if (
            marker in {"की", "के", "का"}
            and not cand.finite
            and cand.light
            and trig.possessor == "source"
            and _animate(u)
            and u is next((o for o in units if o.marker in {"की", "के", "का"}), None)
            and all(o.marker not in {"की", "के", "का", None} for o in units if o.first > u.last)
        ):
            # the genitive subject of an infinitive: "चीनी नेता के … पुतिन से बात करने के बाद"
            add_role(roles, "source", u, sv, actors)
            roles.possessor = True
            continue
        if marker in {"की", "के", "का"} and dist <= _POSSESSOR_REACH and adjacent:
            role = trig.place_possessor if is_place(u) and trig.place_possessor else trig.possessor
            if role == "target_or_object":
                role = "target"
            if role == "source" and trig.verbal and not _animate(u):
                role = None  # "झारखंड के हटिया पहुंचेगी": a place's possessive names no traveller
            if role:
                add_role(roles, role, u, sv, actors)
                if trig.place_possessor and is_place(u):
                    add_role(roles, "location", u, sv, [place_of(m) for m in u.mentions])
                roles.possessor = True
                continue
        if (
            marker in {"की", "के", "का"}
            and trig.possessor == "target_or_object"
            and not roles.target
        ):
            add_role(roles, "target", u, sv, actors)
            continue
        if marker in {"में", "पर"} and is_place(u):
            add_role(roles, "location", u, sv, [place_of(m) for m in u.mentions])
    nominative = nominative or modifier
    if agent is not None:
        add_role(roles, "source", agent, sv, unit_actors(agent))
        roles.explicit_source = not agent.anaphor
        roles.anaphoric = agent.anaphor
    elif nominative is not None and cand.finite and not roles.source and not unnamed_agent:
        add_role(roles, "source", nominative, sv, unit_actors(nominative))
    if trig.beneficiary and not roles.target:
        for u in units:
            purpose = sv.tokens[u.marker_end].text if u.marker_end < cand.first else ""
            if u.marker in {"के", "की"} and purpose in _BENEFIT_NOUNS and unit_actors(u):
                add_role(roles, "target", u, sv, unit_actors(u))
                break
    if (trig.beneficiary or trig.type == "AID") and not roles.target:
        _purpose_object(sv, cand, start, units, roles)
    if trig.place_object:
        after = agent.marker_end if agent is not None else start
        for u in units:
            if u.first >= after and is_place(u) and u.marker in {None, "की", "के", "का"}:
                add_role(roles, trig.place_object, u, sv, unit_actors(u))
                break
    _asked_from(sv, cand, start, units, roles)
    if not roles.target and letter_to is not None:  # a place written to stands for its government
        add_role(roles, "target", letter_to, sv, unit_actors(letter_to))
    if not roles.target and letter_to is None:
        letter_addressee(sv, cand, start, units, roles, _NP_STOPS)
    if not roles.target:
        _addressee_of_complement(sv, cand, start, roles)
    if not roles.target:
        _object_target(sv, cand, start, units, roles)
    if not roles.target and trig.type == "COERCE" and not _pronoun_argument(roles):
        closed_for(sv, cand, start, units, roles)
    if roles.anaphoric and trig.type == "ASSAULT" and _one_person_attacks_police(roles):
        # "एसएसपी … ने बताया कि … । उन्होंने पुलिस पर पथराव किया": the last agent named (the
        # officer who told of it) is no stone-thrower against his own force; none is better
        roles.source = []
        roles.args = [a for a in roles.args if a.role != "source"]
        roles.explicit_source = roles.anaphoric = False
    return roles


def _one_person_attacks_police(roles: Roles) -> bool:
    """A pronoun agent resolved to one named person, of an attack on the police (round ev40,
    issue 13: AU-2020-ARP-03.txt, corpus outside the event gold, made an SSP the stone-thrower;
    a crowd, not one person, is who "उन्होंने" pelts the police with stones)."""
    people = [s for s in roles.source if s.startswith(("kb:person/", "name:person:"))]
    police = any("police" in t.lower() for t in roles.target)
    return police and len(people) == 1 and len(roles.source) == 1


# Words right after "X से" that make X where someone comes from or works from, not whom one
# asks ("चीन से आने वाले", "घर से काम करने"): motion and place-of-work verbs. Round ev28 read
# the rule's changes on 300 corpus day files outside the event gold (seeds 2828 and 4242 of
# tools/sample_issuers.day_files): 18 requests, each now aimed at the states, MPs, officers,
# people or leader written after the agent (was: the inferred public, or a को-object of the
# request's content such as "इजरायल को भेजने"); none wrong. The tune half has no such request.
_FROM_VERBS = ("आ", "लौट", "निकल", "भाग", "काम", "जुड़", "मिल", "गुजर", "पहुंच", "ले", "बाहर")


# The ergative marker, alone or fused with a pronoun ("उन्होंने लोगों से … करने को कहा")
_AGENT_MARKS = frozenset({"ने", "उन्होंने", "इन्होंने", "उसने", "इसने", "मैंने", "हमने"})


def _asked_from(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """Whom a request is made of: "A ने X से … करने को/के लिए कहा", "A ने X से … की अपील की".
    X is the first phrase after the ने-agent marked से (not a date's "से"): an entity that is
    a group, body or person (no place: "चीन से आने वाले"), or a noun phrase of people the
    glossary knows right after the agent ("सभी राज्यों से", "जिलाधिकारियों से"). What follows
    up to the trigger is the request's content, so a को-object there is the infinitive's
    ("जिलाधिकारियों से मजदूरों को भोजन देने को कहा": the officers are asked, the workers fed)
    and the public a request falls back on is not its addressee. Nothing when a clause break or
    "कि" stands between the agent and the trigger, or X is where one comes or works from."""
    if cand.trig.mode not in PUBLIC_MODES:
        return
    toks = sv.tokens
    ne = next((j for j in range(start, cand.first) if toks[j].text in _AGENT_MARKS), None)
    if ne is None:
        return  # the agent (an entity or not: "कंपनियों ने") is this clause's
    if any(is_break(toks, j) or toks[j].text == "कि" for j in range(ne, cand.first)):
        return
    timex_at = {i for tx in sv.timexes for i, t in enumerate(toks) if tx.start <= t.start < tx.end}
    k = next(
        (
            j
            for j in range(ne + 2, cand.first - 1)
            if toks[j].text == "से" and j - 1 not in timex_at
        ),
        None,
    )
    if k is None or toks[k + 1].text.startswith(_FROM_VERBS):
        return
    asked = next((u for u in units if u.last == k - 1 and u.marker == "से"), None)
    if asked is not None:
        actors = unit_actors(asked)
        if is_place(asked) or not _animate(asked) or not actors:
            return
        public = all(a.startswith("actor:public") for a in actors)
        first = asked.first
    else:
        public = False
        if any(u.marker_end == k + 1 for u in units):
            return
        span = glossed_span(sv, ne + 1, k - 1, units, _NP_STOPS)
        if span is None or not names_actor(sv.text_of(span, k - 1)):
            return
        first = span
        whole = sv.text_of(ne + 1, k - 1)
        bare = not any(
            toks[j].text in MARKERS_1
            or j in timex_at
            or toks[j].text in {"करके", "कर"}  # "एक जनसभा आयोजित करके पादरियों से" (ev43)
            or _conjunctive(toks[j].text)
            for j in range(ne + 1, k)
        )
        if first > ne + 1 and bare and gloss(whole) is not None and names_actor(whole):
            first = ne + 1  # "जिला कलेक्टरों": a word the span left out belongs to the phrase
        if any(
            toks[j].text not in PARTICLES and j not in timex_at
            for j in range(ne + 1, first)
        ):
            return  # the phrase stands right after the agent ("सरकार ने सभी राज्यों से")
    first_char = toks[first].start
    if any(a.role == "target" and a.start < first_char for a in roles.args):
        return  # a target named before the addressee stays (a letter's, a को-addressee)
    if all(a.start == first_char for a in roles.args if a.role == "target") and roles.target:
        return  # the clause analysis has it already
    roles.args[:] = [a for a in roles.args if a.role not in {"target", "target_inferred"}]
    roles.target.clear()
    roles.pronoun_target = False
    if asked is not None and public:
        public_addressee(sv, cand, roles)  # "लोगों से": placed by the source's jurisdiction
        return
    if asked is not None:
        add_role(roles, "target", asked, sv, actors)
        return
    text = sv.text_of(first, k - 1)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, first_char, toks[k - 1].end, ident))
    roles.target.append(ident)


# The verb of a state a measure leaves things in ("सभी स्कूल 31 मार्च तक बंद रहेंगे", "दुकानें बंद
# हो गईं"): its subject is what is closed, never who closed it. Round ev28: 5 of 5 such subjects
# made sources on 340 corpus day files outside the event gold were closed things the tagger took
# for names ("रेस्टोरेंट-कैफे", "रिक्शा", "ATM", "शैक्षिणक"); the tune half has one.
_STATE_VERBS = ("रह", "हो", "हुए", "हुई", "हुआ")


def _stays_so(cand: Candidate) -> bool:
    """Whether a coercive measure is told as the state it leaves things in (बंद रहेंगे)."""
    return cand.trig.type == "COERCE" and bool(cand.verb) and cand.verb[0].startswith(_STATE_VERBS)


# A count of infections told with the words of a police case ("संक्रमण के 35 और मामले दर्ज किए
# गए", "1975 नये केस दर्ज किये गये"): no charge. Round ev28: about half of the 78 charges on 340
# corpus day files outside the event gold were such counts, with a police force or a country's
# government guessed as the issuer; a charge names whom it is against or who filed it.
_CASE_WORDS = frozenset({"मामले", "मामला", "मामलों", "केस"})
_INFECTION_WORDS = frozenset(
    {"संक्रमण", "संक्रमित", "कोरोना", "कोरोनावायरस", "वायरस", "कोविड", "कोविड-19", "पॉजिटिव"}
    | {"नए", "नये", "नया", "#COVID19", "COVID-19"}
)


def case_count(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> bool:
    """Whether a "मामले दर्ज" with no one it is against and no agent named counts infections:
    an infection word or "नए" in its clause before it."""
    if cand.trig.mode != "charge" or roles.target or roles.explicit_source or roles.source:
        return False
    if sv.tokens[cand.first].text not in _CASE_WORDS:
        return False
    words = {t.text for t in sv.tokens[start : cand.first]}
    return bool(words & _INFECTION_WORDS) and "खिलाफ" not in words  # "चार लोगों के खिलाफ"


def _pronoun_argument(roles: Roles) -> bool:
    """Whether the target is a pronoun left for :mod:`.anaphora` to resolve."""
    return any(a.role == "target" and a.entity_id is None for a in roles.args)


# What may stand between a complement clause's trigger and the order or request it completes
# ("कार्रवाई करने के निर्देश", "बांटने का आदेश"): the oblique infinitive and its genitive.
_COMPLEMENT_LINK = frozenset({"के", "का", "की"})


def _body(u: Unit) -> bool:
    """Whether a unit names a group or an organisation and no person: orders are given to
    officials and bodies ("अधिकारियों को", "पुलिस को"); a person marked को before a complement
    is as often its object ("संजीव शर्मा को जमानत पर रिहा करने का आदेश": released, not told)."""
    kinds = {m.type for m in u.mentions}
    return bool(kinds & {"GROUP", "ORGANIZATION"}) and "PERSON" not in kinds and not u.anaphor


def _addressee_of_complement(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> None:
    """Whom an order or request is given to when a complement clause stands between them
    ("उन्होंने अधिकारियों को … अफवाह फैलाने वालों पर त्वरित कार्यवाई करने के निर्देश दिए"): the
    clause's own trigger ends this one's window (``start``), so the addressee marked को before it
    is out of reach; it is the last को-unit of the sentence before the window that names a group
    or a body (:func:`_body`), with no clause break, "कि" or other को-phrase after it, and no
    letter before it (whose addressee the order's is). Only right after the infinitive link
    ("करने के निर्देश"), with nothing of this trigger's own in its window."""
    k = cand.first
    if cand.trig.markers.get("को") != "target" or k < 2:
        return
    toks = sv.tokens
    if toks[k - 1].text not in _COMPLEMENT_LINK or not toks[k - 2].text.endswith("ने"):
        return
    if any(t.text not in _COMPLEMENT_LINK and not t.text.endswith("ने") for t in toks[start:k]):
        return
    before = [u for u in sv.units if u.marker == "को" and u.marker_end <= min(start, k - 2)]
    if not before:
        return
    u = before[-1]
    between = range(u.marker_end, k)
    if any(is_break(toks, j) or toks[j].text in {"कि", "को"} for j in between):
        return
    if any(
        toks[j].text in LETTERS and toks[j + 1].text in BY_WRITING for j in range(u.first - 1)
    ):
        return  # "राज्यों को चिट्ठी लिखकर … डॉक्टरों को सुरक्षा प्रदान करने का आदेश": the
        # letter's addressee is the order's; the को-phrase after it is the complement's
    actors = unit_actors(u)
    if not actors or is_place(u) or not _body(u):
        return
    add_role(roles, "target", u, sv, actors)
    # the order's agent is the sentence's ने-agent before the addressee ("X ने A को … करने का
    # आदेश देते हुए"), out of this window too
    agent = next((o for o in reversed(sv.units) if o.marker == "ने" and o.last < u.first), None)
    if agent is None or roles.source or any(is_break(toks, j) for j in range(agent.last, u.first)):
        return
    add_role(roles, "source", agent, sv, unit_actors(agent))
    roles.explicit_source = not agent.anaphor
    roles.anaphoric = agent.anaphor


_PRONOUN_OF = frozenset({"उसके", "उनके", "इसके", "इनके"})
# Verbs whose own object takes से ("बीमारी से निपटने", "संक्रमण से बचने", "कोरोना से लड़ने"): a
# से-phrase right before one belongs to that verb, not to the request or measure (round ev28,
# appeals on the corpus day files outside the event gold).
_FROM_OBJECT = ("निपट", "बचन", "बचा", "बचे", "लड़", "जूझ", "उबर", "मुक्त", "दूर")
# Nouns that make a compound postposition with a genitive before and पर/से/में after ("के आधार
# पर": on the basis of, "की तरफ से": on behalf of, "के तौर पर": as): never a target. Round ev28:
# 4 targets "आधार"/"तरफ" on 340 corpus day files outside the event gold, all wrong.
_COMPOUND_HEADS = frozenset({"आधार", "तरफ", "तौर", "ओर", "जरिए", "जरिये", "बजाय", "दौरान"})
# Object pronouns in the dative, whom a measure is taken against ("उसे क्वारंटाइन किया गया");
# not इसे, mostly a thing or the situation ("इसे ध्यान में रखते हुए").
OBJECT_PRONOUNS = frozenset({"उसे", "उसको", "उन्हें", "उनको", "इन्हें", "इनको"})
_IN_VIEW_OF = frozenset({"देखते", "देख", "लेकर", "ध्यान"})
# Words that end a noun phrase when reading it backwards from its postposition.
_NP_STOPS = frozenset(
    {"ने", "से", "को", "में", "पर", "और", "तथा", "व", "या", ",", "कि", "'", "‘", "’", "कर", "ही"}
    | {"अब", "भी", "साथ", "बाद", "पहले", "तक", "है", "हैं", "था", "थे", "थी", "तो", "इसलिए"}
    | {"द्वारा"}  # "प्रशासन द्वारा सभी दुकानों को": the agent ends before the object
    # "के लिए पूरे देश को", "के कारण मुसलमानों को": a purpose or cause ends before the object
    | {"लिए", "कारण"}
    # "जानकारी के पश्चात मरीज को", "लॉकडाउन के दौरान काम करने वाली कंपनियों", "बाहर निकलते
    # समय हर किसी को": a time adverbial ends before the object (tune half, round ev19)
    | {"पश्चात", "उपरांत", "दौरान", "समय"}
    # "पत्र लिखकर बदलावों पर चिंता": the letter that carries the act is no part of its object
    | {"लिखकर", "भेजकर", "करके"}
    # "योजना के तहत राज्यों को", "वहीं छह मरीजों को", "उनके अनुसार पांचों पर्यटकों": a
    # framing word ends before the object (round ev43: leading words of corpus target phrases)
    | {"तहत", "वहीं", "अनुसार", "मद्देनजर", "साथ-साथ"}
)
# Words that name nobody on their own: a target phrase of nothing else is no actor ("सभी",
# "आप सभी", "उन", "दोनों"), and a bare activity ("करने", "लाने") is none either.
# The speaker's own possessive before whom an appeal addresses ("हमारा आप सब से यह आग्रह").
_SPEAKERS = frozenset({"हमारा", "हमारी", "हमारे", "मेरा", "मेरी", "मेरे"})
_NO_ACTOR_WORDS = (
    frozenset(
        {"सभी", "सब", "हर", "उन", "इन", "उस", "इस", "दोनों", "किसी", "कोई", "तमाम", "सारे", "पूरे"}
    )
    | SUBJECT_PRONOUNS
    | _SPEAKERS
)
# "पूरे देश में लॉकडाउन", "राज्य में कर्फ्यू": the issuer's own territory, whose public a measure
# for everyone binds (the fallback below), not an actor of its own
_JURISDICTION = frozenset({"देश", "देशभर", "राज्य", "राज्यभर", "प्रदेश", "प्रदेशभर"})
# Words by which an appeal addresses everyone ("आप सभी से आग्रह है", "सभी से अपील"): the public
# of the speaker's jurisdiction, written; a third-person pronoun ("उनसे") means someone named before.
_ADDRESS_WORDS = frozenset({"आप", "सभी", "सब", "हर", "किसी", "कोई"})
_NP_MAX = 5  # tokens: "सभी बार, कैफे …" is cut at the comma; longer runs are rarely one phrase


def _object_target(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """A target that is no entity ("सभी मॉलों को बंद", "उस निजी अस्पताल को सील"): the noun
    phrase before the trigger's target postposition, kept as text (``text:`` id); else the
    unmarked object of a measure or the public an appeal addresses (:mod:`.objects`)."""
    marks = {m for m, role in cand.trig.markers.items() if role == "target"}
    unit_marks = {u.last + 1 for u in units}  # where an entity's own postposition starts
    toks = sv.tokens
    said: tuple[int, int] | None = None
    for k in range(cand.first - 1, start - 1, -1):
        two = f"{toks[k - 1].text} {toks[k].text}" if k > start else ""
        if (
            "के खिलाफ" in marks
            and k > start
            and toks[k].text == "खिलाफ"
            and toks[k - 1].text in _PRONOUN_OF
        ):
            rel = [j for j in range(k - 1) if toks[j].text == "जो"]
            if rel and k - 2 > rel[-1]:
                # "जो भी तोड़ेगा उसके खिलाफ": a correlative; the relative clause says who
                text = sv.text_of(rel[-1], k - 2)
                end = toks[k - 2].end
                roles.args.append(
                    Argument("target", text, toks[rel[-1]].start, end, f"text:{text}")
                )
                roles.target.append(f"text:{text}")
                return
            # "उसके खिलाफ": against someone named before; no id (a pronoun is no actor to share)
            roles.args.append(
                Argument("target", toks[k - 1].text, toks[k - 1].start, toks[k - 1].end, None)
            )
            roles.pronoun_target = True
            return
        if (
            toks[k].text in OBJECT_PRONOUNS
            and "को" in marks
            and cand.trig.mode not in MEASURES_ON_THINGS
            and not (k + 1 < len(toks) and toks[k + 1].text in _IN_VIEW_OF)
        ):
            # "उन्हें … क्वारंटाइन सेंटर में रखा गया": someone named before; the pronoun is the
            # argument, its antecedent is found by :mod:`.anaphora` once the article is read
            roles.args.append(Argument("target", toks[k].text, toks[k].start, toks[k].end, None))
            return
        if two in marks:
            end, at = k - 2, k - 1
        elif toks[k].text in marks and toks[k].text in MARKERS_1:
            end, at = k - 1, k
        else:
            continue
        if at + 1 < len(toks) and toks[at + 1].text in _IN_VIEW_OF:
            continue  # "खतरे को देखते हुए": in view of the danger, a reason and no target
        if end - 1 >= start and toks[end].text in _COMPOUND_HEADS and toks[end - 1].text in {
            "के",
            "की",
            "का",
        }:
            continue  # "इन चारों के आधार पर", "संगठन की तरफ से": a compound postposition
        if toks[at].text == "से" and at + 1 < len(toks) and toks[at + 1].text.startswith(_FROM_OBJECT):
            continue  # "इस घातक बीमारी से निपटने के लिए": what the content fights, no addressee
        if (
            toks[at].text == "से"
            and at + 2 < cand.first
            and _activity(toks[at + 1].text)
            and toks[at + 2].text in {"की", "के", "का"}
        ):
            # "पादरियों से बीमारों से मिलने की अपील": the से right before the infinitive is
            # its own (whom to meet); the addressee's से stands before (round ev43, corpus)
            continue
        if toks[at].text == "पर" and any(_conjunctive(t.text) for t in toks[at + 1 : cand.first]):
            continue  # "डिगिहा तिराहे पर बैरियर लगाकर उसे रोक": where the participle's act was
        if at in unit_marks or end < start:
            return
        timex_at = {
            i for tx in sv.timexes for i, t in enumerate(toks) if tx.start <= t.start < tx.end
        }
        end = before_aside(toks, end, start)
        if end < start:
            return
        if end in timex_at:
            break  # "शुक्रवार को": a date's postposition; an object may still stand after it
        first = end
        while (
            first - 1 >= start
            and end - first + 1 < _NP_MAX
            and toks[first - 1].text not in (_NP_STOPS | {"के", "की", "का"})
            and first - 1 not in timex_at
        ):
            first -= 1
        # "10 वर्ष से कम आयु के बच्चों को": the age says which (its "10 वर्ष" may be a timex)
        aged = age_before(toks, first, start, set()) if first == end else None
        if aged is not None and gloss(sv.text_of(aged, end)) is not None:
            first = aged
        if first > start and toks[first - 1].text in {"में", "से"}:
            # "पंजाब से लौटे 115 मजदूरों को": a relative participle's origin or place belongs
            # to the object ("115 workers returning from Punjab"), as for a target marked को
            # after a से/में participle in _phrase_before (round ev34, corpus day files)
            first = _with_participle(sv, start, first, end)
        if toks[end].text in _NP_STOPS or is_break(toks, end):
            return
        doer = _subject_of_activity(sv, first, end, units)
        if doer is not None:
            add_role(roles, "target", doer, sv, unit_actors(doer))
            return
        if doer is None and _people_doing(sv, start, end, units, roles):
            return
        if (
            toks[at].text == "पर"
            and _activity(toks[end].text)
            and first - 2 >= start
            and toks[first - 1].text == "को"
        ):
            # "सभी निजी स्कूलों को फीस लेने पर रोक": who is barred from the activity (round
            # ev43, corpus day files outside the event gold), if the glossary can say them
            n_target = len(roles.target)
            _phrase_before(sv, start, first - 1, units, roles)
            if len(roles.target) > n_target:
                return
        words = {t.text for t in toks[first : end + 1]}
        if words <= _NO_ACTOR_WORDS | _JURISDICTION or _activity(toks[end].text):
            # no actor named here ("सभी", "मदद करने", "बाहर निकलने" with no doer): the
            # fallbacks below (the public an appeal or a measure for everyone addresses);
            # "आप सभी से आग्रह": the words that address the public are its evidence
            while first < end and toks[first].text in _SPEAKERS:
                first += 1  # "हमारा आप सब से यह आग्रह है": the speaker's, not the addressee
            if {t.text for t in toks[first : end + 1]} <= _ADDRESS_WORDS and (
                cand.trig.mode in PUBLIC_MODES or cand.trig.mode in _PUBLIC_MEASURES
            ):  # "हर किसी को मास्क लगाना अनिवार्य": a rule for everyone binds the public
                said = (first, end)
            break
        while first < end and toks[first].text in SUBJECT_PRONOUNS:
            first += 1  # "हम सभी मॉल … को बंद कर रहे हैं": the speaker, not the object
        # "खतरे को देखते हुए गांव को सील": an adverbial participle ends before the object
        # "एक जनसभा आयोजित करके पादरियों से": a conjunctive participle too (round ev43)
        first = max(
            [first]
            + [
                k + 1
                for k in range(first, end)
                if toks[k].text in PARTICIPLE_ENDS | {"करके", "कर"} or _conjunctive(toks[k].text)
            ]
        )
        if first > start and toks[first - 1].text in CONJ:
            # a coordinated object ("होटल, रेस्तरां और सभी दुकानों को"): all its conjuncts
            wider = glossed_span(sv, start, end, units, _NP_STOPS)
            first = wider if wider is not None and wider < first else first
        if _fragment(toks[first : end + 1]) and gloss(sv.text_of(first, end)) is None:
            break  # "इनमें एक", "किए गए बदलावों": a piece of a clause names nobody
        if toks[at].text == "में" and gloss(sv.text_of(first, end)) is None:
            # "ऐसे में", "ऐसी स्थिति में", "इस संबंध में", "अगर देश में": a में phrase the
            # glossary cannot say as a place, people or thing is a circumstance, not where a
            # measure holds (round ev25: 7 of the 7 such lockdown targets on every 3rd corpus
            # day file outside the event gold); the public fallback below may still apply
            break
        if first - 2 >= start and toks[first - 1].text in {"की", "के", "का"} and _act(toks[end].text):
            # "बाहरी व्यक्तियों के प्रवेश पर रोक": whose entry is barred, they are the target
            # (as "… की एंट्री रोक दी", :func:`_possessor_of_activity`), not the entry
            _phrase_before(sv, start, first - 1, units, roles)
            if roles.target:
                return
        if (
            first - 2 >= start
            and toks[first - 1].text in {"की", "के", "का"}
            and (gloss(sv.text_of(first - 2, end)) or "").startswith("violators of")
        ):
            first -= 2  # "लॉकडाउन का उल्लंघन करने वालों": what they break says who (ev43)
        if two == "के लिए" and toks[end].text in _BENEFIT_NOUNS and first == end:
            # "प्रभावित देशों की मदद के लिए … पैकेज": the help is what the act is for, its
            # possessor whom (round ev40, issue 13: "मदद" was the target); no possessor, none
            if first - 2 >= start and toks[first - 1].text in {"की", "के", "का"}:
                _phrase_before(sv, start, first - 1, units, roles)
            return
        text = sv.text_of(first, end)
        ident = f"text:{text}"
        _place_of_object(sv, first, units, roles)
        roles.args.append(Argument("target", text, toks[first].start, toks[end].end, ident))
        roles.target.append(ident)
        return
    if cand.trig.type == "COERCE":
        _possessor_of_activity(sv, cand, start, units, roles)
    if cand.trig.type == "COERCE" and "को" in marks and not roles.target:
        bare_object(sv, cand, start, units, roles, _NP_STOPS)  # no को phrase before the trigger
    if not roles.target and not cand.trig.requires_target and _binds_the_public(sv, cand):
        if said is None and sv.tokens[cand.first].text in _NOT_TO_THE_PUBLIC:
            return  # "मुख्यमंत्रियों ने लॉकडाउन बढ़ाने का सुझाव दिया": to whom, unsaid
        public_addressee(sv, cand, roles, said)


def _place_of_object(sv: SentenceView, first: int, units: list[Unit], roles: Roles) -> None:
    """The place written right before an object phrase ("पटना में सार्वजनिक वाहनों पर रोक",
    "मुंबई में सभी दफ्तरों को बंद"): where the measure holds, a location of the event, so the
    object's English names that place (:func:`khabar.events.gloss.name_actors`), not the
    jurisdiction of the one who speaks of it (round ev25: the tune half's "मुंबई में सार्वजनिक
    वाहनों पर रोक" by Maharashtra's chief minister)."""
    if first < 1 or sv.tokens[first - 1].text != "में":
        return
    unit = next((u for u in units if u.marker_end == first and u.marker == "में"), None)
    if unit is None or not is_place(unit) or not all(m.entity_id for m in unit.mentions):
        return
    add_role(roles, "location", unit, sv, [place_of(m) for m in unit.mentions])


# Measures that bind everyone in the issuer's jurisdiction when they name nobody: a lockdown, a
# curfew, rules, a requirement, a helpline opened for all; and orders that are guidelines or a
# notification (other orders with no addressee may be an inquiry or a transfer: no public).
# + enforce (round ev25): "पुलिस … कर्फ्यू जैसी सख्ती बरतेगी", "सख्ती बढ़ा दी गई" tighten a measure
# on everyone (the tune half of the event gold codes the public of Bihar; 2 of 2 on every 3rd
# corpus day file outside it bind a town's or the country's people).
_PUBLIC_MEASURES = frozenset({"lockdown", "curfew", "rules", "require", "service", "enforce"})
_GUIDELINES = frozenset({"दिशा-निर्देश", "दिशानिर्देश", "गाइडलाइन", "गाइडलाइंस", "अधिसूचना"})


# Requests that are not made of the public when no addressee is written: a suggestion or an
# urging goes to those who decide ("कुछ सरकारों ने सुझाव दिया था कि …", "राज्य सरकार ने निकाय
# चुनाव टालने का आग्रह किया था", "इटली सरकार ने आग्रह किया कि यूरोपीय संघ …"). Round ev28: all 7
# such inferred publics on 340 corpus day files outside the event gold were wrong (an appeal,
# advice or call without an addressee was the public's in 9 of 11 there).
_NOT_TO_THE_PUBLIC = frozenset({"सुझाव", "आग्रह"})


def _binds_the_public(sv: SentenceView, cand: Candidate) -> bool:
    """Whether an act with no target named is addressed to the public: an appeal or advice
    (the coders' "public of India" for the prime minister's appeal), or a measure that binds
    everyone (the gold codes the public of the issuer's jurisdiction as its target)."""
    mode = cand.trig.mode
    if mode in PUBLIC_MODES or mode in _PUBLIC_MEASURES:
        return True
    said = {t.text for t in sv.tokens[cand.first : cand.last + 1]}
    return mode == "order" and bool(said & _GUIDELINES)


# -कर words that are postpositions or adverbs, no clause of their own ("लॉकडाउन को लेकर": about
# the lockdown; "मिलकर": together; "खासकर": especially; "X से होकर": via X).
_NOT_PARTICIPLES = frozenset({"लेकर", "मिलकर", "खासकर", "खासतौर", "बढ़कर", "होकर", "हटकर"})


def _conjunctive(word: str) -> bool:
    """A conjunctive participle written as one word ("लगाकर", "पहुंचकर"): the clause it ends
    has its own arguments, so a "पर" before it is its place, not what a ban is on."""
    return len(word) >= 4 and word.endswith("कर") and word not in _NOT_PARTICIPLES


def _subject_of_activity(sv: SentenceView, first: int, end: int, units: list[Unit]) -> Unit | None:
    """The actor whose activity a measure is about: "20 से अधिक लोगों के एकत्रित होने पर
    पाबंदी" bans the people's gathering, so the people are its target, not "एकत्रित होने". The
    phrase must end in an oblique infinitive (a -ने word the glossary and the actor dictionary
    do not know as a noun: not थाने) right after "X के", and X must be an actor unit."""
    if not _activity(sv.tokens[end].text) or first < 2 or sv.tokens[first - 1].text != "के":
        return None
    return next((u for u in units if u.last == first - 2 and unit_actors(u)), None)


# Tokens from "के" to the infinitive: "के गांव में आने" is 3; set by reading the 19 corpus
# "… पर रोक" with no target (round ev43), not fitted.
_ACTIVITY_REACH = 4


def _people_doing(
    sv: SentenceView, start: int, end: int, units: list[Unit], roles: Roles
) -> bool:
    """Whose activity a measure stops when they are no entity but people a noun phrase names:
    "विदेशी जमात कार्यकर्ताओं के भारत आने पर रोक" bars the workers' coming, so they are its
    target ("foreign Jamaat workers"), as an entity is in :func:`_subject_of_activity`; the
    phrase before "के" must end in a glossary noun of people (not "कोरोना के फैलने पर"). Issue
    13, round ev43: 19 "… पर रोक" with no target on corpus day files outside the event gold,
    most of them "X के <infinitive> पर रोक"."""
    toks = sv.tokens
    if not _activity(toks[end].text):
        return False
    # "के गांव में आने", "के सड़कों पर घूमने": where they go is part of the activity
    of = next((j for j in range(end - 1, max(start, end - _ACTIVITY_REACH) - 1, -1)
               if toks[j].text in {"के", "की"}), None)
    if of is None or of - 1 < start or any(is_break(toks, j) for j in range(of, end)):
        return False
    if any(t.text in {"तक", "को"} for t in toks[of + 1 : end]):
        return False  # "लोगों के घरों तक पहुंचाने": they are where it goes, not who goes
    n_args, n_target = len(roles.args), len(roles.target)
    _phrase_before(sv, start, of, units, roles)
    added = roles.args[n_args:]
    if len(roles.target) > n_target and all(
        not (a.entity_id or "").startswith("text:") or names_people(a.text) for a in added
    ):
        return True
    del roles.args[n_args:]
    del roles.target[n_target:]
    return False


def _activity(word: str) -> bool:
    """An oblique infinitive ("होने", "करने"): a -ने word that neither the glossary (as a word
    of its own: करने is only part of "उल्लंघन करने वालों") nor the actor dictionary knows as a
    noun (not थाने)."""
    if not (word.endswith("ने") and len(word) >= 3):
        return False  # cheap first: the import and the lookups only for a -ने word
    from .actors import actor_dictionary

    return (
        not any(form == (word,) for form, _ in glossary().index.get(word, ()))
        and word not in actor_dictionary().index
    )


# Words that make a phrase a piece of a clause, not a noun phrase: a locative pronoun at its
# start ("इनमें एक": one of them) or a verb form inside it ("किए गए बदलावों": the changes made).
_PRONOUN_STARTS = frozenset({"इनमें", "उनमें", "इसमें", "उसमें", "जिसमें", "जिनमें", "इनसे", "उनसे"})
_VERB_FORMS = frozenset({"किए", "किया", "किये", "गए", "गई", "गया", "गये", "गयी", "हुए", "हुई"})


def _fragment(toks: list[Token]) -> bool:
    """Whether a phrase is a piece of a clause (see ``_VERB_FORMS``); a relative clause of who
    breaks a rule ("जो भी तोड़ेगा") is a phrase of its own (:func:`khabar.events.gloss.gloss`)."""
    if not toks or toks[0].text == "जो":
        return False
    return toks[0].text in _PRONOUN_STARTS or any(t.text in _VERB_FORMS for t in toks)


def _purpose_object(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """Whom aid is for when a purpose clause names them: "दूसरे राज्यों में फंसे लोगों को लाने
    के लिए … ट्रेनों का संचालन" runs trains for the stranded people, the object of the
    infinitive before "के लिए" (:func:`_phrase_before`)."""
    toks = sv.tokens
    for k in range(start + 1, cand.first - 3):
        # "को लाने के लिए", "को घर भेजने के लिए", "को वापस लाने के लिए"
        verb = next((j for j in (k + 1, k + 2) if toks[j].text.endswith("ने")), None)
        if toks[k].text != "को" or verb is None or verb + 2 >= cand.first:
            continue
        if (toks[verb + 1].text, toks[verb + 2].text) == ("के", "लिए"):
            _phrase_before(sv, start, k, units, roles)
            return


def _act(word: str) -> bool:
    """Whether a word is an activity of the glossary (kind ``act``: प्रवेश, एंट्री, आवाजाही)."""
    return any(e.kind == "act" and f == (word,) for f, e in glossary().index.get(word, ()))


def _possessor_of_activity(
    sv: SentenceView, cand: Candidate, start: int, units: list[Unit], roles: Roles
) -> None:
    """Whose activity a measure stops: "दूसरे देशों से आने वालों की एंट्री रोक दी" bans the
    arrivals' entry, so they are its target, as "लोगों के एकत्रित होने पर पाबंदी" bans the
    people's gathering (:func:`_subject_of_activity`). The word right before the trigger must
    be an activity of the glossary (kind ``act``: एंट्री, यात्रा, आवाजाही) after की/के/का."""
    toks = sv.tokens
    end = cand.first - 1
    if end - 2 < start or toks[end - 1].text not in {"की", "के", "का"}:
        return
    if not _act(toks[end].text):
        return
    _phrase_before(sv, start, end - 1, units, roles)


def _phrase_before(
    sv: SentenceView, start: int, at: int, units: list[Unit], roles: Roles
) -> None:
    """The target whose postposition is at ``at``: an entity ending right before it, else a
    noun phrase that may hold a relative participle with its place ("दूसरे राज्यों में फंसे
    लोगों"), taken only when the glossary can say it in English; a pronoun names nobody and a
    place is where something goes, not whom it is for (no target)."""
    toks = sv.tokens
    unit = next((u for u in units if u.last == at - 1 and u.marker_end == at + 1), None)
    first = _relative_start(toks, start, at - 1)
    english = gloss(sv.text_of(first, at - 1)) if first is not None else None
    while first is not None and english and first < at - 1:
        # leading words that add nothing to the English are no part of the phrase
        # ("के चलते संयुक्त अरब अमीरात … में फंसे भारतीयों")
        if gloss(sv.text_of(first + 1, at - 1)) != english:
            break
        first += 1
    linked = first is not None and unit is not None and first < unit.first
    if unit is not None and not linked:
        if unit_actors(unit) and not is_place(unit):
            add_role(roles, "target", unit, sv, unit_actors(unit))
        return
    if first is None or english is None:
        return
    text = sv.text_of(first, at - 1)
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[at - 1].end, ident))
    roles.target.append(ident)


def _with_participle(sv: SentenceView, start: int, first: int, end: int) -> int:
    """First token of the object ``first..end`` with the relative participle phrase before it
    ("पंजाब से लौटे 115 मजदूरों"), leading words that add nothing to its English left out;
    ``first`` when there is none or the glossary cannot say it."""
    wider = _relative_start(sv.tokens, start, end)
    if wider is None or wider >= first:
        return first
    english = gloss(sv.text_of(wider, end))
    if english is None or english == gloss(sv.text_of(first, end)):
        return first
    while wider < first and gloss(sv.text_of(wider + 1, end)) == english:
        wider += 1
    return wider


def _relative_start(toks: list[Token], start: int, end: int) -> int | None:
    """First token of a noun phrase ending at ``end`` that may hold a relative participle with
    its place ("दूसरे राज्यों में फंसे लोगों"): read back to a stop word, across the
    postposition of a participle the glossary knows; None when the phrase would be empty."""
    rel = {f[0] for e in glossary().entries if e.kind == "rel" for f in e.forms}
    stops = _NP_STOPS - {"में", "से"} | {"के लिए"}
    first = end
    while first - 1 >= start and end - first + 1 < 2 * _NP_MAX:
        word = toks[first - 1].text
        if word in {"में", "से"} and toks[first].text not in rel:
            break
        if word in stops or is_break(toks, first - 1):
            break
        first -= 1
    return first if first <= end else None


def passive_compound(verb: list[str]) -> bool:
    """ "की जा रही है", "किया जा सकता है", "की जा चुकी है": the passive with an aspect verb."""
    return any(a == "जा" and b in _JA_ASPECT for a, b in zip(verb, verb[1:], strict=False))

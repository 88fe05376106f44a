"""Who does what to whom in a Hindi clause: the roles of an event trigger's arguments.

Why a module of its own: role assignment is the part of the Hindi extractor that reads the case
markers (ने agent, से/के साथ partner, को recipient, की/के possessor, में place) around one trigger;
:mod:`khabar.events.hindi` finds the triggers and decides modality, dates and which candidates
become events, and calls :func:`assign_roles` for the arguments. Targets that are no entity (a
noun phrase before the target postposition) are read by :mod:`khabar.events.targets` and
:mod:`khabar.events.possessors`, addressees outside the trigger's window by
:mod:`khabar.events.addressees`, all completed by :mod:`khabar.events.objects`; the argument record
and how a clause unit becomes an argument are :mod:`khabar.events.arguments`.
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..model import Argument
from .accused import accused_in_clause
from .addressees import (
    _addressee_of_complement,
    _asked_from,
    addressee_before_complement,
    addressee_said_after,
    asked_in_clause,
    content_objects,
    issued_for,
    shared_addressee,
)
from .arguments import _NP_STOPS, Roles, _activity, _animate, _conjunctive, add_role
from .asked_beyond import asked_elsewhere
from .claim_owners import claim_owner
from .clause import (
    AND_WORDS,
    MARKERS_1,
    PARTICLES,
    SentenceView,
    Unit,
    in_relative_clause,
    is_break,
    is_place,
    place_of,
    unit_actors,
)
from .closed_things import closed_thing, locked_down, opened_thing, territory_public, thing_pronoun
from .conjoined_bodies import body_before_and
from .coordination import first_conjunct_of, made_by
from .gloss import gloss
from .glossary import names_actor
from .holders import document_holder
from .nation import nation_addressed
from .nearer_agent import nearer_group_agent
from .objects import closed_for, glossed_span, letter_addressee, letter_after
from .oblique_lists import oblique_conjunct
from .order_content import bound_by_content, held_in
from .ordered_objects import ordered_object, passive_addressee
from .possessors import (
    _BENEFIT_NOUNS,
    _phrase_before,
    _purpose_object,
    carried_people,
    deed_doer,
    people_of_the_noun,
)
from .pronoun_parties import pronoun_party
from .target_guards import excepted
from .targets import _AGENT_MARKS, _object_target
from .topic_objects import object_past_topic
from .unmarked_targets import destination, passive_subject, sent_to
from .visited import visited_named
from .written_for import written_for

if TYPE_CHECKING:
    from .candidates import Candidate


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
# + round rv33 (issue 13, its recall audit): a share of a shipment or a payment, "जर्मनी को पहली
# खेप में 1.5 मीट्रिक टन एपीआई भेजा गया है", "किसानों को दो किस्तों में … राशि": in which part it
# goes, no topic (counted on the 280 allowed corpus day files: the audit's one such clause)
_QUANTITY |= frozenset({"खेप", "खेपों", "किस्त", "किस्तों", "किश्त", "किश्तों"})
_MEDIUM_OR_QUANTITY = _MEDIUM | _QUANTITY  # built once (round sc47)
# "के बीच" marks participants only this close to the trigger ("X और Y के बीच एक साल के व्यापार
# समझौते": 4 tokens); further away it belongs to another noun ("के बीच बढ़ते ... सहयोग").
_BETWEEN_REACH = 5


_POSSESSOR_REACH = 3
# Title words between a genitive and the person it modifies ("के मुख्यमंत्री", "के पूर्व
# मुख्यमंत्री"); checked on corpus sentences of "के मुख्यमंत्री/महानिदेशक X ने" (not the gold).
_TITLE_REACH = 2


def _gap(sv: SentenceView, units: list[Unit], u: Unit, cand: Candidate) -> tuple[int, bool]:
    """Tokens between a unit's marker and the trigger that are not dates, places or particles,
    and whether a topic phrase (… पर/में/के बारे में) lies between them."""
    skip: set[int] = set()
    if sv.timexes:  # the tokens a date starts: a run of the ordered starts (round sc47)
        starts = sv.starts
        for tx in sv.timexes:
            skip.update(range(bisect.bisect_left(starts, tx.start), bisect.bisect_left(starts, tx.end)))
    for o in units:
        if o is not u and is_place(o) and o.first >= u.marker_end:
            skip.update(range(o.first, o.last + 1))
    between = range(u.marker_end, cand.first)
    texts = sv.texts
    words = texts[u.marker_end : cand.first]  # the words of ``between``, read in C
    if skip:  # loops here and below, no generator made per candidate (round sp27, issue 16)
        gap = 0
        for i in between:
            if i not in skip and texts[i] not in PARTICLES:
                gap += 1
    else:  # nothing to skip: the words less the particles among them, counted in C (sp14)
        gap = len(words) - sum(map(PARTICLES.__contains__, words))
    if _TOPIC_MARKS.isdisjoint(words):
        return gap, False  # no topic word between them (most): the scan below finds none (sp14)
    for i in between:
        if (
            i not in skip and i - 1 not in skip and texts[i] in _TOPIC_MARKS
            and (i == 0 or texts[i - 1] not in _MEDIUM_OR_QUANTITY)
        ):
            return gap, True
    return gap, False


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


# A second verb coordinated after a finite first one ("पुलिस ने … बैरिकेड लगा दिए और मजदूर …
# मांग करने लगे"): the first conjunct's ends, its auxiliaries, and the words that may stand
# between "और" and the second verb's own unmarked subject (round ev40, issue 13). The conjunctions
# are clause.AND_WORDS, as for every conjunct rule here: until round ev187 this module bound a
# second, three-word set after the four-word one, so the conjunct rule (now
# coordination.first_conjunct_of) never read "व" ("A व B को"); on the 280 allowed corpus day
# files the shared set changes no event, it only mends that reading.
# Measures that hold people somewhere ("X को अस्पताल में क्वारंटीन में रखा"): the में phrase is
# the place of confinement, never a topic.
_CONFINE = frozenset({"quarantine", "arrest"})
_FIRST_ENDS = frozenset({"दिया", "दी", "दिए", "दिये", "किया", "किए", "किये", "लिया", "ली", "लिए"})
_FIRST_ENDS |= frozenset({"की", "कीं", "लगाया", "लगाई", "लगाए", "डाला", "डाली", "डाले"})
_AUX = frozenset({"है", "हैं", "था", "थी", "थे", "थीं", ","})
# unions _own_conjunct and _first_of_marked_conjuncts test words against, built once (round
# sc47)
_AUX_OR_PARTICLE = _AUX | PARTICLES
# "या"/"अथवा" too (round ev114): "मकान मालिक मजदूर या छात्रों को … खाली करने को कह रहे हैं" tells
# workers or students, it is no workers' request
_AND_OR_COMMA = AND_WORDS | {",", "या", "अथवा"}
_NE_AGENTS = frozenset({"ने", "उन्होंने", "इन्होंने"})  # what marks an active clause's doer
_CASE = frozenset({"ने", "को", "से", "में", "पर", "के", "की", "का", "द्वारा"})
_BY = frozenset({"द्वारा", "के द्वारा"})
# Words that show a द्वारा-agent belongs to a participle or an infinitive between it and the
# trigger, not to the trigger's own passive ("सरकार द्वारा जारी दिशा-निर्देशों पर अमल किया गया",
# "X द्वारा दी जाने वाली फंडिंग", "Y द्वारा … करने के बाद"): the agent then is that verb's.
# Round ev71 (issue 13): read on the द्वारा agents of the 320 corpus day files outside the gold.
_BY_VERB = (
    PASSIVE
    | {"वाला", "वाली", "वाले", "वालों", "जारी", "गठित", "आयोजित", "संचालित", "निर्धारित", "प्राप्त"}
    | {"दी", "दिया", "दिए", "दिये", "किया", "किए", "किये", "लिया", "लिए", "उठाए", "बताए", "कर"}
    | {"जा", "रहे", "रही", "रहा", "कि", "जो", "जिन", "जिसे", "जिसके", ",", "प्रदर्शित", "मौजूद"}
)
_WALA = frozenset({"वाला", "वाली", "वाले", "वालों"})
# Acts that judge another's act (praise, criticism, allegation): a द्वारा phrase before the
# trigger of an active clause with its own ने-agent names whose act is judged, the target
# ("हर्षवर्धन ने एम्स द्वारा … इंतजामों की सराहना की", "उन्होंने ममता द्वारा … निशाना बनाए जाने
# की आलोचना की"). Round ev71 (issue 13): 7 such on the 320 corpus day files outside the gold's
# days, all without a target before.
_JUDGING = frozenset({"ACCUSE", "SUPPORT"})


def _judged_group(sv: SentenceView, start: int, cand: Candidate, roles: Roles) -> None:
    """A group the glossary knows, written with द्वारा before a judging trigger, as the target
    (:data:`_JUDGING`; "डॉक्टरों ने निजी अस्पतालों द्वारा … वसूली की आलोचना की")."""
    toks = sv.tokens
    by = [k for k in range(start + 1, cand.first) if toks[k].text == "द्वारा"]
    if not by:
        return
    k = by[-1]
    first = glossed_span(sv, start, k - 1, sv.units, frozenset())
    if first is None or any(toks[i].text == "ने" for i in range(first, k)):
        return
    text = sv.text_of(first, k - 1)
    if not names_actor(text):
        return
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[first].start, toks[k - 1].end, ident, gloss(text)))
    roles.target.append(ident)


def _by_own_passive(sv: SentenceView, u: Unit, cand: Candidate) -> bool:
    """A द्वारा-agent whose words up to the trigger hold no participle, infinitive or clause
    break: the agent of the trigger's passive even across the ban's पर or the place's में
    ("राष्ट्रपति X द्वारा यूरोप के यात्रियों के प्रवेश पर रोक लगा दी गई")."""
    between = sv.texts[u.marker_end : cand.first]
    for k, word in enumerate(between):
        if is_break(sv.tokens, u.marker_end + k):
            return False
        nxt = between[k + 1] if k + 1 < len(between) else ""
        prev = between[k - 1] if k else ""
        if nxt in _WALA and word != "जाने" or word in _WALA and prev != "जाने":
            continue  # "यूरोप से आने वाले यात्रियों": their own coming, no agent's participle
        if word in _BY_VERB or (word.endswith("ने") and len(word) > 2):
            return False
    return True


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
    if not PASSIVE.isdisjoint(cand.verb) or passive_compound(cand.verb):
        return start
    ands = [k for k in range(start + 1, cand.first) if toks[k].text in AND_WORDS]
    if not ands:
        return start
    c = ands[-1]
    k = c - 1
    while k > start and toks[k].text in _AUX_OR_PARTICLE:
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


# Permissions given or withheld ("… की अनुमति दी", "… की इजाजत नहीं होगी"): the को phrase before
# "<infinitive> की <permission>" is whom it is for, whatever the infinitive's own place or goal
# ("पर", "में") between them. Issue 13, round ev62: an unseen stand-in's stranded workers allowed
# to go to their places of work had no target (the पर phrase read as a topic).
_PERMISSION_MODES = frozenset({"ease", "ban"})
# Appeals and advice ("छात्रों को घर में ही रहने की सलाह", "मजदूरों को अपने घरों में रहने की
# अपील") likewise: the place in between is the infinitive's (round ev62: 3 test sentences of the
# kind lost their addressee, read on corpus day files outside the gold's days).
_ASKING_MODES = frozenset({"appeal", "advise"})
# + orders ("सभी विदेशियों को होम क्वारंटाइन में पंजीकरण कराने का निर्देश", "थाना प्रभारियों को
# गांवों में गश्त करने के निर्देश"): whom they are given to (round ev93, issue 13: the held-out set
# Ta lost such an addressee; checked on the corpus day files outside the gold's days)
_ORDER_MODES = frozenset({"order"})


def _visited(sv: SentenceView, cand: Candidate, start: int) -> bool:
    """A visit noun with its own ने-agent and a genitive right before it ("हर्षवर्धन ने एम्स
    के ट्रॉमा सेंटर का दौरा किया", "जिलाधिकारी ने आइसोलेशन वार्ड का दौरा कर"): the agent is
    the visitor, so the possessor is what was visited (the target), not a second visitor as in
    "प्रधानमंत्री का बेल्जियम दौरा". Round ev83 (issue 13): 9 "ने … का दौरा कर/किया" on the 264
    corpus day files outside the gold's days and the held-out sets; a hospital's name had been
    made the visitor beside the minister, and a ward or a quarantine centre had no target. Round
    ev207: so do the inspection nouns with their light verb ("… ने परतिया गांव का जायजा लिया",
    "टीम ने … कोरोना वार्ड का निरीक्षण किया"), which need the place inspected as their target."""
    trig = cand.trig
    inspection = trig.requires_target and not trig.verbal
    if trig.mode != "visit" or not (trig.nominal or inspection) or cand.first - 1 <= start:
        return False
    if sv.tokens[cand.first - 1].text not in {"का", "के", "की"}:
        return False
    return not _AGENT_MARKS.isdisjoint(sv.texts[start : cand.first - 1])


def _first_of_marked_conjuncts(sv: SentenceView, u: Unit, cand: Candidate) -> bool:
    """An unmarked unit that is the first conjunct of a phrase marked after its last conjunct
    ("अधिक लोगों और सेवाओं को छूट दी जानी चाहिए", "यात्रियों, कर्मचारियों और चालकों को"): it
    shares that marker, so it is no nominative subject (round ev83, issue 13: the public were the
    source of the relaxation they are given, a source stand-in of unseen day files). On the 264
    corpus day files outside the gold's days and held-out sets 7 events changed: a civil surgeon's
    order now the district's (as the stand-in has it); the public giving relaxations, the railways
    closing themselves in experts' advice, doctors voicing concern for their own safety and health
    workers paying their own insurance (one story in two files) lost that wrong source, and with it
    the event (no other agent named)."""
    toks = sv.tokens
    k = u.last + 1
    if k >= cand.first or toks[k].text not in _AND_OR_COMMA:
        return False
    if k + 1 < cand.first and toks[k + 1].text == "तो":
        return False  # "केंद्र सरकार या तो उन्हीं को … अनुमति दे": either … or, no conjunct
    for j in range(k + 1, cand.first):
        if toks[j].text == "ने" or is_break(toks, j):
            return False
        if toks[j].text in {"को", "से", "पर", "में"}:
            return True  # (a genitive may close an apposition: "प्रदेश सरकार, दूसरे शहरों के")
    return oblique_conjunct(sv, u.last, k, cand.first)  # unless oblique (src3: "लोगों, … की")


def _convened_by_agent(sv: SentenceView, cand: Candidate, start: int, u: Unit) -> bool:
    """The possessor right before a meeting a ने-agent called or chaired ("प्रधानमंत्री ने राज्यों
    के मुख्यमंत्रियों की बैठक बुलाई", "उन्होंने नगर निगम के शीर्ष अधिकारियों की बैठक की
    अध्यक्षता की"): those met (a partner, directed by :func:`khabar.events.meetings._convened`),
    not a second party that held it. Round ev83 (issue 13): 3 such meetings on the 264 corpus day
    files outside the gold's days and the held-out sets had put the officials met beside the
    agent as its source."""
    if cand.trig.mode != "meeting" or not cand.trig.symmetric or u.marker_end != cand.first:
        return False
    return not _AGENT_MARKS.isdisjoint(sv.texts[start : u.first])


# What a talk is about, said between its partner and the talk ("रघुराम राजन से अर्थव्यवस्था पर
# चर्चा करेंगे", "अधिकारियों के साथ स्थिति पर बैठक की", "कंपनी से इस बारे में बात कर रहा है"):
# a short noun phrase ending in पर/में/बारे, no verb in it. A noun of a relation with the one
# named ("चीन के साथ संबंधों पर", "अमेरिका से व्यापार पर") or a verbal noun or participle
# ("वायरस से निपटने की तैयारियों पर", "इटली से आए लोगों पर") holds the phrase before it: no
# partner then (round ev87, issue 13: 4 such talks on the 272 corpus day files outside the gold's
# days and the held-out sets, e.g. "X के साथ … पर बैठक की" had lost the partner)
_TALK_TOPIC_REACH = 5  # tokens from the partner's postposition to the topic's: "इस बारे में" is 2
_RELATION_NOUNS = frozenset(
    {"संबंध", "संबंधों", "संबंधो", "रिश्ते", "रिश्तों", "रिश्तो", "व्यापार", "सहयोग", "समझौते"}
    | {"समझौता", "तनाव", "विवाद", "युद्ध", "मुकाबले", "लड़ाई", "जंग", "मतभेद", "साझेदारी"}
    | {"आयात", "निर्यात", "सीमा", "दूरी", "बातचीत", "वार्ता", "संपर्क", "मुलाकात"}
)
_PARTICIPLE_WORDS = frozenset(
    {"हुए", "हुई", "हुआ", "गए", "गई", "गया", "आए", "आई", "आये", "लौटे", "मिली", "मिले", "मिला"}
)


def _talk_topic(sv: SentenceView, u: Unit, cand: Candidate) -> bool:
    """Whether all between a से/के साथ partner and a talk is its topic phrase (no relation noun,
    verbal noun, participle, case marker or break in it), the partner's own."""
    toks = sv.tokens
    between = range(u.marker_end, cand.first)
    marks = [i for i in between if toks[i].text in _TOPIC_MARKS]
    if not marks or marks[0] - u.marker_end > _TALK_TOPIC_REACH or marks[0] == u.marker_end:
        return False
    if toks[u.marker_end].text in _RELATION_NOUNS:
        return False
    for i in range(u.marker_end, marks[0]):
        w = toks[i].text
        if w in _PARTICIPLE_WORDS or w in {"से", "को", "ने", "द्वारा", "साथ"} or is_break(toks, i):
            return False
        if len(w) > 2 and w.endswith(("ने", "नें")) and w not in {"अपने", "सामने", "पहले"}:
            return False  # "निपटने", "करने": the phrase before is the verbal noun's
        if w in _RELATION_NOUNS:
            return False
    rest = [toks[i].text for i in range(marks[0] + 1, cand.first)]
    return all(t in {"में", "पर"} or t in PARTICLES for t in rest)


def _permitted_activity(sv: SentenceView, u: Unit, cand: Candidate, kept: bool = False) -> bool:
    """Whether a को unit is whom a permission is for: the trigger right after "<infinitive>
    की/का", a permission given or withheld, and nothing between the unit and the trigger that
    starts another clause or object (a break, "कि", a comma, another को). ``kept``: the act is
    an event already (its source found), so a passive order needs no ने-agent (round ta3)."""
    toks = sv.tokens
    k = cand.first
    modes = _PERMISSION_MODES | _ASKING_MODES | _ORDER_MODES
    if cand.trig.mode not in modes or k < 2 or u.marker_end >= k - 1:
        return False
    if cand.trig.mode == "ban" and not cand.trig.withheld:
        return False
    link = {"की", "का", "के"} if cand.trig.mode in _ORDER_MODES else {"की", "का"}
    if cand.trig.mode in _ORDER_MODES and not kept and not any(
        o.marker == "ने" and o.last < u.first for o in sv.units
    ):
        # only an order its ने-agent gives: a passive order's addressee would make an event of
        # an order that named nobody (which events are found is not this rule's to change)
        return False
    if toks[k - 1].text not in link or not _activity(toks[k - 2].text):
        return False
    if k - 1 - u.marker_end > _PERMITTED_REACH:
        return False
    # "जनता को उचित मूल्य पर उपलब्ध हों ये सुनिश्चित करने के लिए कदम उठाने का आग्रह": a clause of
    # its own (a finite verb, a purpose) stands between: the को phrase is that clause's
    return not any(
        is_break(toks, j) or toks[j].text in _NOT_IN_THE_ACT for j in range(u.marker_end, k - 1)
    )


# Tokens between the को phrase and "<infinitive> की": "कुछ शर्तों के साथ राज्य के भीतर उनके काम
# के स्थानों पर जाने" is 13 (the stand-in's permission); longer is another clause's.
_PERMITTED_REACH = 14
_NOT_IN_THE_ACT = frozenset({"कि", "को", ",", "और", "लिए", "ये", "यह", "जो", "हों", "हो", "है", "हैं"})


# A body's team as the द्वारा-agent of a passive acts for the body, as it does before ने
# (:func:`.agent_anaphora.resolve_bare_institutions`). Lead, session 19: "स्वास्थ्य विभाग की टीम
# द्वारा इलाके को सील किया गया" was the inferred authority's act ("टीम द्वारा" 8 times in the
# allowed corpus day files).
_TEAMS = frozenset({"टीम", "टीमें", "टीमों", "दल"})


def _team_by(sv: SentenceView, u: Unit) -> bool:
    """Whether ``u`` owns the team right after it that is a द्वारा-agent ("X की टीम द्वारा")."""
    k = u.marker_end if u.marker in {"की", "के"} else u.last + 1  # or "पुलिस टीम द्वारा"
    return (
        (u.marker in {"की", "के"} or u.marker is None)
        and k + 1 < len(sv.texts)
        and sv.texts[k] in _TEAMS
        and sv.texts[k + 1] == "द्वारा"
    )


def assign_roles(sv: SentenceView, cand: Candidate, start: int) -> Roles:
    trig = cand.trig
    roles = Roles()
    start = _own_conjunct(sv, cand, start)
    units = [
        u
        for u in sv.units
        if u.first >= start and u.marker_end <= cand.first and u.last < cand.first
    ]
    passive = not PASSIVE.isdisjoint(cand.verb) or passive_compound(cand.verb)  # C (sp26)
    window = sv.texts[start : cand.first]
    marked = {
        k
        for u in units
        if u.marker == "ने"
        for k in range(u.last + 1, u.marker_end)
        if sv.tokens[k].text == "ने"
    }
    # "नतीजों ने … खारिज किया", "मैं … धन्यवाद देता हूं": the agent is named but is no entity;
    # no other phrase may stand in for it
    unnamed_agent = False
    if "ने" in window:  # a loop, no generator made per candidate (round sp27, issue 16)
        for k, t in enumerate(window, start):
            if t == "ने" and k not in marked:
                unnamed_agent = True
                break
    unnamed_agent = unnamed_agent or not _FIRST_PERSON.isdisjoint(window)
    agent = None
    nominative = None
    letter_to: Unit | None = None
    modifier: Unit | None = None
    judged: Unit | None = None  # the doer of a praised or criticised act (_JUDGING)
    # first conjuncts of a ने-agent of another class (:func:`.coordination.first_conjunct_of`)
    co_agents: list[tuple[Unit, Unit]] = []
    visited = _visited(sv, cand, start)
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
        if passive and not unnamed_agent and agent is None and _team_by(sv, u):
            agent = u  # "स्वास्थ्य विभाग की टीम द्वारा … सील किया गया": the team's owner
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
        if topic and marker == "को" and _permitted_activity(sv, u, cand):
            # "फंसे मजदूरों को … काम के स्थानों पर जाने की अनुमति": where they may go belongs
            # to the permitted act, not a topic; they are whom it is given to (issue 13, ev62)
            topic = False
        if topic and object_past_topic(sv, units, u, cand, passive):
            topic = False  # "संजीव शर्मा को जमानत पर रिहा करने": the content's manner (ta7)
        if marker in _BY and trig.type in _JUDGING and not passive and judged is None:
            judged = u
        if topic and marker in _BY and passive and _by_own_passive(sv, u, cand):
            topic = False  # the पर of a ban, the में of a place: no topic for its agent
        if topic and trig.symmetric and marker in {"से", "के साथ"} and _talk_topic(sv, u, cand):
            topic = False  # "राजन से अर्थव्यवस्था पर चर्चा करेंगे": whom one talks with, then of what
        if topic and not (trig.type == "REQUEST" and marker == "से"):
            continue  # (whom one asks comes before what one asks: "लोगों से घरों में रहने की अपील")
        if marker in {"द्वारा", "के द्वारा", "की ओर से"}:
            nxt = set(sv.texts[u.marker_end : u.marker_end + 3])
            # a ने-agent of the active verb keeps it: "हर्षवर्धन ने एम्स द्वारा … के इस्तेमाल से
            # … निगरानी के इंतजामों की सराहना की" (round ev64, a corpus day file outside the gold)
            ne_agent = agent is not None and agent.marker == "ने"
            made = made_by(sv, u, cand)  # "X द्वारा गठित Y की बैठक": X made Y, Y met
            if not unnamed_agent and not nxt & PASSIVE and not ne_agent and not made:
                agent = u
            continue
        conjunct = first_conjunct_of(sv, units, u)
        if conjunct is not None and conjunct.marker == "ने":
            co_agents.append((u, conjunct))  # "जॉर्जिया और ओकलाहामा ने": both are the doers
            continue
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
                and not _first_of_marked_conjuncts(sv, u, cand)
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
        if marker == "को" and excepted(sv.tokens, u.last + 1):
            continue  # "अपने-अपने थानों को छोड़कर": what is spared or left, no target
        if trig.type == "REQUEST" and marker == "से" and told_the_press(sv, units, u):
            continue  # "नीतीश कुमार ने हिन्दुस्तान टाइम्स के विनोद शर्मा से कहा कि …": an interview
        if marker in trig.markers:
            if marker == "के बीच" and dist > _BETWEEN_REACH:
                continue
            if in_relative_clause(sv.tokens, u.first, u.last, cand.first):
                continue  # "जिन लोगों को … पाया गया है उनके घर … को": the relative clause's
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
            if role == "source" and _convened_by_agent(sv, cand, start, u):
                role = "partner"  # "मोदी ने राज्यों के मुख्यमंत्रियों की बैठक बुलाई": whom he met
            if role == "source" and visited:
                # what the ने-agent visited: the possessor right before the trigger, or a place
                # or body inside it ("एम्स के ट्रॉमा सेंटर का दौरा": AIIMS), never a visitor
                role = "target" if u.marker_end == cand.first or not roles.target else None
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
    if (
        agent is not None
        and agent.marker == "ने"
        and nearer_group_agent(sv, agent, cand.first, marked)
    ):
        agent = None  # "… ने विरोध किया तो पड़ोसियों ने उन पर हमला कर दिया": the group's (rv35)
    nominative = nominative or modifier
    # an active clause whose doer is marked ने (a named agent, a pronoun, a glossed group)
    ne_clause = (agent is not None and agent.marker == "ने") or (
        agent is None and not _NE_AGENTS.isdisjoint(window)
    )
    if trig.type in _JUDGING and ne_clause and cand.finite and not passive and not roles.target:
        if judged is not None and judged is not agent:
            add_role(roles, "target", judged, sv, unit_actors(judged))
        elif judged is None:
            _judged_group(sv, start, cand, roles)  # "युवक द्वारा प्रदर्शित साहस की प्रशंसा"
    if trig.type in _JUDGING and cand.finite and not passive and not roles.target:
        deed_doer(sv, cand, roles)  # "सरकार के इस कदम की … आलोचना": its doer
    claim_owner(sv, cand, roles)  # "सीडीसी की राय का खंडन": the claim's owner (ta10)
    if agent is not None:
        for first, last in co_agents:
            if last is agent:
                add_role(roles, "source", first, sv, unit_actors(first))
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
    if trig.type in {"MOBILIZE", "CONCEDE"} and not roles.target:
        carried_people(sv, cand, start, units, roles)  # "… को वापस लाने के लिए … भेजा" (ta6)
    if trig.place_object:
        after = agent.marker_end if agent is not None else start
        for u in units:
            if u.first >= after and is_place(u) and u.marker in {None, "की", "के", "का"}:
                add_role(roles, trig.place_object, u, sv, unit_actors(u))
                break
    if visited and not roles.target:
        _phrase_before(sv, start, cand.first - 1, units, roles)  # "आइसोलेशन वार्ड का दौरा"
    visited_named(sv, cand, start, roles)  # "वुहान शहर का पहला दौरा" (ev170)
    if trig.mode == "visit" and trig.place_object and not trig.nominal and not roles.target:
        destination(sv, cand, start, units, roles)  # "केंद्र की टीम इंदौर पहुंची"
    sent_to(sv, cand, roles)  # "… एडवाइजरी मुख्य सचिव बिहार को भेज दी" (ev191)
    _asked_from(sv, cand, start, units, roles)
    content_objects(sv, cand, roles)  # "X से Y को … देने का आग्रह": Y is the content's (ta11)
    asked_elsewhere(sv, cand, start, units, roles)  # "X से … के लिए कहा गया है" (ev118, tg3)
    if trig.type in {"REQUEST", "COERCE"}:  # an accusation's target is whom it accuses
        _after_the_letter(sv, start, roles)
    if not roles.target and letter_to is not None:  # a place written to stands for its government
        add_role(roles, "target", letter_to, sv, unit_actors(letter_to))
    if not roles.target and letter_to is None:
        letter_addressee(sv, cand, start, units, roles, _NP_STOPS)
    if not roles.target:
        _addressee_of_complement(sv, cand, start, roles)
    if not roles.target:
        # an active finite clause with no ने-agent: its unmarked actor is its subject
        roles.active = cand.finite and not passive and not ne_clause
        _object_target(sv, cand, start, units, roles)
    addressee_before_complement(sv, cand, start, roles)  # "X को [Y को … देने] का निर्देश"
    if not roles.target and trig.type == "COERCE" and not _pronoun_argument(roles):
        closed_for(sv, cand, start, units, roles)
    if not roles.target and not _pronoun_argument(roles):
        passive_subject(sv, cand, start, units, roles, passive)  # "X … सेंटर में रखे गए"
    if not roles.target and not _pronoun_argument(roles):
        people_of_the_noun(sv, cand, start, units, roles, passive)  # "20 लोगों का चालान काटा"
    if not roles.target and not _pronoun_argument(roles):
        ordered_object(sv, cand, start, units, roles, passive)  # "… फार्म पर जांच करने के आदेश"
        passive_addressee(sv, cand, roles)  # "X को … पर रोक लगाने के लिए कहा गया है"
    if not roles.target and not _pronoun_argument(roles):
        closed_thing(sv, cand, start, units, roles)  # "… यात्रा आज से बंद कर दी गई है"
        locked_down(sv, cand, start, units, roles)  # "झारखंड को भी लॉकडाउन कर दिया गया"
        territory_public(sv, cand, start, roles)  # "देश में 17 मई तक लॉकडाउन लगा दिया गया"
        accused_in_clause(sv, cand, roles)  # "… ने आरोप लगाया कि कांग्रेस … निभा रही है"
        thing_pronoun(sv, cand, start, units, roles)  # "जिस इमारत में वह रहते थे उसे सील"
    opened_thing(sv, cand, start, units, roles)  # "इटली में … स्टोर … खोल दिए जाएंगे" (ta11)
    nation_addressed(sv, cand, start, roles)  # "मैं पूरे देश से … अनुरोध करता हूं" (ev155)
    pronoun_party(sv, cand, start, roles)  # "मैंने उनसे अपील की", "इनके लिए … व्यवस्था" (ev155)
    addressee_said_after(sv, cand, roles)  # "परामर्श जारी करते हुए X से … को कहा"
    shared_addressee(sv, cand, roles)  # "X से … के लिए कहा तथा सुझाव दिया" (ev170)
    asked_in_clause(sv, cand, roles)  # "… ने मांग की कि सरकार … छूट दे": who is to act
    bound_by_content(sv, cand, roles)  # "आदेश में कहा गया कि कोई मकान मालिक …" (ta4)
    held_in(sv, cand, start, roles)  # "दोनों इलाकों में … पालन करने के निर्देश" (ta4)
    issued_for(sv, cand, start, roles)  # "यात्रियों के लिए नई गाइडलाइंस जारी"
    written_for(sv, cand, start, roles)  # "सभी राज्यों के लिये एक हेल्पलाइन नंबर जारी" (ev198)
    body_before_and(sv, start, roles)  # "नगर निगम एवं अन्य संबंधित अधिकारियों को … निर्देश"
    document_holder(sv, cand, start, units, roles)  # "विदेशियों के वीजा … सस्पेंड" (ev183)
    if roles.anaphoric and trig.type == "ASSAULT" and _one_person_attacks_police(roles):
        # "एसएसपी … ने बताया कि … । उन्होंने पुलिस पर पथराव किया": the last agent named (the
        # officer who told of it) is no stone-thrower against his own force; none is better
        roles.source = []
        roles.args = [a for a in roles.args if a.role != "source"]
        roles.explicit_source = roles.anaphoric = False
    return roles


def _after_the_letter(sv: SentenceView, start: int, roles: Roles) -> None:
    """Drop the targets of a request or an order that stand after the letter or call carrying it
    ("सभी राज्यों और केंद्रशासित प्रदेशों को चिट्ठी लिखकर स्वास्थ्यकर्मियों को सुरक्षा देने का
    आदेश"): they are the carried act's own objects, and whom it was written to is the target
    (found after this).
    Round ev89 (issue 13): the health workers were the order's target, the states written to
    none."""
    if not roles.target:
        return  # no target to drop: the letter is not looked for (round sc47)
    toks = sv.tokens
    written = next(
        (k for k in range(start, len(toks) - 1) if toks[k].text == "को" and letter_after(sv, k + 1)),
        None,
    )
    if written is None:
        return
    mine = [a for a in roles.args if a.role == "target"]
    if not mine or any(a.start < toks[written].end for a in mine):
        return
    roles.args = [a for a in roles.args if a.role != "target"]
    roles.target = []


def _one_person_attacks_police(roles: Roles) -> bool:
    """A pronoun agent resolved to one named person, of an attack on the police (round ev40,
    issue 13: AU-2020-ARP-03.txt, corpus outside the event gold, made an SSP the stone-thrower;
    a crowd, not one person, is who "उन्होंने" pelts the police with stones)."""
    people = [s for s in roles.source if s.startswith(("kb:person/", "name:person:"))]
    police = any("police" in t.lower() for t in roles.target)
    return police and len(people) == 1 and len(roles.source) == 1


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
    words = set(sv.texts[start : cand.first])
    return bool(words & _INFECTION_WORDS) and "खिलाफ" not in words  # "चार लोगों के खिलाफ"


def _pronoun_argument(roles: Roles) -> bool:
    """Whether the target is a pronoun left for :mod:`.anaphora` to resolve. A loop, not
    ``any()`` of a generator: asked once per candidate, mostly of two or three arguments, where
    making the generator cost more than the scan (round sp26, issue 16)."""
    for a in roles.args:  # noqa: SIM110 (a loop on purpose: see above)
        if a.role == "target" and a.entity_id is None:
            return True
    return False


def passive_compound(verb: list[str]) -> bool:
    """ "की जा रही है", "किया जा सकता है", "की जा चुकी है": the passive with an aspect verb.
    Not the progressive future, whose "जा" follows an infinitive ("मदद देने जा रही है", "बंद
    करने जा रहे हैं": about to do it, the subject the doer; round ev150, issue 13: read as a
    passive, the act lost its subject to the guessed issuer or was dropped for want of one)."""
    if "जा" not in verb:
        return False  # most verbs: no pair to read
    return any(
        b == "जा" and c in _JA_ASPECT and not _about_to(a)
        for a, b, c in zip([""] + verb, verb, verb[1:], strict=False)
    )


def _about_to(word: str) -> bool:
    """An infinitive before "जा" ("करने", "देने", "लगाने"): the progressive future; the passive's
    own infinitive "जाने" ("किए जाने") is none."""
    return word.endswith("ने") and word != "जाने"


# An official who briefs for a body, named after it ("गृह मंत्रालय की संयुक्त सचिव X ने बताया
# कि …", "स्वास्थ्य मंत्रालय के संयुक्त सचिव X ने कहा कि …", "कंपनी के प्रवक्ता ने बताया कि …"):
# a passive act the briefing reports ("… क्वारंटीन में रखा गया है", "… शुरू की जाएगी") is the
# body's, the official only says so (the event gold's NT-2020-05-05 repatriation: the Government
# of India, not the joint secretary who announced it). A minister or chief minister speaks for
# himself (the gold keeps them as the source) and is left alone, as is an official with no body
# named before the title ("गृह सचिव X": the speaker stays). Round ev71 (issue 13): 10 such
# passives of the 320 corpus day files outside the gold's days had the official as the source.
_BRIEFER = frozenset({"सचिव", "प्रवक्ता", "सचिवों", "प्रवक्ताओं"})
_BRIEFER_RANK = frozenset({"संयुक्त", "अतिरिक्त", "अपर", "उप", "प्रमुख", "मुख्य", "विशेष", ","})
_SAID = frozenset({"कहा", "बताया", "जानकारी"})


def briefed_body(sv: SentenceView, cand: Candidate) -> list[str]:
    """The body an official briefs for, when a passive act is what the briefing reports (see
    :data:`_BRIEFER`); [] otherwise."""
    passive = not PASSIVE.isdisjoint(cand.verb) or passive_compound(cand.verb)  # C (sp26)
    toks = sv.tokens
    ki = sv.last_index("कि", cand.first)  # the last कि before it (round sp14, issue 16)
    if not passive or ki < 0:
        return []
    if any(t.text == "द्वारा" for t in toks[ki : cand.first]):
        return []  # "… ने कहा कि कई देशों की सरकार द्वारा अनुरोध किया गया": the doer is written
    said = [j for j in range(max(ki - 3, 0), ki) if toks[j].text in _SAID]
    if not said:
        return []
    speakers = [u for u in sv.units if u.marker == "ने" and u.marker_end <= said[-1]]
    ne = max((j for j in range(ki) if toks[j].text == "ने"), default=-1)
    if (not speakers or speakers[-1].marker_end < ne) and ne >= 1 and toks[ne - 1].text in _BRIEFER:
        # a bare title that is no unit of its own ("गूगल के प्रवक्ता ने बताया कि …", the
        # company's spokesman unnamed): the body before it, as for a named one (round ev129,
        # issue 13: the unseen tuning set Uf had the Government of the United States)
        k = ne - 1
    else:
        if not speakers or speakers[-1].anaphor:
            return []
        speaker = speakers[-1]
        if not any(m.type == "PERSON" for m in speaker.mentions) and not any(
            toks[k].text in _BRIEFER for k in range(speaker.first, speaker.last + 1)
        ):
            return []
        people = [m.start for m in speaker.mentions if m.type == "PERSON"]
        k = speaker.first - 1
        if people:  # the title may stand inside the speaker's unit, before the name
            k = next(i for i, t in enumerate(toks) if t.start >= min(people)) - 1
    title = False
    while k >= 0 and (toks[k].text in _BRIEFER or toks[k].text in _BRIEFER_RANK):
        title = title or toks[k].text in _BRIEFER
        k -= 1
    if not title or k < 0 or toks[k].text not in {"की", "के", "का"}:
        return []
    body = next((u for u in sv.units if u.marker_end == k + 1 and u.marker in {"की", "के", "का"}), None)
    if body is None or not any(m.type == "ORGANIZATION" for m in body.mentions):
        return []
    return unit_actors(body)


# Round ev131 (issue 13): whom a statement was told to in an interview or a briefing is the press,
# not whom it asks ("नीतीश कुमार ने हिन्दुस्तान टाइम्स के विनोद शर्मा से कहा कि … अन्य राज्यों की
# सरकारों को … स्क्रीनिंग जरूर करानी चाहिए" had the reporter as the target, the unseen tuning set
# Uf; "हर्षवर्धन ने पत्रकारों से कहा कि हम … भेज रहे हैं", "उन्होंने पीटीआई-भाषा से कहा कि …"):
# a से-phrase holding a press word (fates' talks with the press) or a news agency, or a person the
# phrase before names as a newspaper's ("<outlet> के <name>"). The request keeps whom its कि-clause
# urges (speakers._urges), else it is no request. On the 280 allowed corpus day files 3 such
# REQUEST targets, all the press.
_AGENCIES = frozenset({"पीटीआई", "एएनआई", "आईएएनएस", "यूएनआई", "भाषा", "एजेंसी", "एजेंसियों"})


def told_the_press(sv: SentenceView, units: list[Unit], u: Unit) -> bool:
    """The unit (a से-phrase) is the press: a press or agency word in it, or in a genitive
    phrase right before it ("हिन्दुस्तान टाइम्स के विनोद शर्मा")."""
    from .fates import _PRESS  # a late import: fates imports this module

    def press(first: int, last: int) -> bool:
        words = {w for t in sv.tokens[first : last + 1] for w in t.text.split("-")}
        return bool(words & (_PRESS | _AGENCIES))

    if press(u.first, u.last):
        return True
    owner = next((o for o in units if o.marker in {"के", "की", "का"} and o.marker_end == u.first), None)
    if owner is None and u.first >= 2 and sv.tokens[u.first - 1].text in {"के", "की", "का"}:
        lo = max(0, u.first - 4)
        return press(lo, u.first - 2)
    return owner is not None and press(owner.first, owner.last)

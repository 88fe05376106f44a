"""Who held a meeting or a talk: the agent rules of consultations whose parties go unnamed.

Why a module of its own: a meeting (बैठक, मीटिंग, वीडियो कॉन्फ्रेंस) is a symmetric act, and
Hindi news seldom names both of its parties with their markers: one agent convened groups or
offices, a body met among its members, a named party held a review meeting of officials, a chair
presided ("… की अध्यक्षता में"), an agent spoke in or after it, a subject talks in the
progressive or the future with the partner put first. Each rule answers one such construction
for :func:`khabar.events.hindi.extract_sentence`; :mod:`.institutions` reads the bodies whose
meeting is among their members and the meeting nouns (``_MEETINGS``) from here.

How the caller combines them: a meeting noun with no light verb is kept where an agent spoke in
it or took part (:func:`_meeting_agent`, :func:`_met_in`); a symmetric act keeps one named party
where that party convened the others (a directed act: :func:`_convened`), a chair presided
(:func:`_meeting_head`), the party held it (:func:`_held`), a subject talks with a partner
(:func:`_talks_subject`) or a body met (:func:`_body_met`); else it is dropped as "symmetric,
one party". A body no entity names, or a meeting named by its participle ("… के साथ हुई बैठक"),
is read by :mod:`.institutions`.
"""

from __future__ import annotations

from .arguments import Roles, add_role
from .body_meetings import body_genitive
from .candidates import Candidate
from .clause import PARTICLES, DocContext, SentenceView, Unit, is_break, unit_actors
from .lexicon import Trigger
from .light_reach import _SUPPORT
from .roles import PASSIVE
from .subjects import _RELATIVES, _animate_unit, _nominative_agent
from .voice import _AGENT_MARKED, _CLAUSE_END


def _convened(roles: Roles) -> list[str]:
    """The partners of a meeting one agent held with groups or offices ("गहलोत ने अधिकारियों
    के साथ बैठक की", "मंत्री ने सांसदों से बात की"): the agent convened them, a directed act
    (source = the agent, target = those met), as analysts code a chief minister's review
    meeting, also with an official named among them ("कृषि मंत्री ने उपायुक्त नैंसी सहाय और
    पुलिस अधीक्षक से बात की"); peers talking ("पुतिन ने शी से बात की") are left to
    :func:`.parties.marked_partners` (round rv27), which splits them by the partner's marker."""
    agents = {a.entity_id for a in roles.args if a.role == "source" and a.entity_id}
    partners = [a.entity_id for a in roles.args if a.role == "partner" and a.entity_id]
    if not agents or not partners or agents & set(partners):
        return []
    # Round ev83 (issue 13): also with a glossed group or a person the KB does not know ("… ने गृह
    # व स्वास्थ्य विभागों के आला अधिकारियों से चर्चा की", "हेमंत सोरेन ने रेलमंत्री पीयूष गोयल से
    # बात की"): who called or met them is the source, as the event gold codes every such act of its
    # tune half and a target stand-in of unseen day files a chief minister's call to a minister (a
    # reciprocal gold event is met all the same: its scorer compares the parties unordered). Leaders
    # the KB knows on both sides stay reciprocal, as the seeds code a call reported by both sides
    # ("पुतिन ने शी से बात की"). 12 CONSULT changed on 264 corpus day files outside the gold's days
    # and the held-out sets, all read. Since round rv27 such peers are split too, by
    # parties.marked_partners, the seeds' two reports of one call being merged as one talk by
    # merge._compatible.
    if all(_known_person(p) for p in [*agents, *partners]):
        return []
    return partners


# The id prefixes of parties named by a common noun: an office or a group of the actor dictionary
# ("actor:chief minister", "actor:officials") or a phrase the glossary says ("text:…").
_GROUP_IDS = ("actor:", "text:")


def _convened_by_subject(roles: Roles) -> list[str]:
    """The partners of a talk whose nominative subject met groups or offices ("प्रधानमंत्री मोदी
    11 अप्रैल को सभी मुख्यमंत्रियों के साथ बैठक करेंगे", "हर्षवर्धन आज … वरिष्ठ अधिकारियों के साथ
    बैठक करने जा रहे हैं"): the future, progressive or completive takes no ने, but the act is the
    same directed one :func:`_convened` reads after a ने-agent (source = the subject, target =
    those met), as the event gold codes a chief minister's meeting with officials. Only partners
    named by a common noun (:data:`_GROUP_IDS`): a person met ("सचिव पवन कुमार अग्रवाल के साथ …
    कंपनियां … बैठक कर चुकी हैं") leaves it unsaid who called whom, and stays joint (round rv27).
    Issue 13, round ta2: a random draw of 150 events of the allowed corpus day files had two such
    planned meetings with the partner put beside the subject as a co-source, no target."""
    partners = [a.entity_id for a in roles.args if a.role == "partner" and a.entity_id]
    if not partners or not all(p.startswith(_GROUP_IDS) for p in partners):
        return []
    return _convened(roles)


def _known_person(entity_id: str) -> bool:
    """A person the KB links ("kb:person/…", or a short "kb:" id of a user KB as the seeds'),
    not an organisation or a place of the built-in KB."""
    return entity_id.startswith("kb:person/") or (entity_id.startswith("kb:") and "/" not in entity_id)


# Bodies whose meeting is among their members ("मंत्री समूह की बैठक", "राज्य कार्यकारी समिति की
# बैठक", "कैबिनेट की बैठक"): one party, and still a consultation (round ev13)
_BODIES = frozenset(
    {"समूह", "समिति", "मंत्रिमंडल", "कैबिनेट", "परिषद", "टास्क", "आयोग", "बोर्ड", "जीओएम", "GoM"}
    # + the English loans' spellings (round rv38, body_meetings): "हाई पावर कमेटी", "टास्क फोर्स"
    | {"कमेटी", "कमिटी", "फोर्स", "फ़ोर्स"}
)


def _body_met(sv: SentenceView, cand: Candidate, source: list[str]) -> bool:
    """A meeting of a body, one party named ("पंजाब सरकार द्वारा गठित … मंत्री समूह की बैठक"):
    a body word in the possessor right before "की बैठक"."""
    if cand.trig.mode != "meeting" or len(source) != 1 or cand.first < 2:
        return False
    of = body_genitive(sv, cand.first)  # "… की (पहली) बैठक" (round rv38)
    if of is None:
        return False
    return not _BODIES.isdisjoint(sv.texts[max(of - 5, 0) : of])


# The active light verbs of holding a meeting ("बैठक की", "बैठक करेंगे", "बैठक कर रहे हैं",
# "बैठक आयोजित की"), not its passive or हुई, which say it took place but not who held it
_HOLD = frozenset({"की", "किया", "कीं", "करेंगे", "करेगा", "करेगी", "करेंगी", "कर", "करते", "करती"})
# ... or called it ("उच्च स्तरीय बैठक बुलाई", round ev26), also in the absolutive before the
# clause's main act ("… ने तुरंत उच्चस्तरीय बैठक बुलाकर तैयारियों पर मंथन किया", as "बैठक कर …":
# round ev106)
_HOLD |= frozenset({"बुलाई", "बुलाया", "बुलायी", "बुलाए", "बुलाये", "बुलाएंगे", "बुलाएगी", "बुलाएगा"})
_HOLD |= frozenset({"बुलाकर"})
_CHAIR = frozenset({"अध्यक्षता", "अध्‍यक्षता"})


def _held(sv: SentenceView, cand: Candidate, roles: Roles) -> bool:
    """A meeting one named party held, its participants unnamed ("प्रमोद सावंत ने … उच्चस्तरीय
    समीक्षा बैठक की", "जिलाधिकारी ने … अधिकारियों के साथ बैठक की"): PLOVER codes a review
    meeting of officials as CONSULT by whoever held it (tools/why_missed.py's "symmetric, one
    party" on corpus/hindi-covid-2020 outside the event gold: 40 meetings, round ev16). Only a
    meeting noun (बैठक, मीटिंग; a मुलाकात needs "से"/"के साथ" whom one met, named or not:
    "कर्मचारियों ने … आफिसर से मुलाकात कर"), with its agent in words (ने or द्वारा, not an
    anaphor), held in an active कर form. A subject with no ने ("कंपनियां … बैठक
    कर चुकी हैं") is not read here; a chair is (:func:`_meeting_head`)."""
    if cand.trig.mode != "meeting" or not cand.light or len(roles.source) != 1:
        return False
    if sv.tokens[cand.first].text not in _MEETINGS and not _met_whom(sv, cand):
        return False
    if not roles.explicit_source or roles.anaphoric:
        return False
    verb = [t for t in cand.verb if t not in PARTICLES]
    if verb and verb[0] in _SUPPORT:
        verb = verb[1:]  # "बैठक आयोजित की"
    if not verb or verb[0] not in _HOLD or PASSIVE & set(verb[1:3]):
        return False
    # "बैठक की अध्यक्षता की" chaired it; "बैठक की तैयारी की समीक्षा": a genitive, not held
    nxt = verb[1] if len(verb) > 1 and not cand.fronted else "।"
    return nxt in _HELD_NEXT or verb[0] != "की"


_MEETINGS = frozenset({"बैठक", "मीटिंग"})


def _met_whom(sv: SentenceView, cand: Candidate) -> bool:
    """"से" or "के साथ" right before the trigger: whom one met, said even where no entity."""
    k = cand.first
    return k >= 1 and (sv.tokens[k - 1].text == "से" or sv.tokens[k - 1].text == "साथ")


def _meeting_head(sv: SentenceView, cand: Candidate, start: int) -> Unit | None:
    """Who chaired a meeting ("मुख्य सचिव उत्पल कुमार सिंह की अध्यक्षता में … बैठक हुई"): the
    genitive right before अध्यक्षता in the meeting's clause, before the trigger."""
    if cand.trig.mode != "meeting":
        return None
    toks = sv.tokens
    for u in sv.units:
        if u.first < start or u.marker_end >= cand.first or u.marker not in {"की", "के"}:
            continue
        if toks[u.marker_end].text in _CHAIR and unit_actors(u):
            return u
    return None


# Round ev132 (issue 13): the chair named after the meeting, the object put first ("इस बैठक की
# अध्यक्षता रेल मंत्री पीयूष गोयल ने की", a core miss of the unseen tuning set Ug; "बैठक की
# अध्यक्षता करते हुए मंडलायुक्त मुकेश मेश्राम ने बताया"): who chaired it held it, as the ने-agent
# before the meeting does ("… ने … बैठक की अध्यक्षता की", :func:`_held`). Words the chair's
# unit may start after अध्यक्षता: a participle of कर, then a title or two before the name (the
# unit starts at the name), as in :func:`_meeting_agent`
_CHAIRING = frozenset({"करते", "हुए", "कर", "रहे", "रही"})


def _chair_after(sv: SentenceView, cand: Candidate) -> Unit | None:
    """The ने-agent right after "<meeting> की अध्यक्षता" ("इस बैठक की अध्यक्षता … गोयल ने की"),
    in the same clause, two words at most before its name (a title): the chair."""
    toks = sv.tokens
    k = cand.last + 1
    if cand.trig.mode != "meeting" or toks[cand.last].text not in _MEETINGS:
        return None
    if k + 1 >= len(toks) or toks[k].text != "की" or toks[k + 1].text not in _CHAIR:
        return None
    k += 2
    while k < len(toks) and toks[k].text in _CHAIRING:
        k += 1
    nxt = next((u for u in sv.units if u.first >= k), None)
    if nxt is None or nxt.marker != "ने" or nxt.first - k > 2:
        return None
    if any(is_break(toks, j) for j in range(k, nxt.first)):
        return None
    return nxt if unit_actors(nxt) else None


def _meeting_agent(sv: SentenceView, cand: Candidate, roles: Roles) -> bool:
    """A meeting named as where someone spoke ("अधिकारियों के साथ वीडियो कॉन्फ्रेंस में गहलोत
    ने कहा कि"): the ने-agent right after "में" held the meeting with the partner before it."""
    k = cand.last + 2  # the token after "में"; a title may stand before the name (मुख्यमंत्री)
    nxt = next((u for u in sv.units if u.first >= k), None)
    if nxt is None or nxt.marker != "ने" or nxt.first - k > 2:
        return False
    if any(is_break(sv.tokens, j) for j in range(k, nxt.first)):
        return False
    actors = unit_actors(nxt)
    if actors:
        add_role(roles, "source", nxt, sv, actors)
    return bool(actors)


# The nouns of a meeting one sits in ("बैठक में", "मीटिंग में", "वीडियो कॉन्फ्रेंसिंग में"); not a
# talk or a press conference ("दैनिक जागरण से बातचीत में बताया", "प्रेस वार्ता में"): an
# interview or a briefing, no consultation (corpus/hindi-covid-2020, 200 day files outside the
# event gold, seed 7, round ev18)
_MEETING_ROOMS = _MEETINGS | frozenset({"कॉन्फ्रेंस", "कॉन्फ्रेंसिंग", "कांफ्रेंस", "कांफ्रेंसिंग"})


# "बैठक के बाद/दौरान X ने कहा": who spoke during or right after a meeting took part in it (18
# of the 18 such first mentions read in corpus/hindi-covid-2020 outside the event gold, ev18)
_AROUND = frozenset({"बाद", "दौरान"})


def _met_in(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> bool:
    """A meeting named only as where its agent acted ("प्रधानमंत्री ने बैठक में कहा था", "इस
    बैठक में कुछ मुख्यमंत्रियों ने … सुझाव दिया", "ये निर्देश मंडलायुक्त … ने … समीक्षा बैठक में
    दिए", "दलों के नेताओं ने बैठक में शिरकत की", "बैठक के बाद केजरीवाल ने कहा"): the one ने-agent
    of the clause, before the meeting noun or after its "में"/"के बाद"/"के दौरान", took part in it, a consultation by that agent (PLOVER
    CONSULT; 14 of the 14 such sentences read in corpus/hindi-covid-2020 outside the event gold,
    round ev18). The caller reads it for an article's first meeting only: later sentences of a
    meeting report go on about the same meeting. Adds the agent to ``roles``' source."""
    toks = sv.tokens
    k = cand.last + 1
    if cand.trig.mode != "meeting" or toks[cand.last].text not in _MEETING_ROOMS:
        return False
    if k + 1 < len(toks) and toks[k].text == "के" and toks[k + 1].text in _AROUND:
        k += 1  # "बैठक के बाद मुख्यमंत्री ने कहा", "बैठक के दौरान प्रधानमंत्री ने कहा"
    elif k >= len(toks) or toks[k].text != "में":
        return False
    end = next((j for j in range(k, len(toks)) if is_break(toks, j)), len(toks))
    agents = [
        u
        for u in sv.units
        if u.marker == "ने" and start <= u.first and u.marker_end <= end
        and (u.last < cand.first or u.first > k)
    ]
    if len(agents) != 1 or not (actors := unit_actors(agents[0])):
        return False
    after = {t.text for t in toks[agents[0].marker_end : end]}
    if after & PASSIVE:
        return False  # "X ने कहा कि … बैठक में चर्चा की गई": not the agent's own verb
    if not set(actors) <= set(roles.source):
        add_role(roles, "source", agents[0], sv, actors)
    return True


# A meeting or talk in the progressive or the completive ("गृह मंत्री अमित शाह शीर्ष अधिकारियों
# के साथ बैठक कर रहे हैं", "… कंपनियां सचिव के साथ एक दौर की बैठक कर चुकी हैं", a core miss of the
# spent stand-in L): these aspects take a nominative subject, so the second party is the clause's
# unmarked subject, not a ने-agent. Round ev82 (issue 13), the "symmetric, one party" drops of 264
# corpus day files outside the gold's days and the held-out sets: 4 such meetings and talks with a
# named partner; not a talk with the press ("पत्रकारों से बात कर रहे थे": a statement, no
# meeting), nor an unnamed subject.
_TALK_ASPECT = frozenset({"रहे", "रही", "रहा", "चुके", "चुकी", "चुका"})
_PRESS = frozenset({"पत्रकारों", "मीडिया", "मीडियाकर्मियों", "संवाददाताओं", "पत्रकार"})
# ... and in the future ("प्रधानमंत्री मोदी शनिवार को राज्यों के मुख्यमंत्रियों से चर्चा करेंगे", "CIABC
# के लोग गुरुवार को सरकार से मुलाकात करेंगे"): a planned meeting, the subject nominative as well.
# Round ev85 (issue 13): 8 of the "symmetric, one party" drops of 264 corpus day files outside
# the gold's days and the held-out sets were such future talks with the partner named.
_TALK_FUTURE = frozenset({"करेंगे", "करेगा", "करेगी", "करेंगी"})
# ... and in a state of talks, the copula after the noun ("भारत सरकार ईरान के संपर्क में है",
# "केंद्र सरकार इसको लेकर राज्यों के संपर्क में है"): round ev141 (issue 13), a core miss of the
# unseen tuning set Un; the 7 "संपर्क में है/हैं" of the 280 allowed corpus day files are all
# bodies or envoys in touch with another (the past "… के संपर्क में रहे/आए लोग" are the exposed,
# no talks, and take no copula).
_TALK_STATE = frozenset({"है", "हैं"})


def _talks_subject(sv: SentenceView, cand: Candidate, start: int) -> Unit | None:
    """The nominative subject of a symmetric act in the progressive or completive aspect with
    one party named as a partner ("X Y के साथ बैठक कर रहे हैं")."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    aspect = len(verb) >= 2 and verb[0] == "कर" and verb[1] in _TALK_ASPECT
    # ... and the progressive future ("हर्षवर्धन आज … अधिकारियों के साथ बैठक करने जा रहे हैं"):
    # about to meet, the subject nominative too (round ev150, issue 13: a meeting of the allowed
    # corpus day files dropped for one party)
    aspect = aspect or (verb[:2] == ["करने", "जा"] and len(verb) > 2 and verb[2] in _TALK_ASPECT)
    state = bool(verb) and verb[0] in _TALK_STATE
    if not cand.light or not (aspect or state or (verb and verb[0] in _TALK_FUTURE)):
        return None
    if _PRESS & set(sv.texts[start : cand.first]):
        return None
    subject = (
        (_state_subject(sv, cand, start) if state else _nominative_agent(sv, cand, start))
        or _subject_after_partner(sv, cand, start)
    )
    if subject is None or subject.anaphor:
        return None
    return subject


# The subject of such talks may follow the partner it met ("सचिव पवन कुमार अग्रवाल के साथ … उत्पाद
# बनाने वाली शीर्ष कंपनियां एक दौर की बैठक कर चुकी हैं", the core miss of the spent stand-in L
# that ev82's rule above left): Hindi puts the के साथ / से phrase first for focus. Round ev85
# (issue 13), the "symmetric, one party" drops of 264 corpus day files outside the gold's days and
# the held-out sets: the only unmarked actor between the partner and the trigger, with no ने or
# द्वारा in the clause and nothing but a genitive object ("एक दौर की") after it.
_PARTNER_MARKS = frozenset({"साथ", "से"})


def _state_subject(sv: SentenceView, cand: Candidate, start: int) -> Unit | None:
    """The one unmarked actor of a copula's clause before its state of talks ("भारत सरकार ईरान
    के संपर्क में है"): a purpose or topic phrase may come first ("… को निकालने के लिए", "इसको
    लेकर"), so the subject is found by being the only bare actor there, not by leading; none
    past a ने or द्वारा agent or a relative pronoun."""
    words = [t.text for t in sv.tokens[start : cand.first]]
    if _AGENT_MARKED & set(words) or "द्वारा" in words or any(w in _RELATIVES for w in words):
        return None
    bare = [
        u for u in sv.units
        if start <= u.first and u.last < cand.first and u.marker is None
        and not u.anaphor and _animate_unit(u) and unit_actors(u)
    ]
    return bare[0] if len(bare) == 1 else None


def _subject_after_partner(sv: SentenceView, cand: Candidate, start: int) -> Unit | None:
    """The one unmarked actor standing after the partner's के साथ / से and before the trigger,
    in a clause with no ने or द्वारा agent."""
    toks = sv.tokens
    words = [t.text for t in toks[start : cand.first]]
    if _AGENT_MARKED & set(words) or "द्वारा" in words or any(w in _RELATIVES for w in words):
        return None
    marks = [k for k in range(start, cand.first) if toks[k].text in _PARTNER_MARKS]
    if not marks:
        return None
    after = [u for u in sv.units if marks[0] < u.first and u.last < cand.first]
    bare = [u for u in after if u.marker is None]
    if len(bare) != 1 or any(u.marker not in {None, "की", "के", "का"} for u in after):
        return None
    u = bare[0]
    if u.anaphor or not _animate_unit(u) or not unit_actors(u):
        return None
    return u


# The unions the meeting rules test words against, built once here, after the last of their
# parts, not again for every word (round sc47)
_HELD_NEXT = _CLAUSE_END | _CHAIR | {"और", "तथा", "व"}


# Round ev133 (issue 13): a meeting's decisions told in the passive after it ("इस बैठक की अध्यक्षता
# रेल मंत्री पीयूष गोयल ने की । … बैठक में फैसला किया गया कि … । यह भी आदेश दिया गया है कि …",
# NT-2020-MAR-18, core misses of the unseen tuning set Ug) are its holder's, the chair or convener
# the meeting's event names. A decision word and its passive perfect ("फैसला किया गया", "निर्णय
# लिया गया", "तय किया गया", "आदेश दिया गया"); the sentences the report may run on after the
# meeting with no other agent acting: 10, the railway meeting's last order lying 9 sentences after
# its chair (the allowed corpus day files hold no longer run of a meeting's passive decisions).
_DECISION = frozenset({"फैसला", "फ़ैसला", "निर्णय", "तय", "आदेश", "निर्देश"})
_DECISION_VERB = frozenset({"किया", "लिया", "दिया", "की", "ली", "दी", "किए", "लिए", "दिए"})
_PERFECT_PASSIVE = frozenset({"गया", "गई", "गए", "गयी", "गये"})
_MEETING_REACH = 10


def note_meeting(ctx: DocContext, index: int, holders: list[str]) -> None:
    """Remember the sentence of a meeting's event and who held it, for :func:`meeting_decider`."""
    if holders:
        ctx.met = (index, list(holders))


def meeting_decider(sv: SentenceView, cand: Candidate, ctx: DocContext) -> list[str]:
    """The holder of the meeting reported just before, for an act the sentence says was decided
    in the passive: the decision word itself ("यह भी आदेश दिया गया है कि …") or an act in its
    कि-clause ("बैठक में फैसला किया गया कि … सील किया जाएगा"). None where an agent acted since
    the meeting, or it lies more than :data:`_MEETING_REACH` sentences back."""
    at, holders = ctx.met
    if not holders or not 0 < sv.index - at <= _MEETING_REACH or ctx.ne_at > at:
        return []
    toks = sv.tokens
    for k in range(len(toks) - 2):
        if not (
            toks[k].text in _DECISION
            and toks[k + 1].text in _DECISION_VERB
            and toks[k + 2].text in _PERFECT_PASSIVE
        ):
            continue
        if cand.first == k:
            return list(holders)
        said = next((j for j in range(k + 3, min(k + 6, len(toks))) if toks[j].text == "कि"), -1)
        if 0 <= said < cand.first:
            return list(holders)
    return []


_NOT_YET = frozenset({"planned", "expected", "proposed", "possible"})


def attendance_promised(trig: Trigger, modality: str) -> bool:
    """Whether a consultation not yet held is coded AGREE: only a party's taking part in a
    gathering ("पुतिन … शिखर सम्मेलन में भी भाग लेंगे", "पाकिस्तान इस चर्चा में शामिल होगा": the
    lexicon's verbal summit entry, future forms only) accepts another's invitation to attend, an
    intention. A meeting, call, talk or visit fixed for a date ("प्रधानमंत्री … 11 अप्रैल को
    बैठक करेंगे", "… चार बार मुलाकात होने वाली है") stays CONSULT with its modality, as the
    COVID event gold codes planned talks ("intended acts keep their type"; the seeds' gold takes
    CONSULT beside AGREE for every planned visit and summit). Round ev202, issue 13: was every
    consultation not yet held made AGREE (the PLOVER convention for future state visits)."""
    return modality in _NOT_YET and trig.verbal and trig.mode == "summit"

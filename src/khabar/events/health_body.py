"""The health department as the issuer of an agentless medical measure told in a health
official's report (round ev157, issue 13).

Why a module of its own: the jurisdiction guess (:func:`khabar.events.issuer.authority`) gives
an agentless quarantine to the place's district administration, which runs the quarantine
centres; but where the paragraph is a health official's report ("सीएमओ डा. बीएस सोढ़ी ने बताया
कि … । … शनिवार को टीम को उन इलाकों में भेजा … । वहां से भी कुछ संदिग्धों को क्वारंटाइन किया
गया है"), the people quarantined or screened next are his department's work, and the hand gold of
the unseen tuning sets codes them "Saharanpur health department", "Kannauj health department".
The official's own sentence keeps its reading (the reporting official is the source there, the dev
gold's tune half's convention); a health department or its team that acted by ने already goes on
(:attr:`khabar.events.actor_context.ActorContext.authority_health`, round ev148). This reads the
official who only spoke, and only changes the place's guessed administration into the same place's
health department: never another place's, never a seal, a curfew or a zone (the district's), and
never a measure after another agent or a switch of thread.
"""

from __future__ import annotations

from datetime import date

from ..model import Argument
from .acting import _SWITCH, _code, acting_units
from .clause import DocContext, SentenceView, unit_actors
from .issuer import health_department_of

# Measures a health body takes on people: quarantine and isolation (the lexicon's mode for
# "क्वारंटाइन", "आइसोलेशन में", "पृथक", "अलग रखा") and screening. Not "surveillance" (a watch on
# people is as often the police's, round ev147) nor any territorial measure.
MEDICAL_MODES = frozenset({"quarantine", "screen"})
# ... and, told after a health official spoke, a watch kept on people ("संक्रमित व्यक्ति के परिवार
# के सदस्यों पर भी प्रोटोकॉल के तहत नजर रखी जा रही है" after Tamil Nadu's health secretary, NT-2020-
# MAR-08.txt): the health official's report makes it his department's, where with no report it is
# as often the police's (so :func:`health_clause_issuer` leaves it)
_REPORTED_MODES = MEDICAL_MODES | {"surveillance"}
# How many sentences after the health official spoke the measure may come: 5, as for a local
# office holder's report (acting._HOLDER_REACH, round ev38); the set Ul's Saharanpur CMO report
# has its quarantine two sentences after "उन्होंने बताया"
_REACH = 5
_HEALTH = "HLH"


def _official_place(ctx: DocContext) -> str | None:
    """The place code (below the country) of the local health officials who are the last agents
    (every one of them an office holder coded ``… HLH`` in the article: "सीएमओ डॉ. कृष्ण स्वरूप"
    -> ``IND-Kannauj HLH``), or None where any last agent is something else or they differ."""
    places: set[str] = set()
    for ident in ctx.last_agents:
        office = ctx.actors.offices.get(ident)
        if office is None:
            return None
        place, _, sector = office[0].partition(" ")
        if sector != _HEALTH or "-" not in place:
            return None
        places.add(place)
    return places.pop() if len(places) == 1 else None


def health_report_issuer(
    sv: SentenceView, ctx: DocContext, text: str, mode: str, issued: tuple[str, str, str]
) -> tuple[str, str, str]:
    """(id, code, name) of the place's health department for an agentless ``mode`` measure of
    :data:`_REPORTED_MODES` whose guessed issuer ``issued`` is that place's administration ("X
    district administration", or the government of a city that has no districts, "Government of
    Delhi") when a local health official of the same place was the last agent, at most
    :data:`_REACH` sentences before in the same paragraph (or the sentence right after), with no
    agent of this sentence, no unnamed agent since, no other speaker quoted since and no switch of
    thread ("वहीं, …"); ``issued`` unchanged otherwise."""
    if mode not in _REPORTED_MODES or not ctx.last_agents:
        return issued
    _, code, name = issued
    place, _, sector = code.partition(" ")
    if sector != "GOV" or "-" not in place or _official_place(ctx) != place:
        return issued
    if sv.tokens and sv.tokens[0].text.rstrip(",") in _SWITCH:
        return issued
    if any(u.marker == "ने" for u in sv.units):
        return issued  # an agent of its own here
    said = ctx.agents_sentence
    gap = sv.index - said
    if not 0 < gap <= _REACH or ctx.unnamed_at >= said:
        return issued
    speaker = ctx.last_speaker_actor
    if ctx.last_speaker_at[0] >= said and speaker is not None and speaker not in ctx.last_agents:
        return issued  # someone else quoted since
    if gap > 1 and "\n" in text[ctx.actors.agent_span[1] : sv.start]:
        return issued  # another paragraph
    return health_department_of(name, place) or issued


def health_clause_issuer(
    sv: SentenceView,
    ctx: DocContext,
    span: tuple[int, int],
    taken: list[str],
    text: str,
    mode: str,
    on: date | None,
) -> tuple[list[str], dict[str, str], list[Argument]] | None:
    """(source, codes, arguments) of an agentless ``mode`` measure of :data:`MEDICAL_MODES`
    (tokens ``span``) whose sentence names a place's health body acting in another clause: by
    ने, bare before its verb, or as the owner of a team that acts ("रिपोर्ट आने के बाद आनन-फानन
    में स्वास्थ्य विभाग की टीम उनके घर पहुंची और परिवार के सभी 12 सदस्यों को क्वारंटाइन सेंटर भेज
    दिया गया"). :func:`khabar.events.acting.sentence_authority` reads only the authorities that
    issue orders (police, an administration, an official); a health department is the one whose
    work a quarantine is, so the measure is its own, not the district's the jurisdiction rule
    guesses. Only a body or office coded ``… HLH`` at a place below the country (a town's or a
    state's health department, a CMO): "doctors" or a ministry are no team of the place. Not one
    of ``taken`` (the measure's own targets), not an anaphor, not one only cited. None without."""
    if mode not in MEDICAL_MODES:
        return None
    for u in acting_units(sv, span, taken):
        actors = unit_actors(u)
        codes = [_code(m, ctx, on) or "" for m in u.mentions]
        if all(c.endswith(f" {_HEALTH}") and "-" in c.split()[0] for c in codes):
            at, end = sv.tokens[u.first].start, sv.tokens[u.last].end
            return actors, {}, [Argument("source_inferred", text[at:end], at, end, a) for a in actors]
    return None


# Where people are kept that makes their isolation a hospital's act, as a ward is (round ev103,
# ``issuer.health_issuer``): a hospital or medical college named as the place just before the
# measure ("इन्हें लोकबंधु अस्पताल में क्वारंटीन के लिए भेजा जा रहा है", "सैनिक को … अस्पताल में
# पृथक रखा गया है", "यह मरीज शहर के अस्पतालों में आइसोलेट कर दिए गए हैं"), or a watch the text
# calls medical ("चिकित्सकीय निगरानी में रखा गया है"). A quarantine centre, even one in a hospital
# ("… मेडिकल कॉलेज के क्वारंटाइन सेंटर में रखा गया"), stays the administration's, as it was.
_HOSPITALS = frozenset(
    {"अस्पताल", "अस्पतालों", "हॉस्पिटल", "हास्पिटल", "हॉस्पिटलों", "चिकित्सालय", "चिकित्सालयों"}
)
_COLLEGE = ("मेडिकल", "कॉलेज")
_MEDICAL_WATCH = frozenset({"चिकित्सकीय", "चिकित्सीय", "मेडिकल"})
_CENTRES = frozenset({"सेंटर", "सेंटरों", "केंद्र", "केंद्रों", "केन्द्र", "केन्द्रों", "सेन्टर"})
# How many words before the trigger the hospital may be named: "संतोष हॉस्पिटल में क्वारंटीन में
# रखा जाएगा" (2), "(एसएनएम) अस्पताल में पृथक" (2), "शहर के अस्पतालों में ही आइसोलेट" (3)
_HOSPITAL_REACH = 4


def kept_in_hospital(sv: SentenceView, first: int, last: int) -> bool:
    """The quarantine whose trigger is tokens ``first``..``last`` keeps people in a hospital
    named right before it (a hospital word and "में" within :data:`_HOSPITAL_REACH` words, no
    quarantine centre among them or in the trigger), or is a watch called medical."""
    toks = sv.tokens
    words = [t.text for t in toks[max(0, first - _HOSPITAL_REACH) : first]]
    trigger = [t.text for t in toks[first : last + 1]]
    if not _CENTRES.isdisjoint(words) or not _CENTRES.isdisjoint(trigger):
        return False
    if first > 0 and toks[first - 1].text in _MEDICAL_WATCH and "निगरानी" in trigger:
        return True
    for k, word in enumerate(words[:-1]):
        college = word == _COLLEGE[1] and k > 0 and words[k - 1] == _COLLEGE[0]
        if (word in _HOSPITALS or college) and "में" in words[k + 1 :]:
            return True
    return False


def hospital_issuer(
    sv: SentenceView, first: int, last: int, mode: str, issued: tuple[str, str, str],
    reported: bool,
) -> tuple[str, str, str]:
    """The place's health department for an agentless quarantine :func:`kept_in_hospital`
    (the hospital's act, coded so as an admission or a ward placement is), where the guessed
    issuer ``issued`` is that place's administration or a city's government; not where a
    ने-agent of the sentence ``reported`` it (the reporting official's, as for a ward), and any
    other measure or issuer unchanged."""
    if mode != "quarantine" or reported or not kept_in_hospital(sv, first, last):
        return issued
    _, code, name = issued
    place, _, sector = code.partition(" ")
    if sector != "GOV" or "-" not in place:
        return issued
    return health_department_of(name, place) or issued

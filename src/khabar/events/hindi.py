"""Native Hindi event extraction: lexicon triggers, case-marker arguments, date, place, modality.

Why rules and not a model: no Hindi event-annotated political news exists to train on, and a
wrong event on a timeline is worse than a missing one. Each event comes from a trigger in the
lexicon (``data/events/triggers_hi.yaml``): a verb, or a noun with its light verb (बात की,
मुलाकात हुई, निमंत्रण दिया, आलोचना की); its arguments from the postposition after each noun phrase
(ने agent, से/के साथ partner, को recipient, की/के possessor, में place), anaphors resolved to
the last agents named; its date from the time expression that precedes it in the same clause
(Hindi puts adverbials before what they modify); its modality from the verb complex after it
(-गा/-गी/-गे planned, की उम्मीद है expected, की संभावना possible, नहीं denied) or a word before it
(प्रस्तावित proposed). An event without an actor is dropped.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from ..model import Argument, Article, Event, Timex
from .actors import sector_of
from .clause import (
    MARKERS_1,
    PARTICLES,
    DocContext,
    SentenceView,
    Token,
    Unit,
    actor_of,
    date_part,
    is_break,
    is_date_value,
    is_place,
    place_of,
    unit_actors,
)
from .gloss import day_of, names_actor
from .issuer import (
    AUTHORITIES,
    LOCAL_MODES,
    POLICE_MODES,
    PROMISED,
    authority,
    authority_goes_on,
    goes_on,
    national_matter,
    official_speaking,
    sentence_issuer,
)
from .lexicon import Trigger, TriggerLexicon, hindi_triggers
from .objects import PARTICIPLE_ENDS, glossed_span
from .roles import PASSIVE, Roles, add_role, assign_roles, passive_compound

_FUTURE = re.compile(r"(ेंगे|ेगा|ेगी|ेंगी|ूंगा|ूँगा|ोगे|ेगें|एगा|एगी|एंगे)$")
_NEGATION = frozenset({"नहीं", "न", "नही", "मत"})
_PROPOSED_BEFORE = frozenset({"प्रस्तावित", "संभावित"})
_EXPECTED = frozenset({"उम्मीद", "अपेक्षा", "आसार", "अनुमान"})
_POSSIBLE = frozenset({"संभावना", "आशंका", "संभव"})
# The modal "can" after the main verb ("बढ़ाया जा सकता है", "बंद कर सकती है"): a possibility, not
# an act; its -ती/-ता form before है would otherwise read as habitual (ongoing)
_CAN = frozenset({"सकता", "सकती", "सकते", "सकें", "सकेंगे", "सकेगा", "सकेगी", "सकेंगी"})
_PLANNED = frozenset({"वाली", "वाला", "वाले", "तय", "निर्धारित"})
_PROGRESSIVE = frozenset({"रहे", "रहा", "रही"})
_NONFINITE_NEXT = frozenset({"के", "की", "का", "को", "से", "में", "पर"})
# The perfect of the light verbs of an order ("कर दिया है", "घोषित किया है"): a transitive act.
_PERFECT = frozenset({"दिया", "दी", "दिए", "दिये", "किया", "किए", "किये", "लगाया", "लगाई", "लगाए"})
# "बंद करने का फैसला किया", "सील करने के आदेश दिए": an act decided or ordered is the agent's act.
_DECISIONS = frozenset({"फैसला", "फ़ैसला", "निर्णय", "आदेश", "निर्देश"})
_HABITUAL_AUX = frozenset({"है", "हैं"})
# A verb complex is read at most this many tokens after the trigger (checked on the seed articles:
# "आने की उम्मीद है" and "होने वाली है" need 3; longer windows reach into the next clause).
_VERB_WINDOW = 5
# "लॉकडाउन का ऐलान किया", "छूट का फैसला लिया": a measure announced or decided is the agent's
# act; only for measures (a meeting's or an appeal's "फैसला" is what was decided there).
_ANNOUNCED = frozenset({"ऐलान", "एलान", "घोषणा", "फैसला", "फ़ैसला", "निर्णय"})
_ANNOUNCE_VERBS = frozenset({"किया", "की", "कीं", "किए", "किये", "कर", "करेंगे", "करेगी", "करेगा"})
_ANNOUNCE_VERBS |= frozenset({"लिया", "ली", "लिए", "लिये", "ले", "लेगी", "लेगा", "लेंगे"})
_MEASURES = frozenset({"COERCE", "CONCEDE", "AID"})
_KO_TOPIC = frozenset({"लेकर", "देखते", "देख", "ध्यान"})
# Words between a measure's को and its light verb: a date phrase ("3 मई तक") and an adverb fit in
# four (checked on corpus sentences of लॉकडाउन को … बढ़ा, outside the event gold).
_OBJECT_REACH = 5


@dataclass
class Candidate:
    trig: Trigger
    first: int
    last: int
    light: bool
    verb: list[str] = field(default_factory=list)  # tokens of the verb complex after the trigger
    finite: bool = True
    fronted: bool = False  # the verb complex stands before the trigger ("ने की बैठक")


@dataclass(frozen=True)
class Fate:
    """What became of one candidate trigger: ``kept`` (the type of the event made) or the rule
    that dropped it. Recorded only inside :func:`tracing`, for tools/why_missed.py, which counts
    why gold events are missed without printing the sentences of the held-out half."""

    article: str
    sentence: str
    trigger: str
    type: str
    fate: str


_TRACE: ContextVar[list[Fate] | None] = ContextVar("khabar_event_trace", default=None)


@contextmanager
def tracing() -> Iterator[list[Fate]]:
    """Record the fate of every candidate trigger extracted inside the block (off by default:
    extraction without it records nothing)."""
    fates: list[Fate] = []
    token = _TRACE.set(fates)
    try:
        yield fates
    finally:
        _TRACE.reset(token)


def note(article: Article, sv: SentenceView, cand: Candidate, fate: str, type_: str = "") -> None:
    """Record ``cand``'s fate when tracing is on."""
    fates = _TRACE.get()
    if fates is None:
        return
    toks = sv.tokens
    text = article.text[toks[cand.first].start : toks[cand.last].end]
    sentence = article.text[sv.start : sv.end]
    fates.append(Fate(article.id, sentence, text, type_ or cand.trig.type, fate))


_POSTPOSITIONS = frozenset({"की", "के", "का", "को", "से", "में", "पर", "ने", "तक", "और", ","})


def _next_kind(sv: SentenceView, cand: Candidate) -> str:
    """The word after a trigger as a class (a postposition itself, a stop, a light verb of
    another entry, a passive or future verb, else "a word"), so a trace can say which
    construction dropped it without quoting the sentence."""
    k = cand.last + 1
    if k >= len(sv.tokens) or is_break(sv.tokens, k):
        return "a stop"
    text = sv.tokens[k].text
    if text in _POSTPOSITIONS:
        return text
    if text in hindi_triggers().light_verbs:
        return "another light verb"
    if _FUTURE.search(text) or text in PASSIVE:
        return "a future or passive verb"
    return "a word"


def note_heading(article: Article, sv: SentenceView) -> None:
    """Record the triggers of a heading, which the stage skips, when tracing is on."""
    if _TRACE.get() is not None:
        for cand in find_candidates(sv, hindi_triggers()):
            note(article, sv, cand, "heading")


def event_id(article_id: str, trigger_start: int) -> str:
    return hashlib.sha1(f"{article_id}:{trigger_start}".encode()).hexdigest()[:16]


def _matched(toks: list[Token], i: int, form: tuple[str, ...], particles: frozenset[str]) -> int:
    """The token index after ``form`` matched at ``i``, or -1. Particles may stand inside a
    form of several words ("मामला भी दर्ज", "ग्रीन जोन नहीं बनाया": 25 such uses beside 1,051
    exact ones of the multiword forms in corpus/hindi-covid-2020)."""
    k = i
    for w, word in enumerate(form):
        while w and k < len(toks) and toks[k].text in particles and toks[k].text != word:
            k += 1
        if k >= len(toks) or toks[k].text != word:
            return -1
        k += 1
    return k


def find_candidates(sv: SentenceView, lex: TriggerLexicon) -> list[Candidate]:
    toks = sv.tokens
    out: list[Candidate] = []
    i = 0
    while i < len(toks):
        for form, trig in lex.index.get(toks[i].text, ()):
            n = _matched(toks, i, form, lex.particles) - i
            if n <= 0:
                continue
            j = i + n
            while j < len(toks) and toks[j].text in lex.particles:
                j += 1
            light = j < len(toks) and toks[j].text in trig.light
            if light and toks[j].text in {"की", "के", "का"} and j + 1 < len(toks):
                # "सहायता की पेशकश": a genitive before another trigger, not the light verb की
                light = toks[j + 1].text not in lex.index
            k = i + n  # the verb complex is read from here
            if not light and trig.type in _MEASURES and j + 2 < len(toks):
                light = (
                    toks[j].text in {"की", "के", "का"}
                    and toks[j + 1].text in _ANNOUNCED
                    and toks[j + 2].text in _ANNOUNCE_VERBS
                )
                if not light and (at := _object_of_light(toks, j, trig, lex)) > 0:
                    light, j, k = True, at, at
            if not light and trig.via and (at := _via(toks, j, trig, lex)) > 0:
                light, j, k = True, at, at
            if not light and not trig.verbal and (at := _supported(toks, j, trig)) > 0:
                light, j, k = True, at, at
            if not light and trig.type == "CONSULT" and (at := _decided_in(toks, j)) > 0:
                light, j, k = True, at, at
            fronted = -1
            if not light and not trig.verbal and (not trig.symmetric or trig.mode == "meeting"):
                fronted = _fronted_light(toks, i, i + n, trig, lex)
            verb: list[str] = [t.text for t in toks[fronted:i]] if fronted >= 0 else []
            if fronted >= 0:
                light, j, k = True, fronted, len(toks)  # the verb complex stands before it
            while k < len(toks) and len(verb) < _VERB_WINDOW:
                text = toks[k].text
                if is_break(toks, k) or text in {",", "और", "तथा"}:
                    break
                verb.append(text)
                k += 1
            finite = True
            if light:
                head = toks[j].text
                after = toks[j + 1].text if j + 1 < len(toks) else ""
                # "बंद करने का फैसला किया", "रोक लगाने की (सोमवार को) घोषणा की", "पाबंदी
                # लगाने के अलावा …": an act decided, announced or listed is the agent's act
                finite = not (head.endswith("ने") and after in _NONFINITE_NEXT) or any(
                    t.text in _DECISIONS | _ANNOUNCED | {"अलावा"} for t in toks[j + 2 : j + 5]
                )
            elif not trig.verbal:
                finite = False
            out.append(Candidate(trig, i, i + n - 1, light, verb, finite, fronted >= 0))
            i += n - 1
            break
        i += 1
    return out


# Words between a fronted light verb and its noun: "ने दिये जरूरी निर्देश", "ने जारी किए नए
# दिशा निर्देश" (headlines of corpus/hindi-covid-2020, read outside the event gold).
_FRONT_REACH = 4
# Light-verb forms that are also a genitive, a conjunctive or an infinitive ("की मदद", "कर"): a
# fronted light verb parted from the ने-agent must be none of these.
_NOT_FRONTED = frozenset({"की", "के", "का", "कर", "करें", "दे", "ले", "लगा", "हो", "है"})


def _fronted_light(toks: list[Token], i: int, end: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """A headline's light verb before its noun, the noun closing the clause ("पुलिस ने की
    कार्रवाई", "रांची के डीसी ने दिये जरूरी निर्देश", "सरकार ने पान मसाले की बिक्री पर लगाई
    रोक, कहा- …"): the light verb's token index, or -1. The light verb follows the ने-agent
    right away, or stands right before the noun as an unambiguous finite form with a ने-agent
    earlier in the clause, or a meeting's हुई after its participants ("के बीच हुई बैठक"). Meetings
    are the only reciprocal nouns read so ("हर्षवर्धन के साथ केजरीवाल ने की बैठक", PK-2020-MAR-09.txt;
    round ev13). Not when the noun qualifies a later one ("ने की कार्रवाई की मांग":
    the demand is the act), nor past a break, a comma or another trigger."""
    if end < len(toks) and not (is_break(toks, end) or toks[end].text in {",", "-", ":"}):
        return -1
    for p in range(i - 1, max(0, i - 1 - _FRONT_REACH), -1):
        text = toks[p].text
        if is_break(toks, p) or text in {",", "कि"} or text in lex.index:
            return -1
        if text not in trig.light or p == 0:
            continue
        if toks[p - 1].text == "ने" or (
            p >= 2 and toks[p - 1].text in _SUPPORT and toks[p - 2].text == "ने"
        ):
            return p  # "पुलिस ने की कार्रवाई", "पुलिस ने शुरू की जांच"
        if p == i - 1 and text in {"हुई", "हुआ"} and toks[p - 1].text in {"बीच", "साथ"}:
            return p  # "पीएम मोदी और अमित शाह के बीच हुई बैठक" (a headline, AU-2020-MAY-02.txt)
        if p == i - 1 and text not in _NOT_FRONTED and not text.endswith(("ने", "ना")):
            for q in range(p - 1, -1, -1):
                if is_break(toks, q) or toks[q].text in {",", "कि"}:
                    return -1
                if toks[q].text == "ने":
                    return p
            return -1
    return -1


def _object_of_light(toks: list[Token], j: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """A measure as the को-object of its own light verb a few words on ("लॉकडाउन को 3 मई तक
    बढ़ा दिया", "धारा 144 को सख्ती से लागू किया"): the extension or enforcement is the act.
    Not "लॉकडाउन को लेकर/देखते हुए" (about, in view of), nor past another trigger or a break.
    Returns the light verb's token index, or -1."""
    if toks[j].text != "को" or j + 1 >= len(toks) or toks[j + 1].text in _KO_TOPIC:
        return -1
    for k in range(j + 1, min(j + 1 + _OBJECT_REACH, len(toks))):
        if toks[k].text in trig.light:
            return k
        if is_break(toks, k) or toks[k].text in lex.index or toks[k].text in {",", "कि"}:
            return -1
    return -1


# Words between a "via" postposition and the light verb: "के लिए जिला मुख्यालय भेज दिया", "बसों
# से उन्हें उनके जिले में भेजा" (4: PK-2020-MAY-01.txt, round ev13; was 3)
_VIA_REACH = 5


def _via(toks: list[Token], j: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """The light verb after one of the trigger's ``via`` postpositions ("होम क्वारंटाइन के लिए
    भेजा गया", "दो हफ्ते क्वारंटाइन पर भेज रहा है"): its token index, or -1. Not past a break,
    a comma, a complementiser or another trigger."""
    if j >= len(toks):
        return -1
    two = f"{toks[j].text} {toks[j + 1].text}" if j + 1 < len(toks) else ""
    if two in trig.via:
        at = j + 2
    elif toks[j].text in trig.via:
        at = j + 1
    else:
        return -1
    for k in range(at, min(at + _VIA_REACH, len(toks))):
        if toks[k].text in trig.light:
            return k
        if is_break(toks, k) or toks[k].text in lex.index or toks[k].text in {",", "कि"}:
            return -1
    return -1


# Participial adjectives that make a conjunct verb with कर/दे/हो, standing between a noun and its
# light verb ("बैठक आयोजित की", "भोजन मुहैया कराया", "मदद प्रदान की", "आभार व्यक्त किया"): the
# noun's act, whatever the noun. A closed class of Hindi grammar, not of the gold: the words found
# most often between a lexicon noun and its light verb in corpus/hindi-covid-2020 (mined as
# tools/mine_light_verbs.py does, judged by hand; the event gold was not read for them). Words that
# undo or miss the act (खत्म, समाप्त, रद्द, उल्लंघन, पालन) are kept out on purpose.
_SUPPORT = frozenset(
    {"आयोजित", "प्रदान", "मुहैया", "उपलब्ध", "व्यक्त", "प्रकट", "अदा", "सुनिश्चित", "पारित"}
    | {"मंजूर", "स्वीकृत", "वितरित", "घोषित"}
    # the act begun is the act ("जांच शुरू कर दी", "स्क्रीनिंग शुरू की": 16 of the 17 "<lexicon
    # noun> शुरू <light verb>" of corpus/hindi-covid-2020, read outside the event gold)
    | {"शुरू"}
)


# A decision's light verbs ("फैसला लिया गया", "निर्णय किया", "फैसला हो सकता है")
_DECISION_LIGHT = frozenset(
    {"लिया", "लिए", "लिये", "ली", "किया", "किए", "किये", "हुआ", "हुई", "हुए", "हो", "होगा"}
)


def _decided_in(toks: list[Token], j: int) -> int:
    """The light verb of a decision taken in the meeting just named ("मंत्री समूह की बैठक में ये
    फैसले लिए गए", "अधिकारियों के साथ बैठक में यह निर्णय लिया": 9 in corpus/hindi-covid-2020
    outside the event gold, round ev13): the meeting took place. Its token index, or -1."""
    if j >= len(toks) or toks[j].text != "में":
        return -1
    for p in range(j + 1, min(j + 7, len(toks) - 1)):
        if is_break(toks, p):
            return -1
        if toks[p].text in _DECIDED and toks[p + 1].text in _DECISION_LIGHT:
            return p + 1
    return -1


def _supported(toks: list[Token], j: int, trig: Trigger) -> int:
    """The light verb after a support word ("बैठक आयोजित की गई"): its token index, or -1."""
    if j + 1 >= len(toks) or toks[j].text not in _SUPPORT or toks[j + 1].text not in trig.light:
        return -1
    if toks[j + 1].text.endswith(("ना", "नी", "ने")):
        return -1  # "आभार व्यक्त करना न भूलें", "सहायता प्रदान करने के लिए कहा": asked, not done
    if toks[j + 1].text in {"की", "के", "का"} and j + 2 < len(toks):
        # "सुनिश्चित की जाएगी" is a verb; "उपलब्ध की सूची" a genitive before a noun
        nxt = toks[j + 2].text
        verbal = nxt in PASSIVE | _HABITUAL_AUX | {"जा", "थी", "थे"} | {",", "और", "तथा", "कि"}
        if not verbal and not is_break(toks, j + 2):
            return -1
    return j + 1


def modality_of(cand: Candidate, sv: SentenceView) -> tuple[str, bool]:
    """(modality, negated) from the verb complex after the trigger and the words before it."""
    before = {t.text for t in sv.tokens[max(0, cand.first - 2) : cand.first]}
    verb = cand.verb
    inside = {t.text for t in sv.tokens[cand.first + 1 : cand.last + 1]}  # "जोन नहीं बनाया"
    if any(t in _NEGATION for t in verb) or inside & _NEGATION:
        return "denied", True
    if before & _PROPOSED_BEFORE or _ought(verb):
        return "proposed", False
    if _prepared(verb):
        return "planned", False
    if any(t in _EXPECTED for t in verb):
        return "expected", False
    if any(t in _POSSIBLE or t in _CAN for t in verb):
        return "possible", False
    forms = [t.text for t in sv.tokens[cand.first : cand.last + 1]]
    if any(_FUTURE.search(t) for t in verb + forms) or any(t in _PLANNED for t in verb):
        return "planned", False
    if cand.trig.modality:
        return cand.trig.modality, False
    for a, b in zip(verb, verb[1:], strict=False):
        if b in _HABITUAL_AUX and (a in _PROGRESSIVE or a.endswith(("ते", "ती", "ता"))):
            return "ongoing", False
    return "happened", False


# "किया जाना चाहिए", "हटा दी जाएं", "बंद किए जाएंगे नहीं" aside: the passive subjunctive and
# "चाहिए" after the light verb say what should be done, a proposal, not an act reported (corpus
# sentences of "<lexicon noun> किया जाना चाहिए" and "… दी जाएं" read outside the event gold, ev16)
_OUGHT = frozenset({"चाहिए", "चाहिये", "चाहिएं"})
_SUBJUNCTIVE_PASSIVE = frozenset({"जाए", "जाएं", "जाएँ", "जाये", "जायें"})
# "लॉकडाउन बढ़ाने की तैयारी": an act being prepared is planned
_PREPARING = frozenset({"तैयारी", "तैयारियां", "तैयारियों"})


def _ought(verb: list[str]) -> bool:
    """The verb complex is "should be done" (चाहिए) or a passive subjunctive (किया जाए)."""
    return any(t in _OUGHT or t in _SUBJUNCTIVE_PASSIVE for t in verb[:4])


def _prepared(verb: list[str]) -> bool:
    """An infinitive light verb whose act is being prepared ("बढ़ाने की तैयारी")."""
    return len(verb) >= 3 and verb[0].endswith("ने") and verb[1] in {"की", "के"} and (
        verb[2] in _PREPARING
    )


_DEMANDS = frozenset({"मांग", "माँग", "अपील", "आग्रह", "अनुरोध", "गुहार"})


def _demanded(cand: Candidate) -> bool:
    """The act is what someone asks for ("X को रद्द करने की अपील", "लॉकडाउन हटाने की मांग"):
    its infinitive light verb is the object of a demand, which is the event (the demand noun is
    a trigger of its own); the measure asked for was not taken."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    return (
        cand.light
        and not cand.fronted
        and len(verb) >= 3
        and verb[0].endswith("ने")
        and verb[1] in {"की", "के"}
        and verb[2] in _DEMANDS
    )


def _since_duration(sv: SentenceView, cand: Candidate) -> bool:
    """A duration ending in से ("for years") in the trigger's clause, before it."""
    start = sv.tokens[_clause_start(sv, cand.first)].start
    return any(
        t.type == "DURATION"
        and t.text.endswith("से")
        and start <= t.start < sv.tokens[cand.first].start
        for t in sv.timexes
    )


def _clause_start(sv: SentenceView, index: int) -> int:
    for i in range(index - 1, -1, -1):
        if is_break(sv.tokens, i):
            return i + 1
    return 0


def _timex_owner(sv: SentenceView, cands: list[Candidate]) -> dict[int, tuple[str, str, int]]:
    """Candidate index -> (date, timex text, timex start): each date timex goes to the first
    trigger after it in its clause (Hindi adverbials precede what they modify)."""
    owners: dict[int, tuple[str, str, int]] = {}
    dated = [tx for tx in sv.timexes if _act_date(tx) and not _year_of_a_name(sv, tx)]
    for tx in dated:
        ti = sv.token_at(tx.end - 1)
        for ci, c in enumerate(cands):
            if c.first <= ti or not (c.light or c.trig.verbal or c.trig.nominal):
                continue  # a bare noun without its light verb makes no event: not its date
            if any(is_break(sv.tokens, k) for k in range(ti + 1, c.first)):
                break
            held = owners.get(ci)
            if held is None or (_explicit(tx.text) and not _explicit(held[1])):
                # "गुरुवार (7 मई) को": the stated calendar date beats a resolved weekday
                owners[ci] = (date_part(tx.value), tx.text, tx.start)
            break
    owned = {start for _, _, start in owners.values()}
    free = [tx for tx in dated if tx.start not in owned]
    for ci, c in enumerate(cands):  # else the sentence's date no trigger owns, before the trigger
        before = [tx for tx in free if tx.end <= sv.tokens[c.first].start]
        # or the first date after it when no other trigger comes between ("… निलंबित करने की
        # गुरुवार को घोषणा की": the date of the announcing verb the act depends on)
        nxt = cands[ci + 1].first if ci + 1 < len(cands) else len(sv.tokens)
        after = [
            tx
            for tx in free
            if sv.tokens[c.last].end <= tx.start
            and (nxt >= len(sv.tokens) or tx.end <= sv.tokens[nxt].start)
        ]
        if ci not in owners and (before or after):
            tx = before[-1] if before else after[0]
            owners[ci] = (date_part(tx.value), tx.text, -1 - tx.start)
    return owners


def _explicit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _year_of_a_name(sv: SentenceView, tx: Timex) -> bool:
    """A bare year qualifying a noun ("सिविल सर्विसेज एग्जामिनेशन, 2019 के इंटरव्यू", "2020 की
    योजना"): part of a name or a description, not when the act happened."""
    if not re.fullmatch(r"\d{4}", tx.value or ""):
        return False
    if tx.text.split()[-1] in {"के", "की", "का"}:
        return True
    k = sv.token_at(tx.end - 1) + 1
    return k < len(sv.tokens) and sv.tokens[k].text in {"के", "की", "का"}


def _act_date(tx: Timex) -> bool:
    """A timex that can date an act: a calendar date, not a bound ("31 मार्च तक", "25 मार्च
    से": when a measure ends or starts, the gold's about_time) nor a duration."""
    if tx.type not in {"DATE", "TIME"} or not is_date_value(tx.value):
        return False
    return tx.mod not in {"START", "END"} and not tx.text.endswith(("तक", "से", "बाद", "पहले"))


def _participle(cand: Candidate) -> bool:
    """A light verb in -ने + वाला/वाली/वाले before a noun, not before an auxiliary (होने वाली है
    is a plan; करने वाली याचिका a petition)."""
    verb = cand.verb
    for i in range(len(verb) - 1):
        if verb[i].endswith("ने") and verb[i + 1] in {"वाला", "वाली", "वाले"}:
            nxt = verb[i + 2] if i + 2 < len(verb) else ""
            return nxt not in {"है", "हैं", "था", "थी", "थे", "हो"}
    return False


# One's own office closed, oneself quarantined ("खुद को होम क्वारंटाइन कर लिया", "सेल्फ
# क्वारंटाइन"): no coercion of anyone.
_REFLEXIVE = frozenset({"अपना", "अपनी", "अपने", "खुद", "ख़ुद", "स्वयं", "सेल्फ"})
# "खुद को 14 दिनों के लिए आइसोलेशन में रखा", "खुद ही 14 दिन तक आइसोलेशन में रखने को कहा"
# (PK-2020-MAR-18.txt, NT-2020-MAR-11.txt, round ev13): oneself as the object anywhere in the clause
_SELF = frozenset({"खुद", "ख़ुद", "स्वयं"})


def _self_object(sv: SentenceView, start: int, end: int) -> bool:
    """Oneself is the object of the clause's act: खुद/स्वयं followed by को or ही before it."""
    toks = sv.tokens
    return any(
        toks[k].text in _SELF and toks[k + 1].text in {"को", "ही"} for k in range(start, end - 1)
    )

# ने and the pronouns that fuse with it ("हमने गांव को सील कर दिया है" names its agent).
# Sectors of an official who issues orders (an officer of the administration or the police).
_AUTHORITY_SECTORS = frozenset({"GOV", "COP"})
_AGENT_MARKED = frozenset({"ने", "उन्होंने", "उन्होने", "उसने", "हमने", "मैंने", "इन्होंने", "आपने"})
_FROM_IT = frozenset({"इससे", "इनसे", "उससे", "उनसे"})


def extract_sentence(
    article: Article, sv: SentenceView, ctx: DocContext, lex: TriggerLexicon | None = None
) -> list[Event]:
    """Events of one sentence; ``ctx`` carries the agents of earlier sentences for anaphors."""
    lex = lex or hindi_triggers()
    for u in sv.units:
        if u.anaphor:
            u.actors = ctx.resolve(u, sv.tokens)
    cands = find_candidates(sv, lex)
    dates = _timex_owner(sv, cands)
    events: list[Event] = []
    prev_end = 0
    prev_sources: list[str] = []
    prev_first = -1
    made: list[tuple[Event, int]] = []  # each event with its candidate index
    for ci, cand in enumerate(cands):
        trig = cand.trig
        modality, negated = modality_of(cand, sv)
        if modality == "happened" and _since_duration(sv, cand):
            modality = "ongoing"  # "सालों से दबाव डाला है": perfect + "for years" = still going on
        if trig.requires_modality and modality not in trig.requires_modality:
            note(article, sv, cand, "modality required")
            continue
        if trig.subjunctive and not _asks_to(sv, cand) and _imperative_clause(sv, cand) < 0:
            note(article, sv, cand, "not a request clause")
            continue
        if trig.after_infinitive and not (
            cand.first > 0 and sv.tokens[cand.first - 1].text.endswith("ने")
        ):
            note(article, sv, cand, "no infinitive before")
            continue
        start = max(_clause_start(sv, cand.first), prev_end)
        roles = assign_roles(sv, cand, start)
        first_tok = sv.tokens[cand.first]
        ok = (
            cand.light
            or trig.verbal
            or (trig.nominal and (roles.possessor or bool(trig.requires_modality)))
        )
        after = sv.tokens[cand.last + 1].text if cand.last + 1 < len(sv.tokens) else ""
        if not ok and trig.symmetric and after == "में" and roles.source:
            ok = _meeting_agent(sv, cand, roles)  # "X के साथ बैठक में Y ने कहा"
        if not ok:
            note(article, sv, cand, f"noun without light verb, then {_next_kind(sv, cand)}")
            continue
        if not cand.light and not trig.verbal and after == "से":
            note(article, sv, cand, "noun before से")
            continue  # "चीन की यात्रा से लौटे": a trip named as where one came from, not an event
        if trig.verbal and after in _PLANNED - {"तय", "निर्धारित"}:
            note(article, sv, cand, "participle")
            continue  # "कोच्चि आने वाली उड़ान": a participle describing a noun, not an event
        if _demanded(cand):
            note(article, sv, cand, "demanded")
            continue  # "अधिसूचना को रद्द करने की अपील की गई": the appeal is the act, not the quashing
        if _participle(cand):
            note(article, sv, cand, "participle")
            continue  # "आरोप लगाने वाले वैज्ञानिक", "मांग करने वाली याचिका"
        if trig.type == "CONCEDE" and cand.first > 0 and sv.tokens[cand.first - 1].text in _FROM_IT:
            note(article, sv, cand, "exempt from it")
            continue  # "दुकानों को इससे छूट दी जाएगी": exempt from the measure just named, no easing
        k = cand.last + len(cand.verb) + 1
        if trig.mode == "accept" and k < len(sv.tokens) and sv.tokens[k].text == "कि":
            note(article, sv, cand, "admits a fact")
            continue  # "स्वीकार किया कि …" admits a fact; it accepts no offer
        if (
            trig.requires_target
            and not roles.target
            and not roles.pronoun_target
            and not _urges(sv, cand, roles)
        ):
            note(article, sv, cand, "no target")
            continue
        if trig.type == "COERCE" and (
            _REFLEXIVE & {t.text for t in sv.tokens[max(start, cand.first - 3) : cand.first]}
            or any(a.role == "target" and _REFLEXIVE & set(a.text.split()[:2]) for a in roles.args)
            or _self_object(sv, _clause_start(sv, cand.first), cand.first)
        ):
            note(article, sv, cand, "reflexive")
            continue  # "पार्टी ने अपना दफ्तर बंद कर दिया", "ने अपने सभी सार्वजनिक कार्यक्रमों
            # को रद्द कर दिया" (AU-2020-MAR-10.txt:40): calling off one's own is no coercion; an
            # adverb may stand first ("ऐहतियातन खुद को … आइसोलेशन में रखा", PK-2020-MAR-18.txt)
        source = list(dict.fromkeys(roles.source))
        inherited = False
        same_clause = _clause_start(sv, cand.first) <= prev_first
        own_agent = any(t.text == "ने" for t in sv.tokens[max(prev_first, 0) : cand.first])
        # a conjoined perfect transitive act shares the first one's agent even with its own
        # target ("गांव को सील कर दिया और आवाजाही पर रोक लगा दी"): its subject is the ने-agent
        shared = not roles.target or _transitive_perfect(cand)
        if not source and shared and prev_sources and same_clause and not own_agent:
            source, inherited = list(prev_sources), True
        target = [t for t in dict.fromkeys(roles.target) if t not in source]
        convened = trig.symmetric and _convened(roles)
        if convened:
            target = list(dict.fromkeys(convened))
            source = [s for s in source if s not in target]
        elif trig.symmetric:
            source, target = list(dict.fromkeys(source + target)), []
            head = None if source else _meeting_head(sv, cand, start)
            if head is not None:
                add_role(roles, "source", head, sv, unit_actors(head))  # "X की अध्यक्षता में"
                source = list(dict.fromkeys(roles.source))
            held = head is not None or _held(sv, cand, roles)
            if len(source) < 2 and not _body_met(sv, cand, source) and not held:
                note(article, sv, cand, "symmetric, one party")
                continue
        codes: dict[str, str] = {}
        if not source and not trig.symmetric:
            source = _speaker(sv, cand)  # "X ने कहा कि … बंद रहेंगे": X's act, as reported
        if not source and not trig.symmetric and (orderer := _on_orders_of(sv, cand)):
            add_role(roles, "source", orderer, sv, unit_actors(orderer))  # said in words
            source = list(dict.fromkeys(roles.source))
            roles.explicit_source = True
        # a passive order gets its issuer inferred, unless its target too is only a pronoun
        # ("उनके खिलाफ केस दर्ज किया गया": nobody named on either side, nothing to show), or
        # an order says nobody it binds ("जांच के आदेश दे दिए गए हैं": the guessed issuer
        # would be all the event says, and it joined unrelated disaster stories)
        if not source and not trig.symmetric and _office_holder_dropped(cand, sv, ctx):
            source, inherited = list(ctx.last_agents), True
        scheduled = _stays(cand) and ci in dates and dates[ci][2] >= 0
        if (
            not source
            and trig.agentless
            and (_agentless(cand, sv) or scheduled)
            and not roles.pronoun_target
            and (roles.target or trig.mode != "order")
        ):
            # a national matter is the country's whoever reports it; else a measure announced
            # while a speaker's report goes on is the speaker's; else the place's authority
            national = national_matter(
                article.text[first_tok.start : sv.tokens[cand.last].end], roles
            )
            told = modality in PROMISED or official_speaking(ctx, day_of(article.dct))
            speech = told and goes_on(ctx.actors.speaker_at, sv, ctx, article.text)
            here = None if national else sentence_issuer(
                sv, ctx, (cand.first, cand.last), target, article.text, day_of(article.dct)
            )
            if here is not None:  # an authority acting in another clause of the sentence
                source, found, said = here
                inherited = True
                codes.update(found)
                roles.args.extend(said)
            elif not national and (speech or authority_goes_on(sv, ctx, article.text)):
                source, inherited = list(ctx.last_agents), True
                at, end = ctx.actors.agent_span  # the evidence: where the agent was named
                roles.args.extend(
                    Argument("source_inferred", article.text[at:end], at, end, ident)
                    for ident in source
                )
            else:
                ident, code, name = authority(
                    sv, ctx, trig.mode in LOCAL_MODES, trig.mode in POLICE_MODES, national,
                    article.text,
                )
                source, codes[ident] = [ident], code
                roles.args.append(
                    Argument("source_inferred", name, first_tok.start, first_tok.start, ident)
                )
        if (
            not source
            and (trig.mode == "appeal" or (trig.mode == "tell_to" and _officials_told(sv, cand, roles)))
            and _passive(cand)
            and roles.target
            and not any(t.startswith("actor:public") for t in roles.target)
        ):
            # "बुजुर्गों को घरों में ही रहने की अपील की गई है" (NT-2020-MAR-06.txt:34), "राज्यों
            # को सलाह दी गई थी कि" (AU-2020-MAR-31.txt:52): a passive appeal to a named group is
            # the authority's. Not one to the public at large ("लोगों से अपील की गई"): its guessed
            # issuer and "the public" would be all it says, and such events joined unrelated
            # stories (the disaster stories gate)
            ident, code, name = authority(sv, ctx, False, text=article.text)
            source, codes[ident] = [ident], code
            roles.args.append(
                Argument("source_inferred", name, first_tok.start, first_tok.start, ident)
            )
        if not source and not trig.symmetric and _dropped_subject(cand, sv, ctx):
            source, inherited = list(ctx.last_agents), True
        if not source and trig.type == "REQUEST" and _present_request(cand):
            source, inherited = _current_speaker(sv, ctx), True
        if not source and not trig.symmetric and (agent := _glossed_agent(sv, cand, start)):
            source = [agent.entity_id or ""]
            roles.args.append(agent)
            roles.explicit_source = True
        if not source and (agent := _by_glossed(sv, cand, start)):
            source = [agent.entity_id or ""]  # "कई देशों द्वारा … अनुरोध किया गया"
            roles.args.append(agent)
            roles.explicit_source = True
            target = [t for t in target if t not in source]
        if not source and not trig.symmetric and (agent := _obliged_agent(sv, cand, start)):
            source = [agent.entity_id or ""]  # "पुलिस को लाठियां चलानी पड़ी": the police had to
            roles.args.append(agent)
            roles.explicit_source = True
            target = [t for t in target if t not in source]
        if not source and not trig.symmetric and (subject := _nominative_agent(sv, cand, start)):
            add_role(roles, "source", subject, sv, unit_actors(subject))  # "मजदूर … मांग करने लगे"
            source = list(dict.fromkeys(roles.source))
            target = [t for t in target if t not in source]
        if not source and not trig.symmetric and (decider := _decider(sv, cand)) is not None:
            add_role(roles, "source", decider, sv, unit_actors(decider))
            source = list(dict.fromkeys(roles.source))
        if not target and trig.mode == "reciprocate" and events:
            target = _reciprocated(sv, cand, events, source, roles)
        if not source and not trig.symmetric:
            note(article, sv, cand, "passive, no agent" if _passive(cand) else "no agent")
            continue
        type_, mode = trig.type, trig.mode
        if _stays(cand):  # "मॉल बंद रहेंगे": a closure in force; said by someone, their order
            modality = "happened" if roles.explicit_source or _speaker(sv, cand) else "ongoing"
            # "रविवार को दिल्ली मेट्रो बंद रहेगी": a closure set for a day in its own clause is
            # a measure taken for that day (its issuer inferred), not a list of what stays shut
            modality = "planned" if scheduled and codes else modality
        if type_ == "SANCTION" and not any(t.startswith("kb:country/") for t in target):
            type_, mode = "COERCE", "ban"  # a ban on gatherings or traffic, not on a state
        for tok in sv.tokens[_clause_start(sv, cand.first) : cand.last + 1]:
            if tok.text in trig.mode_cues:
                mode = trig.mode_cues[tok.text]
                break
        if type_ == "CONSULT" and modality in {"planned", "expected", "proposed", "possible"}:
            type_ = "AGREE"  # PLOVER: future meetings, visits and summits are coded AGREE
        first, last = sv.tokens[cand.first], sv.tokens[cand.last]
        date, basis = None, None
        if ci in dates:
            date, text, at = dates[ci]
            basis = f"clause: {text}" if at >= 0 else f"sentence: {text}"
        confidence = 0.5 + (0.2 if roles.explicit_source or roles.possessor else 0.0)
        confidence += 0.1 if (cand.light or trig.verbal) else 0.0
        confidence += 0.1 if (target or trig.symmetric) else 0.0
        confidence -= 0.15 if (roles.anaphoric or inherited) else 0.0
        events.append(
            Event(
                type=type_,
                mode=mode,
                trigger=article.text[first.start : last.end],
                trigger_start=first.start,
                trigger_end=last.end,
                evidence_start=sv.start,
                evidence_end=sv.end,
                source=source,
                target=target,
                date=date,
                date_basis=basis,
                location=list(dict.fromkeys(roles.location)),
                modality=modality,
                negated=negated,
                arguments=roles.args + _time_args(dates.get(ci)),
                sentence=sv.index,
                confidence=round(min(confidence, 0.95), 2),
                id=event_id(article.id, first.start),
                codes=codes,
            )
        )
        made.append((events[-1], ci))
        note(article, sv, cand, "kept", type_)
        if cand.finite:
            # a fronted verb complex lies before the trigger: the next clause starts right after
            # it ("हेमंत सोरेन ने की उच्चस्तरीय बैठक, रांची के डीसी ने दिये … निर्देश")
            prev_end = cand.last + 1 + (0 if cand.fronted else len(cand.verb))
            prev_sources, prev_first = source, cand.first
    events.extend(_accepted_visits(article, sv, cands, made, dates))
    for u in sv.units:  # the agents this sentence names, for the next sentence's anaphors
        if u.marker == "ने" and not u.anaphor:
            ctx.note(unit_actors(u))
            ctx.agents_sentence = sv.index
    _note_speaker(sv, ctx)
    for ev in events:
        if len(ev.source) >= 2:
            ctx.last_pair = list(ev.source)
    return events


_SPEECH = frozenset({"कहा", "बताया", "कहना", "स्पष्ट", "साफ", "ट्वीट", "घोषणा", "जानकारी"})


def _convened(roles: Roles) -> list[str]:
    """The partners of a meeting one agent held with groups or offices ("गहलोत ने अधिकारियों
    के साथ बैठक की", "मंत्री ने सांसदों से बात की"): the agent convened them, a directed act
    (source = the agent, target = those met), as analysts code a chief minister's review
    meeting, also with an official named among them ("कृषि मंत्री ने उपायुक्त नैंसी सहाय और
    पुलिस अधीक्षक से बात की"); peers talking ("पुतिन ने शी से बात की") stay reciprocal."""
    agents = {a.entity_id for a in roles.args if a.role == "source" and a.entity_id}
    partners = [a.entity_id for a in roles.args if a.role == "partner" and a.entity_id]
    if len(agents) != 1 or not partners or agents & set(partners):
        return []
    return partners if any(p.startswith("actor:") for p in partners) else []


# Bodies whose meeting is among their members ("मंत्री समूह की बैठक", "राज्य कार्यकारी समिति की
# बैठक", "कैबिनेट की बैठक"): one party, and still a consultation (round ev13)
_BODIES = frozenset(
    {"समूह", "समिति", "मंत्रिमंडल", "कैबिनेट", "परिषद", "टास्क", "आयोग", "बोर्ड", "जीओएम", "GoM"}
)


def _body_met(sv: SentenceView, cand: Candidate, source: list[str]) -> bool:
    """A meeting of a body, one party named ("पंजाब सरकार द्वारा गठित … मंत्री समूह की बैठक"):
    a body word in the possessor right before "की बैठक"."""
    if cand.trig.mode != "meeting" or len(source) != 1 or cand.first < 2:
        return False
    if sv.tokens[cand.first - 1].text != "की":
        return False
    return any(t.text in _BODIES for t in sv.tokens[max(cand.first - 6, 0) : cand.first - 1])


# The active light verbs of holding a meeting ("बैठक की", "बैठक करेंगे", "बैठक कर रहे हैं",
# "बैठक आयोजित की"), not its passive or हुई, which say it took place but not who held it
_HOLD = frozenset({"की", "किया", "कीं", "करेंगे", "करेगा", "करेगी", "करेंगी", "कर", "करते", "करती"})
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
    return nxt in _CLAUSE_END | _CHAIR | {"और", "तथा", "व"} or verb[0] != "की"


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


def _speaker(sv: SentenceView, cand: Candidate) -> list[str]:
    """The agent of a speech verb whose कि-clause holds the trigger ("ठाकरे ने कहा कि … बंद
    रहेंगे"): reported speech is coded by what the speaker does."""
    toks = sv.tokens
    ki = [k for k in range(cand.first) if toks[k].text == "कि"]
    if not ki:
        return []
    k = ki[-1]  # the clause holding the trigger must be the speech verb's own complement
    speech = [j for j in range(max(k - 3, 0), k) if toks[j].text in _SPEECH]
    if not speech:
        return []
    agents = [u for u in sv.units if u.marker == "ने" and u.marker_end <= speech[-1]]
    return unit_actors(agents[-1]) if agents else []


# ... and the passive subjunctive of an official direction ("कहा कि … सख्ती से पालन कराया जाए"):
# 19 "कहा कि … जाए ।" in corpus/hindi-covid-2020, read outside the event gold
_SUBJUNCTIVE = re.compile(r"(ें|एं|एँ|िए|िये|ियें|ाएँ|चाहिए|चाहिये|^जाए|^जाये)$")
_AUX_AFTER = frozenset({"है", "हैं", "था", "थे", "थी", "भी"})


def _asks_to(sv: SentenceView, cand: Candidate) -> bool:
    """Speech whose कि-clause ends in the subjunctive, a polite imperative or "चाहिए"
    ("राज्यों से कहा कि वे राहत शिविर बनाएं", "कहा कि लोगों को घरों में रहना चाहिए"): the
    speaker asks or urges, not only says."""
    toks = sv.tokens
    k = cand.last + 1
    while k < len(toks) and toks[k].text in _AUX_AFTER:
        k += 1
    if k >= len(toks) or toks[k].text != "कि":
        return False
    words = [t.text for t in toks[k + 1 :] if t.text not in {"।", "॥", ".", "|", "?", "!", '"'}]
    if words and words[-1] in {"जाए", "जाये"} and _NOT_OWN_CLAUSE & set(words):
        return False  # "कहा कि … निर्णय किया गया है कि इसे जारी रखा जाए": another कि's verb
    return bool(words) and bool(_SUBJUNCTIVE.search(words[-1]))


# The polite imperative ("पालन करें", "घर से ना निकलें", "सुनिश्चित कराएं"): no "चाहिए" (an
# opinion as often as advice) and no -िए/-िये (also the perfect: "प्राप्त किये").
_POLITE = re.compile(r"(ें|एं|एँ|^जाए|^जाये)$")
# A कि-clause holding one of these is not the speech verb's own command: a purpose ("ताकि … सतर्क
# रहें"), or a second कि under another predicate ("यह असंभव है कि … हो जाएं").
_NOT_OWN_CLAUSE = frozenset({"ताकि", "जिससे", "कि", "जिसमें", "जिसके"})
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”"})
_STOPS = frozenset({"।", "॥", ".", "|", "?", "!"})
_SUBJECT_REACH = 4  # tokens: "पत्रकारों को भी", "सभी जिलाधिकारी"
_CONDITIONAL = frozenset({"अगर", "यदि", "जब", "जहां", "जहाँ", "अब"})


def _imperative_clause(sv: SentenceView, cand: Candidate) -> int:
    """The token before a polite imperative the speech verb introduces, by कि or as a direct
    quote ("कहा कि … अपनाएं", "कहा, 'सभी … पालन करें'"), or -1."""
    toks = sv.tokens
    k = cand.last + 1
    while k < len(toks) and toks[k].text in _AUX_AFTER:
        k += 1
    if k >= len(toks) or toks[k].text not in {"कि", ",", ":"}:
        return -1
    while k + 1 < len(toks) and toks[k + 1].text in _QUOTES:
        k += 1  # direct speech: "उन्होंने कहा, 'सभी … पालन करें'"
    clause = [t.text for t in toks[k + 1 :] if t.text not in _QUOTES | _STOPS]
    if not clause or _NOT_OWN_CLAUSE & set(clause) or not _POLITE.search(clause[-1]):
        return -1
    return k


def _urges(sv: SentenceView, cand: Candidate, roles: Roles) -> bool:
    """Speech with no addressee whose कि-clause or direct quote is a polite imperative ("लव
    अग्रवाल ने कहा कि पत्रकारों को भी … सुरक्षा के उपाय अपनाएं", "उन्होंने कहा, सभी … का पालन
    करें"): the speaker urges, which is a request; whom it urges is the clause's subject, when it
    leads the clause marked by को or unmarked before the verb (added to ``roles`` as the target)."""
    toks = sv.tokens
    k = _imperative_clause(sv, cand)
    if k < 0:
        return False
    head = next((u for u in sv.units if u.first == k + 1), None)
    if head is not None and head.marker in {None, "को"} and unit_actors(head):
        add_role(roles, "target", head, sv, unit_actors(head))
        return True
    if toks[k + 1].text in _CONDITIONAL:
        return True  # "कहा कि अगर किसी चीज को लेकर संदेह हो तो …": a condition leads, no subject
    for j in range(k + 1, min(k + 1 + _SUBJECT_REACH, len(toks))):
        if toks[j].text == "को" and j > k + 1:
            if j + 1 < len(toks) and toks[j + 1].text in _KO_TOPIC:
                break  # "… को लेकर": about, not whom
            text = sv.text_of(k + 1, j - 1)
            ident = f"text:{text}"
            roles.args.append(Argument("target", text, toks[k + 1].start, toks[j - 1].end, ident))
            roles.target.append(ident)
            break
        if toks[j].text in MARKERS_1 | _AGENT_MARKED or is_break(toks, j):
            break  # "…, उन्होंने कोरोना वायरस को": an agent of its own, not whom it urges
    return True


_STAY = frozenset({"रहेंगे", "रहेगी", "रहेगा", "रहेंगी"})


def _stays(cand: Candidate) -> bool:
    """The light verb is "रहेंगे" (will stay closed): an announced state, not a future act."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    return cand.light and bool(verb) and verb[0] in _STAY


# The perfect of the causative light verbs ("भरोसा दिलाया", "मुहैया कराया"): transitive too
_CAUSATIVE_PERFECT = frozenset({"दिलाया", "दिलाई", "दिलाए", "कराया", "कराई", "कराए", "करवाया"})


def _transitive_perfect(cand: Candidate) -> bool:
    """The light verb is an active perfect (की, किया, लगा दी, दिलाया …): its subject takes ने."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    perfect = _PERFECT | _CAUSATIVE_PERFECT | {"की", "कीं"}
    return cand.light and bool(perfect & set(verb[:2])) and not PASSIVE & set(verb[:4])


_CLAUSE_END = frozenset({"है", "हैं", "था", "थी", "थे", "।", ".", "|", "॥", "कि", ","})


def _ends_finite(cand: Candidate) -> bool:
    """The light verb is the sentence's own finite perfect ("अपील की ।", "सील किया है"), not a
    genitive ("यात्रा की हिस्ट्री"), an infinitive or a passive ("किये जाने के डर से")."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    if not verb or verb[0] not in _PERFECT | {"की", "कीं"}:
        return False
    return len(verb) == 1 or verb[1] in _CLAUSE_END


def _office_holder_dropped(cand: Candidate, sv: SentenceView, ctx: DocContext) -> bool:
    """A dropped subject whose antecedent is an office holder named with a title ("डीसी मुकेश
    कुमार आहूजा ने तुरंत संज्ञान लिया है । … को कंटेनमेंट जोन घोषित किया है"): the order is
    that official's, not the guessed authority of the place (checked before the agentless rule,
    which would otherwise answer for an active perfect with no ने)."""
    officials = {
        m.entity_id for w, m in ctx.actors.holders.items() if w.sector in _AUTHORITY_SECTORS
    }
    if not ctx.last_agents or not officials.issuperset(ctx.last_agents):
        return False
    # any passive ("घोषित किए जा चुके हैं", "बंद कर दिया जाए") names no agent: left to the rules
    # of the agentless order
    passive = _passive(cand) or any(t.startswith("जा") for t in cand.verb[:4])
    return not passive and _dropped_subject(cand, sv, ctx)


def _dropped_subject(cand: Candidate, sv: SentenceView, ctx: DocContext) -> bool:
    """A perfect transitive act with no agent anywhere before it, right after a sentence that
    named one ("मुख्यमंत्री ने … बैठक की । साथ ही लोगों से अपील की कि …"): Hindi drops the
    subject it just named, so the act is that agent's (anaphoric, like उन्होंने). A passive
    ("अपील की गई") names no agent and is left to the agentless rule."""
    if not ctx.last_agents or not _transitive_perfect(cand):
        return False
    # the sentence right before, or the one before that when the sentence ends in a plain finite
    # act ("… ने बैठक की । इसमें 20 मामले मिले । साथ ही अपील की"): a count or a quote between
    # does not change who is acting, and Hindi reports drop the subject across it
    if not 0 < sv.index - ctx.agents_sentence <= (2 if _ends_finite(cand) else 1):
        return False
    before = sv.tokens[: cand.first]
    return not any(t.text in _AGENT_MARKED or t.text in {"द्वारा", "कि"} for t in before)


def _glossed_agent(sv: SentenceView, cand: Candidate, start: int) -> Argument | None:
    """A ने-agent that names no entity but a group the glossary knows ("कई राज्यों ने इस ढील को
    मानने से मना कर दिया", "ग्रामीणों ने … पथराव किया"): its source argument (a ``text:`` id,
    the phrase before ने as evidence), or None. Only for an active verb (a passive's ने is not
    its agent) and the last ने of the trigger's clause, when no named agent stands there; not
    for an act nested in another ("लॉकडाउन बढ़ाने की मांग की": the demand is theirs, not the
    lockdown), an adverbial participle ("आदेश को चुनौती देते हुए"), nor a trip: a glossed
    group's travel ("मरीज ने वुहान की यात्रा की थी") is a case history, not a visit (all three
    seen in a spot check of corpus/hindi-covid-2020 outside the event gold, round ev10)."""
    toks = sv.tokens
    if _passive(cand) or not cand.finite or cand.trig.type == "CONSULT":
        return None
    if PARTICIPLE_ENDS & set(cand.verb[:3]):
        return None
    ne = [k for k in range(start, cand.first) if toks[k].text == "ने"]
    if not ne or ne[-1] == start:
        return None
    k = ne[-1]
    if any(u.marker == "ने" and u.last < k < u.marker_end and unit_actors(u) for u in sv.units):
        return None  # a named agent the roles did not take (another clause's): not guessed again
    first = glossed_span(sv, start, k - 1, sv.units, frozenset())
    if first is None or not names_actor(sv.text_of(first, k - 1)):
        return None
    text = sv.text_of(first, k - 1)
    return Argument("source", text, toks[first].start, toks[k - 1].end, f"text:{text}")


def _by_glossed(sv: SentenceView, cand: Candidate, start: int) -> Argument | None:
    """A group the glossary knows as the द्वारा-agent of a passive ("कई देशों द्वारा
    हाइड्रॉक्सीक्लोरोक्वीन के लिए अनुरोध किया गया है", AU-2020-ARP-10.txt, round ev16): the passive names its
    doer in so many words. The last द्वारा of the clause before the trigger; not for a participle
    before a noun ("X द्वारा किए गए प्रयासों": described, not reported)."""
    toks = sv.tokens
    if not _passive(cand) or _attributive(cand) or cand.trig.symmetric:
        return None
    by = [k for k in range(start + 1, cand.first) if toks[k].text == "द्वारा"]
    if not by:
        return None
    k = by[-1]
    if k + 1 < cand.first and toks[k + 1].text in PASSIVE | _PERFECT_PASSIVE | _PERFECT:
        return None
    first = glossed_span(sv, start, k - 1, sv.units, frozenset())
    if first is None or not names_actor(sv.text_of(first, k - 1)):
        return None
    text = sv.text_of(first, k - 1)
    return Argument("source", text, toks[first].start, toks[k - 1].end, f"text:{text}")


def _animate_unit(unit: Unit) -> bool:
    return any(m.type in {"PERSON", "GROUP", "ORGANIZATION"} for m in unit.mentions)


# Intransitive light verbs ("बंद रहेंगे", "बैठक होगी", "बंद हो रहे हैं"): their subject is what
# undergoes or hosts the act, not who does it
_UNDERGONE = frozenset({"हुई", "हुआ", "हुए", "हो", "होगी", "होगा", "होंगे", "होने", "होती", "होता"})
_UNDERGONE |= frozenset({"होते", "रहेंगे", "रहेगी", "रहेगा", "रहेंगी", "बनी", "बना", "बने", "बनेगी"})


# The aspects whose subject is nominative whatever the verb: progressive (कर रहे हैं), inceptive
# (करने लगे), completive (कर चुकी है); a future (करेगी, चलाएगा) too. A habitual ("सलाह देते
# हैं"), a subjunctive ("छूट दे") or a modal ("दान कर सकते हैं") is a generality, a demand or a
# possibility (all three seen as wrong agents in a spot check of corpus/hindi-covid-2020, ev16).
_ASPECT_NOMINATIVE = frozenset({"रहा", "रही", "रहे", "रहीं", "लगे", "लगा", "लगी", "लगीं"})
_ASPECT_NOMINATIVE |= frozenset({"चुका", "चुकी", "चुके", "चुकीं"})
# The speaker as subject ("मैं … की मांग करता हूं"): not the unit that follows
_FIRST_PERSON = frozenset({"मैं", "हम", "मै"})


def _nominative_agent(sv: SentenceView, cand: Candidate, start: int) -> Unit | None:
    """The unmarked subject of a verb that takes no ने, leading its clause ("ये मजदूर शहर के …
    इलाके में सड़क पर बैठ गए और मांग करने लगे", "प्रदर्शनकारी … प्रदर्शन कर रहे थे"): a
    progressive, an inceptive (करने लगे), a completive or a future has a nominative subject, even
    where a place or an intransitive verb before "और" stands between it and the trigger (corpus
    sentences of "<group> … मांग करने लगे / कर रहे थे" outside the event gold, round ev16). Not
    for a perfect transitive (its agent takes ने: an unmarked noun there is its object), a
    passive, an infinitive nested in another act, nor past a ने or द्वारा agent. Only places
    and dates may stand before the subject in the clause; it names a person, group or body."""
    if not cand.finite or _passive(cand) or _transitive_perfect(cand):
        return None
    verb = [t for t in cand.verb if t not in PARTICLES]
    if not cand.light or not verb or verb[0] in _PERFECT | {"की", "कीं"} | _UNDERGONE:
        return None
    if not (_ASPECT_NOMINATIVE & set(verb[1:3]) or _FUTURE.search(verb[0])):
        return None
    toks = sv.tokens
    before = {t.text for t in toks[start : cand.first]}
    relative = start > 0 and toks[start - 1].text == "जो"
    if relative or before & (_AGENT_MARKED | _FIRST_PERSON | {"द्वारा"}):
        return None  # "… जो डॉक्टर … का समर्थन नहीं कर रहे": the relative pronoun is the subject
    for u in sv.units:
        if u.first < start or u.last >= cand.first:
            continue
        if is_place(u) and u.marker in {"में", "पर", None, "के", "की", "का"}:
            continue  # "शहर के वारछा इलाके में", "बांद्रा में": where, not who
        ok = u.marker is None and not u.anaphor and _animate_unit(u) and bool(unit_actors(u))
        return u if ok else None
    return None


# "पड़ना" after an infinitive light verb: an act one had to do ("लाठियां चलानी पड़ी")
_COMPELLED = frozenset({"पड़ा", "पड़ी", "पड़े", "पड़ेगा", "पड़ेगी", "पड़ेंगे", "पड़ता", "पड़ती"})
_INFINITIVE_ENDS = ("ना", "नी", "ने")


def _obliged_agent(sv: SentenceView, cand: Candidate, start: int) -> Argument | None:
    """The doer of an act one had to do, marked by को ("पुलिस को लाठियां चलानी पड़ी", "पुलिस को
    कई स्थानों पर बल प्रयोग करना पड़ा", "प्रशासन को … आदेश देना पड़ा": all five "<authority> को …
    <infinitive> पड़ा" of corpus/hindi-covid-2020 outside the event gold, round ev13): the first
    को-phrase of the clause before the trigger that names an entity or a group the glossary knows
    (the dative subject comes before the objects; "हालात को काबू करने के लिए" names no actor).
    Only for an infinitive light verb followed by पड़ना."""
    verb = [w for w in cand.verb if w not in PARTICLES]
    if not cand.light or len(verb) < 2 or not verb[0].endswith(_INFINITIVE_ENDS):
        return None
    if not _COMPELLED & set(verb[1:3]):
        return None
    toks = sv.tokens
    for k in range(start + 1, cand.first):
        if toks[k].text != "को":
            continue
        for u in sv.units:
            if u.marker == "को" and u.last < k < u.marker_end and (ids := unit_actors(u)):
                text = sv.text_of(u.first, u.last)
                return Argument("source", text, toks[u.first].start, toks[u.last].end, ids[0])
        first = glossed_span(sv, start, k - 1, sv.units, frozenset())
        if first is not None and names_actor(sv.text_of(first, k - 1)):
            text = sv.text_of(first, k - 1)
            return Argument("source", text, toks[first].start, toks[k - 1].end, f"text:{text}")
    return None


# A decision noun in the oblique or plural ("के फैसले की सराहना", "के निर्णयों को"), besides
# the direct forms of _DECISIONS.
_DECIDED = frozenset({"फैसला", "फैसले", "फ़ैसला", "फ़ैसले", "फैसलों", "निर्णय", "निर्णयों"})


# "X के आदेश पर", "X के निर्देश पर", "X के निर्देशानुसार": done on X's orders. 27 in
# corpus/hindi-covid-2020 ("जिला कलेक्टर के आदेश पर … दायरे में", "जिलाधिकारी देहरादून के
# आदेश पर … पाबंद मुक्त कर दिया गया")
_ORDERS = frozenset({"आदेश", "आदेशों", "निर्देश", "निर्देशों"})
_ON_ORDERS = frozenset({"निर्देशानुसार", "आदेशानुसार"})


def _on_orders_of(sv: SentenceView, cand: Candidate) -> Unit | None:
    """Who ordered an agentless act the sentence says was done on their orders, before it in the
    clause ("जिलाधिकारी के आदेश पर इलाके को सील कर दिया गया"): they issued it, in so many
    words, whatever the place's authority would be."""
    toks = sv.tokens
    for u in sv.units:
        k = u.marker_end
        if u.marker != "के" or k >= cand.first or not unit_actors(u):
            continue
        by = toks[k].text in _ON_ORDERS
        if by or (toks[k].text in _ORDERS and k + 1 < cand.first and toks[k + 1].text == "पर"):
            return u
    return None


def _decider(sv: SentenceView, cand: Candidate) -> Unit | None:
    """Who decided an act named by its infinitive, the genitive right before the decision noun:
    "वीजा-मुक्त प्रवेश की अनुमति देने के चीन के फैसले की सराहना की" (China's decision to allow
    visa-free entry: China allowed it), "लॉकडाउन बढ़ाने के राज्य सरकार के निर्णय". A decision
    reported as taken is the decider's act, as "बंद करने का फैसला किया" is."""
    toks = sv.tokens
    p = cand.last + 1
    while p < len(toks) and toks[p].text in PARTICLES:
        p += 1
    if p + 2 >= len(toks) or not cand.light or toks[p].text not in cand.trig.light:
        return None
    if not toks[p].text.endswith("ने") or toks[p + 1].text not in {"के", "की", "का"}:
        return None
    unit = next((u for u in sv.units if u.first == p + 2), None)
    if unit is None or unit.marker not in {"के", "की", "का"} or unit.marker_end >= len(toks):
        return None
    if toks[unit.marker_end].text not in _DECIDED or not unit_actors(unit):
        return None
    return unit


def _reciprocated(
    sv: SentenceView, cand: Candidate, events: list[Event], source: list[str], roles: Roles
) -> list[str]:
    """Whom a reciprocation answers: the agent of the step the relative pronoun before it refers
    to, the last measure or accord of the sentence before the pronoun ("चीन के फैसले की सराहना
    की, एक कदम जिसका मॉस्को ने प्रतिदान किया": Moscow reciprocated China's step, not Putin's
    praise of it). The pronoun is the evidence."""
    toks = sv.tokens
    rel = next((k for k in range(cand.first - 1, -1, -1) if toks[k].text in _RELATIVE), -1)
    steps = [
        e
        for e in events
        if rel >= 0 and e.trigger_end <= toks[rel].start and e.type in _MEASURES | {"AGREE"}
    ]
    if not steps:
        return []
    target = [a for a in steps[-1].source if a not in source]
    for ident in target:
        roles.args.append(Argument("target", toks[rel].text, toks[rel].start, toks[rel].end, ident))
    return target


_RELATIVE = frozenset({"जिसका", "जिसकी", "जिसके", "जिसे", "जिसको"})


# Addressees that are themselves authorities ("सभी राज्यों को … बढ़ाने को कहा गया है", "सभी
# जिलाधिकारियों को … करने को कहा गया"): told by a higher authority, a request of government to
# government. People told to stay home or isolate are left out: the gold codes a measure imposed
# on a group as COERCE, and its issuer unnamed is secondary (corpus sentences of "को कहा गया"
# in corpus/hindi-covid-2020 outside the event gold, 34 read, round ev16).
_OFFICIAL_ADDRESSEES = frozenset(
    {"राज्यों", "राज्य", "प्रदेशों", "सरकारों", "अधिकारियों", "अफसरों", "मंत्रियों", "मंत्रालयों"}
    | {"विभागों", "जिलाधिकारियों", "डीएम", "कलेक्टरों", "उपायुक्तों", "जिलों", "बैंकों"}
)


_TOLD_PRONOUNS = frozenset({"उन्हें", "इन्हें", "उसे", "इसे", "उनसे", "इनसे", "उससे"})


def _officials_told(sv: SentenceView, cand: Candidate, roles: Roles) -> bool:
    """Every target of a passive "told to" is an authority (:data:`_OFFICIAL_ADDRESSEES`), and
    no pronoun in the clause is the addressee instead ("उन्हें तुरंत अधिकारियों को बताने को कहा
    गया": told to inform the officials, NT-2020-MAR-03.txt)."""
    clause = sv.tokens[_clause_start(sv, cand.first) : cand.first]
    if any(t.text in _TOLD_PRONOUNS for t in clause):
        return False
    targets = [a for a in roles.args if a.role == "target"]
    return bool(targets) and all(
        _OFFICIAL_ADDRESSEES & set(a.text.replace(",", " ").split()) for a in targets
    )


def _present_request(cand: Candidate) -> bool:
    """A request in the copula ("आप सभी से आग्रह है कि …", "मेरी सब से अपील है कि"): said in
    the first person by whoever is speaking, in a quote or reported speech."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    return cand.light and bool(verb) and verb[0] in _HABITUAL_AUX


def _current_speaker(sv: SentenceView, ctx: DocContext) -> list[str]:
    """Who is speaking at this sentence: the last quoted speaker, else the agent of the sentence
    just before (a report of what an official said goes on in their words)."""
    if ctx.last_speaker is not None:
        return [actor_of(ctx.last_speaker)]
    if ctx.last_agents and 0 < sv.index - ctx.agents_sentence <= 2:
        return list(ctx.last_agents)
    return []


def _passive(cand: Candidate) -> bool:
    """The verb complex after the trigger is a passive ("की गई है", "दी जा रही है")."""
    return any(t in PASSIVE for t in cand.verb) or passive_compound(cand.verb)


_PERFECT_PASSIVE = frozenset({"गया", "गई", "गए", "गयी", "गये"})
# What may follow a finite passive perfect: an auxiliary, a stop, a conjunction, a particle.
_AFTER_FINITE = frozenset({"है", "हैं", "था", "थी", "थे", "थीं", "।", ".", "|", ",", "और", "तथा"})


def _attributive(cand: Candidate) -> bool:
    """The passive perfect after the trigger qualifies a following noun ("किए गए दो संदिग्ध"),
    or a passive infinitive is governed by a postposition ("क्वारंटीन किये जाने के डर से")."""
    verb = cand.verb
    for k, word in enumerate(verb[:-1]):
        if word == "जाने" and verb[k + 1] in _NONFINITE_NEXT:
            return True
        if word in _PERFECT_PASSIVE:
            nxt = verb[k + 1]
            return nxt not in _AFTER_FINITE and nxt not in PARTICLES and nxt not in {"कि", "व"}
    return False


def _agentless(cand: Candidate, sv: SentenceView) -> bool:
    """A passive with no agent ("सील कर दिया गया"), or a perfect whose agent the sentence drops
    ("उस निजी अस्पताल को सील कर दिया है": no ने anywhere before it); an announced state
    ("बंद रहेंगे") only counts with a speaker, so a list of what stays closed is not a list of
    orders. Not a passive participle before its noun ("क्वारंटाइन किए गए दो संदिग्ध भाग
    निकले", "लगाए गए लॉकडाउन के दौरान"): the act is presupposed, a description, not reported."""
    if _attributive(cand):
        return False
    if _passive(cand):
        return True
    dropped = not any(t.text in _AGENT_MARKED for t in sv.tokens[: cand.first])
    return dropped and bool(_PERFECT & set(cand.verb[:2]))


def _note_speaker(sv: SentenceView, ctx: DocContext) -> None:
    """Remember this sentence when its last ने-agent is followed by a speech verb ("X ने कहा"),
    or is an authority (a coded office or group of ``AUTHORITIES``: "पुलिस ने घेर लिया"); forget
    both when another agent acts, so a later measure is not given to an earlier one."""
    agents = [u for u in sv.units if u.marker == "ने"]
    if not agents:
        return
    last = agents[-1]
    if last.anaphor and last.actors != ctx.last_agents:
        return  # "उन्होंने" for someone else than the agents remembered: nothing to go on with
    spoke = any(t.text in _SPEECH for t in sv.tokens[last.marker_end :])
    here = (sv.index, sv.end)
    ctx.actors.agent_span = (sv.tokens[last.first].start, sv.tokens[last.last].end)
    ctx.actors.speaker_at = here if spoke else (-1, -1)
    coded = [m for m in last.mentions if m.source == "actors"]
    office = not last.anaphor and coded and all(sector_of(m.role) in AUTHORITIES for m in coded)
    ctx.actors.authority_at = here if office else (-1, -1)


def _time_args(owned: tuple[str, str, int] | None) -> list[Argument]:
    if owned is None:
        return []
    _, text, start = owned
    start = start if start >= 0 else -1 - start  # negative: the sentence's date (see _timex_owner)
    return [Argument("time", text, start, start + len(text), None)]


def _accepted_visits(
    article: Article,
    sv: SentenceView,
    cands: list[Candidate],
    made: list[tuple[Event, int]],
    dates: dict[int, tuple[str, str, int]],
) -> list[Event]:
    """ "X ने Y को <place> आने का निमंत्रण दिया … Y ने स्वीकार किया": an accepted invitation to
    visit is a planned visit by the invitee, to the place and at the date inside the invitation
    (PLOVER codes a future visit as AGREE)."""
    accepted = {a for e, _ in made if e.mode == "accept" for a in e.source}
    out: list[Event] = []
    for inv, ci in made:
        if inv.mode != "invite" or not inv.target or not set(inv.target) <= accepted:
            continue
        start = _clause_start(sv, cands[ci].first)
        visits = [
            k for k, c in enumerate(cands[:ci]) if c.trig.mode == "visit" and c.first >= start
        ]
        if not visits:
            continue
        vi = visits[-1]
        visit = cands[vi]
        places = [u for u in sv.units if is_place(u) and 0 <= visit.first - u.marker_end <= 1]
        first, last = sv.tokens[visit.first], sv.tokens[visit.last]
        owned = dates.get(vi)
        place_ids = [place_of(m) for u in places for m in u.mentions]
        out.append(
            Event(
                type="AGREE",
                mode="visit",
                trigger=article.text[first.start : last.end],
                trigger_start=first.start,
                trigger_end=last.end,
                evidence_start=sv.start,
                evidence_end=sv.end,
                source=list(inv.target),
                target=place_ids,
                date=owned[0] if owned else None,
                date_basis=f"sentence: {owned[1]}" if owned else None,
                location=place_ids,
                modality="planned",
                arguments=_time_args(owned),
                sentence=sv.index,
                confidence=round(min(inv.confidence, 0.8), 2),
                id=event_id(article.id, first.start),
            )
        )
    return out

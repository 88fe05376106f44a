"""Hindi trigger candidates: where a lexicon trigger stands with its light verb.

Why a module of its own: finding a trigger and the verb that makes it an act (बात की, कर्फ्यू
लगाया, बैठक आयोजित की, a headline's fronted "ने की बैठक") is one question, asked before any
argument is read; :mod:`khabar.events.hindi` decides what each candidate becomes. Here stand the
loop that matches each lexicon form and reads its verb complex, and the checks of the words right
after a form (a genitive before a time noun, an infinitive decided or coordinated, a lockdown's
phase, a law's year); the searches for a light verb further away, with the form matcher, are
:mod:`khabar.events.light_reach` (moved out at the size limit, round rf1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from .clause import (
    CLAUSE_BREAKS,
    SentenceView,
    Token,
    is_break,
)
from .dated_said import day_before
from .extensions import extension_verb
from .lexicon import Trigger, TriggerLexicon
from .light_reach import (
    _COORDINATORS,
    _MORE,
    _SUPPORT,
    _agent_light,
    _behalf_light,
    _dated_light,
    _decided_in,
    _extending_verb,
    _fronted_light,
    _listed_light,
    _matched,
    _object_of_light,
    _past_aside,
    _period_extended,
    _reached,
    _supported,
    _via,
)
from .numbers_named import digits_end
from .prayers import to_a_god
from .process_begun import is_process
from .quoted_services import QUOTES, quoted_service_end, quoted_service_entries
from .violated_orders import disobeyed

_NONFINITE_NEXT = frozenset({"के", "की", "का", "को", "से", "में", "पर"})
# "बंद करने का फैसला किया", "सील करने के आदेश दिए": an act decided or ordered is the agent's act.
_DECISIONS = frozenset({"फैसला", "फ़ैसला", "निर्णय", "आदेश", "निर्देश"})
# A verb complex is read at most this many tokens after the trigger (checked on the seed articles:
# "आने की उम्मीद है" and "होने वाली है" need 3; longer windows reach into the next clause).
_VERB_WINDOW = 5
# "लॉकडाउन का ऐलान किया", "छूट का फैसला लिया": a measure announced or decided is the agent's
# act; only for measures (a meeting's or an appeal's "फैसला" is what was decided there).
_ANNOUNCED = frozenset({"ऐलान", "एलान", "घोषणा", "फैसला", "फ़ैसला", "निर्णय"})
_ANNOUNCE_VERBS = frozenset({"किया", "की", "कीं", "किए", "किये", "कर", "करेंगे", "करेगी", "करेगा"})
_ANNOUNCE_VERBS |= frozenset({"लिया", "ली", "लिए", "लिये", "ले", "लेगी", "लेगा", "लेंगे"})
# + the present and the participle (round ev126, issue 13): "मैं विशेष आर्थिक पैकेज की घोषणा करता
# हूं", "… की घोषणा करते हुए" announce as "की घोषणा की" does (an unseen article of the round's
# sample, DH-2020-MAY-12.txt:43, and AU-2020-MAY-12.txt, announced the same package so)
_ANNOUNCE_VERBS |= frozenset({"करता", "करती", "करते"})
_MEASURES = frozenset({"COERCE", "CONCEDE", "AID"})
# round ev95 (issue 13, false positives of the unseen set Tc): nouns of a time or a cause that a
# measure's genitive names ("लॉकडाउन की अवधि में … उपायों का ब्योरा देते हुए बताया": the period, no
# lockdown ordered by the speaker); the genitive की before them is no light verb "की" (did). Allowed
# corpus day files: 11 "लॉकडाउन की अवधि", 16 "की वजह", 1 "की समय" (the masculine ones, के दौरान …,
# never read as the light verb).
_TIME_HEADS = frozenset({"अवधि", "वजह", "समय", "शुरुआत", "समाप्ति", "दौरान", "बाद", "अंत"})
# + the brink (round ev132, issue 13: "अधिकतर शहर लॉकडाउन की कगार पर पहुंच गए हैं", a false
# positive of the unseen tuning set Uf): on the verge of a measure is before it, none ordered.
# Allowed corpus day files: 2 "की कगार पर", this one the only measure
_TIME_HEADS |= frozenset({"कगार", "दहलीज", "मुहाने"})
# ... and before a form of हो: "लॉकडाउन 3.0 की शुरुआत हो चुकी है" says a phase began, nobody's
# act (round ev107: the one such lockdown the phase reading found on the allowed corpus day files)
_TIME_NEXT = _NONFINITE_NEXT - {"को"} | {"हो", "हुई", "हुआ", "होगी", "होगा"}
_DATED_TYPES = _MEASURES | {"SANCTION"}  # the unions find_candidates asks, built once (sc47)
_DECIDED_OR_LISTED = _DECISIONS | _ANNOUNCED | {"अलावा"}
# "X द्वारा राहत पैकेज की घोषणा के बाद …": a measure named by its announcement, the time of what
# follows, was announced (round ev22; AU-2020-MAR-21.txt:59, the one such event it adds on the
# 381 corpus day files outside the event gold, is right)
_AROUND_ANNOUNCING = frozenset({"बाद", "साथ", "पहले", "दौरान"})


def _after_announcing(toks: list[Token], k: int) -> bool:
    """"के बाद/साथ/पहले/दौरान" at ``k``, right after the announcement noun or its infinitive
    ("… पैकेज की घोषणा करने के साथ ही देश को आत्मनिर्भर बनाने पर जोर दिया": announced, then
    stressed; round ev126)."""
    if k < len(toks) and toks[k].text == "करने":
        k += 1
    return k + 1 < len(toks) and toks[k].text == "के" and toks[k + 1].text in _AROUND_ANNOUNCING
# Infinitive light verbs that make an act only before an announcing or deciding noun ("ट्रेन
# चलाने की घोषणा की"), never as the content of a permission, a demand or a purpose ("… चलाने की
# अनुमति दी गई", "… चलाने के लिए"): round ev80 (issue 13), the chalaa_inf set of triggers_hi.yaml;
# on the corpus/hindi-covid-2020 day files outside the gold with "<vehicle> चलाने" (5 files) the
# two permissions it made without this check were wrong (AU-2020-MAY-01.txt, the spent set L)
_ANNOUNCED_ONLY = frozenset({"चलाने", "चलवाने"})
# Light verbs that are a caused motion only before a form of दे (round ev134, issue 13): "…
# क्वारेंटाइन सेंटर पहुंचा दिया गया" delivers someone there, "… जिला अस्पताल पहुंचा था" is the
# subject arriving (the pahunchaa set of triggers_hi.yaml). Allowed corpus day files: 2 "सेंटर
# पहुंचा दिया", both people delivered to a quarantine centre
_CAUSED_ONLY = frozenset({"पहुंचा", "पहुँचा"})
# Round rv26 (issue 13, third recall audit): an entry lists its light verb's inflected forms
# ("खिलाया", "रखा"), but before an aspect or vector auxiliary the verb stands as its bare stem
# ("सरकार … लोगों को खाना भी खिला रही है", "… पर ड्रोन से नजर भी रख रही है", "… बैठक बुला चुके
# हैं"). The stem is read off a listed perfective ("खिलाया" -> "खिला", "रखा" -> "रख"); not the
# intransitive stems whose perfective is spelt as a transitive stem ("रोक लग गई", "राशन मिल
# सकेगा", "… सेंटर में रह रहा है": nobody's act). Counted on the 280 allowed corpus day files
# (the extractor's trace, "noun without light verb" drops with such a stem and auxiliary after):
# 18 candidates, 4 of them the intransitive stems.
_STEM_AUX = frozenset(
    {"रहा", "रही", "रहे", "रहीं", "चुका", "चुकी", "चुके", "चुकीं", "सकता", "सकती", "सकते"}
    | {"सके", "सकें", "सकेंगे", "सकेगा", "सकेगी", "दिया", "दी", "दिए", "दिये", "दीं", "दें"}
    | {"देंगे", "देगा", "देगी", "लिया", "ली", "लिए", "लिये", "लें", "लेंगे", "लेगा", "लेगी"}
    | {"डाला", "डाली", "डाले"}
)
_INTRANSITIVE_STEMS = frozenset({"लग", "मिल", "रह", "हो", "बन", "खुल", "चल", "रुक", "बढ़", "घट"})


def _stem_light(toks: list[Token], j: int, light: frozenset[str]) -> bool:
    """Whether token ``j`` is the bare stem of one of ``light``'s perfectives ("खिला" of
    "खिलाया", "रख" of "रखा") with an aspect or vector auxiliary right after it."""
    if j + 1 >= len(toks) or toks[j + 1].text not in _STEM_AUX:
        return False
    stem = toks[j].text
    return stem not in _INTRANSITIVE_STEMS and (f"{stem}या" in light or f"{stem}ा" in light)
_GIVE = frozenset({"दिया", "दी", "दिए", "दिये", "दीं", "देंगे", "देगी", "देगा", "दे"})


@dataclass
class Candidate:
    trig: Trigger
    first: int
    last: int
    light: bool
    verb: list[str] = field(default_factory=list)  # tokens of the verb complex after the trigger
    finite: bool = True
    fronted: bool = False  # the verb complex stands before the trigger ("ने की बैठक")


def _after_word(toks: list[Token], i: int, words: frozenset[str]) -> bool:
    """Whether the word right before token ``i``, or the two words before it joined by a space,
    is one of ``words`` (round ev161: "फिर से" before "खोल दिया" reopens; a form starting with
    "फिर" would have made every "फिर" a trigger's first word, which ends a fronted light verb's
    reach and a genitive light verb's, :func:`_fronted_light`)."""
    if i == 0:
        return False
    return toks[i - 1].text in words or (
        i >= 2 and f"{toks[i - 2].text} {toks[i - 1].text}" in words
    )


# Round rc5 (issue 13, missed core events) passed over "को कहा" (told to, after an infinitive) on
# the को of a date before a no-need-to-panic clause ("उद्धव ठाकरे ने गुरुवार को कहा कि राज्य के
# लोगों को घबराने की जरूरत नहीं है"); round kk1 after every time expression (dated_said.day_before:
# 98 "<time word> को कह-" on the 280 allowed corpus day files), the plain "कहा" read instead.


def find_candidates(sv: SentenceView, lex: TriggerLexicon) -> list[Candidate]:
    toks = sv.tokens
    out: list[Candidate] = []
    index, by_next = lex.index, lex.by_next
    # Only a token that starts a trigger form can start a candidate: one set test per token
    # first, then the few hits in order (a match at i resumes the scan at i + its length).
    resume = 0
    for i in compress(range(len(toks)), map(index.__contains__, sv.texts)):  # in C
        if i < resume:
            continue
        first: Candidate | None = None  # the first match, when it has no light verb
        nxt = toks[i + 1].text if i + 1 < len(toks) else None
        numbered = digits_end(toks, i + 1) > i + 1  # "नंबर 1075 भी जारी" (round rv41)
        if nxt is not None and (nxt in lex.particles or nxt == _MORE or numbered):
            entries = index[toks[i].text]  # a particle may stand inside a form: try each
        else:  # only the forms of one word and those the next word continues (round sp3)
            alone, continued = by_next[toks[i].text]
            entries = alone if nxt is None else continued.get(nxt, alone)
        quoted = nxt in QUOTES  # "'कोविड इंडिया सेवा' की शुरुआत की": a service's name (la1)
        if quoted:
            entries = quoted_service_entries(index[toks[i].text]) + entries
        for form, trig in entries:
            n = _matched(toks, i, form, lex.particles) - i
            if n <= 0 and quoted and len(form) > 1:
                n = quoted_service_end(toks, i, form, lex.particles) - i
            if n <= 0:
                continue
            if trig.after_word and not _after_word(toks, i, trig.after_word):
                continue  # "संदेश में लिखा है कि": no addressee right before the writing
            if trig.after_infinitive and form[0] == "को" and day_before(sv, i):
                continue  # "गुरुवार को कहा कि …": a date's को, the plain "कहा" then (rc5, kk1)
            j = i + n
            named = _past_phase(sv, j) if trig.mode == "lockdown" else j  # "लॉकडाउन 3.0", ev107
            if trig.mode == "rules":
                named = _past_year(toks, j)  # "… रेगुलेशन 2020 लागू कर दिया", round ev114
            j = named
            while j < len(toks) and toks[j].text in lex.particles:
                j += 1
            light = j < len(toks) and (
                toks[j].text in trig.light or _stem_light(toks, j, trig.light)
            )
            if light and toks[j].text in {"की", "के", "का"} and j + 1 < len(toks):
                # "सहायता की पेशकश": a genitive before another trigger, not the light verb की;
                # "लॉकडाउन की अवधि में": a genitive before a time or cause noun and its
                # postposition (round ev95), not the object of an extension ("लॉकडाउन की अवधि
                # को बढ़ा दिया", "की अवधि तीन मई तक बढ़ाकर": no such postposition after it)
                light = toks[j + 1].text not in lex.index and not is_process(toks[j + 1].text) and not (
                    toks[j + 1].text in _TIME_HEADS
                    and j + 2 < len(toks)
                    and toks[j + 2].text in _TIME_NEXT
                    and not _period_extended(toks, j, lex)
                )
            # "इस आदेश की अवहेलना करने पर", "भगवान से प्रार्थना करता हूं": no act (round rc3)
            light = light and not disobeyed(toks, j) and not to_a_god(toks, i)
            k = named  # the verb complex is read from here
            if light and (at := _extending_verb(toks, j, lex)) > 0:
                j, k = at, at  # "लॉकडाउन की अवधि को बढ़ा चुके हैं": from the extending verb
            elif light and toks[j].text == "की" and (at := extension_verb(sv, j, trig, lex)) > 0:
                j, k = at, at  # "… की अवधि को बढ़ाकर तीन मई तक कर दिया": from its कर (ev164)
            if not light and (at := _past_aside(toks, j, lex)) > 0 and toks[at].text in trig.light:
                light, j, k = True, at, at  # "रासुका (राष्ट्रीय सुरक्षा कानून) लगाया"
            if light and toks[j].text in _CAUSED_ONLY:
                light = j + 1 < len(toks) and toks[j + 1].text in _GIVE  # not "पहुंचा था"
            if not light and trig.type in _MEASURES and j + 2 < len(toks):
                # a particle may stand after the genitive: "50 लाख रुपये के बीमा की भी घोषणा की"
                # (round ev44, issue 13)
                a = j + 1
                while a + 1 < len(toks) and toks[a].text in lex.particles:
                    a += 1
                light = (
                    toks[j].text in {"की", "के", "का"}
                    and toks[a].text in _ANNOUNCED
                    and a + 1 < len(toks)
                    and (toks[a + 1].text in _ANNOUNCE_VERBS or _after_announcing(toks, a + 1))
                )
                if not light and (at := _object_of_light(toks, j, trig, lex)) > 0:
                    light, j, k = True, at, at
                if not light and (at := extension_verb(sv, j, trig, lex)) > 0:
                    light, j, k = True, at, at  # "धारा 144 को 5 अप्रैल से बढ़ाकर … कर" (ev164)
            dated = not light and trig.type in _DATED_TYPES
            if dated and (at := _dated_light(sv, j, trig)) > 0:
                light, j, k = True, at, at
            if not light and trig.reach and (at := _reached(toks, j, trig, lex)) > 0:
                light, j, k = True, at, at
            if not light and trig.via and (at := _via(toks, j, trig, lex)) > 0:
                light, j, k = True, at, at
            if not light and not trig.verbal and (at := _supported(toks, j, trig)) > 0:
                light, j, k = True, at, at
            if not light and not trig.verbal and (at := _behalf_light(toks, j, trig, lex)) > 0:
                light, j, k = True, at, at
            if not light and not trig.verbal and (at := _agent_light(toks, j, trig, lex)) > 0:
                light, j, k = True, at, at  # "जांच का आदेश रेलवे बोर्ड ने दिया था" (ev176)
            if not light and trig.type == "CONSULT" and (at := _decided_in(toks, j)) > 0:
                light, j, k = True, at, at
            if not light and trig.listed and (at := _listed_light(toks, j, trig, lex)) > 0:
                light, j, k = True, at, at
            fronted = -1
            if not light and not trig.verbal and (not trig.symmetric or trig.mode == "meeting"):
                fronted = _fronted_light(toks, i, i + n, trig, lex)
            verb: list[str] = [t.text for t in toks[fronted:i]] if fronted >= 0 else []
            if fronted >= 0:
                light, j, k = True, fronted, len(toks)  # the verb complex stands before it
            window = _VERB_WINDOW
            if light and fronted < 0 and _decided_by(toks, j):
                window += _DECISION_TAIL  # "बंद करने का ऐलान कर दिया गया है": the order's own verb
            if trig.verbal and toks[i + n - 1].text == "कि":
                k = len(toks)  # "X की मांग है कि …", "X का आरोप है कि …": the form holds its own
                # verb; what follows is the complement's ("… ने मजदूरी नहीं दी" denies no demand)
            while k < len(toks) and len(verb) < window:
                text = toks[k].text
                if (text in CLAUSE_BREAKS and is_break(toks, k)) or text in {",", "और", "तथा"}:
                    break
                verb.append(text)
                k += 1
            finite = True
            if light:
                head = toks[j].text
                after = toks[j + 1].text if j + 1 < len(toks) else ""
                # "बंद करने का फैसला किया", "रोक लगाने की (सोमवार को) घोषणा की", "पाबंदी
                # लगाने के अलावा …": an act decided, announced or listed is the agent's act
                finite = (
                    not (head.endswith("ने") and after in _NONFINITE_NEXT)
                    or any(t.text in _DECIDED_OR_LISTED for t in toks[j + 2 : j + 5])
                    or _period_extended(toks, j + 1, lex)
                )
                if finite and head.endswith("ने") and (c := _coordinated_infinitive(toks, j)) > 0:
                    # "बाजार बंद करने और … छुट्टी देने की मांग की": the infinitive shares the
                    # case of the one it is coordinated with, a demand's object, not an act
                    finite = any(
                        t.text in _DECIDED_OR_LISTED for t in toks[c + 2 : c + 5]
                    ) or _period_extended(toks, c + 1, lex)
            elif not trig.verbal:
                finite = False
            if light and not finite and toks[j].text in _ANNOUNCED_ONLY:
                light, verb = False, []  # "बसें चलाने की अनुमति दी गई": the permission is the act
            cand = Candidate(trig, i, i + n - 1, light, verb, finite, fronted >= 0)
            if not light:
                # another entry of the same form may have its light verb here ("अनुमति दी":
                # a permission; "अनुमति नहीं होगी": a prohibition; round ev26)
                first = first or cand
                continue
            if first is not None and n != first.last - first.first + 1:
                break  # only an entry of the same form stands in for the first
            out.append(cand)
            first = None
            resume = i + n
            break
        if first is not None:
            out.append(first)
            resume = first.last + 1
    return out


# Round ev107 (issue 13): a lockdown named by its phase ("गृह मंत्रालय ने लॉकडाउन 3.0 की घोषणा कर दी
# है", "… लॉकडाउन 4.0 शुरू किए जाने की बात", "लॉकडाउन के तीसरे चरण की घोषणा", "लॉकडाउन पार्ट
# थ्री") is the lockdown: its light verb stands after the phase. A phase is "N.0", a lone digit no
# date holds ("लॉकडाउन 3 मई तक बढ़ा" is a date), "पार्ट/फेज N" or "का/के <ordinal> चरण". On the 250
# allowed corpus day files 61 lockdowns are named so, most as a period ("लॉकडाउन 3.0 में छूट",
# "लॉकडाउन के तीसरे चरण में"), which stays no act.
_ORDINALS = frozenset(
    {"पहला", "पहले", "दूसरा", "दूसरे", "तीसरा", "तीसरे", "चौथा", "चौथे", "पांचवां", "पांचवें"}
    | {"पाँचवाँ", "पाँचवें", "अगला", "अगले"}
)
_PHASES = frozenset({"चरण", "फेज", "फेज़", "दौर"})
_PHASE_NUMBERS = frozenset({"वन", "टू", "थ्री", "फोर", "फाइव"})


def _past_phase(sv: SentenceView, j: int) -> int:
    """The token after a lockdown's phase that starts at ``j``, or ``j``."""
    toks = sv.tokens
    if j + 2 < len(toks) and toks[j].text in {"का", "के"} and toks[j + 1].text in _ORDINALS:
        return j + 3 if toks[j + 2].text in _PHASES else j
    if j + 1 < len(toks) and toks[j].text in {"पार्ट", "फेज", "फेज़"}:
        nxt = toks[j + 1].text
        return j + 2 if nxt in _PHASE_NUMBERS or (len(nxt) == 1 and nxt.isdigit()) else j
    if j >= len(toks) or len(toks[j].text) != 1 or not toks[j].text.isdigit():
        return j
    if j + 2 < len(toks) and toks[j + 1].text == "." and toks[j + 2].text == "0":
        return j + 3 if toks[j].end == toks[j + 1].start and toks[j + 1].end == toks[j + 2].start else j
    at = toks[j].start
    return j if any(t.start <= at < t.end for t in sv.timexes) else j + 1


# The year that ends a law's or a regulation's name ("कोरोना वायरस रेगुलेशन 2020", "आवश्यक वस्तु
# अधिनियम, 1955", "… विनियमन, 2020’"), between the name and its light verb (round ev114)
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_EDGES = frozenset({",", "’", "'", "\"", "”"})


def _past_year(toks: list[Token], j: int) -> int:
    """The token after a law's year (a comma before it, a closing quote after it) at ``j``, or
    ``j`` when none stands there."""
    k = j + (j < len(toks) and toks[j].text == ",")
    if k >= len(toks) or not _YEAR.fullmatch(toks[k].text):
        return j
    k += 1
    return k + (k < len(toks) and toks[k].text in _YEAR_EDGES)


# A measure decided or ordered ("स्कूलों को बंद करने का ऐलान कर दिया गया है", "संस्थानों को बंद करने
# के लिए निर्देश दिए गए हैं") reads its verb complex on to the decision's own verb, whose voice and
# tense are the act's: with the 5-word window the passive "गया/गए" fell off the end and the order
# was dropped for want of an agent (round ev41, issue 13: the COERCE "no agent" drops of a
# 90-file sample of corpus/hindi-covid-2020 outside the event gold).
_DECISION_TAIL = 3


def _decided_by(toks: list[Token], j: int) -> bool:
    """The light verb at ``j`` is an infinitive followed, within three words, by a decision or
    announcement noun ("करने का ऐलान", "करने के लिए निर्देश", "करने के आदेश")."""
    if not toks[j].text.endswith("ने"):
        return False
    for m in range(j + 1, min(j + 4, len(toks))):
        text = toks[m].text
        if text in _DECISIONS or text in _ANNOUNCED:
            return True
        if text not in {"का", "की", "के", "लिए", "लिये"}:
            return False
    return False


# An infinitive coordinated with a later one ("कंपनियों को बंद करने और वर्क फ्रॉम होम की सुविधा
# देने के लिए आवाज उठाई", "बाजार बंद करने और … छुट्टी देने की मांग की"): read as a finite act
# because a conjunction, not its postposition, follows it. Round ev57 (issue 13, the known
# precision kind of a demand read as the closure it asks for; corpus/hindi-covid-2020 outside the
# gold's days). Words ending in -ने that are no infinitive are skipped.
_NOT_INFINITIVE = frozenset(
    {"ने", "अपने", "सामने", "उन्होंने", "इन्होंने", "जिन्होंने", "उसने", "हमने", "मैंने", "आपने", "किसने"}
)
_COORDINATED_REACH = 10
# finite forms that end the coordinated phrase ("बंद करने और … छूट दी गई है"): another clause
_FINITE_STOPS = frozenset(
    {"है", "हैं", "था", "थी", "थे", "हो", "किया", "किए", "किये", "दिया", "दी", "दिए", "दिये"}
) | frozenset({"लिया", "गया", "गई", "गयी", "गए", "करें", "दें", "लगा", "लगाया", "लगाई"})


def _coordinated_infinitive(toks: list[Token], j: int) -> int:
    """The index of the infinitive the one at ``j`` is coordinated with, when a postposition
    (के/की/का/को/से/में/पर) follows that one, else -1: a conjunction right after ``j``, then at
    most :data:`_COORDINATED_REACH` words, no clause break, no finite form."""
    if j + 1 >= len(toks) or toks[j + 1].text not in _COORDINATORS - {","}:
        return -1
    for m in range(j + 2, min(j + 2 + _COORDINATED_REACH, len(toks) - 1)):
        text = toks[m].text
        if is_break(toks, m) or text in _FINITE_STOPS:
            return -1
        if text.endswith("ने") and text not in _NOT_INFINITIVE:
            return m if toks[m + 1].text in _NONFINITE_NEXT else -1
    return -1


def without_support_words(
    sv: SentenceView, cands: list[Candidate], lex: TriggerLexicon
) -> list[Candidate]:
    """``cands`` less those that are only the support word of the candidate before them ("छूट
    प्रदान की": one CONCEDE, the "प्रदान" an AID entry also opens is its verb's part, round
    ev101): a support word right after a candidate (particles between) whose verb follows it.
    :func:`find_candidates` keeps every trigger hit; the events are made from these."""
    toks = sv.tokens
    out: list[Candidate] = []
    for c in cands:
        prev = out[-1] if out else None
        k = prev.last + 1 if prev is not None else 0
        while prev is not None and k < c.first and toks[k].text in lex.particles:
            k += 1
        if (
            prev is not None
            and prev.light
            and not prev.fronted
            and prev.verb
            and k == c.first == c.last
            and toks[c.first].text in _SUPPORT
            and c.first + 1 < len(toks)
            and toks[c.first + 1].text == prev.verb[0]
        ):
            continue
        out.append(c)
    return out

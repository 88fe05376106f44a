"""Hindi trigger candidates: where a lexicon trigger stands with its light verb.

Why a module of its own: finding a trigger and the verb that makes it an act (बात की, कर्फ्यू
लगाया, बैठक आयोजित की, a headline's fronted "ने की बैठक") is one question, asked before any
argument is read; :mod:`khabar.events.hindi` decides what each candidate becomes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from .clause import (
    _TEXT,
    CLAUSE_BREAKS,
    SentenceView,
    Token,
    is_break,
    web_dot,
)
from .extensions import extension_verb
from .lexicon import Trigger, TriggerLexicon
from .roles import PASSIVE

_NONFINITE_NEXT = frozenset({"के", "की", "का", "को", "से", "में", "पर"})
# "बंद करने का फैसला किया", "सील करने के आदेश दिए": an act decided or ordered is the agent's act.
_DECISIONS = frozenset({"फैसला", "फ़ैसला", "निर्णय", "आदेश", "निर्देश"})
_HABITUAL_AUX = frozenset({"है", "हैं"})
# what makes "X की" a verb ("सुनिश्चित की जाएगी"), built once (round sc47)
_VERBAL_NEXT = PASSIVE | _HABITUAL_AUX | {"जा", "थी", "थे"} | {",", "और", "तथा", "कि"}
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
_KO_TOPIC = frozenset({"लेकर", "देखते", "देख", "ध्यान"})
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


# "और" as an adverb, "more", inside a form of several words, right before the form's next word
# ("दो नई हेल्पलाइन की और शुरुआत की गई है": two more helplines started; round ev189, a core
# miss of the tuning set Ul). Never a conjunction there: "और" joining two nouns is followed by
# the second noun, not by the form's own next word ("सेवा की और योजना की शुरुआत" matches none).
_MORE = "और"


def _matched(toks: list[Token], i: int, form: tuple[str, ...], particles: frozenset[str]) -> int:
    """The token index after ``form`` matched at ``i``, or -1. Particles may stand inside a
    form of several words ("मामला भी दर्ज", "ग्रीन जोन नहीं बनाया": 25 such uses beside 1,051
    exact ones of the multiword forms in corpus/hindi-covid-2020), and so may :data:`_MORE`
    right before the form's next word."""
    k = i
    for w, word in enumerate(form):
        while w and k < len(toks) and toks[k].text != word and (
            toks[k].text in particles
            or (toks[k].text == _MORE and k + 1 < len(toks) and toks[k + 1].text == word)
        ):
            k += 1
        if k >= len(toks) or toks[k].text != word:
            return -1
        k += 1
    return k




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
        if nxt is not None and (nxt in lex.particles or nxt == _MORE):
            entries = index[toks[i].text]  # a particle may stand inside a form: try each
        else:  # only the forms of one word and those the next word continues (round sp3)
            alone, continued = by_next[toks[i].text]
            entries = alone if nxt is None else continued.get(nxt, alone)
        for form, trig in entries:
            n = _matched(toks, i, form, lex.particles) - i
            if n <= 0:
                continue
            if trig.after_word and not _after_word(toks, i, trig.after_word):
                continue  # "संदेश में लिखा है कि": no addressee right before the writing
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
                light = toks[j + 1].text not in lex.index and not (
                    toks[j + 1].text in _TIME_HEADS
                    and j + 2 < len(toks)
                    and toks[j + 2].text in _TIME_NEXT
                    and not _period_extended(toks, j, lex)
                )
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


# A Hindi aside in brackets between a noun and its light verb: a gloss of the noun ("पाबंदी
# (लॉकडाउन) लगाई गई है", AU-2020-ARP-12.txt:47; "चार लोगों पर रासुका (राष्ट्रीय सुरक्षा कानून)
# लगाया", AU-2020-ARP-03.txt:78; "… लोगों को क्वारंटाइन (एकांतवास) किया जाएगा", AU-2020-ARP-05.txt:38:
# round ev91, issue 13, the quarantine kind of stand-in S; the 4 such on 306 corpus day files
# outside the gold's days, read). Latin glosses are dropped before (clause.drop_glosses); at most
# this many words inside.
_ASIDE_REACH = 4


def _past_aside(toks: list[Token], j: int, lex: TriggerLexicon) -> int:
    """The token after a short bracketed aside that opens at ``j`` (particles after it skipped),
    or -1; an aside with a light verb of its own ("(सील करने का आदेश)") is no gloss."""
    if j >= len(toks) or toks[j].text != "(":
        return -1
    close = next(
        (c for c in range(j + 2, min(len(toks), j + 2 + _ASIDE_REACH)) if toks[c].text == ")"), -1
    )
    if close < 0 or any(t.text in lex.light_verbs or t.text == "(" for t in toks[j + 1 : close]):
        return -1
    at = close + 1
    while at < len(toks) and toks[at].text in lex.particles:
        at += 1
    return at if at < len(toks) else -1


# Words between a fronted light verb and its noun: "ने दिये जरूरी निर्देश", "ने जारी किए नए
# दिशा निर्देश" (headlines of corpus/hindi-covid-2020, read outside the event gold).
_FRONT_REACH = 4
# Light-verb forms that are also a genitive, a conjunctive or an infinitive ("की मदद", "कर"): a
# fronted light verb parted from the ने-agent must be none of these.
_NOT_FRONTED = frozenset({"की", "के", "का", "कर", "करें", "दे", "ले", "लगा", "हो", "है"})


# A measure's passive or हो form before the noun that closes the clause, as a headline or a
# list item words it ("शहर के तीन इलाके हुए सील", "मरीज के परिजनों को किया गया क्वारंटाइन"):
# round ev37 (issue 13), corpus/hindi-covid-2020 outside the gold's days. Not after an
# infinitive or a participle in -ते ("केस आने हुए बंद": cases stopped coming; "देखते हुए"). 3
# events more on those files, read by hand: 2 right, 1 a definition, now excluded (द्वारा)
_FRONTED_HO = frozenset({"हुए", "हुआ", "हुई", "हुईं"})
_FRONTED_PASSIVE = frozenset({"गया", "गए", "गई", "गयी", "गईं"})


def _fronted_passive(toks: list[Token], p: int, i: int) -> bool:
    """The light verb at ``p`` is a fronted हुए or a passive (किया गया) right before the noun at
    ``i``, after a noun rather than a verb form."""
    if p < 1:
        return False
    ho = p == i - 1 and toks[p].text in _FRONTED_HO
    if not ho and not (p == i - 2 and toks[p + 1].text in _FRONTED_PASSIVE):
        return False
    before = toks[p - 1].text
    # nor after an agent's द्वारा: "जनता द्वारा लगाया गया कर्फ्यू" defines the curfew
    return not before.endswith(("ने", "ना", "ते", "कर")) and before not in {"है", "हैं", "द्वारा"}


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
    lo = max(0, i - 1 - _FRONT_REACH)
    if trig.light.isdisjoint(map(_TEXT, toks[lo + 1 : i])):
        return -1  # no light verb within reach before the noun (round sp9: most nouns)
    for p in range(i - 1, lo, -1):
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
        if trig.agentless and _fronted_passive(toks, p, i):
            return p  # "शहर के तीन इलाके हुए सील", "परिवार के सदस्यों को किया गया क्वारंटाइन"
        if p == i - 1 and text not in _NOT_FRONTED and not text.endswith(("ने", "ना")):
            for q in range(p - 1, -1, -1):
                if is_break(toks, q) or toks[q].text in {",", "कि"}:
                    return -1
                if toks[q].text == "ने":
                    return p
            return -1
    return -1


# "अगले/अग्रिम आदेश तक" (until further orders) between a measure's को and its verb is a date
# phrase, not another act (round ev44, issue 13: a core miss of the unseen stand-in set D)
_UNTIL_ORDERS = frozenset({"आदेश", "आदेशों", "निर्देश", "निर्देशों"})


def _object_of_light(toks: list[Token], j: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """A measure as the को-object of its own light verb a few words on ("लॉकडाउन को 3 मई तक
    बढ़ा दिया", "धारा 144 को सख्ती से लागू किया"): the extension or enforcement is the act.
    Not "लॉकडाउन को लेकर/देखते हुए" (about, in view of), nor past another trigger or a break.
    Returns the light verb's token index, or -1."""
    if toks[j].text != "को" or j + 1 >= len(toks) or toks[j + 1].text in _KO_TOPIC:
        return -1
    if trig.light.isdisjoint(map(_TEXT, toks[j + 1 : j + 1 + _OBJECT_REACH])):
        return -1  # no light verb within reach (round sp9, as :func:`_reached`)
    for k in range(j + 1, min(j + 1 + _OBJECT_REACH, len(toks))):
        if toks[k].text in trig.light:
            return k
        if toks[k].text in _UNTIL_ORDERS and k + 1 < len(toks) and toks[k + 1].text == "तक":
            continue  # "छूट को अगले आदेश तक खत्म कर दिया": until further orders, a date phrase
        if is_break(toks, k) or toks[k].text in {",", "कि"} or _trigger_at(toks, k, lex):
            return -1
    return -1


def _trigger_at(toks: list[Token], k: int, lex: TriggerLexicon) -> bool:
    """Whether a trigger form matches at ``k``: another act between a measure and its verb,
    not a postposition that only opens one elsewhere ("लॉकडाउन को दो हफ्तों के लिए बढ़ा दिया":
    के opens "के लिए कहा"; round ev113, issue 13, as :func:`_reached` since ev26)."""
    text = toks[k].text
    return text in lex.index and any(
        _matched(toks, k, form, lex.particles) > 0 for form, _ in lex.index[text]
    )


# The light verbs that impose or extend a measure, and the words a date phrase between a measure
# and such a verb ends with ("लॉकडाउन तीन मई तक बढ़ाने का फैसला", "प्रतिबंध दो हफ्ते के लिए लगाया
# गया", "धारा 144 3 दिन के लिए लगायी गयी"; round ev22, from the noun-without-light-verb drops of
# corpus/hindi-covid-2020 outside the event gold: the 5 events it adds on its 381 day files, read
# by hand, all impose or extend a measure)
_SPAN_VERBS = frozenset(
    {"बढ़ाया", "बढ़ाई", "बढ़ायी", "बढ़ाए", "बढ़ा", "बढ़ाने", "बढ़ाते", "बढ़ाएगी", "बढ़ाएगा"}
    | {"लगाया", "लगाई", "लगायी", "लगाए", "लगाये", "लगा", "लगाने", "लगाएगी", "लगाएगा"}
)
_SPAN_GLUE = frozenset({"तक", "के", "लिए", "से", "और", "भी"})


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
_COORDINATORS = frozenset({"और", "तथा", "एवं", "व", ","})
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


# A list of goods after a relief noun, its last item before the light verb ("भोजन, शुद्ध पानी,
# दवा देंगे", "राशन, सब्जी और दूध बांटा", "भोजन व पानी दिया जाएगा"): round ev57 (issue 13, a core
# miss of the unseen stand-in set F; corpus/hindi-covid-2020 outside the gold's days). The list
# holds plain words only: no postposition (a new phrase: "राशन और मास्क का इस्तेमाल"), no clause
# break, no other entry of the same noun (whose own light verb is its own candidate: "राशन और मास्क
# बांटे" stays one event, on मास्क), at least one conjunction, at most five words.
_LIST_REACH = 5
_LIST_NEGATION = frozenset({"नहीं", "न", "ना", "नही"})
_LIST_STOPS = frozenset({"ने", "से", "को", "की", "के", "का", "में", "पर", "द्वारा", "लिए", "कि"})


def _listed_light(toks: list[Token], j: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """The index of ``trig``'s light verb after a list of goods starting with a conjunction at
    ``j``, or -1."""
    if j >= len(toks) or toks[j].text not in _COORDINATORS:
        return -1
    for m in range(j + 1, min(j + 2 + _LIST_REACH, len(toks))):
        text = toks[m].text
        if text in trig.light and m > j + 1 and toks[m - 1].text not in _COORDINATORS:
            return m
        if is_break(toks, m) or text in _LIST_STOPS or text in lex.light_verbs:
            return -1
        if text in _LIST_NEGATION or text in lex.particles:
            return -1  # "मास्क और ग्लव्स नहीं दिया गया": the verb complex starts before the light verb
        if any(
            (t is trig or t.mode != trig.mode) and _matched(toks, m, form, lex.particles) > 0
            for form, t in lex.index.get(text, ())
        ):
            return -1  # "मास्क … मुहैया कराए गए": the provision's own entry (one that matches
            # there: "सुविधाएं दी" is no "सुविधाएं शुरू", round ev101)
    return -1


# "बंद करने की अवधि 14 अप्रैल तक बढ़ा दी": the period of a measure extended is the agent's act, as
# its decision is (round ev41, issue 13: a core miss of the unseen stand-in set C; अवधी is a common
# misspelling, 1 beside 24 अवधि after a measure in corpus/hindi-covid-2020)
_PERIOD = frozenset({"अवधि", "अवधी", "मियाद"})


def _period_extended(toks: list[Token], k: int, lex: TriggerLexicon) -> bool:
    """"की अवधि (को) … बढ़ा-" at ``k``: an extending verb within :data:`_OBJECT_REACH` words of the
    period noun, not past a break, a comma, a complementiser or another trigger."""
    return _extending_verb(toks, k, lex) > 0


def _extending_verb(toks: list[Token], k: int, lex: TriggerLexicon) -> int:
    """The token index of the extending verb of "की अवधि (को) … बढ़ा-" at ``k``, or -1. The
    verb complex is read from there (round ev139, issue 13): read from the genitive की it began
    "की अवधि को बढ़ा चुके", whose की the voice rules took for a perfect with a ने-agent, so "पंजाब,
    … और ओडिशा पहले ही … लॉकडाउन की अवधि को बढ़ा चुके हैं" (tuning set Uk) had no subject, and
    the window of :data:`_VERB_WINDOW` words could end before the auxiliaries that say when."""
    if k + 1 >= len(toks) or toks[k].text != "की" or toks[k + 1].text not in _PERIOD:
        return -1
    for m in range(k + 2, min(k + 3 + _OBJECT_REACH, len(toks))):
        text = toks[m].text
        if text in _SPAN_VERBS and text.startswith("बढ़"):
            return m
        if is_break(toks, m) or text in {",", "कि"} or _trigger_at(toks, m, lex):
            return -1
    return -1


def _dated_light(sv: SentenceView, j: int, trig: Trigger) -> int:
    """A measure's imposing or extending verb after a date or duration phrase, with no को
    between ("लॉकडाउन दो हफ्ते के लिए बढ़ाते हुए", "आदेश मई के अंत तक बढ़ा दिया"): the verb's token
    index, or -1. Every word between lies in a time expression of the sentence or is a
    postposition of one (तक, के लिए, से); at most :data:`_OBJECT_REACH` + 1 of them."""
    toks = sv.tokens
    timed = {
        k
        for tx in sv.timexes
        for k in range(j, min(j + _OBJECT_REACH + 2, len(toks)))
        if tx.start <= toks[k].start < tx.end
    }
    if j not in timed:
        return -1
    for k in range(j, min(j + _OBJECT_REACH + 2, len(toks))):
        if toks[k].text in _SPAN_VERBS and toks[k].text in trig.light:
            return k
        if k not in timed and toks[k].text not in _SPAN_GLUE:
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
    if trig.light.isdisjoint(map(_TEXT, toks[at : at + _VIA_REACH])):
        return -1  # no light verb within reach (round sp9, as below)
    for k in range(at, min(at + _VIA_REACH, len(toks))):
        text = toks[k].text
        if text in trig.light:
            return k
        if is_break(toks, k) or text in {",", "कि"}:
            return -1
        # another trigger: a form that matches here, not a postposition that only starts one
        # ("ट्रेनों से श्रमिकों को घर भेजा गया": को opens "को कहा" elsewhere; round ev37, as
        # :func:`_reached` since ev26)
        if _trigger_at(toks, k, lex):
            return -1
    return -1


def _reached(toks: list[Token], j: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """The light verb a few words after the noun, where the entry allows it (``reach``): "टीम
    गांव पहुंच गई", "टीम मौके पर पहुंची". Its token index, or -1. Not past a break, a comma, a
    complementiser, an agent marker or another trigger ("टीम जांच के लिए पहुंची": the test is
    the act), so the words between can only say where."""
    k, words = j, 0
    while k < len(toks) and words <= trig.reach:
        text = toks[k].text
        if text in trig.light:
            return k
        if is_break(toks, k) or text in {",", "कि", "ने", "और", "तथा"}:
            return -1
        # another trigger: a form that matches here, not a postposition that only starts one
        # ("आईएनएस जलश्व को माले की ओर भेजा": को opens "को कहा" elsewhere; round ev26)
        if _trigger_at(toks, k, lex):
            return -1
        k, words = _word_end(toks, k) + 1, words + 1
    return -1


def _word_end(toks: list[Token], k: int) -> int:
    """The last token of the word at ``k``: a web address ("www.covidssharyana.in", cut at its
    dots by the tokenizer) is one word to a reach (round ev139, issue 13)."""
    while k + 2 < len(toks) and toks[k + 1].text == "." and web_dot(toks, k + 1):
        k += 2
    return k


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


# Round ev152 (issue 13): the noun of beginning after a genitive ("नगर निगम ने राशन के वितरण की
# शुरुआत की", "गृह मंत्रालय ने दो नई हेल्पलाइन की शुरुआत की"), which makes the conjunct verb with
# कर as शुरू does: to begin the act is the act. Before round ev152 only the service entry's own
# forms ("सेवा की शुरुआत", "योजना की शुरुआत") read it; all 10 "<noun> की शुरुआत <कर>" of the 280
# allowed corpus/hindi-covid-2020 day files are those, so the general form changes no event there.
_BEGINNING = frozenset({"शुरुआत", "शुरूआत"})
# ... and the infinitive of कर (or its causative) in the progressive future after a support word
# ("सरकार … राशन का वितरण शुरू करने जा रही है", "… कार्यक्रम आयोजित करने जा रही है"): going to
# do it, an act planned as "वितरण करने जा रही है" is (verbforms.going_to); any other infinitive
# ("शुरू करने के लिए", "शुरू करने की मंजूरी") stays no act. 2 such phrases after a support word in
# the allowed corpus day files, neither with a lexicon noun (an LLC, a कार्यक्रम): no event changed.
_GOING_TO_INF = frozenset({"करने", "कराने", "करवाने"})


def _going_to_at(toks: list[Token], k: int) -> bool:
    """"जा" + रहा/रही/रहे at ``k``: the progressive future after an infinitive."""
    return k + 1 < len(toks) and toks[k].text == "जा" and toks[k + 1].text in {"रहा", "रही", "रहे"}


# Round ev101 (issue 13): the causative of कर after a support word ("मदद उपलब्ध करा दी गई",
# "सहायता उपलब्ध करवा रहे हैं", "राहत मुहैया करवाई"): to have something made available is to
# provide it, the conjunct verb Hindi news writes most with उपलब्ध and मुहैया (36 "उपलब्ध करा-"
# beside 4 "उपलब्ध कर-" in the allowed corpus/hindi-covid-2020 day files), so a noun whose light
# verb is कर takes it there too. The infinitive stays out as the कर one does (_supported).
_CAUSATIVE = frozenset(
    {"करा", "करवा", "कराया", "कराई", "करायी", "कराए", "कराये", "करवाया", "करवाई", "करवायी"}
    | {"करवाए", "करवाये", "कराएगी", "कराएगा", "कराएंगे", "करवाएगी", "करवाएगा", "करवाएंगे"}
)
# a perfect plural before its auxiliary ("कराए गए"), the subjunctive where the clause ends on it
_CAUSATIVE_OR_WISH = frozenset({"कराए", "कराये", "करवाए", "करवाये"})
# The support word makes the conjunct verb with कर, so the noun's own light verb need not be कर
# ("फंड उपलब्ध करा रही है", "छूट प्रदान की", "पुलिस ने सख्ती शुरू कर दी", "चेतावनी शुरू कर दी":
# फंड, छूट, सख्ती and चेतावनी take दे, बरत or बढ़ा alone). The finite forms and the causatives; the
# subjunctive करें and the infinitives stay out (asked or planned, not done). Round ev101: the 40
# "noun without light verb" drops of the allowed corpus day files with a support word after the
# noun, read by hand (see the round's README paragraph)
_CONJUNCT_KAR = _CAUSATIVE | frozenset(
    {"की", "किया", "किए", "किये", "कीं", "कर", "करेंगे", "करेगा", "करेगी", "करेंगी", "करते", "करती"}
    | {"करता"}
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



def _supported(toks: list[Token], j: int, trig: Trigger) -> int:
    """The light verb after a support word ("बैठक आयोजित की गई"), or a कर verb or its causative
    there whatever the noun's own light verb ("सहायता उपलब्ध करवा रहे हैं", "छूट प्रदान की",
    "पुलिस ने सख्ती शुरू कर दी", "राशन के वितरण की शुरुआत की", "राशन का वितरण शुरू करने जा रही
    है"): its token index, or -1."""
    if j + 2 < len(toks) and toks[j].text == "की" and toks[j + 1].text in _BEGINNING:
        j += 1  # "X की शुरुआत की": the beginning's own कर, as "X शुरू की" (round ev152)
    elif j + 1 >= len(toks) or toks[j].text not in _SUPPORT:
        return -1
    nxt = toks[j + 1].text
    if nxt in _GOING_TO_INF and _going_to_at(toks, j + 2):
        return j + 1  # "… वितरण शुरू करने जा रही है": the progressive future, planned
    if nxt not in trig.light and nxt not in _CONJUNCT_KAR:
        return -1
    if nxt in _CAUSATIVE_OR_WISH and (j + 2 >= len(toks) or is_break(toks, j + 2)):
        return -1  # "केंद्र सरकार राज्यों को सहायता उपलब्ध करवाए.": should provide, a wish
    if toks[j + 1].text.endswith(("ना", "नी", "ने")):
        return -1  # "आभार व्यक्त करना न भूलें", "सहायता प्रदान करने के लिए कहा": asked, not done
    if toks[j + 1].text in {"की", "के", "का"} and j + 2 < len(toks):
        # "सुनिश्चित की जाएगी" is a verb; "उपलब्ध की सूची" a genitive before a noun
        nxt = toks[j + 2].text
        verbal = nxt in _VERBAL_NEXT
        if not verbal and not is_break(toks, j + 2):
            return -1
    return j + 1


# Round ev101 (issue 13): the agent of a passive named between the noun and its light verb, "X की
# ओर/तरफ से" ("मरीजों के भोजन की व्यवस्था नगर निगम की ओर से की जा रही है", "खाने का इंतजाम … जिला
# प्रशासन की तरफ से किया गया है"): Hindi news puts the doer there as often as before the noun
# (agents._behalf_at reads it). At most this many words of the agent's phrase, and only a passive
# light verb after it: an active "X की ओर से की" is no construction of the language.
_BEHALF_REACH = 6


def _behalf_light(toks: list[Token], j: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """The passive light verb after "X की ओर/तरफ से" that follows the noun: its index, or -1.
    Not past a break, a comma, a complementiser, an agent marker or another trigger (the phrase
    must be the doer's alone). Only a window holding ओर/तरफ can hold one: the others are turned
    away before each word is asked whether it breaks the clause or opens a trigger (round sp9,
    issue 16: 2,151 asks over ``benchmarks/scale.py --days 16``, nearly all with neither word)."""
    stop = min(j + _BEHALF_REACH + 2, len(toks) - 2)
    if _BEHALF_WORDS.isdisjoint(map(_TEXT, toks[j + 1 : stop])):
        return -1
    for k in range(j + 1, stop):
        text = toks[k].text
        if is_break(toks, k) or text in {",", "कि", "ने", "और", "तथा", "द्वारा"}:
            return -1
        if _trigger_at(toks, k, lex):
            return -1
        if text in _BEHALF_WORDS and toks[k - 1].text == "की" and toks[k + 1].text == "से":
            p = k + 2
            while p < len(toks) and toks[p].text in lex.particles:
                p += 1
            passive = p + 1 < len(toks) and (toks[p + 1].text in PASSIVE or toks[p + 1].text == "जा")
            return p if p < len(toks) and toks[p].text in trig.light and passive else -1
    return -1


_BEHALF_WORDS = frozenset({"ओर", "तरफ"})


# Round ev176 (issue 13): the noun fronted before its ergative agent, the light verb after it
# ("… जांच का आदेश रेलवे बोर्ड ने दिया था", "… की अपील स्थानीय प्रशासन ने की", "उनकी प्रशंसा
# स्वास्थ्य मंत्रालय के संयुक्त सचिव ने की है"): the object put first for weight, the doer after
# it (agents.fronted_noun_agent reads it). At most this many words of the agent's phrase (the
# longest seen on the 280 allowed corpus day files is four), opening right after the noun, and
# only an active light verb right after its ने (a particle between).
_AGENT_REACH = 6
# what cannot open or stand in the agent's phrase: a postposition right after the noun makes it
# a noun of its own phrase ("बैठक में नेताओं ने …", "सवाल पर अग्रवाल ने कहा")
_NOT_AGENT_PHRASE = frozenset(
    {",", "कि", "ने", "और", "तथा", "व", "द्वारा", "में", "पर", "से", "को", "तक", "लिए", "बाद"}
)


def _agent_light(toks: list[Token], j: int, trig: Trigger, lex: TriggerLexicon) -> int:
    """The active light verb after "<agent> ने" that follows the noun (``j``: the word after
    it): its index, or -1. The agent's phrase opens right after the noun (not after a form
    ending in a postposition: "आदेश में बीएसए ने कहा" is said in the order, not an order
    given) and holds no break,
    postposition of another phrase, complementiser, conjunction or trigger; the verb right after
    ने (a particle between) is one of the noun's light verbs and no passive."""
    stop = min(j + _AGENT_REACH + 1, len(toks) - 1)
    if j >= stop or toks[j].text == "ने" or toks[j - 1].text in _NOT_AGENT_PHRASE or "ने" not in map(_TEXT, toks[j + 1 : stop]):
        return -1
    for k in range(j, stop):
        text = toks[k].text
        if k > j and text == "ने":
            p = k + 1
            while p < len(toks) and toks[p].text in lex.particles:
                p += 1
            passive = p + 1 < len(toks) and toks[p + 1].text in PASSIVE | {"जा"}
            return p if p < len(toks) and toks[p].text in trig.light and not passive else -1
        if is_break(toks, k) or text in _NOT_AGENT_PHRASE or _trigger_at(toks, k, lex):
            return -1
    return -1


# A decision noun in the oblique or plural ("के फैसले की सराहना", "के निर्णयों को"), besides
# the direct forms of _DECISIONS.
_DECIDED = frozenset({"फैसला", "फैसले", "फ़ैसला", "फ़ैसले", "फैसलों", "निर्णय", "निर्णयों"})

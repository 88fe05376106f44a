"""Where a Hindi trigger's light verb stands away from its noun, and how a trigger form matches.

Why a module of its own: :mod:`khabar.events.candidates` reached the 900-line limit (round rf1,
issues 13 and 16). Its loop (:func:`khabar.events.candidates.find_candidates`) matches each
lexicon form and asks for the light verb right after it; when none stands there it asks the
searches here, each a walk over the tokens around one trigger that returns the light verb's
index or -1 and reads nothing else: a bracketed aside, a headline's fronted verb, the measure as
the को-object of its own verb, a date phrase before an extending verb, a "via" postposition, a
verb a few words on (``reach``), a support word ("आयोजित", "उपलब्ध"), "X की ओर से" or a fronted
ergative agent between, a decision taken in a meeting, a list of goods. The form matcher
(:func:`_matched`) and the sets both sides read stand here, below the loop, so that neither
module imports the other at import time. Moved out of :mod:`khabar.events.candidates` unchanged.
"""

from __future__ import annotations

from .clause import _TEXT, SentenceView, Token, is_break, web_dot
from .lexicon import Trigger, TriggerLexicon
from .numbers_named import digits_end
from .process_begun import past_process
from .roles import PASSIVE

# The habitual's auxiliaries ("… किया जाता है")
_HABITUAL_AUX = frozenset({"है", "हैं"})
# what makes "X की" a verb ("सुनिश्चित की जाएगी"), built once (round sc47)
_VERBAL_NEXT = PASSIVE | _HABITUAL_AUX | {"जा", "थी", "थे"} | {",", "और", "तथा", "कि"}


# "X को लेकर/देखते हुए": about X, in view of X, no object of a verb
_KO_TOPIC = frozenset({"लेकर", "देखते", "देख", "ध्यान"})


# Words between a measure's को and its light verb: a date phrase ("3 मई तक") and an adverb fit in
# four (checked on corpus sentences of लॉकडाउन को … बढ़ा, outside the event gold).
_OBJECT_REACH = 5


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
        k = digits_end(toks, k) if w else k  # "हेल्पलाइन नंबर 9013151515 जारी" (round rv41)
        while w and k < len(toks) and toks[k].text != word and (
            toks[k].text in particles
            or (toks[k].text == _MORE and k + 1 < len(toks) and toks[k + 1].text == word)
        ):
            k += 1
        if k >= len(toks) or toks[k].text != word:
            return -1
        k += 1
    return k


# A Hindi aside in brackets between a noun and its light verb: a gloss of the noun ("पाबंदी
# (लॉकडाउन) लगाई गई है", AU-2020-ARP-12.txt:47; "चार लोगों पर रासुका (राष्ट्रीय सुरक्षा कानून)
# लगाया", AU-2020-ARP-03.txt:78; "… लोगों को क्वारंटाइन (एकांतवास) किया जाएगा", AU-2020-ARP-05.txt:38:
# round ev91, issue 13, the quarantine kind of stand-in S; the 4 such on 306 corpus day files
# outside the gold's days, read). Latin glosses are dropped before (latin_glosses.drop_glosses); at most
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
# + the future passive (round rc3, issue 13: "तीन किलोमीटर के दायरे के इलाके को भी किया जाएगा सील",
# DH-2020-MAR-31.txt, recall audit rv47's miss 47; the one fronted future passive before a trigger
# noun closing a body clause on the 280 allowed corpus day files)
_FRONTED_PASSIVE |= frozenset({"जाएगा", "जाएगी", "जाएंगे", "जाएंगी", "जायेगा", "जायेगी", "जायेंगे"})


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
        _matched(toks, k, form, lex.particles) > 0
        for form, trig in lex.index[text]
        if not trig.destination  # where one is sent, no act (round tr3)
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


# Conjunctions (and a comma) that join a list's items or two infinitives
# (:func:`khabar.events.candidates._coordinated_infinitive`)
_COORDINATORS = frozenset({"और", "तथा", "एवं", "व", ","})


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
    postposition of one (तक, के लिए, से); at most :data:`_OBJECT_REACH` + 1 of them. A measure
    said to stay until a date is read by :func:`_stays_until` (round rv37)."""
    if (at := _stays_until(sv, j, trig)) > 0:
        return at
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


# round rv37 (issue 13): a measure said to stay in force until a date, the date between the noun
# and its verb of staying ("पीएम मोदी ने ऐलान किया कि लॉकडाउन अब तीन मई तक रहेगा", a core miss of
# the eleventh recall audit's draw; "राज्य में कर्फ्यू अब 17 मई तक जारी रहेगा", "अब यह लॉकडाउन 17
# मई तक जारी रहेगा"), as "31 मार्च तक लॉकडाउन रहेगा" is read with the date before the noun (round
# ev41). Only the future of रह that the entry takes as its light verb, only after a phrase of the
# sentence's time expressions that ends in तक (an adverb अब/भी/फिलहाल may lead it), and जारी
# ("continues") only right before that verb: "लॉकडाउन जारी रहेगा" with no date (a consultancy's
# forecast on the allowed files) stays no act, as the bare entry reads it. The 3 sentences of the
# kind on the 280 allowed corpus day files are these three.
_STAY_ADVERBS = frozenset({"अब", "भी", "फिलहाल"})
_STAY_GLUE = frozenset({"तक", "से", "के", "लिए"})
_CONTINUING = "जारी"


def _stays_until(sv: SentenceView, j: int, trig: Trigger) -> int:
    """The token index of the future of रह (in ``trig.light``) closing "<measure> (अब) <date>
    तक (जारी) रहेगा" from token ``j`` on, or -1: the words between are a leading adverb
    (:data:`_STAY_ADVERBS`), then only words of the sentence's time expressions and their
    postpositions, the last of them तक; at most :data:`_OBJECT_REACH` + 2 words."""
    toks = sv.tokens
    end = min(j + _OBJECT_REACH + 3, len(toks))
    k = j
    while k < end and toks[k].text in _STAY_ADVERBS:
        k += 1
    timed = {m for tx in sv.timexes for m in range(k, end) if tx.start <= toks[m].start < tx.end}
    if k not in timed:
        return -1
    while k < end and (k in timed or toks[k].text in _STAY_GLUE):
        k += 1
    if toks[k - 1].text != "तक" or k >= len(toks):
        return -1
    if toks[k].text == _CONTINUING:
        k += 1
    if k < len(toks) and toks[k].text in trig.light and toks[k].text.startswith("रह"):
        return k
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


def _supported(toks: list[Token], j: int, trig: Trigger) -> int:
    """The light verb after a support word ("बैठक आयोजित की गई"), or a कर verb or its causative
    there whatever the noun's own light verb ("सहायता उपलब्ध करवा रहे हैं", "छूट प्रदान की",
    "पुलिस ने सख्ती शुरू कर दी", "राशन के वितरण की शुरुआत की", "राशन का वितरण शुरू करने जा रही
    है"; "… की प्रक्रिया शुरू की", ev199): its token index, or -1."""
    j = past_process(toks, j)
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

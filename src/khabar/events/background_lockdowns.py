"""A lockdown named in passing, not imposed: the lockdown noun that heads no finite act.

Why: the lexicon's lockdown entry makes a COERCE of "लॉकडाउन" wherever a light verb can be found
for it, and some of those verbs are not the lockdown's own finite act. The lockdown is then the
object of an infinitive that is itself an argument of something else ("केंद्र सरकार … लॉकडाउन लागू
करने पर जोर देती है": stressing it; "… लॉकडाउन को दो सप्ताह और बढ़ाने के पक्ष में हैं": being in
favour of it; "कोरोना महामारी के कारण लॉकडाउन लागू रहने की स्थिति में …": a condition), or the
possessor of a period that ends with no extension told ("… लागू किए गए 21 दिनों के लॉकडाउन की
मियाद 14 अप्रैल को खत्म हो रही है"). Those are background mentions, which the development gold
does not code as acts (its header: background recaps are at most secondary). Kept: the
infinitive decided, announced, approved or ordered ("… बढ़ाने का फैसला किया", "… लॉकडाउन करने
के आदेश दिए", "… रहने को कहा", "… लगाने के निर्णय की सराहना": a decision named), the infinitive
as the time or purpose of what follows ("… बढ़ाने के साथ ही", "… की घोषणा होने पर", "… लागू
कराने के लिए": the act done, as round ev22 reads "की घोषणा के बाद"), the period extended
("लॉकडाउन की अवधि को बढ़ा दिया"), every other genitive (the candidates' reading) and a denial
(:func:`.undecided.deny_undecided`'s, or "… बढ़ाने की कोई योजना नहीं", which rounds dt7 and kk1
date). Round fp5 (issue 13): of the 100 "लॉकडाउन" COERCE events at main on the 280 allowed corpus day files, 13 named the lockdown as
the object of a non-finite verb; this pass drops 5, all of them right (docs/events-rounds.md).
"""

from __future__ import annotations

from ..model import Event
from .clause import GENITIVES, PARTICLES

# The lockdown's own one-word triggers (the multi-word forms carry their own verb)
_LOCKDOWN = frozenset({"लॉकडाउन", "लाकडाउन", "लॉकडॉउन"})
# The oblique infinitives of the verbs a lockdown takes (imposed, extended, kept, lifted); a
# closed list, so that no other word in -ने (उन्होंने, अपने, सामने) is read as one
_INFINITIVES = frozenset(
    {"करने", "कराने", "लगाने", "लगवाने", "बढ़ाने", "रखने", "रहने", "होने", "हटाने", "खोलने"}
)
# The nouns that make an infinitive the agent's act, decided, announced, ordered or approved
# (:data:`.candidates._DECIDED_OR_LISTED`'s nouns), whatever verb follows them: "… लगाने के
# निर्णय की सराहना" names the decision taken
_DECIDED = frozenset(
    {"फैसला", "फ़ैसला", "निर्णय", "आदेश", "आदेशों", "निर्देश", "घोषणा", "ऐलान", "एलान"}
    | {"मंजूरी", "मंज़ूरी", "स्वीकृति"}  # "लॉकडाउन बढ़ाने को मंजूरी दे दी"
)
# ... and their oblique forms ("… लॉकडाउन बढ़ाने के फैसले का स्वागत किया")
_DECISION_OBLIQUE = frozenset({"फैसले", "फ़ैसले", "निर्णयों", "घोषणाओं"})
# "लॉकडाउन लागू करने को कहा", "… रहने के लिए कहा": told to, an order (the gold's COERCE)
_TOLD = frozenset({"कहा", "कहे", "कहें"})
# Finite light verbs and auxiliaries: one before any infinitive makes the lockdown's own act
_LIGHT = frozenset(
    {"किया", "किए", "किये", "कर", "करेंगे", "करेगी", "करेगा", "करता", "करती", "करते", "लिया"}
    | {"ली", "लिए", "लिये", "ले", "लेगी", "लेगा", "लेंगे", "दिया", "दिए", "दिये", "दी", "दे"}
    | {"जारी"}
)
_AUXILIARIES = frozenset({"है", "हैं", "था", "थी", "थे", "गई", "गया", "गए", "गयी", "जा", "जाएगी"})
# "के बाद/साथ/पहले/दौरान": done, the time of what follows (round ev22's "की घोषणा के बाद")
_AROUND = frozenset({"बाद", "साथ", "पहले", "दौरान"})
# "लॉकडाउन की घोषणा होने पर …", "… बढ़ाने पर": upon it, the time of what follows, unless the
# पर is a stress's ("लॉकडाउन लागू करने पर जोर देती है", tuning pool X's false positive)
_STRESS = frozenset({"जोर", "ज़ोर", "बल"})
# "लॉकडाउन लागू कराने के लिए …": the purpose of what its agent does, enforcing it
_PURPOSE = frozenset({"लिए", "लिये"})
# Period nouns whose extension is the lockdown's own act ("की अवधि … बढ़ा दी", round ev139)
_PERIODS = frozenset({"अवधि", "मियाद", "समयसीमा"})
# How far after the lockdown (its object marker, particles, length and date skipped) its
# infinitive may stand: "लॉकडाउन को दो सप्ताह और बढ़ाने के पक्ष में" (4 words), tuned on the
# allowed corpus day files
_REACH = 5
_STOPS = frozenset({"।", "॥", ".", "|", "?", "!", ",", ";", ":"})


def _words(text: str, start: int, end: int) -> list[str]:
    """The words from ``start`` to the end of the clause (a stop mark or ``end``)."""
    out: list[str] = []
    for raw in text[start:end].split():
        word = raw.strip("'\"‘’“”")
        tail = word.rstrip("।॥.|?!,;:")
        if tail:
            out.append(tail)
        if word in _STOPS or tail != word:
            break
    return out


def _infinitive_argument(words: list[str], k: int) -> bool:
    """Whether the infinitive at ``k`` is an argument of something else: a word follows it that
    is no time, purpose, upon (but a stress's पर), decision or telling to, in a clause that
    denies nothing."""
    if k + 2 < len(words) and words[k + 1] in GENITIVES and words[k + 2] in _AROUND:
        return False  # "लॉकडाउन बढ़ाने के साथ ही …": done, the time of what follows (as ev22)
    if k + 2 < len(words) and words[k + 1] == "के" and words[k + 2] in _PURPOSE:
        return False
    if k + 1 < len(words) and words[k + 1] == "पर":
        return k + 2 < len(words) and words[k + 2] in _STRESS
    if any(w in _TOLD or w in _DECIDED or w in _DECISION_OBLIQUE for w in words[k + 1 : k + 4]):
        return False
    if any(w.startswith("नहीं") for w in words[k + 1 :]):
        return False  # "… बढ़ाने की उसकी कोई योजना नहीं है": a denial, dated as one (dt7, kk1)
    return k + 1 < len(words)


def background(e: Event, text: str) -> bool:
    """Whether ``e``, a one-word lockdown COERCE, names the lockdown in passing: its first verb
    after the noun (its period) is an infinitive that is an argument of something else
    (:func:`_infinitive_argument`), or its period ends with no extension or light verb told."""
    if e.type != "COERCE" or e.mode != "lockdown" or e.trigger not in _LOCKDOWN:
        return False
    if e.modality == "denied":
        return False  # "… को लेकर कोई पुष्टि नहीं": a denial already read (round fp2)
    words = _words(text, e.trigger_end, e.evidence_end)
    k = 0
    while k < len(words) and (words[k] in PARTICLES or words[k].replace(".", "").isdigit()):
        k += 1  # "लॉकडाउन भी", "लॉकडाउन 3.0"
    if k + 1 < len(words) and words[k] in GENITIVES:
        if words[k + 1] not in _PERIODS:
            return False  # "लॉकडाउन की घोषणा की", "… की जगह कर्फ्यू": read by the candidates
        k += 2  # "लॉकडाउन की अवधि …": read on from the period
    for m in range(k, min(k + _REACH + 1, len(words))):
        word = words[m]
        if word in _INFINITIVES:
            return _infinitive_argument(words, m)
        if word.startswith("बढ़") or word in _LIGHT or word in _AUXILIARIES:
            return False  # a finite verb first: "लॉकडाउन बढ़ा दिया", "… से बढ़ाकर"
    return (
        0 < k < len(words)  # something told of the period (a cut evidence tells nothing)
        and words[k - 1] in _PERIODS
        and not any(w.startswith("बढ़") or w in _LIGHT for w in words[k:])
    )  # "… लॉकडाउन की मियाद 14 अप्रैल को खत्म हो रही है": the period ends


def drop_background_lockdowns(events: list[Event], text: str) -> list[Event]:
    """Drop the lockdowns named in passing (:func:`background`)."""
    return [e for e in events if not background(e, text)]

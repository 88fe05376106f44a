"""The "must" of an obligation: "<infinitive> होगा/होगी/होंगे", "<infinitive> पड़ेगा".

Why a module of its own: a speaker's कि-clause that lays a duty on a party is a demand or advice
to it whether the duty is said with "चाहिए" (should) or with the future of होना/पड़ना (must):
"मंत्रालय ने … कहा है कि लोगों को लॉकडाउन और दिशा-निर्देशों का पालन पूरी शिद्दत से करना होगा,
वरना …", "एनडीएमए के निर्देश में कहा गया है कि कारखानों को … साफ-सफाई की व्यवस्था सुनिश्चित
करनी होगी". Round ev193 (issue 13, stances said without a stance verb) found these dropped as
"not a request clause": the clause checks of :mod:`khabar.events.verbforms` read only the
subjunctive and "चाहिए". The dev gold's tune half codes "… ने कहा कि … लोगों को जीने के लिए घरों
में रहना होगा" a REQUEST. The form asks only where round ev130's
:func:`khabar.events.addressees.ought_addressee` finds the को-dative it binds; with none the
clause stays a forecast or an opinion ("कहा कि … यह देखना होगा") and the request is dropped for
want of a target. Both the clause checks and the addressee read the form here, one definition
for both (verbforms and addressees cannot import each other).
"""

from __future__ import annotations

# The future of होना and पड़ना after an infinitive: must, have to
_MUST_WORDS = ("होगा", "होगी", "होंगे", "पड़ेगा", "पड़ेगी", "पड़ेंगे")
# ... with ड़ as one code point (U+095C) and as ड + nukta: the corpus writes both
MUST = frozenset(_MUST_WORDS) | {w.replace("\u0921\u093c", "\u095c") for w in _MUST_WORDS}
_INFINITIVE_ENDS = ("ना", "नी", "ने")
_PERFECT_ENDS = ("ा", "ी", "े", "ए", "ई")


def must_clause(words: list[str]) -> bool:
    """Whether ``words`` end in "<infinitive> होगा" or "<infinitive> पड़ेगा" (an obligation, "…
    पालन करना होगा"), not in a passive infinitive after a participle ("… किया जाना होगा": the
    passive binds nobody)."""
    if len(words) < 3 or words[-1] not in MUST:
        return False
    inf = words[-2]
    if len(inf) < 4 or not inf.endswith(_INFINITIVE_ENDS):
        return False
    return not (inf[:-2] == "जा" and words[-3].endswith(_PERFECT_ENDS))


# Round rv40 (issue 13, an unbiased recall audit of 250 drawn corpus sentences): a duty to ENSURE
# whose content is a second कि-clause ("… ने कहा कि अन्य राज्य सरकारों को भी यह सुनिश्चित करना
# चाहिए कि वे … छात्रों को उनके घरों तक सुरक्षित पहुंचाए", a core REQUEST of the draw dropped "not a
# request clause": the clause was read to its inner verb). The obligation before the inner कि is
# what the speaker asks, as round ev27 reads the polite "सुनिश्चित करें कि …". Only the verb of
# ensuring: "… को समझना चाहिए कि …" and "हमें समझना होगा कि …" tell a view as often as they ask.
_ENSURE_VERBS = ("सुनिश्चित",)
_ENSURE_INFINITIVES = frozenset({"करना", "करनी", "करने"})
_OUGHT_WORDS = frozenset({"चाहिए", "चाहिये", "चाहिएं"})


def ensure_cut(words: list[str]) -> int | None:
    """The index of the inner कि in a clause that lays a duty to ensure ("… यह सुनिश्चित करना
    चाहिए/होगा कि …"), where the asking clause ends; None where there is none."""
    for i in range(3, len(words)):
        if words[i] != "कि":
            continue
        ought = words[i - 1]
        if ought not in _OUGHT_WORDS and ought not in MUST:
            continue
        if words[i - 2] in _ENSURE_INFINITIVES and words[i - 3] in _ENSURE_VERBS:
            return i
    return None


# Round rc5 (issue 13, missed core events): "no need to panic" said to people ("… ने ट्वीट कर कहा
# है कि देशवासियों को घबराने की बिल्कुल जरूरत नहीं है", a core miss of the tuning pool X) tells
# them not to panic, as the subjunctive "लोग घबराएं नहीं" does (round ev92 reads that a request);
# the tuning sets code it an appeal (REQUEST) to the dative. Only the verbs of fear: "कहा कि
# लॉकडाउन बढ़ाने की जरूरत नहीं है" is an opinion on a measure, nobody told what to do. Counted
# on the 280 allowed corpus day files: 31 "<fear> की (कोई) जरूरत/आवश्यकता नहीं", of which the
# speech verb's कि-clause with a को-dative asks here (ought_addressee keeps only those).
_FEAR = frozenset({"घबराने", "डरने", "घबड़ाने", "घबडाने"})
_NEED = frozenset({"जरूरत", "जरुरत", "ज़रूरत", "आवश्यकता"})
_NEED_FILL = frozenset({"कोई", "बिल्कुल", "बिलकुल", "भी"})
_NEED_END = frozenset({"है", "हैं"})


def no_need_cut(words: list[str]) -> int | None:
    """The index of the fear infinitive in a clause that ends "<घबराने/डरने> की (कोई, बिल्कुल)
    जरूरत नहीं (है)" (no need to panic: advice not to), else None."""
    end = len(words)
    while end and words[end - 1] in _NEED_END:
        end -= 1
    if end < 4 or words[end - 1] != "नहीं" or words[end - 2] not in _NEED:
        return None
    j = end - 3
    while j > 1 and words[j] in _NEED_FILL:
        j -= 1
    if words[j] != "की" or words[j - 1] not in _FEAR:
        return None
    return j - 1

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

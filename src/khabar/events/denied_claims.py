"""A saying whose कि-clause calls a claim false: a denial (round rj1).

Why: officials answer rumours and reports by saying them false, not with a verb of denial
("लेकिन कुछ स्वास्थ्य चिकित्सकों ने इसे सिरे से नकारते हुए कहा कि, यह खबर बिल्कुल गलत हैं";
"इन अफवाहों को लेकर एफएसएसएआई प्रमुख जी एस अयंगर ने गुरुवार को कहा कि यह ऐसा कोई वैज्ञानिक
प्रमाण नहीं है कि …", a core REJECT of the tuning pool Y that main missed). The dev gold codes the
denial of a claim REJECT (its header: "denial of a claim -> REJECT"); the tuning sets leave the
target empty where no actor made the claim in the text.

What counts, after the कि of a saying (:func:`.clarified.deny_such` recasts the saying, as round
rc6 did for "ऐसा कोई प्रावधान नहीं है"):

- a claim's noun said false: "<खबर/चर्चा/अफवाह/दावा/बात/रिपोर्ट> (बिल्कुल) गलत/झूठ/… है";
- no evidence for a rumour the sentence names before the saying: "इन अफवाहों को लेकर … कहा कि
  … कोई वैज्ञानिक प्रमाण नहीं है". Without such a noun, "कहा कि … ऐसा कोई प्रमाण नहीं मिला है
  कि यह मौसमी संक्रमण है" (WHO's Mike Ryan, DJ-2020-MAR-07) states what science knows, and "उन्होंने
  कहा कि वर्तमान में इस बात का कोई सबूत नहीं है …" (AU-2020-ARP-16) retells the खंडन its
  article coded two sentences before: neither is coded.

Tuned on the 280 allowed corpus day files: 15 sentences where a speaker calls a rumour, report
or claim false or says there is no evidence for it; 6 coded at main (खंडन, खारिज, "दावों को
गलत बताया"), 2 retelling a खंडन coded before (left), 2 by this rule (both right); see
docs/events-rounds.md, rj1.
"""

from __future__ import annotations

from .clause import PARTICLES, SentenceView

# The nouns of a claim (the report, the talk, the rumour) that a clause may call false.
_CLAIMS = frozenset(
    {
        "खबर",
        "खबरें",
        "ख़बर",
        "चर्चा",
        "चर्चाएं",
        "अफवाह",
        "अफवाहें",
        "अफ़वाह",
        "दावा",
        "दावे",
        "बात",
        "बातें",
        "रिपोर्ट",
    }
)
# What the claim is called ("गलत", "झूठ", "बेबुनियाद"), and the adverbs that may stand between
# ("बिल्कुल गलत", "सरासर झूठ", "पूरी तरह निराधार").
_FALSE = frozenset(
    {"गलत", "ग़लत", "झूठ", "झूठी", "झूठा", "झूठे", "बेबुनियाद", "निराधार", "फर्जी", "मनगढ़ंत", "तथ्यहीन"}
)
_ADVERBS = frozenset({"बिल्कुल", "बिलकुल", "सरासर", "पूरी", "पूरे", "तरह", "एकदम", "सिरे", "से"})
_COPULAS = frozenset({"है", "हैं", "था", "थी", "थे"})
_GAP = 3  # adverbs and particles between the claim's noun and its "गलत" ("भी बिल्कुल")

# The rumours a no-evidence clause answers, named in the sentence before the saying.
_RUMOURS = frozenset({"अफवाह", "अफवाहें", "अफवाहों", "अफ़वाहों", "भ्रम", "दावों", "दावे"})
_EVIDENCE = frozenset({"प्रमाण", "सबूत", "साक्ष्य"})
_ANY = "कोई"
_ADJECTIVES = 2  # words between कोई and the evidence ("कोई वैज्ञानिक प्रमाण")
_ENDS = frozenset({"।", "॥", "?", "."})


def _clause(sv: SentenceView, k: int) -> list[str]:
    """The words after the कि at token ``k`` up to the sentence's end."""
    out: list[str] = []
    for t in sv.texts[k + 1 :]:
        if t in _ENDS:
            break
        out.append(t)
    return out


def _claim_false(words: list[str]) -> bool:
    """A claim's noun, up to :data:`_GAP` adverbs or particles, a word of falsehood and its
    copula: "… यह खबर बिल्कुल गलत हैं", "… की चर्चा गलत है"."""
    for i, w in enumerate(words):
        if w not in _CLAIMS:
            continue
        j = i + 1
        while j < len(words) and j - i <= _GAP and (words[j] in _ADVERBS or words[j] in PARTICLES):
            j += 1
        if j + 1 < len(words) and words[j] in _FALSE and words[j + 1] in _COPULAS:
            return True
    return False


def _no_evidence(words: list[str]) -> bool:
    """No evidence in the clause: "… कोई (वैज्ञानिक) प्रमाण नहीं है"."""
    for i, w in enumerate(words):
        if w != _ANY:
            continue
        for j in range(i + 1, min(i + 2 + _ADJECTIVES, len(words))):
            if words[j] in _EVIDENCE:
                m = j + 1
                while m < len(words) and words[m] in PARTICLES:
                    m += 1
                if m < len(words) and words[m] == "नहीं":
                    return True
                break
    return False


def denies_claim(sv: SentenceView, k: int) -> bool:
    """Whether the clause after the कि at token ``k`` calls a claim false, or says there is no
    evidence for a rumour the sentence names before the कि."""
    words = _clause(sv, k)
    if _claim_false(words):
        return True
    return not _RUMOURS.isdisjoint(sv.texts[:k]) and _no_evidence(words)

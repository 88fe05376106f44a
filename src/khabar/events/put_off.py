"""A measure's decision put off: the measure not taken (round pr4, issue 13).

Why a module of its own: round pr4 read the modality of acts put off. A cancel trigger whose object
is the decision on a measure ("चिंतित सरकार ने लॉक डाउन का फैसला फिलहाल टाल दिया है") does not
cancel anything: the lockdown is what was not ordered, so the event is the measure itself, denied,
as the tuning set Vg's gold codes AU-2020-03-18-L106-e01 (COERCE denied) where khabar said a
cancellation that happened. :func:`khabar.events.hindi.extract_sentence` asks after a COERCE
candidate's type is known.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView

# The decision nouns a cancel verb may put off ("फैसला/फैसले/निर्णय … टाल दिया/स्थगित किया").
_DECISIONS = frozenset({"फैसला", "फैसले", "निर्णय"})
# Words that may stand between the decision and the verb: the object marker and the adverbs of
# a delay ("फिलहाल", "अभी").
_BETWEEN = frozenset({"को", "भी", "फिलहाल", "अभी", "अभी-अभी"})
# The measure nouns whose decision, put off, is that measure denied, each with the mode its own
# trigger has (triggers_hi.yaml: लॉकडाउन and "लॉक डाउन" lockdown, तालाबंदी lockdown, कर्फ्यू
# curfew). Only a measure noun that names the decision's content right before its genitive
# ("लॉक डाउन का फैसला"): "पूर्व के फैसले को … स्थगित" (an earlier decision of unknown content
# suspended) is not read. Counted on the 280 allowed corpus day files (grep of a measure noun or
# फैसला/निर्णय before टाल/स्थगित in one sentence): 1 such decision put off, that lockdown; the
# other decision suspended is the "पूर्व के फैसले" one, left as it was.
_MEASURES = {
    "लॉकडाउन": "lockdown",
    "लाकडाउन": "lockdown",
    "डाउन": "lockdown",  # "लॉक डाउन" in two words
    "तालाबंदी": "lockdown",
    "कर्फ्यू": "curfew",
}


def measure_put_off(sv: SentenceView, cand: Candidate) -> str | None:
    """The mode of the measure whose decision a cancel trigger puts off ("<measure> का/के
    फैसला/निर्णय [को] [फिलहाल] टाल दिया"), else None."""
    if cand.trig.mode != "cancel" or _DECISIONS.isdisjoint(sv.words):
        return None  # most sentences: no decision noun
    toks = sv.texts
    k = cand.first - 1
    while k >= 0 and toks[k] in _BETWEEN:
        k -= 1
    if k < 2 or toks[k] not in _DECISIONS or toks[k - 1] not in {"का", "के"}:
        return None
    return _MEASURES.get(toks[k - 2])

"""Candidates whose own frame says they report no act, or an act of another type: round fp1's
rules (issue 13, false positives of the tuning sets Vf-Vj, Vm-Vq, Vr-Vv and Vw-Vz).

:func:`sorted_candidates` reads each candidate's nearest words before the sentence's loop
(:func:`khabar.events.hindi.extract_sentence`) and before the sentence's dates are given out, so
that a candidate that is no act takes no date from the act beside it (as round ev161's
:func:`.clarified.clarifying` does for clarifications). Three kinds:

- a need or a situation (:func:`_needed`): "इस सेक्टर को बहुत मदद की जरूरत है" (the sector
  needs help; the "की" is the genitive of "जरूरत", not the past of कर), "… ने … लॉकडाउन की
  स्थिति को समझने के लिए एक अध्ययन किया है" (a study of the lockdown's state). The dev gold's
  rules: "Not events: figures and states". The trigger noun is the genitive of a noun of need or
  of state, so nobody did the act.
- an open question of how something will be done (:func:`_asked_how`): "… यात्री रेलवे स्टेशन तक
  कैसे पहुंचेंगे" (not yet made clear), "… तो कैसे आप लॉकडाउन लागू करेंगे" (a critic's
  rhetorical question). A future verb under "कैसे" tells no act, done or planned; the rule
  :func:`.fates._questioned` reads only questions with "?" and indirect ones after "पूछा कि".
- a search for people who are no contacts (:func:`_searched_for`): the gold codes contact tracing
  ("संपर्क में आए लोगों का पता लगाया जा रहा है") ACCUSE investigate, as the lexicon's "पता"
  entry does (round ev147), but the tracing of patients who fled or went missing and of the
  attendees of an event as a coercive search (COERCE: "हमने उनका पता लगाया है और उन्हें …
  वापस अस्पताल लाया जाएगा", "… दो संक्रमित लापता है तथा इनका पता लगाया जा रहा है", "अधिकारियों
  ने अब उन सभी लोगों का पता लगाया है जो … दिल्ली कार्यक्रम में शामिल हुए", three gold events of
  the pools POOL_fresh and POOL_fresh2). Such a candidate is retyped COERCE; its mode stays
  ``investigate``, so that every guard of a search (people held, a medical test, a screening)
  reads it as before.

Counts on the 280 allowed corpus day files and the sets: docs/events-rounds.md, round fp1.
"""

from __future__ import annotations

from dataclasses import replace

from .candidates import Candidate
from .clause import SentenceView
from .granted_some import granted_to_some
from .timexowner import _clause_start

# Nouns of need and of state whose genitive the trigger noun is ("मदद की जरूरत", "लॉकडाउन की
# स्थिति"): spellings as the allowed corpus day files write them.
_NEED_OR_STATE = frozenset({"जरूरत", "ज़रूरत", "जरुरत", "आवश्यकता", "दरकार", "स्थिति"})
_GENITIVE = frozenset({"की", "के"})

# "कैसे" asks how; a future verb ending tells that the act is not told as done (the present
# "कैसे मदद करते हैं" may describe what is done, and is left).
_HOW = "कैसे"
_FUTURE_ENDS = ("ंगे", "ंगी", "ेगा", "ेगी", "ूंगा", "ूंगी", "एंगे", "एगा", "एगी")

# Words that make the people traced contacts of a patient ("संपर्क में आए लोगों का पता", "उसके
# साथ यात्रा करने वाले यात्रियों का पता"): contact tracing stays ACCUSE investigate.
_CONTACT_WORDS = frozenset({"संपर्क", "संपर्कों", "सम्पर्क", "साथ", "कॉन्टैक्ट"})
_SEARCH_FORM = "पता"


def _needed(sv: SentenceView, cand: Candidate) -> bool:
    """The trigger is followed by a genitive postposition and a noun of need or of state."""
    texts = sv.texts
    k = cand.last + 1
    return k + 1 < len(texts) and texts[k] in _GENITIVE and texts[k + 1] in _NEED_OR_STATE


def _asked_how(sv: SentenceView, cand: Candidate) -> bool:
    """Whether "कैसे" stands in the trigger's clause before it and the verb after it is a future."""
    start = _clause_start(sv, cand.first)
    if _HOW not in sv.texts[start : cand.first]:
        return False
    verb = cand.verb or [sv.texts[cand.last]]
    return any(w.endswith(_FUTURE_ENDS) for w in verb)


def _searched_for(sv: SentenceView, cand: Candidate) -> bool:
    """A "पता लगा-" search whose clause names no contact before the trigger."""
    trig = cand.trig
    if trig.type != "ACCUSE" or trig.mode != "investigate":
        return False
    if sv.texts[cand.first] != _SEARCH_FORM or not cand.light:
        return False
    start = _clause_start(sv, cand.first)
    return _CONTACT_WORDS.isdisjoint(sv.texts[start : cand.first])


def sorted_candidates(sv: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the needs, states and open questions (and, round fp2, the permissions given
    only to some: :mod:`.granted_some`), with the searches for people who are no contacts retyped
    COERCE (module docstring)."""
    out: list[Candidate] = []
    for cand in cands:
        if _needed(sv, cand) or _asked_how(sv, cand):
            continue
        if granted_to_some(sv, cand):  # round fp2
            continue
        if _searched_for(sv, cand):
            cand = replace(cand, trig=replace(cand.trig, type="COERCE"))
        out.append(cand)
    return out

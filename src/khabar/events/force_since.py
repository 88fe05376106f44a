"""A measure told as in force since a day: that day is its start, not a day of the sentence.

Round dt7 (issue 13): the time stage now reads "पिछले हफ्ते मंगलवार को मध्यरात्रि से" as one
time (24 March, midnight) where it gave a week, 2020-W13, that dated nothing. A day ending in से
is a start, not an act's own day (:func:`~khabar.events.timexowner._act_date`), so the act fell
to the sentence's other day: "सरकार ने सोमवार को कहा कि पिछले हफ्ते मंगलवार को मध्यरात्रि से
प्रभावी हुए 21 दिन के लॉकडाउन की अवधि बढ़ाने की उसकी कोई योजना नहीं है" (NT-2020-MAR-30) dated
the lockdown by the saying, 30 March; the end audit au8 dates it 24 March. Where the start day
runs into a participle of coming into force ("<day> से लागू/प्रभावी हुए <measure>"), the measure
is the one in force since then: the sentence's other day is not given to it, and the start pass
(:func:`~khabar.events.dating.share_dates`) dates it by that day, as the dev gold's README dates
a measure by its start. Counted on the 280 allowed corpus day files: "<day> से लागू/प्रभावी
हुए/हुआ/हुई" stands 3 times, 2 of them before a measure noun.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView, is_break

# coming into force, and its perfective participle
_IN_FORCE = frozenset({"लागू", "प्रभावी"})
_BECAME = frozenset({"हुए", "हुआ", "हुई", "हुईं"})
# words between the participle and the measure's noun ("21 दिन के लॉकडाउन")
_NOUN_REACH = 4


def in_force_since(sv: SentenceView, cand: Candidate) -> bool:
    """A "<day> से लागू/प्रभावी हुए" stands right before the trigger's noun phrase: the trigger
    is a measure in force since that day (see the module docstring)."""
    toks = sv.tokens
    for tx in sv.timexes:
        if not tx.text.endswith("से") or tx.end > toks[cand.first].start:
            continue
        k = sv.token_at(tx.end - 1) + 1
        if k + 1 >= cand.first or toks[k].text not in _IN_FORCE or toks[k + 1].text not in _BECAME:
            continue
        between = range(k + 2, cand.first)
        if len(between) <= _NOUN_REACH and not any(is_break(toks, j) for j in between):
            return True
    return False

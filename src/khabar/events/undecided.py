"""A measure that is only the topic of a decision not taken is no act: round fp2's third rule
(issue 13, false positives on the tuning sets Vf-Vj, Vm-Vq, Vr-Vv and Vw-Vz).

"हालांकि केंद्र सरकार की तरफ से लॉकडाउन को बढ़ाने को लेकर कोई पुष्टि नहीं की गई है" made a
COERCE lockdown, happened, of the Centre (an unmatched prediction of POOL_tuning): the sentence
says that the extension was NOT confirmed. So "… टी20 विश्व कप स्थगित करने को लेकर कोई भी फैसला
जुलाई से पहले नहीं लिया जायेगा" (no decision on postponing before July) and "… फेयर को टालने या
निरस्त करने पर फैसला लिया जाएगा" (whether to put off or cancel the fair is still to be decided).
The measure stands in a topic phrase ("को लेकर", "पर", "के बारे में") of a noun of deciding or
confirming, and that decision is denied ("कोई … नहीं") or still to come (a future verb): the dev
gold's rules make no event of forecasts and of what nobody did. A decision taken on a measure
("… बंद करने का फैसला लिया") names the measure with का, not with a topic postposition, and stays.

Counts on the 280 allowed corpus day files: docs/events-rounds.md, round fp2.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView, is_break
from .verbforms import _FUTURE, _HO_FUTURE, _NEGATION

# The topic postpositions of the decision noun ("… बढ़ाने को लेकर", "… करने पर", "… के बारे में").
_TOPICS = (("को", "लेकर"), ("पर",), ("के", "बारे", "में"))
# Nouns of deciding and confirming, and the "कोई (भी)" that may stand before them.
_DECISIONS = frozenset({"फैसला", "फ़ैसला", "निर्णय", "पुष्टि"})
_NONE = frozenset({"कोई", "भी"})
# The measure's own words between it and the topic: its case mark and one infinitive ("लॉकडाउन
# [को बढ़ाने] को लेकर", "निरस्त [करने] पर").
_CASES = frozenset({"को", "के"})
_VERB_REACH = 2


def _topic_end(texts: list[str], k: int) -> int:
    """The index after a topic postposition that starts at ``k``, else -1."""
    for topic in _TOPICS:
        if tuple(texts[k : k + len(topic)]) == topic:
            return k + len(topic)
    return -1


def undecided(sv: SentenceView, cand: Candidate) -> bool:
    """Whether ``cand``'s measure is the topic of a decision denied ("को लेकर कोई पुष्टि नहीं") or
    still to be taken ("… करने पर फैसला लिया जाएगा") in its clause."""
    texts = sv.texts
    k = cand.last + 1
    for _ in range(_VERB_REACH):
        if (
            k < len(texts)
            and _topic_end(texts, k) < 0
            and (texts[k] in _CASES or texts[k].endswith("ने"))
        ):
            k += 1
    k = _topic_end(texts, k)
    if k < 0:
        return False
    while k < len(texts) and texts[k] in _NONE:
        k += 1
    if k >= len(texts) or texts[k] not in _DECISIONS:
        return False
    rest: list[str] = []  # the decision's clause after its noun: its verb and a negation
    for i in range(k + 1, len(texts)):
        if is_break(sv.tokens, i):
            break
        rest.append(texts[i])
    if not _NEGATION.isdisjoint(rest):
        return True  # "… को लेकर कोई पुष्टि नहीं की गई है": denied
    return any(_FUTURE.search(w) or w in _HO_FUTURE for w in rest)  # "… पर फैसला लिया जाएगा"

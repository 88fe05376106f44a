"""An order named as what is disobeyed is no order given: "इस आदेश की अवहेलना करने पर …".

Why a module of its own: the trigger finder (:func:`khabar.events.candidates.find_candidates`)
reads the light verb "की" (did) right after an order noun ("आदेश की" as in "… ने आदेश की
घोषणा"), and a genitive की before another noun is told from it only when that noun is a
trigger, a process or a time (rounds ev95, ev107). "उन्होंने कहा कि इस आदेश की अवहेलना करने पर कड़ी
कार्रवाई की जाएगी" (AU-2020-MAR-22.txt; core THREATEN of the tuning pool POOL_tuning, AU-2020-03-22-
L1-e26, and the recall audit rv47's miss 171) so made a COERCE "आदेश" of the minister's warning,
and the threat after it lost the clause's words to it and was dropped for want of a target: the
sentence alone gave the threat, with its two preceding sentences (which resolve "उन्होंने") none.
Disobeying ("अवहेलना", "अनदेखी", "अवमानना" of an order) is a feminine noun read with कर, so its
genitive is की and looks like the light verb; the masculine "का उल्लंघन" never did. On the 280
allowed corpus day files 4 "<noun> की अवहेलना/अनदेखी/अवमानना": this one the only order noun of the
trigger lexicon before it (the others "दिशानिर्देशों", "शर्तों" and "आदेशों … के" made no act).
"""

from __future__ import annotations

from .clause import Token

# What is done against an order, rule or court: the nouns whose genitive की follows the thing
# disobeyed. Tuned on the 280 allowed corpus day files (above).
_DISOBEYING = frozenset({"अवहेलना", "अनदेखी", "अवमानना"})


def disobeyed(toks: list[Token], j: int) -> bool:
    """Whether the "की" at ``j`` is the genitive of a disobeying noun right after it ("आदेश की
    अवहेलना करने पर"): the trigger before it is what is disobeyed, not an order given."""
    return toks[j].text == "की" and j + 1 < len(toks) and toks[j + 1].text in _DISOBEYING

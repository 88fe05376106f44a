"""An act asked for, told by its infinitive before "को/के लिए कहा", is the request, not a second
act: round fp2's second rule (issue 13, false positives and double coding on the tuning sets
Vf-Vj, Vm-Vq, Vr-Vv and Vw-Vz).

"… सभी केंद्रीय मंत्रियों को सोमवार से मंत्रालयों में कामकाज बहाल करने को कहा गया है" made a
CONCEDE ease (बहाल) beside the REQUEST tell_to (को कहा) that tells the act: the ministers were
asked to resume work, nothing was restored yet (an unmatched prediction of POOL_fresh); so were
strict action the home ministry asked the states to take and a halt the security forces were
asked to put on purchases. A measure people are told to enforce ("… जनता कर्फ्यू लागू करने के लिए
कहा है") is left: round precision4 keeps it as the authority's own measure. The dev gold's
rules code speech by what it does (a demand or appeal is a REQUEST) and one event per real act;
the asked-for act, read as done ("happened"), would stand on a timeline as a second act that did
not happen. Round ev63's :func:`.retold._asks_that` drops a measure the request names after it in
a कि-clause ("कहा कि … बंद किया जाए"); this is the same act told in the other order, the measure's
infinitive before the telling verb. An order frame ("… निलंबित करने का निर्देश दिया") is left:
:func:`.retold._one_act` reads an order given to someone as a directive of its own.

Why a module of its own: the rule judges pairs of finished events of one sentence, as
:mod:`.retold` does (which is near its size bound); :mod:`.stage` calls it right after
:func:`.retold.merge_one_act`. Counts on the 280 allowed corpus day files: docs/events-rounds.md,
round fp2.
"""

from __future__ import annotations

import re

from ..model import Event

# The telling trigger: the lexicon's "को कहा" and "के लिए कहा" (REQUEST tell_to), whose
# postposition takes the infinitive of the act asked for.
_ASKED_FRAME = re.compile(r"^(?:को|के\s+लिए)\s+कहा")
# Between the act's trigger and the telling trigger: its infinitive alone, after at most one word
# of the act's verb ("बहाल [करने] को कहा", "जनता कर्फ्यू [लागू करने] के लिए कहा", "रोक [लगाने]
# के लिए कहा").
_INFINITIVE_GAP = re.compile(r"^\s*(?:\S+\s+)?\S+ने\s*$")
_ASKED_MODES = frozenset({"tell_to", "appeal", "advise", "request", "demand"})
# A measure people are told to enforce or keep ("… लॉकडाउन/जनता कर्फ्यू लागू करने के लिए कहा") is
# kept as the authority's own measure: round precision4 pins it
# (tests/test_events_precision4.py), so the rule leaves it.
_ENFORCE = "लागू"


def _asks_for(asked: Event, told: Event, text: str) -> bool:
    """Whether ``told`` is a request whose infinitive object is ``asked``'s act, in one sentence."""
    if (asked.evidence_start, asked.evidence_end) != (told.evidence_start, told.evidence_end):
        return False
    if told.type != "REQUEST" or told.mode not in _ASKED_MODES or told.negated:
        return False
    if asked.type == "REQUEST" or told.trigger_start < asked.trigger_end:
        return False
    gap = text[asked.trigger_end : told.trigger_start]
    if _ENFORCE in gap.split():
        return False  # "… कर्फ्यू लागू करने के लिए कहा": the authority's own measure (precision4)
    return bool(_ASKED_FRAME.match(told.trigger)) and bool(_INFINITIVE_GAP.match(gap))


def drop_asked_content(events: list[Event], text: str) -> list[Event]:
    """``events`` less each act that a request of its sentence asks for by its infinitive ("…
    बहाल करने को कहा"); the request stays with its own trigger and evidence offsets, and the
    order of ``events`` is kept."""
    return [e for e in events if not any(_asks_for(e, t, text) for t in events if t is not e)]

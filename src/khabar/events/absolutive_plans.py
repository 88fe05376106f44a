"""An act told in the absolutive takes the tense of its clause's main verb (round cm1, issue 13).

"केंद्र की विशेष टीमें कुछ राज्यों का दौरा कर वहां के हालात का जायजा लेंगी" (a core CONSULT of
the tuning set Vg, PK-2020-APR-21.txt) tours no state yet: the absolutive "दौरा कर" has no tense
of its own, and the clause's finite verb "लेंगी" makes the tour as planned as the assessment. The
verb complex read after the trigger (``Candidate.verb``) stops at the bare "कर", so the act was
read as happened. Only a future main verb is read here (a past one gives the default, happened):
on the 280 allowed corpus day files no other absolutive event stands before a future verb, and
"… कर दिया गया है …, वहां … बंद किया जाएगा" (a vector verb after कर, a second clause) stays as it
was.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView
from .verbforms import _FUTURE_ENDS, _HO_FUTURE
from .voice import _ABSOLUTIVE, _AFTER_KAR, _CLAUSE_ENDS, _IF

# How far the main verb may stand after the absolutive: its object phrase between ("वहां के हालात
# का जायजा लेंगी", 6 words); tuned on that one sentence of the tuning set Vg, and short enough not
# to reach a second clause without a comma
_MAIN_REACH = 8
# words that end the absolutive's clause or are a finite verb of the past or present before it:
# the main verb is not future ("… दौरा कर … जायजा लिया", "… कर कहा है कि …")
_NOT_FUTURE = _AFTER_KAR | _IF | {"कि", "जो", "लेकिन", "किया", "कहा", "बताया"}


def absolutive_plan(sv: SentenceView, cand: Candidate, modality: str) -> str:
    """``modality``, or "planned" where the trigger's light verb is the bare absolutive "कर/करके"
    and its clause's main verb, a few words on, is in the future."""
    verb = cand.verb
    if modality != "happened" or not verb or verb[0] not in _ABSOLUTIVE:
        return modality
    if len(verb) > 1 and verb[1] in _AFTER_KAR:
        return modality  # "बंद कर दिया गया है": a vector verb, no absolutive
    start = cand.last + 2
    for text in sv.texts[start : start + _MAIN_REACH]:
        if text in _CLAUSE_ENDS or text in _NOT_FUTURE:
            return modality
        if text.endswith(_FUTURE_ENDS) or text in _HO_FUTURE:
            return "planned"
    return modality

"""A measure that is only the topic of a decision nobody took is a denied act, not a done one:
round fp2's third rule (issue 13, false positives on the tuning sets Vf-Vj, Vm-Vq, Vr-Vv and
Vw-Vz).

"हालांकि केंद्र सरकार की तरफ से लॉकडाउन को बढ़ाने को लेकर कोई पुष्टि नहीं की गई है" made a
COERCE lockdown, happened, of the Centre (an unmatched prediction of POOL_tuning): the sentence
says that the extension was NOT confirmed; so "… टी20 विश्व कप स्थगित करने को लेकर कोई भी फैसला
जुलाई से पहले नहीं लिया जायेगा" (no decision on postponing before July). The measure stands in a
topic phrase ("को लेकर", "पर", "के बारे में") of a noun of deciding or confirming, and that
decision is negated. The gold's annotators code such a measure not taken as an event with
modality ``denied`` ("मॉल पर फैसला इसलिए नहीं लिया है …", "… ने फिलहाल दिल्ली में बंद की घोषणा
नहीं की है": secondary COERCE denied in the tuning pools), so the event is kept and marked denied,
as :mod:`.hindi` marks a decision put off ("लॉक डाउन का फैसला … टाल दिया", round pr4). Dropping it
instead (tried first) cost a pair of the dev gold's check half its match. A decision taken on a
measure ("… बंद करने का फैसला लिया") names the measure with का, not with a topic postposition, and
is left as it is.

Counts on the 280 allowed corpus day files: docs/events-rounds.md, round fp2.
"""

from __future__ import annotations

import re

from ..model import Event

# After the measure's trigger: its case mark and infinitive ("लॉकडाउन [को बढ़ाने]", "स्थगित
# [करने]"), a topic postposition, "कोई (भी)", a noun of deciding or confirming, then a negation in
# the same clause ("… को लेकर कोई पुष्टि नहीं की गई", "… को लेकर कोई भी फैसला जुलाई से पहले नहीं
# लिया जायेगा").
_UNDECIDED = re.compile(
    r"\s*(?:(?:को|के)\s+)?(?:\S+ने\s+)?(?:को\s+लेकर|पर|के\s+बारे\s+में)\s+(?:कोई\s+)?(?:भी\s+)?"
    r"(?:फैसला|फ़ैसला|निर्णय|पुष्टि)(?:\s+[^\u0964,;:|]*?)?\s(?:नहीं|नही)\s"
)


def deny_undecided(events: list[Event], text: str) -> None:
    """Mark ``denied`` (and negated) each event whose measure is the topic of a negated decision
    or confirmation right after its trigger; ``events`` are changed in place."""
    for ev in events:
        if ev.modality != "denied" and _UNDECIDED.match(text, ev.trigger_end):
            ev.modality, ev.negated = "denied", True

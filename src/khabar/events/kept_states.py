"""An act told in the resultative perfect is a state kept, "ongoing" (round mo1, issue 13).

"इमरान सरकार ने … सामूहिक सभाओं पर प्रतिबंध लगा रखा है", "प्रशासन ने इनके लिए खाने की व्यवस्था
की हुई है", "केंद्र सरकार ने 17 मई तक लॉकडाउन किया हुआ है": the light verb's conjunctive or
perfect participle with "रखा/रखी/रखे" or "हुआ/हुई/हुए" and the present "है/हैं" tells what the
agent has done and keeps in place, not the act on a day. The event gold's rules code such a
standing measure "ongoing" (the tuning pools' DJ-2020-04-03-L35-e01, AU-2020-04-15-L1-e04); the
extractor reads the perfect happened, as it must for "लगा दिया है".

Only a measure, an aid or an easing (COERCE, AID, CONCEDE) read happened, the form right after the
trigger (at most two words between, no comma or danda: "लॉकडाउन लागू कर रखा है"); the past
auxiliary ("लगा रखा था") tells a state of then, as read.

Counted on the 280 allowed corpus day files (main's dump at 4bffc16a): 9 events with the form
right after their trigger, all read happened; see docs/events-rounds.md, round mo1.
"""

from __future__ import annotations

import re

from ..model import Event

_TYPES = frozenset({"COERCE", "AID", "CONCEDE"})
_RESULTATIVE = re.compile(
    r"^(?:\s+[^\s,।.]+){0,2}?\s+(?:लगा|कर|की|किया|किए|किये|दे|दी|दिया|दिए)"
    r"\s+(?:रखा|रखी|रखे|रखीं|हुआ|हुई|हुए|हुईं)\s+(?:है|हैं)(?:\s|[।.,]|$)"
)


def kept_states(events: list[Event], text: str) -> None:
    """Make ongoing a measure, aid or easing told as kept in place ("… लगा रखा है")."""
    for ev in events:
        if (
            ev.type in _TYPES
            and ev.modality == "happened"
            and _RESULTATIVE.match(text[ev.trigger_end : ev.evidence_end])
        ):
            ev.modality = "ongoing"

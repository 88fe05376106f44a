"""Whether a closure is told as a negated opening ("… में बैंक भी नहीं खुलेंगे").

Why a module of its own: a measure that keeps things shut is often written as the negated future
of "खुलना" with the place marked में before the things ("इन इलाकों में अब बैंक भी नहीं खुलेंगे",
"रेड जोन में नाई की दुकान और सलून आदि नहीं खुलेंगे", "हॉटस्पॉट इलाकों में भी दुकानें नहीं
खुलेंगी"). The trigger entry of such a COERCE takes the में-place for its target where nothing
else stood, so the closure fell on "the areas" or "red zone" instead of the banks, the barber
shops and the shops in them. :func:`khabar.events.closed_things.opened_thing` already reads the
thing an easing opens this way (the place becomes the location); this predicate lets the same
reading serve the negated opening. Issue 13, round tg11: on the tuning pool POOL_X the banks of
the UP hotspots were given "the areas"; on the 280 allowed corpus day files 18 COERCE events have
a negated trigger, 9 of them a negated opening, and 3 of those took the में-place for the thing
(the banks, the barber shops of the red zones, the shops of the hotspot areas: all 3 now name the
things, read right). The other 6 already name the things, have no में-place ("शॉपिंग मॉल भी नहीं
खुलेंगे", "इन 15 जगहों पर कोई भी दुकान नहीं खुलेंगी") or open no thing ("लॉकडाउन नहीं खुलेगा"), and
are left as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .candidates import Candidate
    from .clause import SentenceView

# The negation and the stem of the intransitive opening ("नहीं खुलेंगे", "नहीं खुलेगी"); tuned on
# the 9 negated openings of the 280 allowed corpus day files (round tg11).
_NEGATION = frozenset({"नहीं", "न"})
_OPENS = "खुल"


def negated_opening(sv: SentenceView, cand: Candidate) -> bool:
    """Whether the trigger is a closure told as "नहीं खुलेंगे": a COERCE whose trigger's first
    token is the negation and whose next token is a form of "खुलना"."""
    if cand.trig.type != "COERCE":
        return False
    toks = sv.tokens
    if cand.first + 1 >= len(toks) or toks[cand.first].text not in _NEGATION:
        return False
    return toks[cand.first + 1].text.startswith(_OPENS)

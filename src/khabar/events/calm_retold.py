"""A "no need to panic" told to a public the article has already asked something of.

Why: round rc5 (issue 13, missed core events) reads "कहा कि देशवासियों को घबराने की जरूरत नहीं
है" as an appeal to the dative (:func:`khabar.events.obligation.no_need_cut`), as the tuning sets
code it. Where the same public was already advised earlier in the article ("… स्वामी रामदेव ने
देशवासियों को कोरोना वायरस से आतंकित नहीं होने की सलाह देते हुए …", then "योगगुरु ने कहा कि …
भारत के लोगों को डरने की जरूरत नहीं है"), the reassurance restates that advice: one act per
article, and a second telling is no new event. On the 280 allowed corpus day files the
reading added 4 requests: the PM's tweet (right), a Delhi chief minister's reassurance after his
appeal to the same public (a secondary of the tuning set Xf), and two retellings of one yoga
guru's advice the article had already coded (duplicates); this pass keeps only the first, the
reassurance that stands alone (tuned on the allowed files and the tuning pool X).
"""

from __future__ import annotations

from ..model import Event
from .obligation import no_need_cut

_STOPS = frozenset({"।", "॥", ".", "|", "?", "!", '"', "'"})


def _calms(ev: Event, text: str) -> bool:
    """Whether the event is a request whose कि-clause after the trigger is a no-need-to-panic."""
    if ev.type != "REQUEST":
        return False
    words = [w for w in text[ev.trigger_end : ev.evidence_end].split() if w not in _STOPS]
    if "कि" not in words:
        return False
    clause = words[words.index("कि") + 1 :]
    clause = [w.rstrip("।.") for w in clause if w.rstrip("।.")]
    return no_need_cut(clause) is not None


def drop_calm_retold(events: list[Event], text: str) -> list[Event]:
    """Drop a no-need-to-panic request whose target an earlier request of the article already
    asked (events in trigger order)."""
    out: list[Event] = []
    asked: set[str] = set()
    for ev in events:
        if ev.type == "REQUEST" and _calms(ev, text) and asked.intersection(ev.target):
            continue
        if ev.type == "REQUEST":
            asked.update(ev.target)
        out.append(ev)
    return out

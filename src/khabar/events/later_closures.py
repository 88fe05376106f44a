"""A closure set to begin on a later day is planned, not in force (round th1, issue 13).

"जनता कर्फ्यू के कारण 22 मार्च को दिल्ली, बेंगलुरु और जयपुर में मेट्रो बंद रहेगी" published on
21 March: the closure is set for the next day. The extractor reads a trigger before the future of
रह ("बंद रहेगी") ongoing where it inherits the issuer (:mod:`khabar.events.hindi`, its "बंद
रहेंगे" branch), and :func:`khabar.events.in_force.closure_in_force` leaves a closure whose start
or day is written as read; so a closure that has not begun came out in force. The tuning pool
codes that sentence planned (DJ-2020-03-21-L12-e05), and the end audit au8 judged "ongoing" wrong
for a lockdown told to start the next morning. Only where the clause before the trigger holds a
calendar timex that sets the day or the start ("<day> को", "<day> से") resolved to a day after
the publication date: a closure from today ("आज से") or until a day ("… तक") stays as read.

Counted on the 280 allowed corpus day files of round th1 (main's dump at 6748f522): 8 COERCE
events ongoing before a future of रह/हो; 2 are closures that begin on a later day, and this pass
changes the one whose start resolves to a full date (the other's weekday start resolves to a
month only), read right (see docs/events-rounds.md, round th1).
"""

from __future__ import annotations

import re

from ..model import Article, Event

_STAYS = re.compile(r"^\s*(?:रहेगा|रहेगी|रहेंगे|रहेंगी)(?:\s|[।.,]|$)")
# the last word of a timex that sets the closure's day or its start
_DAY_OR_START = frozenset({"को", "से"})
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def later_closures(events: list[Event], article: Article) -> None:
    """Make planned an ongoing COERCE told as staying ("बंद रहेगी") whose clause sets it for a
    day after the publication date ("22 मार्च को", "कल से")."""
    dct = (article.dct or "")[:10]
    if not _DAY.match(dct):
        return
    text = article.text
    for ev in events:
        if (ev.type, ev.modality) != ("COERCE", "ongoing"):
            continue
        if not _STAYS.match(text[ev.trigger_end : ev.evidence_end]):
            continue
        for tx in article.timexes:
            if not ev.evidence_start <= tx.start < ev.trigger_start or tx.type not in {
                "DATE",
                "TIME",
            }:
                continue
            day = tx.value[:10]
            if _DAY.match(day) and day > dct and tx.text.split()[-1] in _DAY_OR_START:
                ev.modality = "planned"
                break

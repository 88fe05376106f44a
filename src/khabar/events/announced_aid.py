"""Aid announced or pledged as a giving is planned, not given (round mo2, issue 13).

"अक्षय कुमार ने भी 25 करोड़ रुपये देने की घोषणा की है", "जैक डोर्सी ने … 100 करोड़ डॉलर का
योगदान देने की घोषणा की", "मैंने … 25 करोड़ रुपये का योगदान करने की प्रतिज्ञा की है", "एलएंडटी
ने … 150 करोड़ रुपये दान करने की घोषणा की": the giving stands as an infinitive ("देने", "दान
करने") under an announcement or a pledge ("की घोषणा", "का ऐलान/एलान", "की प्रतिज्ञा"); what
happened is the announcement, the money is still to come. The event gold's rules code such an
intended act planned (the tuning pool's AU-2020-03-28-L1-e05, Akshay Kumar's 25 crore; the dev
gold's tune half DH-2020-05-05-L67-e02, "… वापस लाने के लिए योजना की घोषणा की थी"); the
extractor read the announcement's perfect as the aid's, happened.

Only aid (AID) read happened, the infinitive after the trigger with at most three words and no
comma or danda between (or "करने" right after a trigger that is the gift's noun: दान, योगदान,
सहयोग), right before "की/का (भी) घोषणा/ऐलान/एलान/प्रतिज्ञा". Kept out: a service announced
("… ट्रेन चलाने की घोषणा की": the golds split on it, round ev80's LEFT, and round recall25's test
holds it happened), a fund to be formed ("फंड बनाने की घोषणा"), a closure or ban announced
(COERCE: the order is in force once told, and the golds code it happened: round mo1), a decision
"… देने का फैसला किया है" (the tuning pool codes "… मंगाने का फैसला कर लिया है" happened:
DJ-2020-03-22-L1-e06), a package announced as a noun ("… पैकेज की घोषणा": the announcement is
the aid's act), and an offer (पेशकश: proposed, as round pr5 and the seeds' gold keep it).

Counted on the 280 allowed corpus day files (main's dump at fb175df4): 4 aid events with the form
(3 announced, 1 pledged), all read happened and all planned by a reading of each; see
docs/events-rounds.md, round mo2.
"""

from __future__ import annotations

import re

from ..model import Event

# a giving: "देने", "दिलाने", or a gift's noun before "करने" ("दान करने", "योगदान करने"); a
# service announced ("ट्रेनें चलाने की घोषणा") is left: the golds split on it (round ev80's
# LEFT: planned in Vi and Vt, happened in Vw and Vu)
_GIFT_NOUNS = ("दान", "योगदान", "सहयोग")
_ANNOUNCED = r"\s+(?:की|का)\s+(?:भी\s+)?(?:घोषणा|ऐलान|एलान|प्रतिज्ञा)(?:\s|[।.,]|$)"
_GIVING_ANNOUNCED = re.compile(
    r"^(?:\s+[^\s,।.]+){0,3}?\s+(?:देने|दिलाने|(?:" + "|".join(_GIFT_NOUNS) + r")\s+करने)" + _ANNOUNCED
)
# ... and right after a trigger that is the gift's noun ("… रुपये का योगदान करने की प्रतिज्ञा")
_DOING_ANNOUNCED = re.compile(r"^\s+करने" + _ANNOUNCED)


def _announced_gift(ev: Event, text: str) -> bool:
    """The aid is told as a giving announced or pledged: "… देने की घोषणा", "… दान करने की …"."""
    after = text[ev.trigger_end : ev.evidence_end]
    if _GIVING_ANNOUNCED.match(after):
        return True
    words = ev.trigger.split()
    return bool(words) and words[-1] in _GIFT_NOUNS and bool(_DOING_ANNOUNCED.match(after))


def announced_aid(events: list[Event], text: str) -> None:
    """Make planned an aid read happened that is told as announced to come ("… देने की घोषणा")."""
    for ev in events:
        if ev.type == "AID" and ev.modality == "happened" and _announced_gift(ev, text):
            ev.modality = "planned"

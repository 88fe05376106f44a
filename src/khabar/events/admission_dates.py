"""Dates an isolation or watch takes from the admission its paragraph dated a few sentences
before: "चंडीगढ़ पीजीआई में सोमवार को … एक दंपती को … भर्ती कराया गया है । … दोनों को आइसोलेशन
वार्ड में रखा गया है", "… रविवार दोपहर को … महिला को … एम्स में भर्ती कराया है । महिला को अभी
आईसोलेशन वार्ड में रखा गया है".

Round dt3 (issue 13: dates from a neighbouring sentence, the lead or the dateline): a report
tells a suspected patient's admission with its day and then, without a day, where the patient is
kept (the isolation ward, the doctors' watch). The admission and the isolation are one occasion:
the tuning sets' gold dates them by the admission's day (Vh's AU-2020-03-11-L1-e01 "'सोमवार को'
resolved against 2020-03-11", Vt's NT-2020-03-11-L1-e08, Vz's AU-2020-03-15-L1-e19), while khabar
left them undated: the admission sentence holds no event of its own, so round dt1's same-actor
anchor (:mod:`.paragraph_dates`) finds none. Counted on the 280 allowed corpus day files (main
c6f0258f): 7 undated isolations, quarantines or watches that happened with a dated "भर्ती" in one
of the four sentences before them in the paragraph; 5 are the same patients admitted that day
(the three above and two of one Punjab report), 4 of them dated here, all 4 right (the fifth, a
child isolated "शिकायत के बाद", keeps its own sentence's "बाद" and stays undated); the other 2 are
a later step or another group ("फिर 09 मार्च 2020 को … भर्ती कराया गया" before the doctor's
family kept at home; two escapees "भर्ती होने के तुरंत बाद बुधवार को … भाग गये थे" before 400
people watched in Kashmir), which the words "फिर", "बाद" (:data:`.paragraph_dates.BLOCKING`) in
the admission sentence keep out.

The date passes only where the link is sure: the same paragraph, at most :data:`_REACH` sentences
back, the admission sentence telling exactly one calendar day "… को" (not a bound "तक/से"), no
later step or cited count in either sentence, the isolation's own sentence telling no day, and
every sentence between them telling no later day than the admission's (a background arrival "एक
मार्च को स्विट्जरलैंड से लौटे हैं" may stand between) and holding no act other than such a
keeping apart. ``date_basis`` says "paragraph: admitted (<the admission's day as written>)".
"""

from __future__ import annotations

from ..model import Event, Timex
from .clause import SentenceView, date_part
from .paragraph_dates import BLOCKING, closed_to_inheritance, names_day, one_day
from .sentence_events import events_by_sentence

# the modes of keeping a person apart or under watch ("आइसोलेशन वार्ड में रखा", "क्वारंटाइन",
# "निगरानी में रखा")
_KEPT_APART = frozenset({"quarantine", "surveillance"})
# how far back the admission may stand: the tuning sets' three lie 1 and 3 sentences back (an
# arrival day and a symptom told between); four covers the Punjab report's list of four
_REACH = 4


def _admitted_on(sv: SentenceView) -> Timex | None:
    """The one day of an admission "<day> को … भर्ती …" the sentence tells, else None."""
    if not any(t.startswith("भर्ती") for t in sv.texts) or not sv.words.isdisjoint(BLOCKING):
        return None
    day = one_day(sv)
    return day if day is not None and day.text.endswith("को") else None


def admission_dates(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Date each undated keeping apart that happened from the admission a few sentences before it
    in its paragraph dated (see the module docstring)."""
    by_sentence = events_by_sentence(events)
    for ev in events:
        at = ev.sentence
        if (
            at is None
            or ev.date
            or ev.mode not in _KEPT_APART
            or ev.modality != "happened"
            or not 0 <= at < len(views)
        ):
            continue
        sv = views[at]
        if closed_to_inheritance(sv):
            continue
        _date_from_admission(ev, at, views, by_sentence, text)


def _date_from_admission(
    ev: Event, at: int, views: list[SentenceView], by_sentence: dict[int, list[Event]], text: str
) -> None:
    """The day of the nearest admission before ``ev`` in its paragraph, the sentences between
    telling no later day and no other act."""
    between: list[SentenceView] = []
    for j in range(at - 1, max(at - 1 - _REACH, -1), -1):
        if "\n" in text[views[j].end : views[at].start]:
            return  # a new paragraph: another occasion
        told = _admitted_on(views[j])
        if told is not None:
            day = date_part(told.value or "")
            if any(
                names_day(tx) and date_part(tx.value or "") > day
                for mid in between
                for tx in mid.timexes
            ):
                return  # a later day told between: another occasion
            ev.date = day
            ev.date_basis = f"paragraph: admitted ({told.text})"
            return
        if any(e.mode not in _KEPT_APART for e in by_sentence.get(j, [])):
            return  # another act between
        between.append(views[j])

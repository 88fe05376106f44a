"""Dates an undated act from a day its own sentence tells: (1) the day its clause gives a sibling
act of the same actor (:func:`_shared_day`), (2) the day of the case report it is told as
following (:func:`_case_day`).

(1) The day its clause gives a sibling act of the same actor: "केजरीवाल
सरकार ने शनिवार को कुछ आर्थिक मदद के एलान के साथ ही … पर रोक लगा दी है", "भारत ने मंगलवार को …
के प्रवेश पर पाबंदी लगा दी और … ई-वीजा को स्थगित कर दिया".

Round dt6 (issue 13: null dates the sentence itself gives): one ने-agent, one day right after
it, and two acts told in the same clause (coordinated with "और", or the one a companion of the
other, "… के साथ ही"). The timex pass gives the day to the act nearest it and leaves the other
undated, though the dev gold's README dates an act by the day its sentence tells it happened;
the end audit au8 judged such an act wrong (AU-2020-MAR-21's Delhi ban, dated with its aid).

The day passes only where the link is sure: both acts happened and have the same sources; the
dated one took the day from its clause (``date_basis`` "clause: …"); that day is a calendar day
"<day> को" standing right after the agent's "ने" (the subject's own time, not a noun's: "रविवार
को सुबह सात से रात के नौ बजे तक … कर्फ्यू" is the curfew's) and before both triggers; and no word
between the day and the undated act's trigger opens another clause or occasion (a content or
relative clause "कि/जो/जिसमें", a contrast "लेकिन", a later step "बाद", another agent "ने",
another day), nor is the undated act told in the past perfect. ``date_basis`` says "clause:
shared with '<trigger>' (<day>)".

Counted on the 280 allowed corpus day files (main d81efbc2): 13 sentences hold an act dated by
its clause beside an undated one; the guards date 2 (AU-2020-MAR-21's ban, NT-2020-MAR-11's
visa suspension), both read and right. Kept out: a request told in a "जिसमें" clause of a dated
order, a support told after "कहा कि", a package asked for in a कि-clause, a curfew's day
("रविवार को सुबह …") that is not the request's, a zone declared in the past perfect before a
dated lifting, acts before the day (a headline's, a meeting's), and a planned donation.

(2) The day of the case report the act is told as following, in the act's own sentence:
"रविवार की शाम कंट्रोल रूम पर सूचना आने के बाद … दो टीटीई को … जिला अस्पताल भेजा गया",
"रविवार को सात जमातियों की रिपोर्ट पॉजिटिव आने के बाद … इलाके को सील किया गया है". Round dt5
(:func:`.neighbour_dates._date_after_case`) dates such an act from an earlier sentence that
tells the case; where the sentence tells the case's day itself, the timex pass gives that day to
the report and the act stayed undated (au8 judged AU-2020-MAR-11's one wrong). The day passes
where it is the sentence's one calendar day (not a bound "से/तक"), a case word (dt5's: report,
positive, confirmation, information) and the cue "… आने/मिलने/होने के बाद" or "… मिलते ही"
follow it in that order before the trigger, no word opens another clause between ("कि",
"लेकिन", "जो", "जब"), the act happened and is not told in the past perfect (an act done
some time after the case: "03 मार्च को … मामले सामने आने के बाद … निर्देश दिए थे"), and either
the day is the publication day (an act after it, told as done that day, is of no other day) or
the cue is an answer at once ("… मिलते ही", information received "सूचना … आने के बाद"): an
earlier day's report may be acted on days later, as round ev84 holds ("मंगलवार को … रिपोर्ट
पॉजिटिव आने के बाद पूरे मोहल्ले को सील कर दिया गया है" published on Friday stays undated).
``date_basis`` says "clause: case reported (<day>)". Counted on the 280 allowed corpus day files
(main d81efbc2): 3 undated acts that happened stand after such a day and cue in their sentence;
2 are dated (AU-2020-MAR-11's examiners sent to hospital, DJ-2020-ARP-05's Lucknow sealing on
the Sunday of the reports, the dct), both read and right; the third is DJ-2020-MAR-15's past
perfect order (kept out).
"""

from __future__ import annotations

from ..model import Event, Timex
from .clause import SentenceView, date_part
from .neighbour_dates import _ARRIVED, _AT_ONCE, _CASE
from .paragraph_dates import names_day, one_day, past_perfect
from .sentence_events import events_by_sentence

# a word that opens another clause or occasion between the day and the act (see above)
_BREAKS = frozenset(
    {"कि", "जो", "जिसमें", "जिसके", "जिसे", "जिन्होंने", "जब", "जबकि", "लेकिन", "मगर", "बाद", "ने"}
)
_CLAUSE = "clause: "
# a word that opens another clause between a case's day and the act that follows it
_CASE_BREAKS = frozenset({"कि", "लेकिन", "मगर", "जबकि", "जो", "जब", "।"})


def _agent_day(sv: SentenceView, basis: str, date: str) -> Timex | None:
    """The timex the dated act took, if it is a calendar day "<day> को" right after a "ने"."""
    for tx in sv.timexes:
        if tx.text != basis or not names_day(tx) or not tx.text.endswith("को"):
            continue
        if date_part(tx.value or "") != date or len(date) != 10:
            continue
        first = sv.token_at(tx.start)
        if first > 0 and sv.texts[first - 1] == "ने":
            return tx
    return None


def _open_between(sv: SentenceView, day: Timex, trigger_start: int) -> bool:
    """No word between the day and the act's trigger opens another clause, and no other day."""
    first, last = sv.token_at(day.end - 1) + 1, sv.token_at(trigger_start)
    if any(sv.texts[i] in _BREAKS for i in range(first, last)):
        return False
    return not any(
        tx is not day and names_day(tx) and day.end <= tx.start < trigger_start for tx in sv.timexes
    )


def sentence_days(
    events: list[Event], views: list[SentenceView], text: str, dct: str | None
) -> None:
    """Date each undated act that happened from a day its own sentence tells: a sibling's
    (:func:`_shared_day`), else a case report's it follows (:func:`_case_day`); ``dct``: the
    publication day."""
    for at, evs in events_by_sentence(events).items():
        if 0 <= at < len(views):
            _shared_day(evs, views[at], text)
            for ev in evs:
                if not ev.date and ev.modality == "happened" and not past_perfect(ev, text):
                    _case_day(ev, views[at], dct)


def _shared_day(evs: list[Event], sv: SentenceView, text: str) -> None:
    """Date each undated act of the sentence that happened from the day its clause gives a
    sibling act of the same sources (see the module docstring)."""
    dated = [
        e
        for e in evs
        if e.date and e.modality == "happened" and (e.date_basis or "").startswith(_CLAUSE)
    ]
    for ev in evs:
        if ev.date or not ev.source or ev.modality != "happened" or past_perfect(ev, text):
            continue
        for sib in dated:
            if set(sib.source) != set(ev.source):
                continue
            basis = (sib.date_basis or "")[len(_CLAUSE) :]
            day = _agent_day(sv, basis, sib.date or "")
            if day is None or day.end > min(sib.trigger_start, ev.trigger_start):
                continue
            if _open_between(sv, day, ev.trigger_start):
                ev.date = sib.date
                ev.date_basis = f"{_CLAUSE}shared with '{sib.trigger}' ({day.text})"
                break


def _case_day(ev: Event, sv: SentenceView, dct: str | None) -> None:
    """The sentence's one calendar day, where it tells the case report the act is told as
    following ("रविवार की शाम कंट्रोल रूम पर सूचना आने के बाद … अस्पताल भेजा गया"): the day, a
    case word, the cue ("… आने/मिलने/होने के बाद", "… मिलते ही") in that order before the trigger,
    with no other clause between; the day the publication day or the cue an answer at once
    (see the module docstring)."""
    day = one_day(sv)
    if day is None or day.text.endswith(("से", "तक")) or day.end > ev.trigger_start:
        return
    date = date_part(day.value or "")
    texts = sv.texts
    first, trigger = sv.token_at(day.end - 1) + 1, sv.token_at(ev.trigger_start)
    cue = next(
        (
            k
            for k in range(first, trigger - 1)
            if (texts[k] in _ARRIVED and texts[k + 1 : k + 3] == ["के", "बाद"])
            or (texts[k] in _AT_ONCE and texts[k + 1] == "ही")
        ),
        None,
    )
    if cue is None or _CASE.isdisjoint(texts[first:cue]):
        return
    if any(w in _CASE_BREAKS for w in texts[first:trigger]):
        return
    if date != dct and not _at_once(texts, first, cue):
        return  # an earlier report: the act may be days after it (round ev84's negative)
    ev.date = date
    ev.date_basis = f"{_CLAUSE}case reported ({day.text})"


def _at_once(texts: list[str], first: int, cue: int) -> bool:
    """The cue tells an answer at once: "… मिलते/होते/आते ही", or information received
    ("सूचना … आने/मिलने के बाद"), not a report's result that may be acted on days later."""
    return texts[cue + 1] == "ही" or ("सूचना" in texts[first:cue] and texts[cue] != "होने")

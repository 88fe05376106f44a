"""A closure told as a state to come takes the modality of the measure it belongs to (round mo1).

"झारखंड में 31 मार्च तक लॉकडाउन रहेगा. इस दौरान … राज्य सरकार के सभी कार्यालय बंद रहेंगे. …
सभी दुकानें … बंद रहेंगे. … जमा होने पर रोक रहेगी.": the items of a lockdown that is in force
are its content, ordered when it was; so is a closure a speaker announces ("उद्धव ठाकरे ने ऐलान
किया है कि … सभी दुकानें बंद होंगी"). The event gold's rules code such closures happened (the dev
gold's "… ने कहा कि … सभी मॉल बंद रहेंगे"; the tuning pools' PK-2020-03-22-L17-e02..e05 and
PK-2020-03-16-L1-e02, DJ-2020-03-21-L12-e03/e10), and the items of a lockdown set to begin on a
later day planned with it (NT-2020-03-22-L14, AU-2020-04-08-L17, AU-2020-05-01-L1-e03). The
extractor reads the future of रह/हो after a closure "planned" where it guesses the issuer and
"ongoing" where it inherits one (:mod:`khabar.events.in_force`: only a closure "until a day" with
no start was made happened there), so the same list came out two ways and never as the gold.

Read here, after the article's events are made: a COERCE closure, ban or suspension (not people
kept somewhere: their stay is planned) coded planned or ongoing whose trigger is followed by the
future of रह/हो ("बंद रहेंगे", "रोक रहेगी", "इजाजत नहीं होगी", "बंद होंगी") or is itself such a
negated future ("नहीं खुलेंगे", "नहीं चलेगी"), in a sentence with no condition ("अगर/यदि") and
no question, and with no day or hour of its own that may start it later (an end "… तक" and a day
on or before the publication day are no start to come; the others are
:mod:`khabar.events.later_closures`' and :mod:`khabar.events.in_force`' to read), becomes
happened where (1) its sentence has a speaker announce it ("X ने कहा/ऐलान किया/घोषणा की/फैसला
किया … कि …"), or (2) the COERCE measure told last before it, at most :data:`_NEAR` sentences
back, is happened and is not an extension ("… बढ़ा दिया"; an extended lockdown's new rules begin
when the extension does). Neither where the paragraph sets, before it, a day after the
publication day for a start ("सोमवार सुबह 6 बजे से", "कल से"): that measure has not begun. Such
a closure coded ongoing after a planned measure is planned with it, and one coded ongoing whose
own start is a weekday other than the publication day's that the time stage left unresolved
("सोमवार सुबह 6 बजे से … लॉकडाउन रहेगा" told on Sunday, valued "2020-03") is planned: the end
audit au8 judged that lockdown "ongoing" wrong.

Counted on the 280 allowed corpus day files (main's dump at 4bffc16a): see docs/events-rounds.md,
round mo1, for the events this pass changes and how many of them were read right.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Article, Event, Timex

# closures, bans, suspensions and seals; not quarantine, screening or watch (people kept
# somewhere: "… पृथक केंद्रों में रहेंगे" stays planned, round ms2)
_MODES = frozenset({"close", "ban", "cancel", "seal", "lockdown", "curfew", "restrict"})
_TO_READ = frozenset({"planned", "ongoing"})
# the future of रह/हो right after the trigger, maybe negated: "बंद रहेंगे", "रोक रहेगी",
# "इजाजत नहीं होगी", "बंद होंगी"
_STATE_AFTER = re.compile(
    r"^\s*(?:भी\s+)?(?:नहीं\s+)?(?:रहेगा|रहेगी|रहेंगे|रहेंगी|रहेगें|होगा|होगी|होंगे|होंगी)(?:\s|[।.,']|$)"
)
# a trigger that is itself a negated future of opening, running or gathering: "नहीं खुलेंगे",
# "नहीं चलेगी", "जमा नहीं होंगे" (the lexicon's verbal closure triggers)
_STATE_TRIGGER = re.compile(r"नहीं\s+(?:खुलेगा|खुलेगी|खुलेंगे|खुलेंगी|चलेगा|चलेगी|चलेंगे|चलेंगी|होगा|होगी|होंगे|होंगी)$")
_IF = re.compile(r"(?:^|\s)(?:अगर|यदि|जब तक)(?:\s|$)")
# a speaker announcing the closure in the sentence: "X ने … कहा/ऐलान/घोषणा/जानकारी/फैसला … कि"
_ANNOUNCED = re.compile(
    r"(?:^|\s)ने\s(?:[^।]*\s)?(?:कहा|ऐलान|एलान|घोषणा|जानकारी|फैसला|निर्णय|बताया)(?:\s[^।]*)?\sकि\s"
)
# an extension of a measure: "लॉकडाउन … बढ़ा दिया", "… बढ़ाते हुए", "अवधि बढ़ाने"
_EXTENDED = re.compile(r"बढ़ा|बढ़ाई|बढ़ाए|बढ़ाते|बढ़ाने")
# the measure told last may lie this many sentences back: a lockdown's list runs over
# paragraphs with a sentence or two between its items (tuned on the 280 allowed files: PK-2020-
# MAR-22's Jharkhand list has two sentences between two items; no right change needed more)
_NEAR = 3
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_START_ENDS = frozenset({"से", "को"})
# a weekday or "tomorrow" the time stage may leave unresolved to a day ("सोमवार सुबह 6 बजे से"
# valued "2020-03"): a start to come unless it resolves to the publication day or before
_WEEKDAYS = ("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार")
_LATER_WORDS = frozenset(_WEEKDAYS) | {"कल"}


def measure_items(events: list[Event], article: Article) -> None:
    """Make happened a closure told as a state to come ("… बंद रहेंगे") that a speaker announces
    in its sentence or that is an item of a measure in force told just before it."""
    text = article.text
    dct = (article.dct or "")[:10]
    last: Event | None = None  # the COERCE measure told last (by trigger), as read or made here
    for ev in sorted(events, key=lambda e: e.trigger_start):
        if ev.type != "COERCE":
            continue
        if not _item(ev, text):
            last = ev
            continue
        sentence = text[ev.evidence_start : ev.evidence_end]
        free = _IF.search(sentence) is None and "?" not in sentence
        if ev.modality == "ongoing" and _weekday_start(ev, article.timexes, dct):
            ev.modality = "planned"  # "सोमवार सुबह 6 बजे से … लॉकडाउन रहेगा" told on Sunday
        elif free and not _own_time(ev, article.timexes, dct):
            before = text[ev.evidence_start : ev.trigger_start]
            if not _later_start(ev, article, dct) and (
                _ANNOUNCED.search(before) is not None or _in_force(last, ev, text)
            ):
                ev.modality = "happened"
            elif ev.modality == "ongoing" and _near(last, ev, "planned"):
                ev.modality = "planned"  # "… से लॉकडाउन रहेगा । इस दौरान … बंद रहेंगे"
        last = ev


def _item(ev: Event, text: str) -> bool:
    """A closure coded planned or ongoing, told as the state it keeps from now on."""
    if ev.modality not in _TO_READ or ev.mode not in _MODES:
        return False
    if _STATE_TRIGGER.search(ev.trigger):
        return True
    return _STATE_AFTER.match(text[ev.trigger_end : ev.evidence_end]) is not None


def _own_time(ev: Event, timexes: list[Timex], dct: str) -> bool:
    """A day or a time of the event's sentence that may start it later: any but an end ("31
    मार्च तक") and a day (not an hour) on or before the publication day ("21 से 23 मार्च तक" told
    on the 21st, "शनिवार को"); those others are :mod:`khabar.events.later_closures`' to read."""
    for tx in timexes:
        if tx.type not in {"DATE", "TIME"} or not ev.evidence_start <= tx.start < ev.evidence_end:
            continue
        words = tx.text.split()
        if tx.mod == "END" or (words and words[-1] == "तक"):
            continue
        if tx.type == "DATE" and _DAY.match(tx.value) and _DAY.match(dct) and tx.value[:10] <= dct:
            continue  # (not a time: "छह मई रात 12 बजे से" told on the 6th begins at midnight)
        return True
    return False


def _near(last: Event | None, ev: Event, modality: str) -> bool:
    """The measure told last has ``modality`` and lies at most :data:`_NEAR` sentences back."""
    if last is None or last.modality != modality or last.mode not in _MODES | {"order"}:
        return False
    return last.sentence is None or ev.sentence is None or ev.sentence - last.sentence <= _NEAR


def _in_force(last: Event | None, ev: Event, text: str) -> bool:
    """The measure told last is happened, near, and no extension of an earlier one."""
    if last is None or not _near(last, ev, "happened"):
        return False
    return _EXTENDED.search(text[last.evidence_start : last.evidence_end]) is None


def _weekday_start(ev: Event, timexes: list[Timex], dct: str) -> bool:
    """The sentence starts the closure on a weekday other than the publication day's, or
    "कल", that the time stage left unresolved to a day ("सोमवार सुबह 6 बजे से", valued
    "2020-03"): told in the future of रह, a start to come (the end audit au8 judged such a
    lockdown "ongoing" wrong)."""
    if not _DAY.match(dct):
        return False
    later = _later_words(dct)
    for tx in timexes:
        if tx.type not in {"DATE", "TIME"} or not ev.evidence_start <= tx.start < ev.evidence_end:
            continue
        words = tx.text.split()
        if (
            not words
            or (words[-1] not in _START_ENDS and tx.mod != "START")
            or _DAY.match(tx.value)
        ):
            continue
        if not later.isdisjoint(words):
            return True
    return False


def _later_words(dct: str) -> frozenset[str]:
    """The weekdays other than the publication day's, and "कल"."""
    return _LATER_WORDS - {_WEEKDAYS[date.fromisoformat(dct).weekday()]}


def _later_start(ev: Event, article: Article, dct: str) -> bool:
    """The event's paragraph (its line of the text) sets, before the event, a start or a day
    after the publication day: "… लॉकडाउन का ऐलान … । सोमवार सुबह 6 बजे से … लागू रहेगा । … सभी
    दुकानें … बंद रहेंगी" told on Sunday. (A day told after the event is another measure's:
    "… इकट्ठा नहीं होंगे । … 22 मार्च को … मेट्रो नहीं चलेंगे".)"""
    if not _DAY.match(dct):
        return False
    text = article.text
    start = text.rfind("\n", 0, ev.evidence_start) + 1
    for tx in article.timexes:
        if not start <= tx.start < ev.evidence_start or tx.type not in {"DATE", "TIME"}:
            continue
        words = tx.text.split()
        starts = tx.mod == "START" or (bool(words) and words[-1] in _START_ENDS)
        if not starts:
            continue
        if _DAY.match(tx.value) and tx.value[:10] > dct:
            return True
        if not _DAY.match(tx.value) and not _later_words(dct).isdisjoint(words):
            return True
    return False

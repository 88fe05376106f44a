"""Dates an undated act of the lead from the next paragraph's opening sentence, which tells the
same actor's occasion with its day: "कांग्रेस की अंतरिम अध्यक्ष सोनिया गांधी ने प्रधानमंत्री … को
पत्र लिखकर … की मांग की है । सोनिया ने पीएम मोदी से अपील की है कि … ।" then, the next
paragraph, "सोनिया गांधी ने सोमवार को पीएम मोदी को पत्र लिखकर …"; "… योगी आदित्यनाथ ने … बताया.
उन्होंने कहा कि … सुनिश्चित किया जाये." then "मुख्यमंत्री ने सोमवार को यहां … कहा कि …".

Round dt8 (issue 13: null dates a neighbour or the lead gives): a report often opens with a
summary lead that tells what an actor asked or said without a day, and its second paragraph
restates the occasion with the day, the actor as its ने-agent. The gold dates the lead's acts by
that day (the dev gold's README: the day it happened, taken from the text); the end audits au8
and au9 read both examples above as wrong nulls (AU-2020-ARP-13's appeal, PK-2020-APR-06's
request). The earlier passes cannot reach them: dt1 (:mod:`.paragraph_dates`) and dt5
(:mod:`.neighbour_dates`) stay in the act's paragraph, and dt4 (:mod:`.lead_dates`) carries the
lead's day forward, not a later paragraph's back.

The act takes the day only where the link is sure: it happened, it stands in the lead paragraph,
its sentence is open to inheritance (dt4's ``_open``: no day or later step of its own, not the
past perfect, not the first person, not inside a content clause), and the first sentence of the
next paragraph has as its ने-agent the act's actor (every one of its sources) with a calendar
day "… को" right beside it (dt5's ``_subject_day``, which refuses a noun's time), the agent
opening the sentence (a restatement of the occasion, not a scene the actor enters later), not told as
another occasion ("रविवार को भी …": also on Sunday) nor in the past perfect ("… आड़े हाथ लिया
था": an earlier occasion the article recalls). ``date_basis`` says "next paragraph: '<agent>'
(<day>)". Counted on the 280 allowed corpus day files: see the figures in docs/events-rounds.md
(round dt8).
"""

from __future__ import annotations

from ..model import Event
from .clause import SentenceView, date_part
from .lead_dates import _lead, _open
from .neighbour_dates import _PRONOUNS, _ends_perfect, _subject_day
from .paragraph_dates import undated_acts

# the word after the day that makes it another occasion of the actor ("रविवार को भी")
_ALSO = "भी"


def _opens_with_agent(sv: SentenceView) -> bool:
    """The sentence opens with its ने-agent or a bare "वे/वह": it restates the lead's actor's
    occasion ("सोनिया गांधी ने सोमवार को …"), not a scene the actor comes into later ("रविवार को
    … होने वाले जनता कर्फ्यू से एक दिन पहले शनिवार को प्रधानमंत्री ने यह ट्वीट किया", which
    round dt5's test keeps apart as a new paragraph's occasion)."""
    agent = next((u for u in sv.units if u.marker == "ने"), None)
    return bool(sv.texts) and (sv.texts[0] in _PRONOUNS or (agent is not None and agent.first == 0))


def lead_restated(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Date each undated act of the lead paragraph that happened from the next paragraph's
    opening sentence, if it tells the act's actor's occasion with its day (see the module
    docstring)."""
    lead = _lead(views, text)
    if not lead or lead[-1] + 1 >= len(views):
        return
    nxt = views[lead[-1] + 1]
    if _ends_perfect(nxt) or not _opens_with_agent(nxt):
        return
    for ev, at in undated_acts(events, views):
        if at not in lead or not _open(ev, views[at], text):
            continue
        found = _subject_day(nxt, ev.source)
        if found is None:
            continue
        subject, day = found
        after = nxt.token_at(day.end - 1) + 1
        if after < len(nxt.texts) and nxt.texts[after] == _ALSO:
            continue
        ev.date = date_part(day.value or "")
        ev.date_basis = f"next paragraph: '{subject}' ({day.text})"

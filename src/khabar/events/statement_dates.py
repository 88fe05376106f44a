"""Dates an act told as part of a statement from the day its speaker's clause gave the statement
a sentence or two before: "मुख्यमंत्री ने सोमवार को … लोकार्पण करने के बाद कहा कि … होता है.
उन्होंने कहा कि सभी जिलाधिकारी … नोडल अधिकारी की नियुक्ति कर … सुनिश्चित कराएं.", "केजरीवाल ने
रविवार को प्रेस कॉन्फ्रेंस करके कहा कि … लागू रहेगा. … इसके साथ ही … दुकानें खोलने की इजाजत
नहीं है.".

Round dt3 (issue 13: dates from a neighbouring sentence, the lead or the dateline): a report dates
a speaker's statement once, in the clause that introduces it, and its next sentences go on with
what the speaker asked, ordered, threatened or welcomed in it. The gold dates such acts by the
statement's day (the tuning set Vz's PK-2020-04-06-L1-e08: "said 'सोमवार को' after the
inauguration (line 49) = the publication date"); the end audit au5 judged four of them undated
(PK-2020-APR-06, PK-2020-APR-27, PK-2020-MAR-09's meeting, and the like). Round dt1's same-actor
anchor (:mod:`.paragraph_dates`) needs a dated event before, and the introducing clause often
holds none: what it quotes is an opinion ("… रीढ़ होता है"), or its act is a plan. Here the anchor
is the quote itself: khabar's quote reader (:mod:`.quotes`) gives its speaker, and the day is the
sentence's one calendar day, written before the quoted words (the speaker's clause: "ने सोमवार को
कहा कि"), not inside them ("बताया कि … सात मार्च को इटली से … आया था" tells the arrival's day).

Counted on the 280 allowed corpus day files (main c6f0258f): 8 undated acts so dated, all 8 the
statement's act by a reading of each (a threat "अगर ऐसा होगा तो आयोजकों को जेल भेजा जाएगा", a
rebuke of news channels, two directives, an appeal in a speech, a ban restated, a meeting the
speaker reported, a welcome in a tweet). Kept out: acts in the past perfect ("… की मांग की थी"
after "शनिवार को कहा": an earlier demand), the speaker's own earlier acts recounted in the
first person ("हमने राज्य को यह कहा है", "हमने आदेश दिये हैं" told at a bulletin "आज": when
they were done the text does not say), a statement itself told in the past perfect or "इससे
पहले" ("इससे पहले सोमवार को WHO ने कहा था कि …": background before the news), a new paragraph,
and any day told in between. Only acts that happened (a plan's day is when it will be done).
``date_basis`` says "statement: <cue> (<the day as written>)".
"""

from __future__ import annotations

from ..model import Event, Quote
from .clause import SentenceView, date_part
from .paragraph_dates import (
    LATER,
    closed_to_inheritance,
    names_day,
    one_day,
    past_perfect,
    undated_acts,
)
from .verbforms import PAST_AUXILIARIES

# the speaker recounting their own earlier acts ("हमने … आदेश दिये हैं")
_FIRST_PERSON_AGENTS = frozenset({"हमने", "मैंने"})
# an earlier time than the news ("इससे पहले सोमवार को …"), a later step ("फिर"): the statement
# is another occasion; "बाद" stays allowed here ("… लोकार्पण करने के बाद कहा कि": the same day)
_NOT_THE_NEWS = LATER - {"बाद"}


def _dated_statement(
    sv: SentenceView, quotes: list[Quote], source: list[str], text: str
) -> tuple[str, str] | None:
    """The statement's day and basis (None where none): the sentence's one calendar day, told
    as a day ("… को", "आज") before the quoted words of a quote of one of ``source`` not told in
    the past perfect."""
    day = one_day(sv)
    if day is None or not (day.text.endswith("को") or day.text.split()[0] == "आज"):
        return None
    if not sv.words.isdisjoint(_NOT_THE_NEWS):
        return None
    for q in quotes:
        after = text[q.cue_end : q.cue_end + 12].split()[:2]
        if (
            q.speaker in source
            and q.kind != "confirmation"
            and day.end <= q.start
            and PAST_AUXILIARIES.isdisjoint(after)
        ):
            return date_part(day.value or ""), f"statement: {q.cue} ({day.text})"
    return None


def statement_dates(
    events: list[Event], views: list[SentenceView], text: str, quotes: list[Quote]
) -> None:
    """Date each undated act that happened from the statement of its source that an earlier
    sentence of its paragraph dated (see the module docstring)."""
    said: dict[int, list[Quote]] = {}
    for q in quotes:
        if q.sentence is not None and q.speaker:
            said.setdefault(q.sentence, []).append(q)
    if not said:
        return
    for ev, at in undated_acts(events, views):
        sv = views[at]
        if closed_to_inheritance(sv):
            continue
        if past_perfect(ev, text) or not sv.words.isdisjoint(_FIRST_PERSON_AGENTS):
            continue
        for j in range(at - 1, -1, -1):
            if "\n" in text[views[j].end : sv.start]:
                break  # a new paragraph: another occasion
            dated = _dated_statement(views[j], said.get(j, []), ev.source, text)
            if dated is not None:
                ev.date, ev.date_basis = dated
                break
            if any(names_day(tx) for tx in views[j].timexes):
                break  # another day told in between

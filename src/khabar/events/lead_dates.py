"""Dates an act of the lead's actor told in a later paragraph from the day the article's lead
gave that actor's occasion: "प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को जोर देकर कहा कि … ।" then,
paragraphs on, "9- प्रधानमंत्री ने राज्यों से कहा कि वे … पालन करें ।", "10- उन्होंने
मुख्यमंत्रियों से आग्रह किया कि …"; "केंद्रीय स्वास्थ्य मंत्री … ने रविवार को कहा कि … ।" then
"उन्होंने लोगों से … लॉकडाउन को अपनाने का अनुरोध किया ।".

Round dt4 (issue 13: events left undated that the article dates): a report names its occasion
once, in the lead (a speech, a meeting, a press conference, a visit), with its day and its
actor, and its later paragraphs go on with what the same actor said, asked or ordered there
without a day of their own (the "10 highlights of the meeting" list, the minister's appeal at the
end). The gold dates such acts by the occasion's day (the dev gold's README: the day it
happened, taken from the text); the end audit au6 found 6 of its 14 undated events so (the PM's
requests at the CMs' meeting, DH-2020-ARP-27 and AU-2020-ARP-27; the PM's address,
AU-2020-MAR-19). Rounds dt1 and dt3 (:mod:`.paragraph_dates`, :mod:`.statement_dates`) carry a
day only inside the paragraph that told it; a list of the occasion's points stands in
paragraphs of its own.

The anchor is the lead paragraph (the first paragraph of body text: a heading line has no final
punctuation) and one of its sentences: an act of the actor that happened, dated by a day its
own sentence tells (not in the past perfect), or a quote of the actor with one calendar day told
before the quoted words (dt3's dated statement), or, in a sentence that holds no event, its
ने-agent with the sentence's one day "… को"/"आज" ("आज प्रधानमंत्री नरेंद्र मोदी ने देश से सीधा
संवाद किया", "योगी सरकार ने बुधवार को बड़ा फैसला लिया है": the address and the decision are no
act of the lexicon); not a group's agent ("… के नागरिकों ने": a public other lines name too),
not a day told inside what was said ("… ने कहा कि … आज …"). An actor given two days in the lead
has no one occasion and is left alone. The act takes the day only where the link is sure: every one of its
sources is such an actor, it happened, it is told in a later paragraph, its own sentence tells no
day and no later step or cited count (:func:`.paragraph_dates.closed_to_inheritance`), it is not
told in the past perfect, not recounted in the first person ("हमने राज्य को यह कहा है": when it
was done the text does not say), and not inside a content clause ("… ने बताया कि जब उक्त व्यक्ति
से … को कहा गया तो …": the reported story has a time of its own), and no act of the same actor
dated to another day stands between (another occasion of the actor told). ``date_basis`` says
"lead: '<the anchor's trigger, cue or agent>' (<the lead's day as written>)". The eventless
sentence's agent also dates the acts after it in its own paragraph, as dt1's same-actor anchor
does for an act ("योगी सरकार ने बुधवार को बड़ा फैसला लिया है । योगी सरकार ने … हॉट स्पॉट
इलाकों को … सील करने के आदेश दिए हैं", the tuning set Vi's DH-2020-04-08-L11-e01), no day told
in between: "paragraph: '<agent> ने' (<day>)".

Counted on the 280 allowed corpus day files (main 187cd387): 32 undated acts in 14 articles take
the lead's day, every one read, all 32 the lead's occasion by the text (the PM's points at the
CMs' meeting, a minister's appeal at the end of his visit's report, a commissioner's directives
at his Friday review, a DM's Monday orders, the Ghaziabad police's arrests "on the first day" of
the sealing; two debatable: Manipur's closure dated by a round-up lead that names Manipur among
Thursday's closures, a minister's talk with patients during a visit a ministry statement tells).
The paragraph guard kept out 4 more: a case registered in a March background paragraph (wrong), a
guideline's instruction after "20 अप्रैल तक … 21 अप्रैल से" (unsure), the DGCA's request of the
lead's advisory and Delhi's epidemic declaration (both right, lost). The eventless agent dates
11 more, all read and right (the PM's address's five appeals, a minister's portal launch twice,
Ramdev's show, UP's hotspot sealing twice, Kejriwal's Wednesday press conference's appeal); its
two guards kept out 4: a group ("नागरिकों ने शुक्रवार को" dating other citizens' demand, wrong)
and three days inside a content clause (the passenger's travel day dating the crew's watch,
wrong; a CEO's and a CM's "आज" inside their words, the acts' day but not by that basis).
"""

from __future__ import annotations

from ..model import Event, Quote
from .clause import SentenceView, date_part, unit_actors
from .paragraph_dates import (
    BLOCKING,
    _told_day,
    closed_to_inheritance,
    names_day,
    one_day,
    past_perfect,
    undated_acts,
)
from .sentence_events import events_by_sentence
from .statement_dates import _FIRST_PERSON_AGENTS, _dated_statement

# sentence punctuation a body sentence ends with; a heading line (headline, sub-heading, tag)
# has none
_BODY_END = ("।", ".", "|", "?", "!", '"', "”", "'")
# a mention of a group of people ("नागरिकों": 'public of India'), whose id other groups share
_GROUP = "GROUP"
# the word that opens a content clause: an act after it is reported, not the report's own
_THAT = "कि"


def _lead(views: list[SentenceView], text: str) -> list[int]:
    """The sentence indices of the lead paragraph: from the first sentence that ends as body
    text does to the end of its paragraph (empty where the article has none)."""
    first = next(
        (i for i, sv in enumerate(views) if text[sv.start : sv.end].rstrip().endswith(_BODY_END)),
        None,
    )
    if first is None:
        return []
    lead = [first]
    for j in range(first + 1, len(views)):
        if "\n" in text[views[j - 1].end : views[j].start]:
            break
        lead.append(j)
    return lead


def _anchors(
    lead: list[int],
    views: list[SentenceView],
    by_sentence: dict[int, list[Event]],
    said: dict[int, list[Quote]],
    text: str,
) -> dict[str, tuple[str, str]]:
    """Each actor the lead gives one dated occasion: its id -> (day, basis)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for j in lead:
        for ev in by_sentence.get(j, []):
            if (
                ev.date
                and len(ev.date) == 10
                and ev.modality == "happened"
                and _told_day(ev.date_basis or "")
                and not past_perfect(ev, text)
            ):
                day_text = (ev.date_basis or "").split(": ", 1)[1]
                for ident in ev.source:
                    found.setdefault(ident, set()).add((ev.date, f"'{ev.trigger}' ({day_text})"))
        for q in said.get(j, []):
            speaker = q.speaker or ""
            dated = _dated_statement(views[j], [q], [speaker], text)
            said_on = one_day(views[j])
            if dated is not None and said_on is not None:
                found.setdefault(speaker, set()).add((dated[0], f"'{q.cue}' ({said_on.text})"))
        if not by_sentence.get(j):
            for ident, day_basis in _agent_days(views[j]).items():
                found.setdefault(ident, set()).add(day_basis)
    out: dict[str, tuple[str, str]] = {}
    for ident, told in found.items():
        if len({day for day, _ in told}) == 1:
            out[ident] = min(told)
    return out


def _agent_days(sv: SentenceView) -> dict[str, tuple[str, str]]:
    """The actors of the ने-agent of a sentence that tells one calendar day "… को"/"आज" and holds
    no event: "आज प्रधानमंत्री नरेंद्र मोदी ने देश से सीधा संवाद किया" -> Modi: (day, basis)."""
    day = one_day(sv)
    if day is None or not (day.text.endswith("को") or day.text.split()[0] == "आज"):
        return {}
    if not sv.words.isdisjoint(BLOCKING) or _THAT in sv.texts[: sv.token_at(day.start)]:
        return {}  # (a day inside what was said, "… ने कहा कि … आज …", is the content's own)
    agent = next((u for u in sv.units if u.marker == "ने"), None)
    if agent is None or any(m.type == _GROUP for m in agent.mentions):
        return {}  # "… के नागरिकों ने शुक्रवार को …": a public, not one actor other lines name
    basis = f"'{sv.text_of(agent.first, agent.last)} ने' ({day.text})"
    return {ident: (date_part(day.value or ""), basis) for ident in unit_actors(agent)}


def lead_dates(
    events: list[Event], views: list[SentenceView], text: str, quotes: list[Quote]
) -> None:
    """Date each undated act that happened from an eventless sentence before it in its paragraph
    that tells its agent's day, else, told in a later paragraph, from the day the lead gave its
    actor's occasion (see the module docstring)."""
    if not events:
        return
    lead = _lead(views, text)
    if not lead:
        return
    by_sentence = events_by_sentence(events)
    said: dict[int, list[Quote]] = {}
    for q in quotes:
        if q.sentence in lead and q.speaker:
            said.setdefault(q.sentence, []).append(q)
    anchors = _anchors(lead, views, by_sentence, said, text)
    lead_end = views[lead[-1]].end
    for ev, at in undated_acts(events, views):
        if not _open(ev, views[at], text):
            continue
        _date_from_agent_before(ev, at, views, by_sentence, text)
        if ev.date or views[at].start < lead_end:
            continue
        told = {anchors[ident] for ident in ev.source if ident in anchors}
        if len(told) != 1 or not set(ev.source) <= anchors.keys():
            continue
        day, basis = told.pop()
        if _paragraph_day(at, views, text):
            continue
        if _other_day_between(ev, events, lead_end, day):
            continue
        ev.date = day
        ev.date_basis = f"lead: {basis}"


def _date_from_agent_before(
    ev: Event, at: int, views: list[SentenceView], by_sentence: dict[int, list[Event]], text: str
) -> None:
    """The day of the nearest earlier sentence of ``ev``'s paragraph that holds no event and
    tells one day of its ने-agent, every one of ``ev``'s sources ("योगी सरकार ने बुधवार को बड़ा
    फैसला लिया है । योगी सरकार ने … हॉट स्पॉट इलाकों को … सील करने के आदेश दिए हैं"), no other
    day told in between."""
    for j in range(at - 1, -1, -1):
        if "\n" in text[views[j].end : views[at].start]:
            return
        if not by_sentence.get(j):
            told = _agent_days(views[j])
            if told and set(ev.source) <= told.keys():
                ev.date, basis = told[ev.source[0]]
                ev.date_basis = f"paragraph: {basis}"
                return
        if any(names_day(tx) for tx in views[j].timexes):
            return


def _open(ev: Event, sv: SentenceView, text: str) -> bool:
    """The act's own sentence may take a day from the lead: it tells none of its own and no
    later step, the act is not in the past perfect, not recounted in the first person, and not
    inside a content clause."""
    if closed_to_inheritance(sv) or past_perfect(ev, text):
        return False
    if not sv.words.isdisjoint(_FIRST_PERSON_AGENTS):
        return False
    k = sv.token_at(ev.trigger_start)
    return _THAT not in sv.texts[:k]


def _paragraph_day(at: int, views: list[SentenceView], text: str) -> bool:
    """An earlier sentence of the act's own paragraph tells a calendar day: the paragraph has a
    time of its own ("गत 14 मार्च को 11 जमाती … आए … । … इस पर … मुकदमा दर्ज कर लिया": a
    background told before the lead's news), not the lead's occasion."""
    for j in range(at - 1, -1, -1):
        if "\n" in text[views[j].end : views[at].start]:
            return False
        if any(names_day(tx) and len(date_part(tx.value or "")) == 10 for tx in views[j].timexes):
            return True
    return False


def _other_day_between(ev: Event, events: list[Event], lead_end: int, day: str) -> bool:
    """An act of one of ``ev``'s actors dated to another day stands between the lead and ``ev``."""
    mine = set(ev.source)
    return any(
        lead_end <= e.trigger_start < ev.trigger_start
        and e.date
        and e.date != day
        and not mine.isdisjoint(e.source)
        for e in events
    )

"""Whom an allegation accuses when its कि-clause names the doer with ने (issue 13, round ta14).

Why a module of its own: an allegation is mostly told as "X ने आरोप लगाया कि <doer> ने <act>"
or "X का आरोप है कि <doer> ने <act>", the accused written only as the agent of the alleged act
("… आरोप लगाया कि … क्लिनिक के प्रबंधन ने उन्हें नौकरी से निकाल दिया", "कुछ धर्मनिरपेक्ष
इस्राइलियों का आरोप है कि हारेदी समुदाय ने … प्रयासों को कमजोर किया है"). The argument readers
take the target of ACCUSE from the trigger's own phrases ("X पर आरोप", "X के खिलाफ शिकायत") and
stop at the कि, so such an accusation stood with no target, where the annotation rules (and the
tuning sets Vh and Vj, both of these sentences) name the one accused. The agent of the clause's
first ने is that party: the phrase right before it that the actor dictionary or the glossary can
name (its words the evidence); a clause whose agent is a pronoun ("उन्होंने") or no party the
glossary says, or an accusation that has a target already, is left as it was. Counts on the 280
allowed corpus day files: docs/events-rounds.md, round ta14.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView, is_place, unit_actors
from .gloss import gloss
from .sentence_events import events_in_sentences

# The allegation's nouns whose कि-clause says what the accused did.
_ALLEGING = ("आरोप", "शिकायत")
_THAT = frozenset({"कि", "हैकि"})  # "हैकि": the copula glued to कि, as printed
# Tokens between the trigger's end and the कि ("आरोप लगाया था कि", "शिकायत की थी कि").
_TO_THAT = 4
_AGENT = "ने"
# What ends the clause before its agent is found.
_STOPS = frozenset({"।", "॥", "?", "!", "|", "कि"})
# Words of the agent's phrase before ने ("क्लिनिक के प्रबंधन"); Hindi noun phrases, not fitted.
_AGENT_REACH = 4
# What the agent's phrase never crosses: a case marker, a comma, the second word of a compound
# postposition ("… बताने के लिए क्लिनिक के प्रबंधन ने": the purpose ends at लिए).
_MARKS = frozenset({"को", "से", "में", "पर", "ने", "तक", ",", "और", "व", "तथा", "एवं"}) | frozenset(
    {"लिए", "बाद", "पहले", "दौरान", "कारण", "चलते", "तहत", "जरिए", "साथ", "बारे", "खिलाफ", "द्वारा"}
)
# The only words between the trigger and its कि: the light verb and its auxiliaries ("आरोप
# लगाया था कि", "शिकायत की थी कि"), never another verb's clause ("शिकायत दर्ज कराई और कहा कि").
_LIGHT = frozenset(
    {"लगाया", "लगाई", "लगाए", "लगाये", "लगाते", "लगा", "की", "किया", "करते", "कर", "है", "हैं"}
    | {"था", "थी", "थे", "रहे", "रही", "रहा", "हुए", "गया", "गई", "दी", "भी"}
)


def alleged_doers(events: list[Event], views: list[SentenceView]) -> None:
    """Give each accusation with no target the agent of its कि-clause as the target (see the
    module docstring); events change in place."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "ACCUSE" or ev.target or not ev.trigger.startswith(_ALLEGING):
            continue
        found = _agent(sv, ev)
        if found is None:
            continue
        first, last, ident, en = found
        toks = sv.tokens
        text = sv.text_of(first, last)
        ev.arguments.append(Argument("target", text, toks[first].start, toks[last].end, ident, en))
        ev.target.append(ident)


def _agent(sv: SentenceView, ev: Event) -> tuple[int, int, str, str | None] | None:
    """The agent phrase of the कि-clause after the trigger: its first and last token, its actor
    id and English (None where the actor's own name says it), else None."""
    toks = sv.tokens
    end = next((i for i, t in enumerate(toks) if t.end >= ev.trigger_end), None)
    if end is None:
        return None
    that = next(
        (j for j in range(end, min(end + _TO_THAT + 1, len(toks))) if toks[j].text in _THAT),
        None,
    )
    if that is None or any(toks[j].text not in _LIGHT for j in range(end + 1, that)):
        return None
    ne = next((j for j in range(that + 1, len(toks)) if toks[j].text in _STOPS | {_AGENT}), None)
    if ne is None or toks[ne].text != _AGENT or ne == that + 1:
        return None
    for u in sv.units:
        if u.last == ne - 1 and u.first > that:
            actors = unit_actors(u)
            if len(actors) == 1 and not is_place(u):
                return u.first, u.last, actors[0], None
    best = None
    for first in range(ne - 1, max(that, ne - 1 - _AGENT_REACH), -1):
        if toks[first].text in _MARKS:
            break
        en = gloss(sv.text_of(first, ne - 1))
        if en is not None:
            best = (first, en)
    if best is None:
        return None
    first, en = best
    text = sv.text_of(first, ne - 1)
    return first, ne - 1, f"text:{text}", en

"""Whom a train, a bus or an evacuation carries: the target of a transport aid (issue 13,
round ta16).

Why a module of its own: a transport aid ("श्रमिक स्पेशल ट्रेनें चलाईं", "इस ट्रेन से 1200 यात्री
भेजे गए", "करीब 4 हजार भारतीय नागरिक विदेशों से लाए गए") is read off its vehicle noun or its
participle, and the argument rules look for a target in the trigger's own case frame; the people
carried stand outside it, as the nominative subject of an agentless passive of sending or
bringing, as the "को" object of the motion verb the vehicle serves ("83 हजार श्रमिकों को भी
ट्रेनों से … रवाना किया"), or in the train's very name. Of the 35 transport and repatriation
aids khabar found on the 280 allowed corpus day files, 27 had no target. The annotation rules name
an aid's target whom it helps, and the tuning gold codes each such aid it holds as the people
carried: "1200 यात्री"
and "82800 श्रमिकों" as written, and a Shramik Special train's riders, named by no phrase, as
"stranded migrant workers" (twice, Vt) or "migrant workers" (once, Vv); the trains were run for
the migrant workers the lockdown stranded (the MHA order of 1 May 2020: general knowledge the
name rule needs). Two readings, both only for a transport aid with no target:

* the people phrase the glossary says ("83 हजार श्रमिकों", "1200 यात्री") that is the "को"
  object or the unmarked subject of an agentless passive ("भेजे गए", "लाए गए", "रवाना किया जा
  चुका") of a motion verb in the trigger's clause; a pronoun ("उन्हें") or a name is left to the
  anaphora and naming rules, and a phrase with any other case marker is not the one carried;
* the train's name "श्रमिक स्पेशल" (quoted or not) right before the vehicle noun.

Counts and checks on the allowed files: docs/events-rounds.md, round ta16.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView
from .gloss import gloss, names_people
from .sentence_events import events_in_sentences

# The aids that move people, by the mode the lexicon gives them.
_MOVING = frozenset({"transport", "repatriate"})
# The motion verbs a carried party is the object of: send, bring, dispatch, deliver, evacuate.
_SEND = ("भेज", "रवाना", "पहुंचा", "पहुँचा", "निकाल")
_BRING = frozenset({"ला", "लाए", "लाये", "लाया", "लायी", "लाई", "लाने", "लाकर"})
# The passive auxiliaries after the participle ("भेजे गए", "लाए जाएंगे", "रवाना किया जा चुका").
_PASSIVE = ("गए", "गये", "गई", "गईं", "गयी", "गया", "जा", "जाए", "जाएं", "जाएंगे", "जायेंगे", "जाएगा")
# What ends the trigger's clause: a sentence or clause end, a complementiser.
_CLAUSE_ENDS = frozenset({"।", "॥", "?", "!", ",", ";", ":", "कि", "|"})
# The case markers after which a phrase is not the one carried (its "को" is the carried one's).
_MARKERS = frozenset({"ने", "से", "में", "पर", "के", "की", "का", "तक", "द्वारा", "लिए"})
_PARTICLES = frozenset({"भी", "ही", "तो"})
# Words a carried people phrase may hold before its noun ("करीब 83 हजार", "4 हजार भारतीय");
# Hindi noun phrases, not fitted.
_REACH = 5
# The Shramik Special trains' name and whom they carried (see the module docstring).
_WORKERS = "श्रमिक"
_SPECIAL = frozenset({"स्पेशल", "स्पेशल'", "स्पेशल’"})
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})
_WORKERS_EN = "stranded migrant workers"


def carried_people(events: list[Event], views: list[SentenceView]) -> None:
    """Give each transport aid with no target the people it carries, where its clause or its
    train's name says them (see the module docstring); events change in place."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "AID" or ev.mode not in _MOVING or ev.target:
            continue
        at = sv.token_starting(ev.trigger_start)
        if at is None:
            continue
        found = _carried(sv, at)
        if found is not None:
            first, last = found
            text = sv.text_of(first, last)
            en = gloss(text)
        else:
            named = _train_name(sv, at, ev.trigger_end)
            if named is None:
                continue
            # the name's two words are the evidence: no glossary form, so the naming stage
            # reads no modifier off the words before it ("मजदूर दिवस से 'श्रमिक स्पेशल'")
            first, last = named, named + 1
            text, en = sv.text_of(first, last), _WORKERS_EN
        ident = f"text:{text}"
        toks = sv.tokens
        ev.arguments.append(Argument("target", text, toks[first].start, toks[last].end, ident, en))
        ev.target.append(ident)


def _clause(sv: SentenceView, at: int) -> tuple[int, int]:
    """The first and last token of the clause around token ``at``."""
    lo = at
    while lo > 0 and sv.texts[lo - 1] not in _CLAUSE_ENDS:
        lo -= 1
    hi = at
    while hi + 1 < len(sv.texts) and sv.texts[hi + 1] not in _CLAUSE_ENDS:
        hi += 1
    return lo, hi


def _motion(word: str) -> bool:
    return word.startswith(_SEND) or word in _BRING


def _passive(texts: list[str], verb: int) -> bool:
    """Whether the motion verb at ``verb`` is an agentless passive ("भेजे गए", "रवाना किया जा")."""
    after = texts[verb + 1 : verb + 3]
    if after and after[0] in {"किया", "किए", "किये", "की"}:
        after = after[1:]
    return bool(after) and after[0] in _PASSIVE


def _carried(sv: SentenceView, at: int) -> tuple[int, int] | None:
    """The first and last token of the people phrase the trigger's clause says are carried:
    the "को" object of its motion verb, or the unmarked subject of its agentless passive."""
    texts = sv.texts
    lo, hi = _clause(sv, at)
    verbs = [k for k in range(lo, hi + 1) if _motion(texts[k])]
    if not verbs:
        return None
    verb = verbs[0]
    passive = _passive(texts, verb)
    if not passive and "ने" in texts[lo:verb]:
        return None  # "रेलवे ने … भेजा": an active's object must carry its "को"
    for end in range(lo, verb):
        nxt = end + 1
        while nxt < verb and texts[nxt] in _PARTICLES:
            nxt += 1
        marked = texts[nxt] == "को" if nxt < verb else False
        if not marked and not (passive and (nxt == verb or texts[nxt] not in _MARKERS)):
            continue
        if texts[end] in _MARKERS or not names_people(texts[end]):
            continue
        first = _phrase_start(sv, lo, end)
        if first is None:
            continue
        if not marked and any(texts[k] == "को" for k in range(end + 1, verb)):
            continue  # a "को" object after it is the one carried
        return first, end
    return None


def _phrase_start(sv: SentenceView, lo: int, end: int) -> int | None:
    """The first token of the longest people phrase ending at ``end`` that the glossary says,
    not reaching past a case marker or the clause start; None if it says none."""
    best = None
    for first in range(end, max(lo, end - _REACH) - 1, -1):
        if sv.texts[first] in _MARKERS or sv.texts[first] in _PARTICLES:
            break
        phrase = sv.text_of(first, end)
        if names_people(phrase) and gloss(phrase) is not None:
            best = first
    return best


def _train_name(sv: SentenceView, at: int, trigger_end: int) -> int | None:
    """The token of "श्रमिक" in the train's name "श्रमिक स्पेशल <vehicle>" at or right before
    the trigger, else None."""
    texts = sv.texts
    k = at
    while k < len(texts) and sv.tokens[k].start < trigger_end:
        if texts[k] == _WORKERS and k + 1 < len(texts) and texts[k + 1] in _SPECIAL:
            return k
        k += 1
    back = at - 1
    while back >= 0 and texts[back] in _QUOTES:
        back -= 1
    if back >= 1 and texts[back] in _SPECIAL and texts[back - 1] == _WORKERS:
        return back - 1
    return None

"""Whom a confinement with no object at all confines: the people the sentence before names.

Why: Hindi reports drop the object of a quarantine told right after the people it falls on
("लव अग्रवाल ने कहा, ईरान से चौथे बैच के रूप में 53 लोगों को लाया गया है । जैसलमेर में सेना के
ऑब्जेवेशन में रखा गया है"; "… सभी का नमूना लेकर जांच को भेजने के बाद … क्वारंटाइन में रखा
गया"). No pronoun stands for them, so :mod:`.anaphora` has nothing to resolve and the event kept
no target, while the gold names those people (the tuning sets: the nine returnees of Jaunpur,
the migrant workers returning to Bihar). This pass gives a quarantine that has no target
argument at all, and no person or group named before its trigger in its own sentence, the one
person or group of people named in the nearest of the :data:`_BACK` sentences before it that
names any, in the same paragraph (:func:`.anaphora._candidates`: the targets other events gave
an actor there, the persons and groups found, people phrases of the glossary); it is followed
back where it only points ("इन लोगों"). Two different ones named there, the public, or the
event's own source leave it empty: a wrong target is worse than none. Quarantines only: on the
280 allowed corpus day files the 3 quarantines it fills are right, while the charges it would
fill ("… मामले दर्ज किए जाएंगे" after "लोग … जानकारी नहीं दे रहे") took people at large, 0 of 3
right. Round tg6 (issue 13).
"""

from __future__ import annotations

from ..model import Argument, Event
from .anaphora import _candidates, _through_pointing
from .clause import SentenceView

# Sentences back the people may be named in: the one before, or the one before it where the
# one between tells only where or how they came; tuned on the 280 allowed corpus day files
# (round tg6).
_BACK = 2


# Objects written as one word with their postposition ("सबको … पहुंचा दिया गया": all of them).
_OBJECT_WORDS = frozenset({"सबको", "सभीको", "उनको", "इनको", "उसको", "इसको"})


def _object_written(sv: SentenceView, trigger_start: int) -> bool:
    """Whether an object marked with को stands before the trigger (a "को" not ending a timex,
    "शुक्रवार को" being when), or one of :data:`_OBJECT_WORDS`: the object is written, even where
    no people phrase was read in it ("सबको")."""
    dated = sv.dated
    return any(
        t.start < trigger_start
        and (t.text in _OBJECT_WORDS or (t.text == "को" and i - 1 not in dated and i not in dated))
        for i, t in enumerate(sv.tokens)
    )


def elided_objects(events: list[Event], views: list[SentenceView], text: str) -> None:
    """Give each quarantine with no target argument the people the sentence before names (see
    the module's docstring); events are changed in place, a ``target`` argument keeping the
    people's words and offsets."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        if (
            ev.target
            or ev.mode != "quarantine"
            or ev.negated
            or ev.sentence is None
            or any(a.role == "target" for a in ev.arguments)
        ):
            continue
        own = by_index.get(ev.sentence)
        if (
            own is None
            or _object_written(own, ev.trigger_start)
            or any(c.start < ev.trigger_start for c in _candidates(own, events, text, False))
        ):
            continue  # someone named before the trigger in its own sentence: not elided
        found = None
        after = own
        for k in range(ev.sentence - 1, ev.sentence - _BACK - 1, -1):
            sv = by_index.get(k)
            if sv is None or "\n" in text[sv.end : after.start]:
                break  # another paragraph tells of other people
            after = sv
            named = [
                c
                for c in _candidates(sv, events, text, True)
                if not c.ident.startswith("actor:public") and c.ident not in ev.source
            ]
            if not named:
                continue
            if len({c.ident for c in named}) == 1:
                found = _through_pointing(ev, named[-1], events, by_index, text)
            break
        if found is None or found.ident in ev.source:
            continue
        ev.arguments.append(
            Argument("target", found.text, found.start, found.end, found.ident, found.en)
        )
        ev.target.append(found.ident)

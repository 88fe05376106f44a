"""Targets written "ऐसे लोगों" ("such people"): a group the article describes, never the public.

Why: "ऐसे (सभी) लोगों/व्यक्तियों" takes up people the text has just described, in a relative
clause of its own sentence ("… ने ऐसे लोगों को घर जाने की अनुमति दे दी है जो लॉकडाउन के चलते
… फंसे हुए हैं") or in a sentence before ("… की जानकारी छुपाने वालों को … अल्टीमेटम दे दिया है
। डीजीपी ने ऐसे सभी लोगों को चेताया था …"). The argument rules (:mod:`.arguments`, round ev62)
read the phrase as the public with the English "such people" (or, with "सभी" between, as plain
"लोगों", the public of the place), so a timeline coded the public of India or of a state as the
one warned, permitted or acted against. Round ta13 (issue 13, targets): on the 280 allowed
corpus day files 3 events had such a target, all three coded the public and all three wrong (the
tuning sets Vi and Vn hold them; their gold names the stranded people, the attackers of health
workers, and those hiding a Markaz visit).

What it does, once the whole article is read (after :func:`.anaphora.resolve_pronoun_targets`):
the phrase stays the target as its own words and offsets ("such people"), no actor of the
public and no public's code. Tried and not kept: its antecedent found as a plural pronoun's is
(:mod:`.anaphora`): the nearest group named before is as often the victims of the people meant
("कुछ लोग स्वास्थ्य कर्मियों पर हमला कर रहे हैं । हमने ऐसे लोगों के खिलाफ … कार्रवाई की": the
health workers), and a described group ("… छुपाने वालों") stood before one such phrase only.
"""

from __future__ import annotations

from ..model import Event
from .gloss import names_people

# The demonstrative of kind ("such"); "सभी" may stand between it and the noun ("ऐसे सभी लोगों").
_SUCH = "ऐसे"
_ALL = "सभी"
_EN = {1: "such people", 2: "all such people"}


def _such_start(words_before: list[str], words: list[str]) -> int | None:
    """How many words before the argument's own belong to its "ऐसे (सभी)" (0, 1 or 2), when the
    argument is "ऐसे (सभी) <people noun>" with those words in or right before it; else None."""
    if not words or len(words) > 3 or not names_people(words[-1]):
        return None
    phrase = words_before[-2:] + words
    if phrase[-2:-1] == [_SUCH] and len(words) <= 2:
        return 2 - len(words)
    if phrase[-3:-1] == [_SUCH, _ALL]:
        return 3 - len(words)
    return None


def keep_such_people(events: list[Event], text: str) -> None:
    """Give each "ऐसे (सभी) लोगों" target read as the public its own words instead (a text
    target, "such people"); events are changed in place (``target``, codes, arguments)."""
    for ev in events:
        for arg in ev.arguments:
            public = arg.entity_id or ""
            if arg.role != "target" or not public.startswith("actor:public"):
                continue
            before = text[max(0, arg.start - 12) : arg.start].split()
            extra = _such_start(before, arg.text.split())
            if extra is None:
                continue
            if extra:
                arg.start = text.rindex(before[-extra], 0, arg.start)
                arg.text = text[arg.start : arg.end]
            arg.entity_id, arg.en = f"text:{arg.text}", _EN[len(arg.text.split()) - 1]
            ev.target = [t if t != public else arg.entity_id for t in ev.target]
            if public not in ev.source and all(a.entity_id != public for a in ev.arguments):
                ev.codes.pop(public, None)
            ev.target = list(dict.fromkeys(ev.target))

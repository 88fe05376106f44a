"""Whom a threatened action falls on when its condition names the offender as "कोई (भी) X"
(issue 13, round ta14).

Why a module of its own: a warning is often told as a condition and its consequence, the
offender named only by the condition's indefinite subject and pointed at after the correlative
"तो" ("अगर कोई भी व्यक्ति उनके काम में खलल डालेगा … तो उसके खिलाफ कड़ी आपराधिक कार्रवाई की
जाएगी", "यदि कोई भी व्यापारी … कालाबाजारी करता है तो उसके खिलाफ … कार्रवाई की जाएगी").
:mod:`khabar.events.correlative_targets` (round ev208) keeps the pointer ("उस पर", "उसके खिलाफ")
as the target argument with no actor, and :func:`khabar.events.anaphora.resolve_pronoun_targets`
finds no antecedent for it, since "कोई" names nobody the article could point back at: the
threat stood with no target. The annotation rules name a threat's target whom it threatens, and
the dev gold's tune half codes the conditional offender so every time ("जो लोग इस आदेश का पालन
नहीं करेंगे, उनके खिलाफ …": the violators; "इसे जो भी तोड़ेगा उसके खिलाफ …": lockdown violators),
as the tuning set Vi does this very construction ("कोई भी व्यक्ति", the health workers'
attackers). The indefinite phrase itself is the target, its words the evidence: the people noun
after "कोई (भी)" that the glossary knows ("कोई भी व्यक्ति", "कोई भी व्यापारी"); a thing ("कोई
दुकान खुली मिली") or a noun the glossary lacks leaves the threat as it was. Counts on the 280
allowed corpus day files: docs/events-rounds.md, round ta14.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView
from .gloss import gloss, names_people

# The pointers after "तो" that correlative_targets keeps as the target argument with no actor.
_POINTERS = frozenset({"उस", "उसके", "उन", "उनके"})
_THEN = "तो"
_SOME = "कोई"
_PARTICLES = frozenset({"भी", "ही"})
# What ends the condition looking back from "तो": the sentence's or a report's clause start.
_STOPS = frozenset({"कि", "।", "॥", ":", "?", "!", "|"})
# The glosses of people at large: "कोई भी व्यक्ति" is anyone, not "person" (its English).
_ANYONE = frozenset({"person", "persons", "people"})
# Words of the offender's noun phrase after "कोई (भी)" ("भवन स्वामी"); Hindi noun phrases, not fitted.
_HEAD_REACH = 3


def condition_offenders(events: list[Event], views: list[SentenceView]) -> None:
    """Give each event whose only target is a pointer right after "तो" the "कोई (भी) <people>"
    phrase of its condition as its target (see the module docstring); events change in place."""
    by_index = {sv.index: sv for sv in views}
    for ev in events:
        if ev.target or ev.sentence is None or ev.sentence not in by_index:
            continue
        sv = by_index[ev.sentence]
        for arg in [a for a in ev.arguments if a.role == "target" and a.entity_id is None]:
            found = _offender(sv, arg)
            if found is None:
                continue
            first, last = found
            text = sv.text_of(first, last)
            ident = f"text:{text}"
            toks = sv.tokens
            en = "anyone" if gloss(text) in _ANYONE else None  # else the phrase's gloss
            arg.entity_id, arg.en = ident, en
            ev.arguments.append(
                Argument("target_antecedent", text, toks[first].start, toks[last].end, ident, en)
            )
            ev.target.append(ident)
            break


def _offender(sv: SentenceView, arg: Argument) -> tuple[int, int] | None:
    """The first and last token of the "कोई (भी) <people>" phrase in the condition before the
    "तो" that the pointer ``arg`` follows, else None."""
    toks = sv.tokens
    if arg.text not in _POINTERS:
        return None
    k = sv.token_starting(arg.start)
    if k is None or k == 0 or toks[k - 1].text != _THEN:
        return None
    start = k - 1
    while start > 0 and toks[start - 1].text not in _STOPS:
        start -= 1
    for some in range(start, k - 1):
        if toks[some].text != _SOME:
            continue
        first = some + 1
        while first < k - 1 and toks[first].text in _PARTICLES:
            first += 1
        best = None
        for end in range(first, min(first + _HEAD_REACH, k - 1)):
            phrase = sv.text_of(first, end)
            if names_people(phrase) and gloss(phrase) is not None:
                best = end
        return (some, best) if best is not None else None
    return None

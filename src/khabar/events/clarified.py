"""Clarifications that answer a claim, and restrictions lifted as a pronoun: round ev161's rules.

Which "साफ/स्पष्ट कर-" candidates are acts at all (:func:`clarifying`); whom a lifted "यह" frees
(:func:`lifted_targets`).

Why apart, and before the sentence's dates are given out: "… ने शनिवार को स्पष्ट किया कि … की
अनुमति होगी" is the reported act's announcement, and a clarification candidate that is no act
would take the date ("शनिवार") that the permission after it owns (round ev161, issue 13: two
dates lost on the allowed corpus day files when the check came after the dates). So a candidate
of a ``clause_after`` entry counts only with a कि-clause right after its verb and, where the entry
has ``cues``, one of them in the sentence (the claim answered: "भ्रम", "अफवाह", "आशंकाओं",
"खबरों"); the others are dropped with the sentence's support words, before
:func:`khabar.events.timexowner._timex_owner` reads the candidates.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .candidates import Candidate
from .clause import SentenceView


def clarifies(sv: SentenceView, cand: Candidate) -> bool:
    """Whether a ``clause_after`` candidate is followed by "कि" right after its verb (its light
    verb and auxiliaries: "साफ कर दिया है कि") and its sentence holds one of the entry's cues
    ("मास्क को दोबारा साफ करके बेच रहे हैं" cleans; "मंत्रालय ने स्पष्ट किया है कि ये उपाय … नहीं
    दिए जा रहे हैं" answers no claim the sentence names). Candidates of other entries pass."""
    trig = cand.trig
    if not trig.clause_after:
        return True
    k = cand.last + len(cand.verb) + 1
    if k >= len(sv.tokens) or sv.tokens[k].text != "कि":
        return False
    return not trig.cues or not trig.cues.isdisjoint(sv.words)


def clarifying(sv: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the clarification candidates that are no act (:func:`clarifies`)."""
    return [c for c in cands if clarifies(sv, c)]


# ---- a restriction lifted as a pronoun: its target is the restriction's -----------------------

# Round ev161 (issue 13): "… उसे कंटेनमेंट जोन घोषित किया गया था लेकिन गुरुवार को यह हटा दिया
# गया": the pronoun lifted is the zone the clause before declared, so what it was on (the
# apartment) is what the easing frees. The lexicon's pronoun forms of "हटा" (triggers_hi.yaml,
# round ev161) name no target of their own.
_PRONOUNS_LIFTED = frozenset({"यह", "इसे", "उसे"})
_LIFTED = "हटा"
_RESTRICTIONS = frozenset({"COERCE"})


def lifted_targets(sv: SentenceView, events: list[Event]) -> None:
    """Give an easing whose trigger is "हटा" right after a pronoun ("यह हटा दिया गया") and that
    has no target the targets of the last restriction of its sentence before it, in place."""
    for k, ev in enumerate(events):
        if ev.type != "CONCEDE" or ev.target or not ev.trigger.startswith(_LIFTED):
            continue
        words = [t.text for t in sv.tokens if t.end <= ev.trigger_start]
        if not words or words[-1] not in _PRONOUNS_LIFTED:
            continue
        before = [
            e for e in events[:k] if e.type in _RESTRICTIONS and e.trigger_end <= ev.trigger_start
        ]
        if not before or not before[-1].target:
            continue
        named = before[-1]
        ev.target = list(named.target)
        ev.arguments.extend(replace(a) for a in named.arguments if a.role == "target")
        ev.codes.update({t: named.codes[t] for t in named.target if t in named.codes})

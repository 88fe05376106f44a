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

Round rc6 (issue 13, missed core events): a body's कि-clause saying there is no such provision,
order or decision ("गृह मंत्रालय ने राज्यों को पत्र लिखकर कहा है कि ऐसा कोई प्रावधान नहीं है")
denies a measure told of it: a REJECT, as the tuning sets code it. The clarification counts with
such a clause as with a claim's noun (the "ऐसा" points back to the claim), and a saying of the
request entries ("कहा", "लिखा"), which asks nothing there, is read as the denial
(:func:`deny_such`), so that its agent and addressee are found as any trigger's.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event
from .candidates import Candidate
from .clause import SentenceView
from .denied_claims import denies_claim
from .lexicon import Trigger


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
    return not trig.cues or not trig.cues.isdisjoint(sv.words) or denies_such(sv, k)


def clarifying(sv: SentenceView, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the clarification candidates that are no act (:func:`clarifies`), a saying
    whose कि-clause denies such a measure read as the denial (:func:`deny_such`)."""
    return [deny_such(sv, c) for c in cands if clarifies(sv, c)]


# ---- "… कहा है कि ऐसा कोई प्रावधान नहीं है": a measure denied (round rc6) --------------------

# The demonstrative and the "any" of "ऐसा कोई … नहीं" (no such …).
_SUCH = frozenset({"ऐसा", "ऐसी", "ऐसे"})
_ANY = "कोई"
# The measures a body denies having made ("ऐसा कोई प्रावधान/आदेश/फैसला नहीं"). Tuned on the 280
# allowed corpus day files: 3 "ऐसा कोई <one of these> नहीं", all a government's denial of a rule
# or decision told of it (2 after a saying or a clarification, the third after "सफाई पेश की गई
# थी कि", no trigger). Not evidence or a reason: "ऐसा कोई प्रमाण नहीं मिला है कि यह मौसमी
# संक्रमण है" (4 of the 11 "ऐसा कोई … नहीं" there) states what science knows, "ऐसी कोई वजह नहीं है
# जिसके आधार पर …" retells a denial the article coded the sentence before (खंडन).
_MEASURES = frozenset(
    {"प्रावधान", "नियम", "आदेश", "निर्देश", "दिशानिर्देश", "दिशा-निर्देश", "फैसला", "निर्णय", "प्रस्ताव"}
)
_PARTICLES = frozenset({"भी", "ही", "तो"})
_ADJECTIVES = 2  # words that may stand between कोई and the measure ("कोई नया सरकारी आदेश")
_AUX_BEFORE_THAT = 3  # auxiliaries between the saying and its कि ("कहा गया है कि")


def denies_such(sv: SentenceView, k: int) -> bool:
    """Whether the clause after the कि at token ``k`` says there is no such measure: "ऐसा कोई
    प्रावधान नहीं है", "ऐसा कोई आदेश जारी नहीं किया गया", up to the sentence's end."""
    texts = sv.texts
    n = len(texts)
    for i in range(k + 1, n - 2):
        if texts[i] in {"।", "॥", "?"}:
            return False
        if texts[i] not in _SUCH or texts[i + 1] != _ANY:
            continue
        for j in range(i + 2, min(i + 3 + _ADJECTIVES, n)):
            if texts[j] in _MEASURES:
                m = j + 1
                while m < n and texts[m] in _PARTICLES:
                    m += 1
                if m < n and texts[m] == "नहीं":
                    return True
                break
    return False


def _that_after(sv: SentenceView, cand: Candidate) -> int:
    """The index of the कि right after the candidate's verb and its auxiliaries ("कहा है कि"),
    else -1."""
    texts = sv.texts
    for k in range(cand.last + 1, min(cand.last + 2 + _AUX_BEFORE_THAT, len(texts))):
        if texts[k] == "कि":
            return k
        if texts[k] not in cand.verb:
            return -1
    return -1


# The denial each saying entry becomes, made once per process (the lexicon's entries are made
# once): keyed by the entry's forms and mode.
_DENIALS: dict[tuple[tuple[tuple[str, ...], ...], str], Trigger] = {}


def _denial(trig: Trigger) -> Trigger:
    """The saying entry as a denial: REJECT/deny, its addressee (को, से) the target."""
    key = (trig.forms, trig.mode)
    if key not in _DENIALS:
        _DENIALS[key] = replace(
            trig,
            type="REJECT",
            mode="deny",
            subjunctive=False,
            requires_target=False,
            markers={"को": "target", "से": "target"},
        )
    return _DENIALS[key]


def deny_such(sv: SentenceView, cand: Candidate) -> Candidate:
    """A saying of a request entry ("कहा", "लिखा": counted only before a subjunctive clause)
    whose कि-clause denies such a measure (:func:`denies_such`) or calls a claim false
    (:func:`.denied_claims.denies_claim`, round rj1), recast as the denial; other candidates as
    they are."""
    trig = cand.trig
    if not trig.subjunctive or trig.type != "REQUEST":
        return cand
    k = _that_after(sv, cand)
    if k < 0:
        return cand
    if ("कोई" in sv.words and denies_such(sv, k)) or denies_claim(sv, k):
        return replace(cand, trig=_denial(trig))
    return cand


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

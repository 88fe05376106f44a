"""A place that only sets the scene of a measure, taken for the party the clause names after it
(issue 13, round tw1: targets naming the wrong party).

Why a module of its own: the measure triggers read "P में" as their target when the clause
names no other party ("दिल्ली में लॉकडाउन": the public of Delhi), and the clause analysis keeps
that place when a "X को" object stands between it and the trigger, so "गुजरात में अहमदाबाद,
सूरत, राजकोट और वडोदरा को 25 मार्च तक लॉकडाउन कर दिया गया" was "public of Gujarat" and "अमेरिका
के न्यू जर्सी में राजकीय उद्यानों को खोला गया" "New Jersey". The annotation rules name a
measure's target what it closes, seals, opens or locks down, and the same object without the
place before it is read as the target already ("सभी स्कूलों को बंद"): the place is where, the
object whom or what. So the object of the same clause replaces the place. Its object is read as
the clause reader reads one: a unit of named mentions as their actors (the four cities), else a
glossed noun phrase (:func:`khabar.events.possessors._phrase_before`); a pronoun or an
indefinite ("उसे", "किसी को") leaves the place, and so does a clause between the object and the
trigger ("एक शख्स को संक्रमित पाए जाने के बाद उसे … घोषित": the man is not what was declared).
Counts and the reading of every change on the 280 allowed corpus day files: docs/events-rounds.md,
round tw1.
"""

from __future__ import annotations

from ..model import Argument, Event
from .arguments import Roles, add_role
from .barred_entrants import target_arguments
from .clause import GENITIVES, SentenceView, is_break, is_place, unit_actors
from .possessors import _phrase_before
from .targets import OBJECT_PRONOUNS

_IN = "में"
_TO = "को"
# A को that is no object: a reason or topic follows ("खतरे को देखते हुए", "को लेकर")
_NOT_OBJECT = frozenset({"देखते", "लेकर", "ध्यान", "मद्देनजर"})
# Indefinites and bare quantifiers that name nobody in particular ("किसी को भी", "सभी को"): the
# place stays (the tm1 rule for withheld entries leaves them in the same way)
_NOBODY = frozenset({"किसी", "कोई", "सभी", "सब", "सबको"})
# Words that open or close another clause or act inside the object's phrase: an agent ("ने"), a
# time clause ("… के बाद"), an infinitive or participle ("पाए जाने", "होने"), a relative, another
# place or source ("में", "से", "पर"). A genitive inside the object ("पवित्र काबा के चारों ओर के
# क्षेत्र") and a list ("मुंबई, पुणे, ठाणे और नागपुर") are no break.
_CLAUSE_WORDS = frozenset(
    {
        "ने",
        "कि",
        "बाद",
        "जाने",
        "होने",
        "करने",
        "पाए",
        "पाये",
        "जो",
        "जिन",
        "जिस",
        "जहां",
        "लेकिन",
        "में",
        "से",
        "पर",
    }
)
# The adverbs and particles the gap between the object and the trigger may hold, besides dates
_GAP_WORDS = frozenset(
    {
        "पहले",
        "ही",
        "भी",
        "काफी",
        "हद",
        "तक",
        "फिर",
        "से",
        "अब",
        "तत्काल",
        "तुरंत",
        "पूरी",
        "तरह",
        "पूर्ण",
        "रूप",
        "अस्थायी",
        "दोबारा",
        "पुनः",
    }
)


def setting_places(events: list[Event], views: list[SentenceView]) -> None:
    """For each event whose target is a place before "में" while the same clause names the object
    of its trigger ("P में X को <trigger>"), make X the target in the place's stead; events
    change in place (see the module docstring)."""
    for sv, ev, arg, trig in target_arguments(events, views, lambda event: bool(event.target)):
        _reread(sv, ev, arg, trig)


def _reread(sv: SentenceView, ev: Event, arg: Argument, trig: int) -> None:
    """Replace the place target ``arg`` by the object of its clause, read between the place's
    "में" and the trigger at ``trig``, where there is one (see :func:`setting_places`)."""
    toks = sv.tokens
    first = sv.token_starting(arg.start)
    if first is None:
        return
    last = next((k for k in range(first, trig) if toks[k].end == arg.end), None)
    if last is None or last + 2 >= trig or toks[last + 1].text != _IN:
        return
    unit = next((u for u in sv.units if u.first == first and u.last == last), None)
    if unit is None or not is_place(unit):
        return  # only a named place sets the scene ("सभी स्कूलों में छुट्टी" stays)
    to = _object_marker(sv, last + 2, trig)
    if to is None:
        return
    roles = _object(sv, last + 2, to)
    if roles is None:
        return
    _drop(ev, arg)
    ev.arguments.extend(a for a in roles.args if a.role == "target")
    ev.target.extend(t for t in dict.fromkeys(roles.target) if t not in ev.target)


def _object_marker(sv: SentenceView, lo: int, trig: int) -> int | None:
    """The index of the object's "को" between ``lo`` (the word after the place's "में") and the
    trigger at ``trig``, where only adverbs and dates stand between it and the trigger, else
    None."""
    toks, dated = sv.tokens, sv.dated
    for j in range(lo + 1, trig):
        if is_break(toks, j):
            return None
        if toks[j].text != _TO or j in dated or j - 1 in dated:
            continue
        if toks[j + 1].text in _NOT_OBJECT:
            return None
        gap = range(j + 1, trig)
        if all(k in dated or toks[k].text in _GAP_WORDS for k in gap):
            return j
        return None
    return None


def _object(sv: SentenceView, lo: int, to: int) -> Roles | None:
    """The target roles of the phrase from ``lo`` up to the "को" at ``to``: the actors of a unit
    of mentions that spans it, else its glossed noun phrase; None for a pronoun, an indefinite, a
    phrase holding a clause's words, or words the glossary cannot say."""
    toks = sv.tokens
    words = sv.texts[lo:to]
    if not words or words[0] in OBJECT_PRONOUNS or words[0] in _NOBODY or words[-1] in _NOBODY:
        return None
    unit = next((u for u in sv.units if u.first == lo and u.last == to - 1), None)
    roles = Roles()
    if unit is not None and unit_actors(unit):
        add_role(roles, "target", unit, sv, unit_actors(unit))
    elif any(toks[k].text in _CLAUSE_WORDS for k in range(lo, to)):
        return None
    else:
        units = [u for u in sv.units if u.first >= lo and u.marker_end <= to + 1]
        _phrase_before(sv, lo - 1, to, units, roles)
    said = [a for a in roles.args if a.role == "target"]
    if not roles.target or any(a.text.split()[0] in GENITIVES for a in said):
        return None  # "के चारों ओर के क्षेत्र": a head whose owner the glossary could not say
    return roles


def _drop(ev: Event, arg: Argument) -> None:
    """Take the place argument ``arg`` and its actor out of the event's targets."""
    ev.arguments.remove(arg)
    if not any(a.entity_id == arg.entity_id for a in ev.arguments if a.role == "target"):
        ev.target = [t for t in ev.target if t != arg.entity_id]

"""Whom a withheld entry or permission bars when the clause names them beside the place it bars
them from (issue 13, round tm1: targets of the wrong party).

Why a module of its own: the withheld entry and permission triggers ("प्रवेश नहीं दिया जाएगा",
"… की इजाजत नहीं होगी") read both "X को" and "Y में" as their target, and the clause analysis
takes the phrase nearest the trigger, which in these sentences is the place: "पर्यटक एवं
नागरिकों को अगले आदेश तक पहाड़ी मंदिर में प्रवेश नहीं दिया जाएगा" was "temples in Ranchi", "कुछ
लोगों पर पास नहीं थे तो उन्हें मंडी में प्रवेश नहीं दिया गया" "markets in Agra" (the dative
pronoun and the place read as one phrase), and "… मुंबई में काम करने वाले निवासियों को … प्रवेश
की इजाजत नहीं होगी" had "Mumbai" beside the residents (the place of a relative participle). The
annotation rules name a measure's target whom it binds, and a place stands for its visitors
only when nobody is named (round ev118's "मंदिर में प्रवेश पर रोक", which stays), and the tuning
set Vy codes the market's refusal as "people without passes". So the को-phrase of people, or
the pronoun (whose antecedent :func:`khabar.events.anaphora.resolve_pronoun_targets` finds
after this pass), replaces the place; the place of a relative participle before the people it describes is dropped. An
indefinite "किसी को भी" names nobody and leaves the place as it was. Counts and the reading of
every change on the 280 allowed corpus day files: docs/events-rounds.md, round tm1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..model import Argument, Event
from .arguments import Roles
from .clause import SentenceView
from .gloss import names_people
from .possessors import _phrase_before
from .sentence_events import events_in_sentences
from .targets import OBJECT_PRONOUNS

# The nouns of entry and permission whose withholding is a ban (the lexicon's withheld forms).
# Only these: read for every measure, the same rule took "मंत्रालयों में" for the ministers asked
# to restore work and "ब्रुसेल्स में" for the suspects sought (2 wrong of 5 on the 280 allowed
# corpus day files, round tm1).
_ENTRY = frozenset({"प्रवेश", "एंट्री", "अनुमति", "इजाजत", "इजाज़त"})
_IN = "में"
_TO = "को"
# What ends the clause of the trigger, read back from the place: another clause or sentence.
_CLAUSE_STOPS = frozenset({"।", "कि", "तो", "लेकिन", "जबकि", "ने", "?", "!", "|", ":"})
# A को that is no recipient: a reason or topic follows ("खतरे को देखते हुए", "को लेकर")
_NOT_RECIPIENT = frozenset({"देखते", "लेकर", "ध्यान"})
# Indefinites that name nobody ("किसी को भी", "कोई को"): the place stays
_NOBODY = frozenset({"किसी", "कोई", "सभी", "सब"})
# The participle that makes the words before it a relative clause of the noun after it
# ("मुंबई में काम करने वाले निवासियों"), read at most this many words after the place's "में"
# (the one such place of the allowed corpus day files has "काम करने" between, 2 words; 4 leaves
# room for an object, and the rule also needs a second target, so a place alone never goes).
_PARTICIPLES = frozenset({"वाले", "वाली", "वालों"})
_PARTICIPLE_REACH = 4


def barred_entrants(events: list[Event], views: list[SentenceView]) -> None:
    """For each withheld entry or permission whose target is a place ("Y में") while the clause
    names whom it bars (see the module docstring), make them the target; events change in
    place."""
    for sv, ev, arg, trig in target_arguments(events, views, _withheld_entry):
        _reread(sv, ev, arg, trig)


def _withheld_entry(ev: Event) -> bool:
    """A ban whose trigger withholds entry or permission."""
    return ev.type == "COERCE" and ev.mode == "ban" and not _ENTRY.isdisjoint(ev.trigger.split())


def target_arguments(
    events: list[Event], views: list[SentenceView], wanted: Callable[[Event], bool]
) -> Iterator[tuple[SentenceView, Event, Argument, int]]:
    """Each target argument of the ``wanted`` events, with its sentence and the trigger's token
    index: the loop this pass and round tw1's ``setting_places`` share (both reread a place
    target against the clause between it and the trigger). The arguments of an event are listed
    before the first is yielded, so a caller may replace them."""
    for ev, sv in events_in_sentences(events, views):
        if not wanted(ev):
            continue
        trig = sv.token_starting(ev.trigger_start)
        if trig is None:
            continue
        for arg in [a for a in ev.arguments if a.role == "target" and a.entity_id in ev.target]:
            yield sv, ev, arg, trig


def _reread(sv: SentenceView, ev: Event, arg: Argument, trig: int) -> None:
    """Replace or drop the place target ``arg`` when it is followed by "में" before the trigger
    at ``trig`` and the clause names whom the ban bars."""
    toks = sv.tokens
    first = sv.token_starting(arg.start)
    last = next((k for k in range(first or 0, trig) if toks[k].end == arg.end), None)
    if first is None or last is None or toks[last + 1].text != _IN:
        return
    words = arg.text.split()
    if len(words) > 1 and words[0] in OBJECT_PRONOUNS:
        # "उन्हें मंडी में": the pronoun is whom entry was refused, the market where
        _drop(ev, arg)
        pronoun = toks[first]
        ev.arguments.append(Argument("target", pronoun.text, pronoun.start, pronoun.end, None))
        return
    after = sv.texts[last + 2 : min(trig, last + 2 + _PARTICIPLE_REACH)]
    if not _PARTICIPLES.isdisjoint(after) and len(ev.target) > 1:
        _drop(ev, arg)  # "मुंबई में काम करने वाले निवासियों को": where they work
        return
    roles = _recipient(sv, first)
    if roles is not None:
        _drop(ev, arg)
        ev.arguments.extend(roles.args)
        ev.target.extend(t for t in roles.target if t not in ev.target)


def _recipient(sv: SentenceView, place: int) -> Roles | None:
    """The people of the clause's "X को" before the place's first token ``place`` ("पर्यटक एवं
    नागरिकों को अगले आदेश तक पहाड़ी मंदिर में"), read by the target rules' phrase reader, or
    None where the clause has no such phrase or it names nobody in particular."""
    toks = sv.tokens
    lo = place
    while lo > 0 and toks[lo - 1].text not in _CLAUSE_STOPS:
        lo -= 1
    dated = sv.dated
    for j in range(place - 1, lo, -1):
        if toks[j].text != _TO or j - 1 in dated:
            continue
        if j + 1 < len(toks) and toks[j + 1].text in _NOT_RECIPIENT:
            continue
        if toks[j - 1].text in _NOBODY or toks[j - 1].text in OBJECT_PRONOUNS:
            return None
        roles = Roles()
        units = [u for u in sv.units if u.first >= lo and u.marker_end <= j + 1]
        _phrase_before(sv, lo, j, units, roles)
        said = [a for a in roles.args if a.role == "target"]
        if said and roles.target and all(names_people(a.text) for a in said):
            return roles
        return None
    return None


def _drop(ev: Event, arg: Argument) -> None:
    """Take the place argument ``arg`` and its actor out of the event's targets."""
    ev.arguments.remove(arg)
    if not any(a.entity_id == arg.entity_id for a in ev.arguments if a.role == "target"):
        ev.target = [t for t in ev.target if t != arg.entity_id]

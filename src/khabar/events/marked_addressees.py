"""Whom an order or a directive is given to when its को- or से-addressee was passed over.

Why: an order or a directive names whom it is given to with को or से between its agent and
its trigger ("मोदी सरकार ने मंत्रियों से मंत्रालयों में कामकाज संभालने का निर्देश दिया है",
"… किसी भी संस्थान, संस्था, व्यक्ति और मीडिया को … प्रचारित या प्रसारित नहीं करने का आदेश
जारी किया गया है", "बेसिक शिक्षा परिषद से सभी स्कूलों में … अभियान चलाने के लिए कहा गया है").
The argument readers took another को-phrase of the sentence for the target (the lockdown
extended, the matters not to be spread) or none, the later passes dropped what was no party,
and the event was left with no target, while the annotation rules code whom an order or a
directive is given to as its target (the dev gold's tune half: "गहलोत ने … अधिकारियों को …
पालन कराने के निर्देश दिए" → the officials).

The rule (:func:`marked_addressees`), run once the targets that are no party are dropped: an
order (COERCE order) or a directive (REQUEST tell_to) with no target (or only phrases the
naming drops as no party, :func:`khabar.events.naming._no_actor`) takes the first phrase marked
को or से in its own clause (after its ने-agent or agent pronoun, else from the clause's start)
before its trigger, when that phrase names a body or a group (an actor of the dictionary or the
KB that is no place and opens its phrase, or a phrase the glossary names as people), and is not
a person's name told with को (the object of a release or a quarantine as often as an
addressee), the head of a longer name ("अकादमी प्रशासन को"), a place, a date, a frame ("को
देखते हुए", "को लेकर"), an origin or a verb's own object ("विदेश से लौटे", "वायरस से संबंधित",
"बीमारी से बचने") nor an agent's "की ओर से", and no closure word follows it (what is closed:
"दुकानों को बंद करने का आदेश").
Round tg16 (issue 13): over the 280 allowed corpus day files at main 9fba93b9, 68 orders and 39
directives have no target; 11 of them write their addressee with को or से (the one cause that a
single reading recovers: the 14 orders whose content clause holds the party hold it in 14 forms,
32 orders name no party). This pass fills 3, all right (the ministers, the people told twice);
the other 8 are pronouns, places standing for a public or a government, a list the commas break,
a name nothing knows and the head of a longer name (see docs/events-rounds.md).
"""

from __future__ import annotations

from ..model import Argument, Event
from .addressees import _FROM_VERBS
from .arguments import _NP_STOPS, Roles, _animate, add_role
from .clause import GENITIVES, SentenceView, Unit, is_break, is_place, unit_actors
from .gloss import names_people
from .glossary import modifier_at
from .naming import _no_actor
from .objects import glossed_span
from .ordered_closures import _CLOSING
from .ordered_objects import _KO_FRAMES
from .sentence_events import events_in_sentences
from .target_guards import _FROM_OBJECT
from .targets import _AGENT_MARKS

# The acts this pass reads: an order, a directive.
_ACTS = frozenset({("COERCE", "order"), ("REQUEST", "tell_to")})
_MARKS = frozenset({"को", "से"})
# The words that open the act's own clause when read back from its trigger: its ने-agent (or an
# agent pronoun, "हमने"), "द्वारा", a "कि", a clause break.
_OPENS = _AGENT_MARKS | frozenset({"द्वारा", "कि"})
# After "X से": where someone comes from or works from, what a verb acts on, what a thing
# relates to ("चीन से आने वाले", "घर से काम करने", "बीमारी से बचने", "वायरस से संबंधित"): the
# words :func:`khabar.events.addressees._asked_in_passive` reads a request's से by, and "संबंध".
_FROM_AFTER: tuple[str, ...] = (*_FROM_VERBS, *_FROM_OBJECT, "संबंध")
# The unmarked pronoun subject of the act before its addressee ("हम लोगों से … को कह रहे हैं")
_SUBJECT_PRONOUNS = frozenset({"हम", "मैं", "वे", "वह", "ये", "यह"})
# Before "से": an agent's "की ओर से", "की तरफ से".
_ON_BEHALF = frozenset({"ओर", "अोर", "तरफ"})


def marked_addressees(events: list[Event], views: list[SentenceView]) -> None:
    """Give each order or directive with no target the को- or से-addressee of its own clause
    (see the module's docstring); events are changed in place, the target arguments keeping
    the phrase's words and offsets."""
    for ev, sv in events_in_sentences(events, views):
        if (ev.type, ev.mode) not in _ACTS or ev.negated:
            continue
        junk = [a for a in ev.arguments if a.role == "target"]
        if not all(_no_actor(a, ev) for a in junk) or len(junk) != len(ev.target):
            continue  # a target that names a party stays
        found = _addressee(ev, sv)
        if found is None:
            continue
        roles, unit = found
        for a in junk:
            ev.codes.pop(a.entity_id or "", None)
        ev.arguments = [a for a in ev.arguments if a.role != "target"]
        ev.arguments.extend(a for a in roles.args if a.role == "target")
        ev.target[:] = list(dict.fromkeys(roles.target))
        for m in unit.mentions if unit is not None else ():
            # the actor code the dictionary gave the mention, as _code_actors reads it (that
            # pass ran before this one): "लोगों" -> the public's code
            if m.source == "actors" and m.entity_id in ev.target and m.role:
                ev.codes.setdefault(m.entity_id, m.role)


def _addressee(ev: Event, sv: SentenceView) -> tuple[Roles, Unit | None] | None:
    """The target roles of the first addressee marked को or से in the act's own clause before
    its trigger, with the unit they were read from (None for a glossed phrase), or None."""
    toks = sv.tokens
    first = next((k for k, t in enumerate(toks) if t.end > ev.trigger_start), None)
    if first is None:
        return None
    start = first
    while start > 0 and not is_break(toks, start - 1) and toks[start - 1].text not in _OPENS:
        start -= 1
    dated = sv.dated
    for k in range(start + 1, first):
        if toks[k].text not in _MARKS or k - 1 in dated or k in dated:
            continue
        if not _addressed(sv, k):
            return None  # the first marked phrase is another's: an object, a frame, an origin
        return _roles(sv, start, k)
    return None


def _addressed(sv: SentenceView, k: int) -> bool:
    """Whether the marker at ``k`` may mark an addressee (not a frame, an origin, a verb's
    object, an agent's "की ओर से", nor what a closure closes)."""
    toks = sv.tokens
    after = toks[k + 1].text if k + 1 < len(toks) else ""
    if toks[k].text == "से":
        return toks[k - 1].text not in _ON_BEHALF and not after.startswith(_FROM_AFTER)
    return after not in _KO_FRAMES and after not in _CLOSING


def _roles(sv: SentenceView, start: int, k: int) -> tuple[Roles, Unit | None] | None:
    """The target roles of the phrase before the marker at ``k``: the unit that ends there when
    it names a body or a group that is no place, else the glossed phrase that names people (with
    the unit read, or None); None otherwise."""
    toks = sv.tokens
    roles = Roles()
    unit = next((u for u in sv.units if u.last == k - 1 and u.marker == toks[k].text), None)
    if unit is not None:
        if unit.first < start or not _body_or_group(unit, toks[k].text):
            return None
        if unit.first > start and not _phrase_opens(sv, unit.first):
            return None  # "अकादमी प्रशासन को": the name's head, read as another body
        add_role(roles, "target", unit, sv, unit_actors(unit))
        return (roles, unit) if roles.target else None
    if any(u.first <= k - 1 <= u.last for u in sv.units):
        return None  # part of a unit that ends elsewhere
    units = [u for u in sv.units if u.first >= start and u.last < k]
    span = glossed_span(sv, start, k - 1, units, _NP_STOPS)
    if span is None or span < start:
        return None
    text = sv.text_of(span, k - 1)
    if not names_people(text):
        return None
    ident = f"text:{text}"
    roles.args.append(Argument("target", text, toks[span].start, toks[k - 1].end, ident))
    roles.target.append(ident)
    return roles, None


def _phrase_opens(sv: SentenceView, at: int) -> bool:
    """Whether the unit at token ``at`` opens its noun phrase: the word before it ends a phrase
    (a postposition, a conjunction, a genitive, the speaker's pronoun: "हम लोगों से … को कह रहे
    हैं") or modifies it ("सभी", "राज्य के")."""
    before = sv.tokens[at - 1].text
    return (
        before in _NP_STOPS
        or before in GENITIVES
        or before in _SUBJECT_PRONOUNS
        or modifier_at(sv.tokens, at - 1)
    )


def _body_or_group(unit: Unit, marker: str) -> bool:
    """Whether a unit may be an order's addressee: an actor that is no place and can be told
    (a group, a body; a person only when asked with से)."""
    if is_place(unit) or not unit_actors(unit) or unit.anaphor:
        return False
    kinds = {m.type for m in unit.mentions}
    if marker == "को" and "PERSON" in kinds:
        return False  # "संजीव शर्मा को जमानत पर रिहा करने का आदेश": released, not told
    return _animate(unit)

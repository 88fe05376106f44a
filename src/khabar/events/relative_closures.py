"""The places a sealing or closure falls on when a relative pronoun stands for them.

Why: Hindi news names the places first, as what the authorities identified or listed, and
tells the sealing in a relative clause after it: "… सीतापुर में 1 हॉट स्पॉट चिह्नित किए गए हैं
जो 14 अप्रैल तक सील रहेंगे", "दिल्ली सरकार ने कुछ हॉटस्पॉट की भी पहचान की है, जिन्हें पूरी तरह
सील कर दिया गया है". The sealing's own clause has only the relative pronoun for its object; the
bare thing's reader (:func:`khabar.events.closed_things.closed_thing`) stops at it and the
pronoun resolution (:mod:`khabar.events.anaphora`) leaves measures on places alone, so the
event kept no target, though the annotation rules code the sealed places as the target (the
tuning pool's "COVID-19 hotspots in 15 districts of Uttar Pradesh", AU-2020-04-08-L17-e01).

The rule: a sealing or closure with no target whose clause opens with a relative pronoun
(:data:`_RELATIVES`) takes the head of the clause before it, when that clause ends in a verb of
identifying, declaring or listing (:data:`_IDENTIFYING`) and its noun phrase right before that
verb is headed by a place word (:data:`_PLACE_HEADS`) the glossary can say. Round tg13 (issue 13,
empty targets): over the 280 allowed corpus day files at main 197b49a1, 5 sentences tell a
sealing, closure or cancellation in a relative clause ("जो/जिन्हें/जिसे … सील/बंद/रद्द/स्थगित");
2 of them are events with no target, both hotspots (DH-2020-ARP-08, NT-2020-APR-10); the others
are a list with no event (MP's hotspots), weddings told with a correlative and a wedding
postponed by the bride's family (no authority's act).
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView, is_break
from .gloss import gloss, names_people
from .sentence_events import events_in_sentences

# Measures on places this pass reads (the trigger entries' modes for "सील", "बंद").
_MODES = frozenset({"seal", "close"})
# Relative pronouns that stand for the object or the subject of the measure.
_RELATIVES = frozenset({"जो", "जिन्हें", "जिन्हे", "जिनको"})
# Words between the relative pronoun and the trigger: its adverbials and dates, at most this
# many ("जो 14 अप्रैल तक सील", "जिन्हें पूरी तरह सील"); a marked argument of its own ends it.
_BETWEEN = 5
_OWN_ARGUMENT = frozenset({"को", "ने", "से", "में", "कि", "और", "या"})
# The verb group of the clause before: identified, marked, declared or listed, with its light
# verbs, auxiliaries and particles ("चिह्नित किए गए हैं", "की भी पहचान की है", "की सूची जारी
# की है": PK-2020-APR-10, Madhya Pradesh's list of hotspots "जिन्हें सील किया जाएगा").
_IDENTIFYING = frozenset({"चिह्नित", "चिन्हित", "पहचान", "घोषित", "सूची"})
_VERB_GROUP = _IDENTIFYING | frozenset(
    {"की", "किए", "किये", "किया", "कर", "गए", "गये", "गया", "गई", "गयी", "है", "हैं", "था", "थे"}
    | {"भी", "ही", "लिया", "लिए", "ली", "जारी", ","}
)
# The object marker between the places and a transitive verb of identifying ("… को चिह्नित").
_MARKED = frozenset({"को"})
# Heads of a place phrase (direct and oblique forms): hotspots, areas, zones.
_PLACE_HEADS = frozenset(
    {"हॉटस्पॉट", "हॉटस्पॉटों", "स्पॉट", "स्पॉटों", "इलाके", "इलाकों", "क्षेत्र", "क्षेत्रों"}
    | {"जोन", "जोनों", "मोहल्ले", "मोहल्लों"}
)
# Words that end the place phrase read back: postpositions, conjunctions, a break.
_PHRASE_STOPS = frozenset({"ने", "को", "से", "में", "पर", "तक", "के", "का", "की", ",", "और", "व"})
_PHRASE_WORDS = 3


def relative_closures(events: list[Event], views: list[SentenceView]) -> None:
    """Give each sealing or closure with no target the places its relative pronoun stands for
    (see the module's docstring); events are changed in place, a ``target`` argument keeping the
    place phrase's words and offsets."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "COERCE" or ev.mode not in _MODES or ev.negated:
            continue
        found = _relative_head(ev, sv)
        if found is None:
            continue
        taken = [a for a in ev.arguments if a.role == "target"]
        if any(not _unsaid_before(a, found) for a in taken):
            continue  # a target of its own (read by the clause rules) stays
        gone = {a.entity_id for a in taken}
        ev.arguments = [a for a in ev.arguments if a not in taken]
        ev.target = [t for t in ev.target if t not in gone]
        for ident in gone:
            if ident is not None:
                ev.codes.pop(ident, None)
        ev.arguments.append(found)
        ev.target.append(found.entity_id or "")


def _unsaid_before(arg: Argument, head: Argument) -> bool:
    """Whether a target the clause rules read is a phrase before the places that the glossary
    cannot say, which the naming drops (a purpose's object: "कोरोना वायरस के प्रसार को रोकने के
    लिए … हॉटस्पॉट की सूची जारी की है, जिन्हें सील किया जाएगा" gave "प्रसार", the spread)."""
    return (
        (arg.entity_id or "").startswith("text:")
        and arg.end <= head.start
        and gloss(arg.text) is None
    )


def _relative_head(ev: Event, sv: SentenceView) -> Argument | None:
    """The place phrase the relative pronoun before the trigger stands for, or None."""
    toks = sv.tokens
    first = next((k for k, t in enumerate(toks) if t.start >= ev.trigger_start), None)
    if first is None:
        return None
    rel = None
    for k in range(first - 1, max(-1, first - 2 - _BETWEEN), -1):
        if toks[k].text in _RELATIVES:
            rel = k
            break
        if toks[k].text in _OWN_ARGUMENT or is_break(toks, k):
            return None
    if rel is None:
        return None
    k = rel - 1
    identified = False
    while k >= 0 and toks[k].text in _VERB_GROUP:
        identified = identified or toks[k].text in _IDENTIFYING
        k -= 1
    if identified and k >= 1 and toks[k].text in _MARKED:
        k -= 1  # "कुछ इलाकों को चिह्नित किया है, जो …": the object marked को
    if not identified or k < 0 or toks[k].text not in _PLACE_HEADS:
        return None
    end = k
    start = end
    while (
        start - 1 >= 0
        and end - start + 1 < _PHRASE_WORDS
        and toks[start - 1].text not in _PHRASE_STOPS
        and not is_break(toks, start - 1)
        and not toks[start - 1].text.isdigit()
    ):
        start -= 1
    text = sv.text_of(start, end)
    # a closed compound written open ("हॉट स्पॉट" = "हॉटस्पॉट"): the glossary knows it closed
    english = gloss(text) or gloss(text.replace(" ", ""))
    if english is None or names_people(text):
        return None
    if any(u.first <= end and u.last >= start for u in sv.units):
        return None  # a named place or body has its own readers
    return Argument("target", text, toks[start].start, toks[end].end, f"text:{text}", english)

"""Whom two acts told as nouns fall on when the role reader passes the party over.

Why a module of its own: the role reader (:func:`khabar.events.roles.assign_roles`) takes the
genitive before a visit noun as the place visited only when a ने-agent stands before it
("हर्षवर्धन ने एम्स के ट्रॉमा सेंटर का दौरा किया"), since without one the genitive is as often the
visitor ("प्रधानमंत्री का बेल्जियम दौरा"); and it takes whom a praise or a criticism judges from
a genitive or a deed right before the noun. Two written constructions fall between, each with
its party in the trigger's own sentence and no target read:

1. a visit whose visitor is an unmarked subject, the future or a converb taking no ने ("केंद्र
   की विशेष टीमें कुछ राज्यों का दौरा कर … जायजा लेंगी", "केन्द्रीय दल कुछ जिलों का तीन घंटे
   तक दौरा करेंगे"): the visitor is that subject, the genitive right before the noun (or
   before a duration) is the place visited (:func:`_visited_after_subject`);
2. a judgement whose party is the object of a converb of calling before it ("… ने आगरा को रोल
   मॉडल बताकर तारीफ की", "… ने आगरा को रोल मॉडल मानते हुए खुलकर तारीफ की"): the one called
   a model (or to blame) is the one praised (or criticised) (:func:`_called_before`).

Round tg7 (issue 13): counted on the 280 allowed corpus day files with main 4bffc16a's events,
each construction had two events with no target and the party written (Prabhat Khabar's central
teams of 21 and 22 April; Dainik Jagran's Agra of 12 April, twice), and the tuning sets' gold
names the same parties (PK-2020-04-21-L11-e04 "some Indian states", DJ-2020-04-12-L59-e01
"Agra"). A wrong target is worse than none: only a phrase the glossary says or an entity that is
no pronoun is taken, never people as a visit's place, never the event's own source.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import GENITIVES, MARKERS_1, PARTICLES, SentenceView, Unit, is_break, unit_actors
from .gloss import gloss, names_people
from .sentence_events import events_in_sentences

# The visit nouns whose genitive is what is visited ("का दौरा", ev207's inspections "का निरीक्षण",
# "का जायजा") and the light verbs that make the noun the subject's own act ("करेंगे", "कर …",
# "लेंगी"): without one the noun may be named by its visitor's genitive ("मोदी का दौरा")
_VISIT_NOUNS = frozenset({"दौरा", "दौरे", "निरीक्षण", "जायजा"})
_LIGHT_VERBS = frozenset(
    {"कर", "करके", "करेंगे", "करेगा", "करेगी", "करेंगी", "करने", "करते", "करती", "करता", "करें"}
    | {"लेंगे", "लेगा", "लेगी", "लेंगी", "ले", "लेकर", "लेने", "लेते", "लेती", "लेता"}
)
# Words between the genitive and a visit noun besides a duration ("का पहला दौरा", "का औचक दौरा")
_BETWEEN = frozenset({"पहला", "पहली", "दूसरा", "दूसरी", "औचक", "अचानक"})
# The most words of the place visited between the visitor and its genitive: "कुछ राज्यों",
# "सभी प्रभावित जिलों" (set by the two corpus sentences and one word of room)
_PLACE_WORDS = 3
# A word in the visited phrase that makes it no place of the visitor's: a clause's turn, a
# pronoun that points elsewhere, a relative
_NOT_PLACE = frozenset({"कि", "जो", "जिस", "जिन", "उस", "उन", "इस", "इन", "वहां", "यहां"})

# Converbs of calling or holding someone to be something ("X को Y बताकर/मानते हुए"); the praise
# or criticism that follows judges X
_CALLING = (
    ("बताकर",),
    ("मानकर",),
    ("कहकर",),
    ("ठहराकर",),
    ("बताते", "हुए"),
    ("बताते", "हुये"),
    ("मानते", "हुए"),
    ("मानते", "हुये"),
    ("ठहराते", "हुए"),
    ("करार", "देते", "हुए"),
    ("करार", "देकर"),
)
# Manner words between the converb and the judgement ("मानते हुए खुलकर तारीफ की")
_MANNER = frozenset({"खुलकर", "जमकर", "खूब", "कड़ी", "जोरदार", "भी", "ही"})
# The most words of what the party is called ("रोल मॉडल", "देश के लिए मिसाल"): two corpus
# words and two of room; none may be a case marker of another phrase
_CALLED_WORDS = 4
_JUDGING = frozenset({"SUPPORT", "ACCUSE"})


def noun_act_targets(events: list[Event], views: list[SentenceView]) -> None:
    """Give a visit or a judgement with no target the party its own sentence writes in one of the
    two constructions of the module's docstring; events are changed in place, a ``target``
    argument keeping the party's words and offsets."""
    for ev, sv in events_in_sentences(events, views):
        if ev.target or ev.negated or ev.type not in _JUDGING | {"CONSULT"}:
            continue
        if any(a.role == "target" for a in ev.arguments):
            continue
        first = next((k for k, t in enumerate(sv.tokens) if t.start >= ev.trigger_start), None)
        if first is None:
            continue
        if ev.type == "CONSULT" and ev.mode == "visit":
            found = _visited_after_subject(ev, sv, first)
        elif ev.type in _JUDGING:
            found = _called_before(ev, sv, first)
        else:
            continue
        if found is not None:
            ev.arguments.append(found)
            ev.target.append(found.entity_id or "")


def _visited_after_subject(ev: Event, sv: SentenceView, first: int) -> Argument | None:
    """The place a visit noun at ``first`` visits when its visitor, the event's source, is an
    unmarked subject before the genitive: the noun followed by a light verb, its genitive right
    before it or before a duration or an ordinal, no ने in its clause, and between the source's
    words and that genitive at most :data:`_PLACE_WORDS` words that the glossary says and that
    name no people (or a place or body entity), no clause turn or case marker among them."""
    toks = sv.tokens
    if toks[first].text not in _VISIT_NOUNS:
        return None
    last = next((k for k in range(first, len(toks)) if toks[k].end >= ev.trigger_end), first)
    if last + 1 >= len(toks) or toks[last + 1].text not in _LIGHT_VERBS:
        return None
    g = first - 1
    while g > 0 and (g in sv.dated or toks[g].text in _BETWEEN or toks[g].text == "तक"):
        g -= 1  # "कुछ जिलों का तीन घंटे तक दौरा"
    if g <= 0 or toks[g].text not in GENITIVES:
        return None
    told = [a for a in ev.arguments if a.role == "source"]
    sources = [a for a in told if sv.start <= a.start and a.end <= toks[g].start]
    if not sources or len(sources) != len(told):
        return None  # a visitor of another sentence, or one after the genitive
    end = max(a.end for a in sources)
    after = max((k for k, t in enumerate(toks) if t.end <= end), default=-1) + 1
    clause = range(_clause_start(sv, g), g)
    if any(toks[k].text == "ने" for k in clause) or toks[after].text in MARKERS_1:
        return None  # a ने-agent is roles.py's; a marked source is no unmarked subject
    span = [k for k in range(after, g) if k not in sv.dated and toks[k].text not in PARTICLES]
    if not span or len(span) > _PLACE_WORDS or span != list(range(span[0], g)):
        return None
    if any(toks[k].text in MARKERS_1 | _NOT_PLACE or is_break(toks, k) for k in span):
        return None
    unit = next((u for u in sv.units if u.first == span[0] and u.last == g - 1), None)
    if unit is not None:
        return _unit_target(sv, unit, ev)
    text = sv.text_of(span[0], g - 1)
    english = gloss(text)
    if english is None or names_people(text):
        return None
    return Argument("target", text, toks[span[0]].start, toks[g - 1].end, f"text:{text}", english)


def _clause_start(sv: SentenceView, k: int) -> int:
    """The first token of the clause token ``k`` stands in: after the last break or "कि"."""
    toks = sv.tokens
    for j in range(k - 1, -1, -1):
        if toks[j].text == "कि" or is_break(toks, j):
            return j + 1
    return 0


def _called_before(ev: Event, sv: SentenceView, first: int) -> Argument | None:
    """The party a judgement at ``first`` judges when a converb of calling stands right before it
    (past manner words): the entity marked को before what it is called, at most
    :data:`_CALLED_WORDS` words with no case marker or clause break, never a pronoun nor the
    event's own source."""
    toks = sv.tokens
    k = first
    while k > 0 and toks[k - 1].text in _MANNER and first - k < 2:
        k -= 1
    form = next(
        (f for f in _CALLING if k - len(f) >= 0 and tuple(sv.texts[k - len(f) : k]) == f), None
    )
    if form is None:
        return None
    called_end = k - len(form)  # the token after what the party is called
    for ko in range(called_end - 2, max(-1, called_end - 2 - _CALLED_WORDS), -1):
        if toks[ko].text == "को":
            break
        if toks[ko].text in MARKERS_1 or is_break(toks, ko):
            return None
    else:
        return None
    if any(toks[j].text in MARKERS_1 or is_break(toks, j) for j in range(ko + 1, called_end)):
        return None
    unit = next((u for u in sv.units if u.last == ko - 1 and u.marker == "को"), None)
    return _unit_target(sv, unit, ev) if unit is not None else None


def _unit_target(sv: SentenceView, unit: Unit, ev: Event) -> Argument | None:
    """A target argument of ``unit``'s one actor, or None for a pronoun, several actors or the
    event's own source."""
    actors = unit_actors(unit)
    if unit.anaphor or len(actors) != 1 or actors[0] in ev.source:
        return None
    first, last = sv.tokens[unit.first], sv.tokens[unit.last]
    return Argument("target", sv.text_of(unit.first, unit.last), first.start, last.end, actors[0])

"""Closures listed under a measure just announced: "सभी पार्क, मल्टीप्लेक्स सिनेमा हॉल बंद रहेंगे".

Why a module of its own (round ev209, issue 13): an announced state "X बंद रहेंगे" with no
speaker, no date and no order named in its sentence is kept out (:func:`khabar.events.voice.
_agentless`: a list of what stays closed is not a list of orders). But the Hindi press writes a
lockdown or a closure order as its announcement followed by its items, each a sentence of its
own ("… सभी स्कूल कॉलेज और कोचिंग सेंटर 14 अप्रैल तक के लिए बंद कर दिया गया है. सभी पार्क,
मल्टीप्लेक्स सिनेमा हॉल बंद रहेंगे.", PK-2020-MAR-16.txt): the item is the same authority's
closure. The development gold's tune half codes such an item (Bihar's list, PK-2020-05-05-L19,
secondary COERCE with the state government inferred); the tuning sets Vm and Vg code the first
item of such a list core and the rest secondary. An item counts only right after a closure, a
lockdown, a curfew, a ban, a seal or an order was made in the article (:data:`_NEAR` sentences
before, the items themselves carrying the list on), in a main clause of its own: never in a
कि-clause, a condition or a relative clause ("माना जा रहा है कि … बंद रहेंगे", "अगर … तो …
बंद रहेंगे" are forecasts), and never people kept indoors ("… अपने घरों में बंद रहेंगे").
"""

from __future__ import annotations

from ..model import Event
from .actor_context import ActorContext
from .candidates import Candidate
from .clause import SentenceView

# The measures whose announcement a list of closures may follow
_MEASURE_MODES = frozenset({"lockdown", "close", "curfew", "ban", "seal", "order"})
# How many sentences after the last such measure an item may stand (tuned on the 280 allowed
# corpus day files: the lists read there run item after item, a sub-heading or a bus service
# note at most between; 3 reaches Delhi's list past its "डीटीसी की 25 प्रतिशत बसें चलेंगी")
_NEAR = 3
# Words before the trigger that make its clause a report, a forecast, a condition or a relative
# clause of the measure's own sentence ("… तालाबंदी के आदेश दिए हैं जिस दौरान … बंद रहेंगे": the
# order's content, one act with it)
_NOT_MAIN = frozenset({"कि", "अगर", "यदि", "तो", "जब", "जबकि", "संभावना", "शायद"})
_NOT_MAIN |= {"जिस", "जिसमें", "जिसके", "जहां", "जहाँ", "जो", "जिन"}
# Closed in homes: people confined, no closure of a place
_HOMES = frozenset({"घरों", "घर", "घरो"})
_STAY = frozenset({"रहेंगे", "रहेगी", "रहेगा", "रहेंगी"})
# The items such a list holds: closures, and (round ms1) bans that stay ("… एक साथ जमा होने पर
# रोक रहेगी", "… कुछ अतिरिक्त गतिविधियां प्रतिबंधित रहेंगी": core misses of the tuning set Vw,
# each an item of a lockdown's or a hotspot's list)
_ITEM_MODES = frozenset({"close", "ban"})


def note_measures(actors: ActorContext, sv: SentenceView, found: list[Event]) -> None:
    """Remember the sentence if it made a measure a list of closures may follow."""
    if any(e.type == "COERCE" and e.mode in _MEASURE_MODES for e in found):
        actors.measure_at = sv.index


def listed_closure(sv: SentenceView, cand: Candidate, actors: ActorContext) -> bool:
    """``cand`` is a bare "X बंद रहेंगे" item of the measure a sentence just before made."""
    if cand.trig.mode not in _ITEM_MODES or actors.measure_at < 0:
        return False
    if not 0 < sv.index - actors.measure_at <= _NEAR:
        return False
    verb = [t for t in cand.verb if t not in {"भी", "ही"}]
    if not verb or verb[0] not in _STAY:
        return False
    before = set(sv.texts[: cand.first])
    return _NOT_MAIN.isdisjoint(before) and _HOMES.isdisjoint(before)


def standing_ban(cand: Candidate) -> bool:
    """``cand`` is a ban announced to stand ("… पर रोक रहेगी", "… प्रतिबंधित रहेंगी", round ms1):
    a measure for the days ahead, planned where it is dated or listed even when its issuer is
    carried from a sentence before (no inferred code). The tuning sets code the hotspot's and the
    home ministry's such bans planned (Vw, Vv); a permission withheld ("… की अनुमति नहीं रहेगी")
    keeps its own reading."""
    return cand.trig.mode == "ban" and not cand.trig.withheld

"""What a closure or an opening falls on when the text names both an area and the thing in it:
the thing, not the area ("हॉटस्पॉट इलाकों में भी दुकानें नहीं खुलेंगी": the shops).

Why a module of its own: the rules that read a measure on places (:mod:`.banned_places`,
:mod:`.closed_things`) take the area before "में" for the target when the measure falls on a
territory ("इंदौर में … शहरी सीमा में कर्फ्यू"); when the subject of the opening verb is written
between the area's "में" and the trigger ("इन इलाकों में अब बैंक भी नहीं खुलेंगे", "रेड जोन में
नाई की दुकान और सलून आदि नहीं खुलेंगे", "ग्रामीण इलाकों में सभी दुकानें खुली रहेंगी"), the
thing is what is kept shut or let open, and the area only says where (the gold's "liquor shops
in non-containment zones of Maharashtra", "shops and businesses in Delhi"). Issue 13, round tg4:
on the 280 allowed corpus day files 5 closures and openings had the area as target with the
thing written so after it; the rule renames all 5.

The rule (:func:`things_in_areas`) runs after the naming stage on COERCE and CONCEDE events
with one target, an area (:func:`khabar.events.banned_places.an_area`), that ends right before
"में": the words between "में" and the trigger, less the adverbs and particles around them and
an infinitive of opening ("दुकानें खोलने की इजाजत"), become the target when the glossary can
say them and they name neither people nor another area; the target keeps the area as its place
("shops in hotspot areas in India") and the thing's own offsets.
"""

from __future__ import annotations

import re

from ..model import Article, Event
from .banned_places import an_area
from .gloss import gloss, names_people

# Between the area and the trigger: "में", then the thing with an adverb of time or a particle
# before or after it ("अब बैंक भी", "भी दुकानें"), a trailing "आदि" (etc.) and, before a
# permission noun, the infinitive of opening with its genitive ("दुकानें खोलने की").
_BETWEEN = re.compile(
    r"^\s*में\s+(?:(?:अब|भी|ही|फिलहाल)\s+)*(?P<thing>.+?)"
    r"(?:\s+(?:भी|ही|आदि))*(?:\s+(?:खोलने|खुलने)\s+(?:की|का|के))?\s*$"
)
# Words that show a clause or another argument between the area and the trigger: then the
# words are no bare thing ("… में लोगों को …", "… में जो दुकानें …").
_CLAUSE_WORDS = frozenset({"ने", "को", "से", "पर", "कि", "जो", "जिन", "में", "लिए"})
# The most words of the thing: "नाई की दुकान और सलून" is 5; tuned on the 280 allowed files.
_MOST_WORDS = 6


def things_in_areas(events: list[Event], article: Article) -> None:
    """Put the thing written between an area's "में" and a closure's or an opening's trigger in
    place of the area as the event's target (see the module's docstring)."""
    text = article.text
    for ev in events:
        if ev.type not in ("COERCE", "CONCEDE") or len(ev.target) != 1:
            continue
        arg = next((a for a in ev.arguments if a.entity_id == ev.target[0]), None)
        if arg is None or arg.role != "target" or not arg.en or not an_area(arg.text):
            continue
        if not arg.end < ev.trigger_start <= arg.end + 80:
            continue
        m = _BETWEEN.match(text[arg.end : ev.trigger_start])
        if m is None:
            continue
        thing = m.group("thing")
        words = thing.split()
        if len(words) > _MOST_WORDS or _CLAUSE_WORDS & set(words) or an_area(thing):
            continue
        english = gloss(thing)
        if english is None or names_people(thing):
            continue
        start = arg.end + m.start("thing")
        arg.text, arg.start, arg.end = thing, start, start + len(thing)
        arg.entity_id = ev.target[0] = f"text:{thing}"
        arg.en = f"{english} in {arg.en}"

"""A Union briefing under the capital's dateline: whose an agentless act of it is.

Why a module of its own (round pl2, issue 13: the wrong place guessed for an actor): a wire or
round-up item opens "नयी दिल्ली : …" and reports what a Union body said (the health ministry's
joint secretary, the home ministry's spokesperson, the ICMR); its agentless acts ("रेलवे,
एयरपोर्ट और सीपोर्ट को भी … पास देने के निर्देश दिए गए हैं", "30 करोड़ से अधिक लोगों को …
आर्थिक मदद दी गयी है", PK-2020-APR-13.txt, the tuning set Vr) were guessed the Government of
Delhi's, the dateline's town, with their targets "in Delhi". Round sa9
(:func:`.scenes.capital_dateline_only`) freed a capital named only on a line of its own; this is
the inline dateline of an item that names a Union body and nothing of Delhi's own after it. A
Delhi story names Delhi again (its government, "राजधानी", its chief minister, "दिल्ली में") and
keeps Delhi's government; an item with no Union body keeps the dateline's town as before. On the
280 allowed corpus day files 72 agentless acts in sentences naming no Delhi were guessed Delhi's;
this reading changes 2 of them, both right (the Centre's); local measures (seals, quarantines)
are left to the dateline's town by the caller, :func:`.issuer.authority`.
"""

from __future__ import annotations

import re

from .actors import territory_of_city
from .clause import DocContext

# The capital written as a dateline at a line's start, before its separator ("नयी दिल्ली :",
# "नई दिल्ली, एजेंसी ।", "नयी दिल्‍ली (भाषा) :"): the wire's place, not the story's.
_DATELINE = re.compile("\\s*(?:नई|नयी)\\s+दिल्\u200d?ली\\s*[:,(।-]")
# Delhi's own words (round sa9's, ``scenes._CAPITAL_WORDS``, with Delhi's Lieutenant
# Governor): one of them after the dateline makes a Delhi story.
_DELHI_WORDS = re.compile("दिल्\u200d?ली|राजधानी|केजरीवाल|डीएमआरसी|एनसीआर|उपराज्यपाल")
# A Union body the item names as its speaker or actor: a ministry (the states have departments,
# "विभाग"; a state minister's "मंत्रालय" is rare in the corpus), the Centre, the ICMR, the Prime
# Minister. A closed class of Hindi news words, not tuned on a gold.
_UNION_WORDS = re.compile("मंत्रालय|केंद्र सरकार|केंद्रीय|केन्द्र सरकार|केन्द्रीय|आईसीएमआर|प्रधानमंत्री")


def union_briefing(text: str, end: int, ctx: DocContext, town: tuple[str, str]) -> bool:
    """``town`` is the capital (a city that is a whole territory), last named at the start of a
    line as its dateline (``_DATELINE``), and the article ``text`` from that line to ``end`` (the
    measure's sentence's end) names a Union body (``_UNION_WORDS``) and no word of Delhi's own
    (``_DELHI_WORDS``) but the dateline's: the item is a Union briefing, its agentless acts the
    Centre's."""
    at = ctx.actors.locality_at
    if town != ctx.actors.locality or at < 0 or territory_of_city(town) is None:
        return False
    start = text.rfind("\n", 0, at) + 1
    if not _DATELINE.match(text, start) or text.find("\n", start, at) >= 0:
        return False
    item = text[start:end]
    return len(_DELHI_WORDS.findall(item)) == 1 and _UNION_WORDS.search(item) is not None

"""Places listed as one location of a measure: "दिल्ली, बेंगलुरु और जयपुर में मेट्रो बंद रहेगी".

Why a module of its own (round nm8, issue 13): the entities stage reads such a list as one
location span holding every place it names, one location argument per place, and the place put
before a closure's object (:func:`khabar.events.jurisdictions._place_before`) took the first of
them: "metro in Delhi", "all cinemas, multiplexes, swimming pools and gyms in Mumbai" where the
Hindi closes them in six cities (the tuning set Vr's gold names all six). Listing the events with
two or more KB places on one location span over the 280 allowed corpus day files found 23, 4 of
them such a list before a closure's object. The list is said in English only when the span is a
plain list: its parts, split at commas and conjunctions, are as many as its distinct places (a
span that takes in another word, "सिनेमाघर और उत्तराखंड व जम्मू-कश्मीर", or a place the KB
splits, "पिंपरी, चिंचवाड़", keeps the one place it gave before).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Argument, Event

# whole words only: "व" is also a letter of "नवी मुंबई"
_JOINTS = re.compile(r"\s*,\s*|\s+(?:और|व|एवं|तथा)\s+")


def listed_places(ev: Event, loc: Argument, name_of: Callable[[str], str | None]) -> str | None:
    """The English list ("Delhi, Bengaluru and Jaipur") of the KB places that share the span of
    the location argument ``loc``, in the order the event holds them, named by ``name_of`` (a KB
    id's English place name); None when the span names one place or is no plain list of them."""
    ids = [
        a.entity_id
        for a in ev.arguments
        if a.role == "location"
        and (a.start, a.end) == (loc.start, loc.end)
        and (a.entity_id or "").startswith("kb:")
    ]
    names: list[str] = []
    for ident in ids:
        name = name_of(ident or "")
        if name is None:
            return None
        if name not in names:
            names.append(name)
    parts = [p for p in _JOINTS.split(loc.text or "") if p.strip()]
    if len(names) < 2 or len(parts) != len(ids):
        return None
    return f"{', '.join(names[:-1])} and {names[-1]}"

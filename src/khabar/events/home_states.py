"""Some states named beside the home country (round sa6, issue 13: inferred sources).

Why a module of its own: :func:`khabar.events.issuer.authority` reads the first place a sentence
names as the measure's jurisdiction. Round sa6's audit of inferred sources (120 events drawn
from the 280 allowed corpus day files) found "भारत में भी लोगों को … दूरी बनाने को कहा जा रहा है
और … देश के कई राज्यों में स्कूलों को बंद कर दिया गया है" (PK-2020-MAR-13.txt) given to the
Government of India, because the first clause names India; the closure is the states' own, as
round ev197 reads "कई राज्यों में …" under a country-wide scope. So where the sentence names some
states (quantified: ``issuer._some_states``) and every place it names is the home country, the
states act. A sentence naming any other place (a state, a town, a foreign country: "दिल्ली सहित
कई राज्यों में") keeps the place rules.
"""

from __future__ import annotations

from .actors import actor_dictionary, place_code
from .clause import SentenceView

_PLACES = frozenset({"COUNTRY", "REGION", "CITY"})


def states_beside_home(sv: SentenceView, some: str | None) -> str | None:
    """``some`` (the states the sentence names as where a measure was taken, or None) when the
    sentence names at least one place and every place it names is the home country ("भारत में
    भी … देश के कई राज्यों में … बंद कर दिया गया है"); else None, for the place rules to read."""
    if some is None:
        return None
    home = actor_dictionary().default_country
    placed = [
        place_code(m.entity_id) for u in sv.units for m in u.mentions if m.type in _PLACES
    ]
    if not placed:
        return None
    return some if all(p is not None and p[0] == home for p in placed) else None

"""A foreign town or state the article named before a later place: no longer where a measure is.

Why a module of its own: :func:`khabar.events.issuer.authority` falls back, for an agentless
measure whose sentence names no place, on the town the article named last, then on the state.
The town is kept however much the story moved on after it, which is right at home (a state named
after the story's town mostly says where the town lies) but not for a foreign town: a world
round-up names Beijing, then Texas, then "भारत में भी इस सप्ताह कुछ जगहों पर दुकानें खोलने की
अनुमति दी गई है । … शॉपिंग मॉल भी नहीं खुलेंगे", whose closure was given the Government of China;
"कैलिफोर्निया में … । लॉस एंजिलिस में सिटी और काउंटी बीच, खेल के मैदान बंद किए गए" (Los Angeles
not in the KB) was China's too, Wuhan being the town named last (round ta1's target audit saw
both; round sa2, issue 13, fixed the kind).

The place of such a measure is the one named last: a foreign town gives way to a home place named
after it (:attr:`.actor_context.ActorContext.home_at`) and to a state of another country named
after it; a foreign state gives way to a home place named after it. A home place counts where
it is named as where things happen ("भारत में"), not as where someone came ("भारत आने के बाद": a
student's account of Wuhan's lockdown goes on after it). The other way round, a foreign state
(a province) named in the measure's paragraph is more than its country: it orders the measures of
its towns (:func:`foreign_province`).
"""

from __future__ import annotations

from .actor_context import ActorContext
from .actors import actor_dictionary
from .clause import SentenceView
from .places import _PLACE_TYPES


def _country(place: tuple[str, str]) -> str:
    return place[0].split("-", 1)[0]


def current_places(
    sv: SentenceView,
    actors: ActorContext,
    town: tuple[str, str] | None,
    state: tuple[str, str] | None,
) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """(town, state) of ``actors`` to place an agentless measure of ``sv`` by, a stale foreign
    one None: ``town`` (the story's town) named before a home place or a state of another
    country, ``state`` (the state named last) foreign and named before a home place. A sentence
    that names a place in any role keeps both ("इस बीच सिंगापुर से खबर है कि वहां लॉकडाउन …":
    the news's place is where "वहां" is)."""
    if any(m.type in _PLACE_TYPES for u in sv.units for m in u.mentions):
        return town, state
    home = actor_dictionary().default_country
    if (
        town is not None
        and _country(town) != home
        and actors.locality_at >= 0
        and (
            actors.home_at > actors.locality_at
            or (
                state is not None
                and _country(state) != _country(town)
                and actors.state_at > actors.locality_at
            )
        )
    ):
        town = None
    if state is not None and _country(state) != home and actors.home_at > actors.state_at:
        state = None
    return town, state


def foreign_province(sv: SentenceView, actors: ActorContext) -> tuple[str, str] | None:
    """The foreign state (a province, a US state) whose government orders an agentless measure
    of ``sv``, a sentence that names no place: the state named last, named in the measure's own
    paragraph, no home place named since, and any foreign country or town named since it or in
    the paragraph of its own country. "पाकिस्तान के सिंध प्रांत की राजधानी कराची में कुछ कड़े
    कदम उठाए गए हैं । यहां पर शुक्रवार को … कर्फ्यू जैसे लॉकडाउन का एलान किया गया है" was the
    Government of Pakistan (the country the paragraph named, round ev63; a foreign town alone is
    its country's, round ev24): Sindh's government orders it. Round sa2's fresh draw (#032)."""
    state = actors.state
    if state is None or _country(state) == actor_dictionary().default_country:
        return None
    if not actors.paragraph_at <= actors.state_at < sv.start or actors.home_at > actors.state_at:
        return None
    if any(m.type in _PLACE_TYPES for u in sv.units for m in u.mentions):
        return None
    for other, at in ((actors.abroad, actors.abroad_at), (actors.locality, actors.locality_at)):
        if other is not None and at >= actors.paragraph_at and _country(other) != _country(state):
            return None
    return state

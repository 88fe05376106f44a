"""States and union territories addressed together, said as their governments.

Why a module of its own (round nm14, issue 13): "केंद्र सरकार ने राज्यों व केंद्रशासित प्रदेशों को …
लागू करने को कहा", "राज्यों और केंद्र शासित प्रदेशों को यात्रियों की सूची सौंपते हुए … कहा गया" name
the bodies the centre asks or orders, and event coders name them as their governments: the
tuning sets' gold says "Indian state and union territory governments" all 6 times it names them
(3 of them khabar's "states and union territories in India", a naming miss). The states alone
are said so already (:func:`khabar.events.jurisdictions._governments`: "all Indian state
governments"); this module says the pair the same way for :func:`khabar.events.naming.name_actors`,
with the home country's adjective of the actor dictionary and the quantifier kept. A pair in
another country's text keeps its place, and a phrase that says more of them ("people stranded in
other states and union territories") is no such name.
"""

from __future__ import annotations

import re

from .actors import actor_dictionary

# The gloss of "राज्यों और/व केंद्र शासित प्रदेशों" (and "राज्य और केंद्र शासित प्रदेश"), placed by
# the jurisdiction or not; a leading quantifier kept
_PAIR = re.compile(
    r"^((?:all|several|other|many|various|some) )?states? and union territories(?: in (\S.*))?$"
)


def territory_governments(english: str | None) -> str | None:
    """ "all states and union territories in India" -> "all Indian state and union territory
    governments"; ``english`` itself when it says anything else or another country's."""
    found = _PAIR.match(english or "")
    lex = actor_dictionary()
    if found is None or not lex.default_adjective or found.group(2) not in {None, lex.default_name}:
        return english
    return f"{found.group(1) or ''}{lex.default_adjective} state and union territory governments"

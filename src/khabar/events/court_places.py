"""Whose High Court a bare "हाईकोर्ट" is, on either side of an event.

A High Court in India is a state's court, and a report names it bare once it has said which
state it is about ("मुंबई : महाराष्ट्र में … । आरोपी ने हाईकोर्ट से जमानत की मांग की थी"). Round
ev64 gave a bare High Court that acts (a source) the state the article named, in
:mod:`.parties`; one asked, appealed to or petitioned (a target) stayed "High Court" of no state
(DH-2020-ARP-16.txt: "… उच्च न्यायालय से जमानत की मांग की थी"). Round pl1 (issue 13) names both
sides alike, and names a state's court as analysts do where its name is not the state's (the
Bombay High Court is Maharashtra's, the Allahabad High Court Uttar Pradesh's): the named courts
of the actor dictionary, each with the state it sits for, say which.

Why a module of its own: the court of a place is one concern, read apart from the argument
readers of :mod:`.parties` it was written among, which other rounds change beside this one.
"""

from __future__ import annotations

from functools import cache

from ..model import Argument
from .actors import actor_dictionary

_HIGH_COURT = "actor:High Court"
_SIDES = ("source", "target")


@cache
def _named_high_courts() -> dict[str, str]:
    """State code -> the English name of its High Court where the actor dictionary names it
    other than "<state> High Court" ("IND-Maharashtra" -> "Bombay High Court"); read once."""
    return {
        word.place: word.en
        for word in actor_dictionary().words
        if word.sector == "JUD"
        and word.place
        and "-" in word.place
        and word.en.endswith("High Court")
    }


def high_court_name(code: str, state: str) -> str:
    """The English name of the High Court of the state coded ``code`` (English name ``state``)."""
    return _named_high_courts().get(code, f"{state} High Court")


def state_high_courts(
    source: list[str],
    target: list[str],
    codes: dict[str, str],
    args: list[Argument],
    state: tuple[str, str] | None,
) -> tuple[list[str], list[str]]:
    """``source`` and ``target`` with a bare High Court made the court of ``state`` (the court the
    article named, else the state it last named or all its towns lie in: the caller's choice),
    with its code and the arguments that name it; unchanged outside a state of the home country
    (no "-" in the code: a country's court is not a High Court of one of its states)."""
    if state is None or "-" not in state[0] or _HIGH_COURT not in source + target:
        return source, target
    court = f"actor:{high_court_name(*state)}"
    codes[court] = f"{state[0]} JUD"
    for arg in args:
        if arg.entity_id == _HIGH_COURT and arg.role.startswith(_SIDES):
            arg.entity_id = court
    return [court if s == _HIGH_COURT else s for s in source], [
        court if t == _HIGH_COURT else t for t in target
    ]

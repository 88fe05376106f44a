"""The code of a public or a group follows the place its English name gives it.

An event's actors are coded (:func:`.stage._code_actors`) before they are named
(:func:`.naming.name_actors`), and naming places a public or a group in the jurisdiction of the
source that addresses it: "लोगों से अपील" by Noida's district magistrate is "residents of Noida",
by the Union health minister in a Delhi report "public of India"; "अधिकारियों के साथ बैठक" by
Rajasthan's chief minister "Rajasthan officials". The code stayed the one the word had before it
was placed ("IND CVL" beside "residents of Noida", "IND-Delhi CVL" beside "public of India", "IND
GOV" beside "Rajasthan officials"), so a user filtering on codes read another place than the name
says (round pl1, issue 13: on the 280 allowed corpus day files 26 publics of home places named
one place and coded another). The name is the later, better-placed decision; the code is made to
agree with it, from the codes the event already holds (its source's place), never guessed.

Why a module of its own: a pass over the named events, after naming and apart from it, at the
one point where both the codes and the names are final.
"""

from __future__ import annotations

from functools import cache

from ..model import Event
from .jurisdictions import _placeable_groups, jurisdiction


@cache
def _placed_names() -> tuple[tuple[str, str], ...]:
    """(what comes before, what comes after) the place in each English name a public or a group
    is given with its place ("public of {place}", "residents of {place}", "{place} officials",
    "doctors in {place}"), from the actor dictionary's groups; read once."""
    templates = {*_placeable_groups().values(), "residents of {place}"}
    return tuple(sorted((h, t) for h, _, t in (x.partition("{place}") for x in templates)))


def public_codes(events: list[Event]) -> None:
    """Recode each named public or group whose code's place is not the place of its English
    name with the place code of another of the event's actors that acts for that place (its
    sector kept); one whose place no code of the event holds keeps its code."""
    for ev in events:
        for arg in ev.arguments:
            code = ev.codes.get(arg.entity_id or "")
            place = _named_place(arg.en or "")
            if code is None or place is None or _place(code) == place:
                continue
            same = next((c.split(" ")[0] for c in ev.codes.values() if _place(c) == place), None)
            if same is not None and " " in code:
                ev.codes[arg.entity_id or ""] = f"{same} {code.split(' ', 1)[1]}"


def _named_place(name: str) -> str | None:
    """The place a placed name gives ("public of the United States" -> United States), else None."""
    for head, tail in _placed_names():
        if name.startswith(head) and name.endswith(tail) and len(name) > len(head) + len(tail):
            return name[len(head) : len(name) - len(tail)].removeprefix("the ")
    return None


def _place(code: str) -> str | None:
    """The place an actor code acts for, without an English article ("United States")."""
    place = jurisdiction(code)
    return place.removeprefix("the ") if place else None

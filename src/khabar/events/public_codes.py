"""The code of a public follows the place its English name gives it.

An event's actors are coded (:func:`.stage._code_actors`) before they are named
(:func:`.naming.name_actors`), and naming places a public in the jurisdiction of the source
that addresses it: "लोगों से अपील" by Noida's district magistrate is "residents of Noida", by the
Union health minister in a Delhi report "public of India". The code stayed the one the word had
before it was placed ("IND CVL" beside "residents of Noida", "IND-Delhi CVL" beside "public of
India"), so a user filtering on codes read another place than the name says (round pl1, issue
13: 26 publics of home places on the 280 allowed corpus day files named one place and coded
another). The name is the later, better-placed decision; the code is made to agree with it,
from the codes the event already holds (its source's place), never guessed.

Why a module of its own: a pass over the named events, after naming and apart from it, at the
one point where both the codes and the names are final.
"""

from __future__ import annotations

import re

from ..model import Event
from .jurisdictions import jurisdiction

# "public of Bihar", "residents of Noida", "public of the United States": the place a public is of
_PUBLIC = re.compile(r"^(?:public|residents) of (?:the )?(?P<place>.+)$")
_CIVILIANS = " CVL"


def public_codes(events: list[Event]) -> None:
    """Recode each named public whose code's place is not the place of its English name with
    the place code of another of the event's actors that acts for that place; a public whose
    place no code of the event holds keeps its code."""
    for ev in events:
        for arg in ev.arguments:
            code = ev.codes.get(arg.entity_id or "")
            found = _PUBLIC.match(arg.en or "")
            if code is None or not code.endswith(_CIVILIANS) or found is None:
                continue
            place = found.group("place")
            if _place(code) == place:
                continue
            same = next((c.split(" ")[0] for c in ev.codes.values() if _place(c) == place), None)
            if same is not None:
                ev.codes[arg.entity_id or ""] = f"{same}{_CIVILIANS}"


def _place(code: str) -> str | None:
    """The place an actor code acts for, without an English article ("United States")."""
    place = jurisdiction(code)
    return place.removeprefix("the ") if place else None

"""A body's team named as the team: "स्वास्थ्य विभाग की टीम ने …" is the Meerut health department's
team, not the department (round pq1, issue 13).

The actor dictionary codes "स्वास्थ्य विभाग की टीम" as its hit, the health department of the
article's town, and the English said only "Meerut health department": the team the Hindi names
was lost, and event coders name it ("Dehradun health department team", "Ranchi Municipal
Corporation team" on the tuning sets Vr-Vz; a coder who names the body alone is still matched,
as every word of the body's name stays). In the 280 allowed corpus day files "स्वास्थ्य विभाग की
टीम" stands as a source 19 times and "नगर निगम की टीम" twice.

Why a module of its own: :mod:`.naming` names an event's arguments and is shared with other
rounds; this is one rule on a coded body's argument span, read and tested apart.
"""

from __future__ import annotations

from ..model import Argument

# The team nouns after the genitive "की" (singular and plural; a closed class of Hindi words)
_TEAMS = {"टीम": "team", "टीमें": "teams", "टीमों": "teams"}
# The endings of the actor dictionary's English names of a body of a place (a department, an
# administration, a municipal corporation, a police force); a group or an office holder is not one
_BODIES = (
    " department",
    " Department",
    " district administration",
    " Municipal Corporation",
    " Police",
)
# Conjunctions that make the span a team of several bodies, which one body's English cannot say
_JOINED = frozenset({"और", "एवं", "व", "तथा", ","})


def body_team(arg: Argument) -> str | None:
    """ "Meerut health department team" for a source or target whose span is a coded body and
    a team of it ("स्वास्थ्य विभाग की टीम"), the body's English from its actor id; else None."""
    ident = arg.entity_id or ""
    if arg.role not in {"source", "target"} or arg.en or not ident.startswith("actor:"):
        return None
    words = arg.text.split()
    if len(words) < 3 or words[-2] != "की" or words[-1] not in _TEAMS:
        return None
    if _JOINED & set(words) or any(w.endswith(",") for w in words):
        return None  # "प्रशासन एवं स्वास्थ्य विभाग की टीम": a joint team, not one body's
    name = ident.split(":", 1)[1].split("|", 1)[-1]
    if not name.endswith(_BODIES):
        return None
    return f"{name} {_TEAMS[words[-1]]}"

"""Whose public an appeal or a measure that names no addressee binds: the place of its source.

Why: an appeal, an advisory or a measure with no addressee is addressed to the public of its
source's jurisdiction (:func:`khabar.events.objects.public_addressee`). An office or body that
belongs to a place, said without it ("प्रशासन ने भी इनसे बचने की अपील की", "पुलिस ने सख्ती शुरू
कर दी", "अधिकारियों ने चेतावनी दी"), carries the home country in its actor code only by default:
its public is a district's, a state's or a foreign country's, never known to be the country's.
Issue 13, round ti1: on the 280 allowed corpus day files, all 5 inferred publics of such a source
were "public of India" and all 5 were wrong (a district's advisory, a foreign government's
officials, doctors advising a named railway ticket examiner). The public is then left unplaced:
:func:`khabar.events.naming.name_actors` places it by the event's own location, else drops a
measure's, as it does for the measures of such offices (round ev62), and an appeal's stays the
bare "public" (:func:`unplaced_name`): the party is right, only its place is unknown.
"""

from __future__ import annotations

from .actors import actor_dictionary
from .jurisdictions import local_offices


def bare_office(ident: str) -> bool:
    """Whether the source ``ident`` is an office or body of a place said without its place
    (``actor:police``, ``actor:district administration``): its code holds the home country only
    by default, so it places no public. A body whose bare name carries the home country's
    adjective ("कई राज्य सरकारों ने … अपील की": ``actor:Indian state governments``; the Indian
    Army) is the country's own: its public is the country's (the lead, after round ti1)."""
    if not ident.startswith("actor:"):
        return False
    bare = ident.removeprefix("actor:")
    adjective = actor_dictionary().default_adjective
    if adjective and bare.startswith(adjective + " "):
        return False
    return bare in local_offices()


def unplaced_name(mode: str | None, appeals: frozenset[str]) -> str:
    """The English of the public an appeal (a mode in ``appeals``) of a bare office addresses,
    "public", kept where nothing places it; empty for a measure, whose public is then dropped."""
    return "public" if mode in appeals else ""


"""Whose a reflexive's target is, where the agent is a person or a body named by a common noun.

Why a module of its own (round nm14, issue 13): "कानिवेस्की ने अपने अनुयायियों से … अपील की",
"कांधलवी ने अपने अनुयायियों से अपील की थी", "इन कंपनियों ने अपने ग्राहकों को … पॉलिसी प्रदान की है",
"कंपनी ने … अपने कर्मचारियों को … घर से काम करने की सलाह दी है": the target is the agent's own
(its followers, customers, employees), and the English said "followers", "customers", "all
employees". Round ev192 said a named body's own so ("all students of IIT Delhi",
:func:`khabar.events.group_words.own_of`) and left a person's and a common noun's: a person's
own are as often named by the place ("अपने मंत्रियों" = ministers in Uttar Pradesh) or are no
followers at all ("हमने अपनी सदस्य कंपनियों", a spokesman's "we"), and a common noun is no name.
This module says two of them, read on the 280 allowed corpus day files (7 targets, all right):
a person's followers or supporters (the only people a leader's "अपने" gives his name to), and a
body named by a common noun ("companies", "company"): "customers of the companies". The
reflexive's reach and the agent's subjecthood are :func:`own_of`'s.
"""

from __future__ import annotations

from ..model import Argument
from .group_words import own_of

# The people a person has as his own: followers and supporters (the tuning sets' gold names
# "followers of Chaim Kanievsky", "followers of the Tablighi Jamaat" for "अपने अनुयायियों")
_FOLLOWERS = frozenset({"अनुयायियों", "अनुयायी", "समर्थकों", "समर्थक", "शिष्यों", "भक्तों"})
# A stand-in name for :func:`own_of`, which only says a named body's own
_NAMED = "Owner"


def own_by_agent(
    arg: Argument, text: str, en: str, owner: str, person: bool, agent_end: int
) -> str | None:
    """``en`` (a target's English) said as the agent ``owner``'s own ("followers of Kaniwesky",
    "customers of the companies"), where "अपने/अपनी" stands before the target's head
    (:func:`own_of`'s reading); None for a person's own other than followers, a named body's
    (round ev192's), or where the reflexive is not the agent's."""
    if not owner or own_of(arg, text, en, _NAMED, agent_end) is None:
        return None
    if person:
        head = arg.text.split()[-1] if arg.text.split() else ""
        return f"{en} of {owner}" if head in _FOLLOWERS else None
    if not owner[:1].islower():
        return None  # a name: round ev192's
    return f"{en} of the {owner}"

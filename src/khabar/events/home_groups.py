"""The home country's groups of offices in the words event coders name them: "chief ministers of
Indian states", "Indian state governments", "Union ministers" (round nm6, issue 13).

Why: the glossary and the actor dictionary say a group of offices as the Hindi words it ("सभी
राज्यों के मुख्यमंत्रियों" = chief ministers of all states, "मुख्यमंत्रियों" alone = chief ministers of
the states, "सभी राज्य सरकारों" = all state governments in India, "केंद्रीय मंत्रियों" = central
ministers), while the coders, and Indian English, name them by the country: its adjective before
the states, as the actor dictionary already says the states acting ("कई राज्यों ने" = several
Indian state governments), and "Union" for the ministers of the Union government. Counted on the
gold: the ten tuning sets Vf-Vj, Vm-Vq name "राज्यों के मुख्यमंत्रियों", "सभी राज्यों के
मुख्यमंत्रियों", "हर राज्य के सीएम" "chief ministers of Indian states" 4 times of 4, "सभी राज्यों के
मुख्य सचिवों और पुलिस महानिदेशकों" "chief secretaries and DGPs of all Indian states", every plain
set of state governments "Indian state governments" (the dev gold's tune half likewise: "सभी
राज्यों" = Indian state governments) and "केंद्रीय मंत्रियों" "Union ministers" (Vq). On the 280
allowed corpus day files khabar named 20 sides "chief ministers of (the|all) states", 3 "chief
secretaries of all states …", 1 "all state governments in India" and 3 "(all) central ministers".

Only offices a state of India has (a chief minister, a chief secretary, a health secretary) are
read as the home country's: "राज्यों" alone may be another country's (the states of the United
States have governors), and a place named after the states ("borders of all states in Delhi")
says whose states they are already. The name is rewritten only where the actor dictionary has a
home country with an adjective (``default_adjective``: Hindi dailies report India).
"""

from __future__ import annotations

import re
from functools import cache

from .actors import actor_dictionary

# The offices of an Indian state said in the plural before "of … states" (the glossary's and the
# actor dictionary's English for मुख्यमंत्रियों, मुख्य सचिवों, स्वास्थ्य सचिवों)
_STATE_OFFICES = ("chief ministers", "chief secretaries", "health secretaries")
# "केंद्रीय मंत्री(यों)" glossed word by word; "Union" is the Indian Union government's own word
_CENTRAL_MINISTERS = re.compile(r"\bcentral (ministers?)\b")
_UNION = "Union"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The offices "of (all|the) states" not followed by a place, and the home country's state
    governments said with the country after them ("all state governments in India")."""
    offices = "|".join(map(re.escape, _STATE_OFFICES))
    home = re.escape(actor_dictionary().default_name)
    return (
        re.compile(rf"\b({offices}) of (all )?(?:the )?states\b(?! in )"),
        re.compile(rf"^(all |several |some |other )?state governments in {home}$"),
    )


def home_group_name(english: str) -> str:
    """``english`` with the home country's states said by its adjective ("chief ministers of
    the states" -> "chief ministers of Indian states", "chief ministers of all states" -> "chief
    ministers of all Indian states", "all state governments in India" -> "all Indian state
    governments") and its central ministers as Union ministers; any other name as it is. "all"
    stays where the Hindi says it (सभी)."""
    adjective = actor_dictionary().default_adjective
    if not adjective:
        return english
    offices, governments = _patterns()
    english = offices.sub(rf"\1 of \2{adjective} states", english)
    english = governments.sub(rf"\1{adjective} state governments", english)
    return _CENTRAL_MINISTERS.sub(rf"{_UNION} \1", english)

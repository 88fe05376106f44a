"""A town's name that names a road: a street of the story's town, not the town.

Why a module of its own: the events stage reads a linked town as where the story is
(:mod:`.coding` keeps the town the article named last as the place of an agentless measure
after it) and :func:`khabar.events.issuer.authority` gives a measure the first place its sentence
names; but Indian towns name their roads, gates and crossings after the town the road leads to
("दिल्ली रोड", "हापुड़ रोड", "सहारनपुर चौक", "आगरा गेट"), and such a road lies in the story's own
town. Round ev66 kept a road's town out of the states the article's towns lie in; round sa7
(issue 13: round sa6's focused audit of inferred sources, #047, a Meerut story's "दिल्ली रोड
स्थित नवीन मंडी और हापुड़ रोड स्थित लोहिया नगर" made Hapur the town of the temples closed in the
next sentence) keeps it out of the story's town and out of the sentence's place as well.

Counted on the 280 allowed corpus/hindi-covid-2020 day files (main c5c85683, 2,704 events): see
docs/events-rounds.md, round sa7.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model import Mention

if TYPE_CHECKING:  # clause imports coding, which reads roads
    from .clause import SentenceView

# Words after a town's name that make it a road's or a crossing's ("शहर में चकराता रोड, सहारनपुर
# चौक, …" in a Dehradun report: no town of Uttar Pradesh is named; round ev66, corpus day file)
ROAD_WORDS = frozenset({"चौक", "रोड", "मार्ग", "गेट", "हाईवे", "बाईपास", "चौराहा", "चौराहे"})


def a_road(tokens: list[Any], last: int) -> bool:
    """Whether the token after ``last`` (a town's last token) is a road word: "हापुड़ रोड"."""
    return last + 1 < len(tokens) and tokens[last + 1].text in ROAD_WORDS


def names_a_road(sv: SentenceView, m: Mention) -> bool:
    """Whether the town ``m`` of the sentence ``sv`` names a road, gate or crossing: the word
    right after it is a road word ("दिल्ली रोड पर …")."""
    after = next((t.text for t in sv.tokens if t.start >= m.end), "")
    return m.type == "CITY" and after in ROAD_WORDS

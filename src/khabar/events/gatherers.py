"""Who gathers, when a ban on gathering names them ("5 लोगों से ज्यादा के इकट्ठा होने पर रोक",
"50 से अधिक लोगों के एक जगह पर जमा होने पर रोक", "लोगों के ज्यादा संख्या में इकट्ठा होने पर
पाबंदी"): the people in the genitive before the gathering are whom the ban binds, so they are its
target rather than the activity.

Round ev89 made the activity ("gatherings") the target of a ban that names nobody as who gathers,
and that stays; this module only reads the genitive subject of the verbal noun when there is one
(round ev156, issue 13: the tuning set Uf's "5 लोगों से ज्यादा के इकट्ठा होने पर रोक" gave
"gatherings in Delhi" where the people of Delhi are ruled). On the 280 allowed corpus day files 3
bans named their gatherers so; all three read by hand are people told not to gather.
"""

from __future__ import annotations

from .clause import SentenceView, is_break
from .gloss import names_people

# Words of a comparison of number after the people ("5 लोगों से ज्यादा"): Hindi grammar, not
# fitted.
_MORE = frozenset({"ज्यादा", "अधिक", "कम", "ज़्यादा"})
# Postpositions that end another argument between the genitive and the gathering: a ने-agent, a
# को-object or another genitive means the "के" is not the gathering's subject.
_OTHER_ARGUMENTS = frozenset({"ने", "को", "के", "की", "का", "द्वारा"})
# How many words may stand between the genitive's "के" and the gathering (a place or amount:
# "एक जगह पर", "ज्यादा संख्या में"); the two such bans of the allowed corpus day files have 3.
_REACH = 4


def who_gathers(sv: SentenceView, start: int, first: int, end: int) -> tuple[int, int]:
    """The span of the people noun named as the gatherers before the gathering ``first``..``end``,
    or that span itself when no genitive of people stands before it within the clause. The number
    with it ("5 लोगों से ज्यादा", "50 से अधिक लोगों") is the ban's threshold, not who is bound, so
    only the people noun is kept."""
    toks = sv.tokens
    gen = next(
        (
            k
            for k in range(first - 1, max(start, first - 1 - _REACH) - 1, -1)
            if toks[k].text in _OTHER_ARGUMENTS or is_break(toks, k)
        ),
        None,
    )
    if gen is None or toks[gen].text != "के" or gen - 1 < start:
        return first, end
    head = gen - 1
    if toks[head].text in _MORE and head - 2 >= start and toks[head - 1].text == "से":
        head -= 2  # "5 लोगों से ज्यादा के"
    if not names_people(toks[head].text):
        return first, end
    return head, head

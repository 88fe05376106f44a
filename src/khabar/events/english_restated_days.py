"""The day of an act told again in a later sentence: "Xi held a video call with Putin ... The two
men spoke on Wednesday, 4 February", "* WHAT: Modi and Kishida held a video call ... * WHEN: The
video call took place on Wednesday morning, Feb. 4."

Round en18 (issue 13). A feature lede or a wire factbox tells an act first and its day in a
sentence after it, whose subject is the act itself ("The video call took place", "The talks were
held") or its two participants again ("The two men spoke", "The leaders talked"). The act came
out undated or dated by its year alone (and merged with nothing dated). Only an undated CONSULT
told as done in one of the two sentences before takes the day, and a named act only of its own
kind ("The phone call took place on Monday" dates no video call). Read on the round's blind factbox and feature
(tests/test_events_english_wire_en18.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..model import Event
from .clause import date_part

if TYPE_CHECKING:
    from .english_nominal import SentenceRead

# "The video call took place", "The talks were held", "That conversation came": the act's noun
# (its mode, None for any call or talks) and a verb of happening (English grammar, closed class)
_ACT_AGAIN = re.compile(
    r"\A\W*(?:[A-Z]+:\s*)?(?:the|that|this|their) (?:(?P<video>video (?:call|conference|link))"
    r"|(?P<phone>(?:tele)?phone (?:call|conversation|talks))|(?P<any>call|talks|conversation))"
    r"\s+(?:took place|was held|were held|happened|came)\b",
    re.IGNORECASE,
)
# "The two men spoke", "The leaders talked", "They last spoke": both participants again
_PAIR_AGAIN = re.compile(
    r"\A\W*(?:[A-Z]+:\s*)?(?:the two (?:men|women|leaders|presidents)|the leaders|both leaders"
    r"|the pair)\s+(?:spoke|talked|conferred)\b",
    re.IGNORECASE,
)
_BACK = 2  # sentences back an undated act is looked for (closed by hand: a lede's next ones)


def restated_days(text: str, read: Sequence[SentenceRead], events: list[Event]) -> None:
    """Dates in place each done CONSULT of ``events``, undated or dated only within the day (its
    year or month), that one of the ``_BACK`` sentences after it tells again with a full day
    (``read``: the sentences read, with their date timexes); an act of the restating sentence's
    own of the same mode with no second participant is the same act told again and is dropped."""
    for r in read:
        si, days = r.si, [t for t in r.dated if len(date_part(t.value) or "") == 10]
        said = text[r.start : r.end]
        act = _ACT_AGAIN.match(said)
        if not days or (act is None and _PAIR_AGAIN.match(said) is None):
            continue
        mode = None if act is None else "video_call" if act["video"] else (
            "phone" if act["phone"] else None)
        day = date_part(days[0].value)
        told = [e for e in events if e.type == "CONSULT" and e.modality == "happened"
                and day.startswith(e.date or "") and si - _BACK <= (e.sentence or 0) < si
                and (mode is None or e.mode == mode) and (act is not None or len(e.source) > 1)]
        if not told:
            continue
        told[-1].date, told[-1].date_basis = day, f"restated: {days[0].text}"
        events[:] = [e for e in events if not (e.sentence == si and e.mode == told[-1].mode
                                               and len(e.source) < 2)]

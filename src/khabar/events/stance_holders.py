"""A demand, allegation or complaint held by a pronoun: "इनकी मांग है कि …", "इनका आरोप है कि …".

Why: Hindi news tells a group's stance as its holder's noun with the copula ("नगरवासियों की मांग
है कि …", "स्वास्थ्यकर्मियों का आरोप है कि …"; rounds ev75 and ev138 read the holder before the
noun as the source). After the group has been named, the next stance of the same people is told
with a genitive pronoun ("इसके बाद यह सभी 92 स्वास्थ्यकर्मी … हड़ताल पर चले गये । इनकी मांग है
कि इन्हें भी … सुविधा मिले", PK-2020-APR-11), and the clause analysis, which reads only ने-pronouns
as anaphors, found no holder and dropped the act for want of an agent: a core demand of round
rv28's random audit of 250 corpus sentences. The pronoun stands for the people whose stance the
text was telling: the source of the last demand, allegation or protest a few sentences before,
not the last ने-agent (the officer who reports the workers' demand, "एसीपी चावडा ने बताया,
'मजदूरों के एक समूह की मांग थी कि …'", AU-2020-ARP-15, is not the one demanding in its "उनकी
मांग थी कि …" four sentences on). A pronoun with no such stance before it keeps the act dropped.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Event
from .candidates import Candidate
from .clause import DocContext, SentenceView

# Genitive pronouns that hold a stance noun ("इनकी मांग", "उनका आरोप").
_HOLDER_PRONOUNS = frozenset(
    {"इनकी", "उनकी", "इनका", "उनका", "इसकी", "उसकी", "इसका", "उसका"}
)
# Words that may stand between the pronoun and its noun ("इनकी यह भी मांग है कि").
_BETWEEN = frozenset({"यह", "भी", "ही", "तो"})
# The acts whose source holds a stance a pronoun may point back to: a demand, an allegation or
# complaint, a strike or protest by the same people.
_STANCE_TYPES = frozenset({"REQUEST", "ACCUSE", "PROTEST"})
# How many sentences back the stance may have been told. Tuned on the 280 allowed corpus day
# files (round rv28): the three pronoun-held stances there stand one, two and four sentences after
# their people's last stance; none has another group's stance in between.
_REACH = 4


def pronoun_held(sv: SentenceView, cand: Candidate) -> bool:
    """Whether ``cand`` is a stance noun told with the copula ("मांग है कि", a verbal form whose
    possessor is its source) and held by a genitive pronoun right before it."""
    trig = cand.trig
    if not (trig.verbal and trig.possessor == "source"):
        return False
    k = cand.first - 1
    while k >= 0 and sv.tokens[k].text in _BETWEEN:
        k -= 1
    return k >= 0 and sv.tokens[k].text in _HOLDER_PRONOUNS


def held_by(ctx: DocContext, sentence: int) -> list[str]:
    """The source of the last stance told within :data:`_REACH` sentences before ``sentence``
    (see :func:`note_stances`), else none."""
    at, source = ctx.stance_holders
    return list(source) if at >= 0 and sentence - at <= _REACH else []


def note_stances(ctx: DocContext, sentence: int, events: Iterable[Event]) -> None:
    """Remember the source of the last demand, allegation or protest made in ``sentence``, for a
    pronoun holding the next one."""
    for ev in events:
        if ev.type in _STANCE_TYPES and ev.source:
            ctx.stance_holders = (sentence, list(ev.source))

"""The body an official speaks for, where his report goes on into a later agentless passive.

Why a module of its own: round ev120 and round ev202 (:func:`khabar.events.acting.district_body`)
read "जिलाधिकारी ने बताया कि … होम क्वारंटाइन कर दिया गया था" as the district administration's
measure, not the officer's, but only where the officer speaks in the measure's own sentence
(:func:`khabar.events.candidate_parties.inferred_source`). Hindi reports go on in the officer's
words for a sentence or two with no speaker at all ("मुख्य चिकित्सा अधिकारी डॉक्टर X ने बताया कि
… । … उन सभी … लोगों को क्वरंटाइन किया जाएगा ।"), and :func:`khabar.events.parties.guessed_issuer`
then carried the officer himself over as the passive's doer. Only a report carries over so
(``speech`` there): an officer who acted ("डीसी X ने संज्ञान लिया है । … सील किया गया है") stays
the order's issuer, as round ev38 reads it and the dev gold names Panchkula's DC. Who acts in such a passive is the
body the officer speaks for, as the event gold names it (the dev gold's tune half: a Deoghar
statement's quarantine is the district administration's, Mohali's and Panchkula's isolations
the health department's; tuning set Vp: Aligarh's CMO's quarantine is the district
administration's, the health department also right). Round sa11 (issue 13) applies the same
offices (a district officer, a chief medical officer, a chief minister: titled in the article, or
a chief minister the KB knows holding the office on the article's day) to that carried speaker;
anyone else (a minister of the Union or of a state, a foreign official, a party leader) keeps
what he was, and so does a punishment to come (the speaker's own warning, round ev202).
"""

from __future__ import annotations

from datetime import date

from .acting import _PUNISHMENTS, district_body
from .actors import _kb, place_code
from .candidates import Candidate
from .clause import DocContext, SentenceView
from .health_offices import health_office
from .roles import PASSIVE
from .voice import _passive

# How far back from a sentence's end its closing verb complex reaches ("घोषित किया गया है ।"):
# 5 tokens, the stop and two auxiliaries with the passive, as in the dev gold's tune half's
# Panchkula containment order (the one such sentence of the round's changes)
_CLOSING = 5


def _joined_to_passive(cand: Candidate, sv: SentenceView) -> bool:
    """An infinitive trigger ("कंटेनमेंट जोन घोषित करने के साथ ही शेष एरिया को बफर जोन घोषित
    किया गया है") in a sentence that closes in a passive: one measure in one voice, whose two
    triggers must name one doer (the officer for one and his body for the other split the dev
    gold's tune half's one Panchkula order into two events, its DC's report written in)."""
    closing = {t.text for t in sv.tokens[-_CLOSING:]}
    return cand.verb[:1] == ["करने"] and not PASSIVE.isdisjoint(closing)


# The KB's title of a state's head of government, the office district_body reads from a title
# the article writes ("मुख्यमंत्री X"): a chief minister the report names bare ("योगी आदित्यनाथ",
# "केजरीवाल ने बताया कि …") holds it on the day all the same
_HEAD = "Chief Minister"


def _head_of_state(speaker: list[str], on: date | None) -> tuple[str, str, str] | None:
    """(id, code, name) of the state government a lone KB person of ``speaker`` heads ``on``
    the article's day (his KB role); None for anyone else."""
    entry = _kb().get(speaker[0].removeprefix("kb:")) if len(speaker) == 1 else None
    held = [r.of for r in entry.roles_on(on) if r.title == _HEAD and r.of] if entry else []
    placed = place_code(f"kb:{held[0]}") if len(held) == 1 else None
    if placed is None or "-" not in placed[0]:
        return None
    place, state = placed
    return f"actor:Government of {state}", f"{place} GOV", f"Government of {state}"


def carried_body(
    speaker: list[str],
    sv: SentenceView,
    ctx: DocContext,
    cand: Candidate,
    modality: str,
    codes: dict[str, str],
    on: date | None,
) -> list[str]:
    """The source of candidate ``cand``, an agentless passive measure reported while
    ``speaker`` (the last agents of the report, carried over) goes on: the district
    administration, health department or state government one official of those offices speaks
    for (``codes`` takes its code; ``on``, the article's day, dates a KB chief minister's
    office), else ``speaker`` as it is. An active or intransitive clause ("बंद रहेंगे") is no
    passive: left to the speaker; a punishment to come stays the speaker's own warning
    (``district_body``'s rule, asked of the KB's chief minister too). An infinitive joined to
    the sentence's closing passive is that passive's (``_joined_to_passive``)."""
    if not (cand.trig.agentless and (_passive(cand) or _joined_to_passive(cand, sv))):
        return speaker
    act = (cand.trig.mode, modality)
    body = district_body(speaker, sv, ctx, act) or _head_of_state(speaker, on)
    body = body or health_office(speaker, on, act)  # a health minister's (round sa12)
    if body is None or (act[0] in _PUNISHMENTS and act[1] == "planned"):
        return speaker
    ident, code, _ = body
    codes[ident] = code
    return [ident]

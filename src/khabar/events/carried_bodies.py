"""The body an official speaks for, where his report goes on into a later agentless passive.

Why a module of its own: round ev120 and round ev202 (:func:`khabar.events.acting.district_body`)
read "जिलाधिकारी ने बताया कि … होम क्वारंटाइन कर दिया गया था" as the district administration's
measure, not the officer's, but only where the officer speaks in the measure's own sentence
(:func:`khabar.events.candidate_parties.inferred_source`). Hindi reports go on in the officer's
words for a sentence or two with no speaker at all ("मुख्य चिकित्सा अधिकारी डॉक्टर X ने बताया कि
… । … उन सभी … लोगों को क्वरंटाइन किया जाएगा ।"), and :func:`khabar.events.parties.guessed_issuer`
then carried the officer himself over as the passive's doer. Who acts in such a passive is the
body the officer speaks for, as the event gold names it (the dev gold's tune half: a Deoghar
statement's quarantine is the district administration's, Mohali's and Panchkula's isolations
the health department's; tuning set Vp: Aligarh's CMO's quarantine is the district
administration's, the health department also right). Round sa11 (issue 13) applies the same
offices (a district officer, a chief medical officer, a chief minister) to that carried speaker;
anyone else (a minister of the Union, a foreign official, a party leader) keeps what he was.
"""

from __future__ import annotations

from .acting import district_body
from .candidates import Candidate
from .clause import DocContext, SentenceView
from .voice import _passive


def carried_body(
    speaker: list[str],
    sv: SentenceView,
    ctx: DocContext,
    cand: Candidate,
    modality: str,
    codes: dict[str, str],
) -> list[str]:
    """The source of candidate ``cand``, an agentless passive measure reported while
    ``speaker`` (the last agents of the report, carried over) goes on: the district
    administration, health department or state government one official of those offices speaks
    for (``codes`` takes its code), else ``speaker`` as it is. An active or intransitive clause
    ("बंद रहेंगे") is no passive: left to the speaker; a punishment to come stays the speaker's
    own warning (``district_body``'s rule)."""
    if not (cand.trig.agentless and _passive(cand)):
        return speaker
    body = district_body(speaker, sv, ctx, (cand.trig.mode, modality))
    if body is None:
        return speaker
    ident, code, _ = body
    codes[ident] = code
    return [ident]

"""The Union ministry whose orders an article is reporting, for the agentless measure that goes on
with them.

Why a module of its own: round sm1 (issue 13, sources of the wrong party or level). An agentless
measure of national reach ("हालांकि बसों में 50 फीसदी यात्रियों को बैठाने का निर्देश दिया गया
है", AU-2020-MAY-01.txt, Vt) is guessed the Union government's (:mod:`.issuer`: a national
matter is the country's, whoever reports it), and round ev42's
:func:`khabar.events.agent_anaphora.prefer_named_ministry` names the ministry only where the
measure's own sentence names it. The sentences before were the home ministry's order told
point by point ("गृह मंत्रालय ने अपने आदेश में कहा है कि … । मंत्रालय ने अपने आदेश में कहा
कि …"): the next agentless measure is one more point of that order, and the tuning sets' gold
names the ministry (Vt AU-2020-05-01-L1-e07; the dev gold's tune half names the ministry where the
text does). An agentless measure guessed the Union government's takes the one Union ministry
that was the source of the article's last sourced act, when that act is a measure (not a
meeting), stands at most ``_REACH`` sentences before and nothing else acted between.
"""

from __future__ import annotations

from ..model import Event
from .clause import SentenceView
from .sentence_events import events_by_sentence, events_in_sentences

_UNION = "actor:Government of India"
# A Union ministry or department of the actor dictionary ("actor:Ministry of Home Affairs of
# India"), as round ev42 reads one
_MINISTRY = ("actor:Ministry of ", "actor:Department of ")
_OF_INDIA = " of India"
# How many sentences back the ministry's own act may stand: 5, the distance of the order's next
# point in AU-2020-MAY-01.txt (Vt; sentences without acts between); 2 missed it. Checked on every
# source it changed over the 280 allowed corpus day files (round sm1).
_REACH = 5
# The acts whose next agentless measure goes on with them: an order, a request, a concession or a
# warning. Not a meeting ("केंद्रीय स्वास्थ्य मंत्रालय ने … अधिकारियों के साथ बैठक की । एक
# अधिकारी ने बताया कि होटल … सैनिटाइज किया जा रहा है", DJ-2020-MAR-03.txt: the city's act).
_MEASURES = frozenset({"COERCE", "REQUEST", "CONCEDE", "THREATEN"})


def _one_ministry(ev: Event) -> str | None:
    """The one Union ministry that is ``ev``'s whole source, else None."""
    if len(ev.source) != 1:
        return None
    [ident] = ev.source
    return ident if ident.startswith(_MINISTRY) and ident.endswith(_OF_INDIA) else None


def ministry_goes_on(events: list[Event], views: list[SentenceView]) -> None:
    """Give each event whose one source is the Union government, inferred (a ``source_inferred``
    argument, as :func:`.agent_anaphora.prefer_named_ministry` asks), the Union ministry that is
    the one source of every sourced event of the last sentence before its own that has one, at
    most ``_REACH`` sentences back; the inferred argument then points at that act's mention of
    the ministry (its evidence). Changed in place."""
    pairs = list(events_in_sentences(events, views))
    by_sentence = events_by_sentence(ev for ev, _ in pairs if ev.source)
    for ev, sv in pairs:
        if ev.source != [_UNION]:
            continue
        inferred = [a for a in ev.arguments if a.role == "source_inferred" and a.entity_id == _UNION]
        before = [i for i in by_sentence if sv.index - _REACH <= i < sv.index]
        if not inferred or not before:
            continue
        acts = by_sentence[max(before)]
        found = {_one_ministry(e) for e in acts}
        if len(found) != 1 or (ministry := found.pop()) is None:
            continue
        if all(e.type not in _MEASURES for e in acts):
            continue  # a meeting the ministry held: its order is not what the next act tells
        named = next(
            (a for e in acts for a in e.arguments if a.role.startswith("source") and a.entity_id == ministry),
            None,
        )
        ev.source = [ministry]
        for a in inferred:
            a.entity_id = ministry
            if named is not None:
                a.text, a.start, a.end = named.text, named.start, named.end
            else:
                a.text = ministry.split(":", 1)[1]
        ev.codes.pop(_UNION, None)

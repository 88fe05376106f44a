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
names the ministry (Vt AU-2020-05-01-L1-e07; Vo NT-2020-04-23-L1-e01, told by the ministry's
joint secretary). An agentless measure guessed the Union government's takes the one Union
ministry that was the source of the article's last sourced act, written as its agent or speaker
or through its official, when that act is a measure (not a meeting), stands at most ``_REACH``
sentences before and nothing else acted between.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView, unit_actors
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
# An official of the ministry: a person of the KB or one the article names, written "<ministry>
# की/के <title> <name>" with at most 3 words of title ("संयुक्त सचिव", "अतिरिक्त सचिव"), the
# longest such title on the allowed corpus day files
_PEOPLE = ("kb:person/", "name:person:")
_OF = frozenset({"की", "के"})
_TITLE = 3
# the roles under which an act's source or its official is written: its agent, the speaker who
# reports it
_SPOKEN = frozenset({"source", "reported_by"})
# The acts whose next agentless measure goes on with them: an order, a request, a concession or a
# warning. Not a meeting ("केंद्रीय स्वास्थ्य मंत्रालय ने … अधिकारियों के साथ बैठक की । एक
# अधिकारी ने बताया कि होटल … सैनिटाइज किया जा रहा है", DJ-2020-MAR-03.txt: the city's act).
_MEASURES = frozenset({"COERCE", "REQUEST", "CONCEDE", "THREATEN"})


def _is_ministry(ident: str) -> bool:
    return ident.startswith(_MINISTRY) and ident.endswith(_OF_INDIA)


def _official_of(sv: SentenceView, ev: Event) -> tuple[str, Argument] | None:
    """The Union ministry an official who is ``ev``'s source or its reporter is written as
    belonging to in the act's sentence ``sv`` ("गृह मंत्रालय की संयुक्त सचिव पुण्य सलिला श्रीवास्तव
    ने कहा कि …", NT-2020-APR-23.txt): the ministry right before a genitive and at most
    ``_TITLE`` words of title before the official's own mention; with the ministry's mention as
    an argument."""
    people = [a for a in ev.arguments if a.role in _SPOKEN and (a.entity_id or "").startswith(_PEOPLE)]
    starts = {a.start for a in people}
    at = next((k for k, t in enumerate(sv.tokens) if t.start in starts), None)
    if at is None:
        return None
    for u in sv.units:
        k = u.last + 1
        if k < at <= k + _TITLE + 1 and sv.texts[k] in _OF and len(named := unit_actors(u)) == 1:
            [ident] = named
            if _is_ministry(ident):
                words = " ".join(sv.texts[u.first : u.last + 1])
                first, last = sv.tokens[u.first], sv.tokens[u.last]
                return ident, Argument("source", words, first.start, last.end, ident)
    return None


def _one_ministry(ev: Event, sv: SentenceView | None) -> tuple[str, Argument] | None:
    """The one Union ministry that is ``ev``'s whole source, written as its agent or speaker
    (not itself inferred: "… देशव्यापी लॉकडाउन की घोषणा की गई । रेल और हवाई सेवाएं बंद कर दी
    गई", AU-2020-MAY-01.txt, a recap whose issuers the text does not say), or whose official is
    the source or reports the act (read in the act's sentence ``sv``), with the argument that
    names the ministry; else None."""
    if len(ev.source) != 1:
        return None
    [ident] = ev.source
    official = _official_of(sv, ev) if sv is not None else None
    if _is_ministry(ident):
        named = next((a for a in ev.arguments if a.role in _SPOKEN and a.entity_id == ident), None)
        if named is not None:
            return ident, named
        return official if official is not None and official[0] == ident else None
    return official if ident.startswith(_PEOPLE) else None


def ministry_goes_on(events: list[Event], views: list[SentenceView]) -> None:
    """Give each event whose one source is the Union government, inferred (a ``source_inferred``
    argument, as :func:`.agent_anaphora.prefer_named_ministry` asks), the Union ministry that is
    the one source of every sourced event of the last sentence before its own that has one, at
    most ``_REACH`` sentences back; the inferred argument then points at that act's mention of
    the ministry (its evidence). Changed in place."""
    pairs = list(events_in_sentences(events, views))
    views_at = {v.index: v for v in views}
    by_sentence = events_by_sentence(ev for ev, _ in pairs if ev.source)
    for ev, sv in pairs:
        if ev.source != [_UNION]:
            continue
        inferred = [a for a in ev.arguments if a.role == "source_inferred" and a.entity_id == _UNION]
        before = [i for i in by_sentence if sv.index - _REACH <= i < sv.index]
        if not inferred or not before:
            continue
        acts = by_sentence[max(before)]
        found = [_one_ministry(e, views_at.get(max(before))) for e in acts]
        read = [f for f in found if f is not None]
        if len(read) != len(acts) or len({ident for ident, _ in read}) != 1:
            continue  # another party acted there too
        if all(e.type not in _MEASURES for e in acts):
            continue  # a meeting the ministry held: its order is not what the next act tells
        ministry, named = read[0]
        ev.source = [ministry]
        for a in inferred:
            a.entity_id = ministry
            a.text, a.start, a.end = named.text, named.start, named.end
        ev.codes.pop(_UNION, None)

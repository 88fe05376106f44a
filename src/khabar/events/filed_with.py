"""Whom a plea filed with a court asks: the court (issue 13, round tg9).

Why a module of its own: Hindi news tells a plea and what it asks in one clause chained by a
conjunctive participle, the forum marked में before the filing ("… ने सुप्रीम कोर्ट में याचिका
दायर कर … तुरंत सुनवाई का निवेदन किया है", "दिल्ली पुलिस ने सत्र अदालत में अपील दाखिल कर आरोपी
की जमानत रद्द करने की मांग की"). The request after the participle writes no addressee of its own (the में-phrase is
no case the role reader takes for whom an act asks), and was left with no target though the
text says whom it asks: the forum the plea is filed with decides it. This pass, run on a
sentence's events once each has its roles (as :mod:`.met_and_ordered` is for a meeting's
orders), gives such a request the forum when a body the actor dictionary or the KB knows (an
ORGANIZATION mention: a court) stands marked में right before a filing noun,
its verb and the participle, and only the request's own content stands between the participle
and the request's trigger (no ने, no "कि", no sentence break). Counted on the 280 allowed corpus
day files at main 66315971 (docs/events-rounds.md, round tg9): two such requests filed with a
court, both with no target, both now the court; a third, filed with a police station, is left
(see :data:`_FILINGS`).
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import PARTICLES, SentenceView, is_break, unit_actors
from .sentence_events import events_in_sentences

# What is filed with a court: a petition, an appeal, an application, a suit. Not a complaint or a
# first report lodged with the police ("महिला थाने में … प्राथमिकी दर्ज कर न्याय की गुहार"): a
# bare station ("थाने") gets its place from the article, and the one read on the allowed files
# was another district's (Jehanabad for a Biharsharif report), so it is left.
_FILINGS = frozenset({"याचिका", "याचिकाएं", "अपील", "अर्जी", "आवेदन", "मुकदमा", "वाद"})
# The verbs of filing with a court ("दायर", "दाखिल", "पेश"; not the police's "दर्ज") with their
# causative light verbs, and the conjunctive participles that chain the plea to what it asks
# ("दायर कर", "दाखिल करा कर").
_FILE_VERBS = frozenset({"दायर", "दाखिल", "पेश"})
_LIGHT = frozenset({"करा", "कराई", "करवा"})
_PARTICIPLES = frozenset({"कर", "करके", "कराकर", "करवाकर"})
# Words in the request's content that start another clause or name another agent.
_OWN_CLAUSE = frozenset({"ने", "कि"})
_ASKING_MODES = frozenset({"request", "appeal"})


def filed_with(events: list[Event], views: list[SentenceView]) -> None:
    """Give each request with no target that follows a plea filed with a body in its own clause
    that body as its target (see the module docstring); events changed in place."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "REQUEST" or ev.mode not in _ASKING_MODES or ev.target or ev.negated:
            continue
        found = _forum(ev, sv)
        if found is not None:
            ev.arguments.append(found)
            ev.target = [found.entity_id or ""]


def _forum(ev: Event, sv: SentenceView) -> Argument | None:
    """The forum marked में before "<filing> <verb> कर" whose participle precedes ``ev``'s
    trigger with only the request's content between, or None."""
    toks = sv.tokens
    first = next((k for k, t in enumerate(toks) if t.start >= ev.trigger_start), None)
    if first is None:
        return None
    for p in range(first - 1, 1, -1):
        if toks[p].text in _OWN_CLAUSE or is_break(toks, p):
            return None
        if toks[p].text not in _PARTICIPLES:
            continue
        v = p - 1
        if toks[v].text in _LIGHT:
            v -= 1
        if v < 2 or toks[v].text not in _FILE_VERBS:
            continue
        n = v - 1
        while n > 0 and toks[n].text in PARTICLES:
            n -= 1
        if toks[n].text not in _FILINGS:
            continue
        m = n - 1
        while m > 0 and (m in sv.dated or toks[m].text in PARTICLES):
            m -= 1  # "… में सोमवार को याचिका दायर कर": the day of the filing
        if toks[m].text != "में":
            return None
        unit = next((u for u in sv.units if u.last == m - 1 and u.marker == "में"), None)
        if unit is None or unit.anaphor:
            return None
        actors = unit_actors(unit)
        if len(actors) != 1 or actors[0] in ev.source:
            return None
        if not any(mn.type == "ORGANIZATION" for mn in unit.mentions):
            return None
        start, end = toks[unit.first].start, toks[unit.last].end
        return Argument("target", sv.text_of(unit.first, unit.last), start, end, actors[0])
    return None

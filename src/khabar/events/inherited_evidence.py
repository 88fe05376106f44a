"""The evidence of an inherited party: where the article named it.

Why: every derived fact keeps its evidence (article id and character offsets into the text). An
act whose doer Hindi dropped ("मुख्यमंत्री ने … बैठक की । साथ ही लोगों से अपील की कि …",
:func:`khabar.events.subjects._dropped_subject`), an office holder's order told on, a speaker's
report carried on by "उन्होंने बताया कि …": the event takes its source from the sentences before,
and the passes that carry it on (``ctx.last_agents``) give it no argument of its own, so nothing
on the event said where its source was named. Round ev1 (issue 13) counted, on the 280 allowed
corpus day files at cf412f97, 1,042 sources and targets of 1,011 events (of 2,825) without an
argument with offsets: 886 are guessed authorities and publics (a district's administration, the
public of an appeal) with a zero-width ``*_inferred`` anchor and no mention at all, left as they
are; 156 have no argument at all, 34 of them subjects dropped after an agent or an office holder,
the rest speakers and agents carried on.

This pass, run last (the parties' final ids), gives each party with no argument at all the
mention that stands for it (its entity, metonym or coded actor; a government, its country or state
named as a ने-agent) as a ``source_inherited`` / ``target_inherited`` argument: for a source the
nearest before the trigger in its sentence, else in the ``_REACH`` sentences before; a target may
be named after its trigger in its own sentence. Nothing the event says changes (type, parties,
names, date, modality): only its arguments grow (147 on 142 events of the 280 files, all read
right; the dump identical). A party no mention in reach stands for keeps none (9 there), nor does
a guessed authority's zero-width anchor get one: no offsets are made up.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Argument, Event, Mention
from .actors import _kb
from .clause import SentenceView, actor_of

# The role of the argument a party inherited from an earlier mention gets: its own role so
# marked, as ``*_inferred`` marks a guessed party and ``target_antecedent`` a pronoun's referent.
INHERITED = {"source": "source_inherited", "target": "target_inherited"}

# How many sentences back an antecedent may stand. Tuned on the 280 allowed corpus day files:
# the parties carried on (dropped subjects, speakers told on by "उन्होंने", a meeting's chair)
# were named at most 9 sentences back; the one further one (16 back) was another mention of the
# party, the event's own taken from a country named in its sentence ("भारत ने …").
_REACH = 10


def _stands_for(m: Mention, ident: str, text: str) -> bool:
    """``m`` names the actor ``ident`` itself (``text``: unread, as :func:`_governed_agent`'s)."""
    return ident in (m.entity_id, m.metonym_for) or actor_of(m) == ident


# A country or state named as an agent stands for its government ("उत्तर कोरिया ने …", "राजस्थान
# और पंजाब ने …", "भारत ने …": the coded actor "Government of <its English name>"), not where
# it is named otherwise ("भारतीय नागरिकों", "चीन से वापस लाया गया"): tried only when no mention
# of the actor itself is in reach (the Government of Bihar's "सरकार ने", not "बिहार के स्कूलों").
_GOVERNMENT = "actor:Government of "
_GOVERNED = frozenset({"COUNTRY", "REGION"})
_AGENT_AFTER = re.compile(r"(?:\s*(?:,|और|व|तथा|एवं)\s+[^\s,।]+(?:\s[^\s,।]+)?)*\s*ने(?=\s|$)")


def _governed_agent(m: Mention, ident: str, text: str) -> bool:
    """``m`` is a country or state whose government is ``ident``, named as a ने-agent in ``text``."""
    eid = m.entity_id or ""
    if not ident.startswith(_GOVERNMENT) or m.type not in _GOVERNED or not eid.startswith("kb:"):
        return False
    entry = _kb().get(eid[3:])
    if entry is None or entry.name != ident[len(_GOVERNMENT) :]:
        return False
    return _AGENT_AFTER.match(text, m.end, min(len(text), m.end + 60)) is not None


def _mentions(views: list[SentenceView], mentions: list[Mention]) -> list[Mention]:
    """The article's mentions and its units' (the actor dictionary's coded ones are on the units
    only), each once, in text order (the longer first at one start)."""
    seen: dict[tuple[int, int, str | None, str | None, str], Mention] = {}
    found = list(mentions) + [m for sv in views for u in sv.units for m in u.mentions]
    for m in found:
        seen.setdefault((m.start, m.end, m.entity_id, m.metonym_for, actor_of(m)), m)
    return sorted(seen.values(), key=lambda m: (m.start, -(m.end - m.start), actor_of(m)))


def inherited_evidence(
    events: list[Event], views: list[SentenceView], mentions: list[Mention], text: str
) -> None:
    """Give each source or target with no argument of its own the mention that stands for it in
    the event's own sentence (the one nearest the trigger), else the nearest one before it within
    ``_REACH`` sentences, as a ``*_inherited`` argument (in place)."""
    bare = [
        (ev, role, ident)
        for ev in events
        for role in ("source", "target")
        for ident in dict.fromkeys(getattr(ev, role))
        if not any(a.entity_id == ident for a in ev.arguments)
    ]
    if not bare:
        return  # (most events name their parties: the mentions are not gathered)
    known = [m for m in _mentions(views, mentions) if m.end > m.start]
    starts = [sv.start for sv in views]
    for ev, role, ident in bare:
        at = bisect_right(starts, ev.trigger_start) - 1  # the event's sentence
        if at < 0:
            continue
        own = views[at]
        first = views[max(0, at - _REACH)].start
        # a source stands before its act: the nearest mention before the trigger, in the
        # sentence or within reach; a target may follow it in its own sentence ("आदेश दिए हैं कि …
        # दोषी लोगों के खिलाफ कार्रवाई की जाएगी"), not a source ("इनका आरोप है कि 8 स्वास्थ्य
        # कर्मियों को …": whose allegation is told in the sentence before)
        end = own.end if role == "target" else ev.trigger_start
        mine = [m for m in known if own.start <= m.start and m.end <= end]
        before = [m for m in known if first <= m.start and m.end <= own.start]
        found = None
        for test in (_stands_for, _governed_agent):
            found = min(
                (m for m in mine if test(m, ident, text)),
                key=lambda m: (abs(m.start - ev.trigger_start), m.start),
                default=None,
            )
            found = found or next((m for m in reversed(before) if test(m, ident, text)), None)
            if found is not None:
                break
        if found is not None:
            ev.arguments.append(
                Argument(
                    INHERITED[role], text[found.start : found.end], found.start, found.end, ident
                )
            )

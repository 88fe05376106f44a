"""A reported clause's own country subject as its act's source, rather than the speaker's.

Why: "स्वास्थ्य मंत्रालय ने बुधवार को कहा कि भारत गुरुवार को डॉक्टरों की एक टीम को इटली भेजेगा"
gave the team to the ministry that reports it (round sa1's source audit, #110): the reported
clause names who acts, a country written bare as the subject of an active verb, with no ने (a
future or progressive verb takes none). :func:`.agent_anaphora.prefer_embedded_agents` reads the
ने-agent of such a clause; this module reads the subject a verb without ने agrees with, and only
a country (a government or a person after "कि" may be the speaker himself, or the verb's object
fronted; a country acting is the clause's subject).

Round sa4 (issue 13), counted on the 280 allowed corpus/hindi-covid-2020 day files (main
acbfe46f): every event whose sources were a कि-clause's speakers and whose reported clause opens
with a bare country before an active act was read; see :func:`prefer_reported_subjects` for the
figures kept in docs/events-rounds.md.
"""

from __future__ import annotations

from ..model import Argument, Event
from .agent_anaphora import take_reported_source
from .clause import PARTICLES, SentenceView, unit_actors
from .sentence_events import events_in_sentences

# Between "कि" and the act: another clause's turn (its own subject) or a ने (the embedded agent's
# rule reads it); a passive auxiliary right after the act says the act has no subject agent.
_TURNS = frozenset({",", "।", "ने", "जो", "जिसे", "जिन्हें", "जिसमें", "जिनमें", "कि", "लेकिन"})
_PASSIVE_AUX = frozenset(
    {"गया", "गई", "गए", "गयी", "गये", "जाएगा", "जाएगी", "जाएंगे", "जायेगा", "जायेगी", "जाता", "जाती"}
)
_PASSIVE_REACH = 5
# a word after the country that makes it an owner or a qualifier, not the subject: "भारत सरकार",
# "भारत सहित"
_NOT_ALONE = frozenset({"सरकार", "सहित", "समेत", "जैसे", "सरकारों"})


def prefer_reported_subjects(events: list[Event], views: list[SentenceView]) -> None:
    """Give an event whose sources are all the ने-agents before a "कि" (the speaker) the country
    that opens the reported clause bare ("कि भारत … भेजेगा": no postposition after it) when the
    act stands in that clause with no ने, no other clause's turn between and no passive
    auxiliary after it. Events are changed in place."""
    for ev, sv in events_in_sentences(events, views):
        if not ev.source or "कि" not in sv.words:
            continue
        toks = sv.tokens
        trig = next((k for k, t in enumerate(toks) if t.start >= ev.trigger_start), len(toks))
        ki = [k for k in range(trig) if toks[k].text == "कि"]
        if not ki or any(toks[k].text in _TURNS for k in range(ki[-1] + 1, trig)):
            continue
        if any(t.text in _PASSIVE_AUX for t in toks[trig : trig + _PASSIVE_REACH]):
            continue  # "कि … यात्रियों को … अलग-थलग रखा जाएगा": no subject acts
        speakers = {
            a for u in sv.units if u.marker == "ने" and u.last < ki[-1] for a in unit_actors(u)
        }
        if not set(ev.source) <= speakers:
            continue
        subject = _country_subject(sv, ki[-1], trig)
        if subject is None:
            continue
        take_reported_source(ev, subject)


def _country_subject(sv: SentenceView, ki: int, trig: int) -> Argument | None:
    """The unit right after the "कि" at ``ki`` when it names countries only, carries no
    postposition (a particle may follow: "भारत भी") and ends before the act at ``trig``."""
    toks = sv.tokens
    for u in sv.units:
        if u.first != ki + 1 or u.anaphor or u.last >= trig - 1 or not u.mentions:
            continue
        if u.marker is not None and u.marker not in PARTICLES:
            return None
        if any(m.type != "COUNTRY" or m.reading != "literal" for m in u.mentions):
            return None
        after = u.marker_end if u.marker_end > u.last else u.last + 1
        if after < len(toks) and toks[after].text in _NOT_ALONE:
            return None
        ids = unit_actors(u)
        if len(ids) != 1:
            return None
        text = sv.text_of(u.first, u.last)
        return Argument("source", text, toks[u.first].start, toks[u.last].end, ids[0])
    return None

"""Whom a meeting was held with, when its partner ("X के साथ", "X संग") came out as a second
source (issue 13, round tg8).

Why a module of its own: a meeting's partner marked by "के साथ" or "संग" is kept apart from the
one who held it only where an ergative agent holds it
(:func:`khabar.events.parties.marked_partners`); with a nominative subject the two were left to
the joint reading, both sources, and the meeting had no target: "… सचिव पवन कुमार अग्रवाल के
साथ … शीर्ष कंपनियां एक दौर की बैठक कर चुकी हैं", "गांधी … राजन के साथ बातचीत करेंगे", "मुख्य
सचिव के साथ … हाई पावर कमेटी की बैठक भी होगी". The annotation rules code "Y के साथ … X" as
source X, target Y (the dev gold's tune half: "गृह विभाग और पुलिस के आला अधिकारियों के साथ
वीडियो कॉन्फ्रेंस में गहलोत ने कहा": target the officials). :func:`with_parties` reads, once an
article's events are built, the party marked by "के साथ"/"संग" nearest before the meeting's
trigger in its clause and, where a source (or joint partner) argument ends right there and
another source is left to hold the meeting, makes that party the target. "X और Y के बीच बैठक"
stays joint. Counted on the 280 allowed corpus day files (docs/events-rounds.md, round tg8): of
the 54 CONSULT events with no target at main, 6 have a "के साथ"/"संग" partner before a meeting
trigger, 3 of them as a second source (all three changed, right); the other 3 partners are no
entity ("डीआरएम", "टीम 11", "जिला मैजिस्ट्रेट्स संग" misread as one organisation) and are left.
"""

from __future__ import annotations

from ..model import Event
from .clause import PARTICLES, SentenceView, is_break
from .sentence_events import events_in_sentences

# The modes of a consultation that have a partner across the table: meetings, talks and video
# calls (a visit's "पुलिस के साथ … पहुंची" is company, not the one visited)
_MODES = frozenset({"meeting", "discuss", "video_call"})
# The roles a partner stood in among the sources: a co-source, or a partner the joint reading
# merged with the subject (:func:`khabar.events.parties.marked_partners` left it there)
_PARTY_ROLES = frozenset({"source", "partner"})
# The markers of a partner, read backwards from the trigger: "के साथ" and "संग"
_WITH = "साथ"
_WITH_GENITIVE = "के"
_SANG = "संग"
# A "के साथ" that is a conjunction ("जानकारी देने के साथ ही"), not a partner: the word before
# "के" is a verb's oblique infinitive
_INFINITIVE_END = "ने"
# "X और Y के बीच बैठक": the parties meet jointly, both sources (left to the roles)
_BETWEEN = "बीच"


def with_parties(events: list[Event], views: list[SentenceView]) -> None:
    """Make the "के साथ"/"संग" partner of each meeting with no target its target where it stood
    among the sources beside another party; events are changed in place, the partner's own
    argument (its words and offsets) kept as the target's evidence."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "CONSULT" or ev.target or ev.negated or ev.mode not in _MODES:
            continue
        at = _partner_end(sv, ev.trigger_start)
        if at is None:
            continue
        end = sv.tokens[at].end
        moved = [a for a in ev.arguments if a.role in _PARTY_ROLES and a.end == end]
        ids = [a.entity_id for a in moved if a.entity_id]
        if not ids or all(s in ids for s in ev.source):
            continue  # no party there, or the partner alone: no other party held the meeting
        for a in moved:
            a.role = "target"
        ev.source = [s for s in ev.source if s not in ids]
        ev.target = list(dict.fromkeys(ids))


def _partner_end(sv: SentenceView, trigger_start: int) -> int | None:
    """The index of the last token of the partner marked by "के साथ" or "संग" nearest before
    the trigger in its clause, else None (also where the marker is a conjunction: "के साथ ही",
    "देने के साथ")."""
    trig = sv.token_starting(trigger_start)
    if trig is None:
        return None
    toks, texts = sv.tokens, sv.texts
    for k in range(trig - 1, 0, -1):
        if is_break(toks, k) or texts[k] == _BETWEEN:
            return None
        if texts[k] == _SANG:
            at = k - 1
        elif texts[k] == _WITH and texts[k - 1] == _WITH_GENITIVE and k >= 2:
            at = k - 2
        else:
            continue
        if texts[k + 1 : k + 2] and texts[k + 1] in PARTICLES:
            return None  # "… के साथ ही": "and also", no partner
        if texts[at].endswith(_INFINITIVE_END) and not any(
            u.first <= at <= u.last for u in sv.units
        ):
            return None  # "देने के साथ": a clause, no partner
        return at
    return None

"""Whom a meeting was held with, when its partner ("X के साथ", "X संग", "X से") came out as a
second source (issue 13, round tg8).

Why a module of its own: a meeting's marked partner is kept apart from the one who held it
only where an ergative agent holds it (:func:`khabar.events.parties.marked_partners`); with a
nominative subject the two were left to the joint reading, both sources, and the meeting had no
target: "… सचिव पवन कुमार अग्रवाल के साथ … शीर्ष कंपनियां एक दौर की बैठक कर चुकी हैं", "गांधी …
राजन के साथ बातचीत करेंगे", "मुख्य सचिव के साथ … हाई पावर कमेटी की बैठक भी होगी", "केजरीवाल …
हर्षवर्धन से राजभवन में मुलाकात करेंगे". The annotation rules code "Y के साथ … X" as source X,
target Y (the dev gold's tune half: "गृह विभाग और पुलिस के आला अधिकारियों के साथ वीडियो
कॉन्फ्रेंस में गहलोत ने कहा": target the officials). :func:`with_parties` reads, once an
article's events are built, the phrases marked by "के साथ"/"संग"/"से" before the meeting's
trigger in its clause, nearest first, and where a source (or joint partner) argument ends right
before one and another source is left to hold the meeting, makes that party the target. "X और
Y के बीच बैठक" stays joint. Counted on the 280 allowed corpus day files (docs/events-rounds.md,
round tg8): of the 54 CONSULT events with no target at main, 10 have such a partner before a
meeting trigger, 5 of them as a second source (all five changed, right); the other partners
are no argument ("डीआरएम", "टीम 11", "जिला मैजिस्ट्रेट्स संग" misread as one organisation, "… के
असिस्टेंट डिवीजनल मेडिकल आफिसर से") and are left.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Event
from .clause import PARTICLES, SentenceView, is_break
from .sentence_events import events_in_sentences

# The modes of a consultation that have a partner across the table: meetings, talks and video
# calls (a visit's "पुलिस के साथ … पहुंची" is company, not the one visited)
_MODES = frozenset({"meeting", "discuss", "video_call"})
# The roles a partner stood in among the sources: a co-source, or a partner the joint reading
# merged with the subject (:func:`khabar.events.parties.marked_partners` left it there)
_PARTY_ROLES = frozenset({"source", "partner"})
# The markers of a partner, read backwards from the trigger: "के साथ", and "संग" or "से" alone
# ("… राष्ट्रपति राम नाथ कोविंद से भेंट करेंगे": a "से" that is no partner, of a time or a place,
# ends no party's argument and is passed)
_WITH = "साथ"
_WITH_GENITIVE = "के"
_SINGLE_MARKS = frozenset({"संग", "से"})
_SANG = frozenset({"संग"})
# "से" marks a partner only with a meeting's own nouns (मुलाकात, भेंट, बैठक: mode meeting): a
# talk "… पुतिन से बात करने के कुछ घंटों बाद" is left as the roles read it (the "से" reading of
# talks changed no event of the allowed files, so it is not proven there)
_MEETING = "meeting"
# A "के साथ" that is a conjunction ("जानकारी देने के साथ ही"), not a partner: the word before
# "के" is a verb's oblique infinitive
_INFINITIVE_END = "ने"
# "X और Y के बीच बैठक": the parties meet jointly, both sources (left to the roles)
_BETWEEN = "बीच"


def with_parties(events: list[Event], views: list[SentenceView]) -> None:
    """Make the partner of each meeting with no target ("X के साथ", "X संग", "X से") its target
    where it stood among the sources beside another party; events are changed in place, the
    partner's own argument (its words and offsets) kept as the target's evidence."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "CONSULT" or ev.target or ev.negated or ev.mode not in _MODES:
            continue
        marks = _SINGLE_MARKS if ev.mode == _MEETING else _SANG
        for at in _partner_ends(sv, ev.trigger_start, marks):
            end = sv.tokens[at].end
            moved = [a for a in ev.arguments if a.role in _PARTY_ROLES and a.end == end]
            ids = [a.entity_id for a in moved if a.entity_id]
            if not ids:
                continue  # no party before this marker ("सोमवार से"): a marker further back
            if all(s in ids for s in ev.source):
                break  # the partner alone: no other party held the meeting
            for a in moved:
                a.role = "target"
            ev.source = [s for s in ev.source if s not in ids]
            ev.target = list(dict.fromkeys(ids))
            break


def _partner_ends(sv: SentenceView, trigger_start: int, marks: frozenset[str]) -> Iterator[int]:
    """The indices of the last tokens of the phrases marked by "के साथ" or one word of ``marks``
    before the trigger in its clause, nearest first; none past "के बीच" (a joint meeting), a marker
    that is a conjunction ("के साथ ही", "देने के साथ") or a clause break."""
    trig = sv.token_starting(trigger_start)
    if trig is None:
        return
    toks, texts = sv.tokens, sv.texts
    for k in range(trig - 1, 0, -1):
        if is_break(toks, k) or texts[k] == _BETWEEN:
            return
        if texts[k] in marks:
            at = k - 1
        elif texts[k] == _WITH and texts[k - 1] == _WITH_GENITIVE and k >= 2:
            at = k - 2
        else:
            continue
        if texts[k + 1 : k + 2] and texts[k + 1] in PARTICLES:
            return  # "… के साथ ही": "and also", no partner
        if texts[at].endswith(_INFINITIVE_END) and not any(
            u.first <= at <= u.last for u in sv.units
        ):
            return  # "देने के साथ": a clause, no partner
        yield at

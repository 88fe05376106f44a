"""Whom an all-party meeting brought together: the political parties its adjective names
(issue 13, round tg8).

Why a module of its own: "सर्वदलीय बैठक" (an all-party meeting) names its participants by the
adjective alone: "ममता बनर्जी ने … 23 मार्च को एक सर्वदलीय बैठक बुलाई है", "खट्टर ने … एक
सर्वदलीय बैठक की अध्यक्षता की", "प्रधानमंत्री नरेंद्र मोदी ने … सर्वदलीय बैठक की". No case marker
names a partner, so the roles kept the one who convened, chaired or held it, and no target,
while the annotation rules code a meeting's participants as its target (a chief minister's
review meeting: the officials met). :func:`all_party_meetings` reads, once an article's events
are built, a meeting noun right after "सर्वदलीय" held by one named party, and gives it the
political parties as a ``text:`` target whose words are the adjective (the glossary names
them, in the source's jurisdiction as any glossed target). Only where the meeting is the act
itself ("बैठक बुलाई/की/की अध्यक्षता की"): an agent who spoke in it ("सर्वदलीय बैठक में बोले") may
be one of the parties. Counted on the 280 allowed corpus day files (docs/events-rounds.md,
round tg8): 8 mentions of "सर्वदलीय बैठक" in 3 reports; 3 CONSULT events held one by a chief
minister or the Prime Minister, all with no target at main.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView
from .sentence_events import events_in_sentences

# The adjective of a meeting of all parties, right before the meeting noun (the only spelling
# on the allowed corpus day files)
_ALL_PARTY = frozenset({"सर्वदलीय"})
# The meeting nouns such a meeting is written with
_MEETINGS = frozenset({"बैठक", "मीटिंग"})
# After the meeting noun: the meeting is only where the agent spoke or what came after ("बैठक
# में बोले", "बैठक के बाद कहा"), not the act that convened the parties
_SETTING = frozenset({"में", "के", "से"})


def all_party_meetings(events: list[Event], views: list[SentenceView]) -> None:
    """Give each all-party meeting held by one party and no target the political parties as its
    target (the adjective's words and offsets its evidence); events are changed in place."""
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "CONSULT" or ev.target or ev.negated or len(ev.source) != 1:
            continue
        k = sv.token_starting(ev.trigger_start)
        if k is None or k < 1 or sv.texts[k] not in _MEETINGS or sv.texts[k - 1] not in _ALL_PARTY:
            continue
        if sv.texts[k + 1 : k + 2] and sv.texts[k + 1] in _SETTING:
            continue
        adj = sv.tokens[k - 1]
        ident = f"text:{adj.text}"
        ev.arguments.append(Argument("target", adj.text, adj.start, adj.end, ident))
        ev.target = [ident]

"""The officials met are the ones ordered: "X ने Y के साथ बैठक कर … का आदेश दिया" (issue 13, round ta3).

Why a module of its own: Hindi news tells a review meeting and the orders given at it in one
clause chained by a conjunctive participle ("ओमप्रकाश सोनी … ने स्वास्थ्य विभाग के अधिकारियों के
साथ बैठक कर … जागरूकता फैलाने का आदेश दिया", round ta1's target audit, #14). The meeting takes
its के साथ-phrase for its partner; the order after the participle writes no addressee of its own
and was left with no target, though it is given to those met: the chair orders the officials he
reviews with. This pass, run on a sentence's events once each has its roles (as
:func:`khabar.events.chained_objects.chained_objects` is), gives such an order the meeting's
partner, when the same agent holds both, only the participle and the order's own content stand
between the triggers (no को, से or ने phrase, no "कि", no sentence break), and the order has no
target. Counted on the allowed corpus day files (docs/events-rounds.md, round ta3).
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Event

# Conjunctive participles after a meeting noun ("बैठक कर", "बैठक करके").
_PARTICIPLES = frozenset({"कर", "करके"})
# Words that give the order a party of its own or start another clause.
_OWN_PARTY = frozenset({"को", "से", "ने", "कि", "।", "|", "और", "तथा", "लेकिन"})
_ORDERS = frozenset({("COERCE", "order"), ("REQUEST", "tell_to"), ("REQUEST", "advise")})
_PARTNER_ROLES = frozenset({"target", "partner"})


def _met_then_ordered(meeting: Event, order: Event, text: str) -> bool:
    """Whether ``order`` is told right after ``meeting``'s conjunctive participle, with only
    its own content between (see the module docstring)."""
    if meeting.trigger_end > order.trigger_start:
        return False
    words = text[meeting.trigger_end : order.trigger_start].split()
    return bool(words) and words[0] in _PARTICIPLES and not any(w in _OWN_PARTY for w in words[1:])


def met_and_ordered(events: list[Event], text: str) -> None:
    """Give each order with no target the partner of the meeting whose participle precedes it
    in the same sentence, held by the same agent. ``events`` in trigger order, changed in place."""
    for k, order in enumerate(events):
        if (order.type, order.mode) not in _ORDERS or order.target or order.negated:
            continue
        meeting = next(
            (
                e
                for e in reversed(events[:k])
                if e.sentence == order.sentence and e.trigger_end <= order.trigger_start
            ),
            None,
        )
        if meeting is None or meeting.mode != "meeting" or not meeting.target:
            continue
        if set(meeting.source) != set(order.source) or not _met_then_ordered(meeting, order, text):
            continue
        partners = [a for a in meeting.arguments if a.role in _PARTNER_ROLES and a.entity_id in meeting.target]
        if not partners:
            continue
        order.target = list(meeting.target)
        order.arguments.extend(replace(a, role="target") for a in partners)

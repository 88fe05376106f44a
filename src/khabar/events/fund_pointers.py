"""Which fund money is given into when the text points at it: "इसमें", "इस फंड में" (issue 13,
round tg12).

Why: a donation into a fund has the fund for its target (round ev177's `target_guards._fund`:
"पीएम-केयर्स फंड में 150 करोड़ रुपये देगी"), and the gold codes it so ("… पीएम- केयर्स फंड में 21
लाख रुपये का सहयोग देगा": PM-CARES Fund). When the report has named the fund and goes on with a
pointer, the argument rules keep the pointer ("इस फंड": "the fund") or nothing ("इसमें" is no
noun phrase), and the recipient is lost: "भारतीय क्रिकेट कंट्रोल बोर्ड (बीसीसीआई) ने पीएम-केयर्स
फंड में 51 करोड़ रुपये देने का फैसला किया है । प्रधानमंत्री नरेंद्र मोदी ने शनिवार को इस कोष का
गठन किया है । लोग बड़े पैमाने पर इसमें अपना योगदान दे रहे हैं ।"; "… हम 'ड्राइव द ड्राइवर' फंड
शुरू कर रहे हैं । मैं … इस फंड में 20 करोड़ रुपये दे रहा हूं ।". The fund is the nearest one
named in the sentence before the pointer or in the two sentences before (a pointer met on the way
back, "इस कोष", is the same fund and is passed), named as an earlier act's target names it (its
actor and English); a fund no act named is left alone (the quoted "'ड्राइव द ड्राइवर' फंड" has
no English the loan-word reader can give, so "इस फंड" stays "the fund"). Only for an aid act
whose trigger follows the pointer in its clause and that has no other target.

Counts and checks on the allowed files: docs/events-rounds.md, round tg12.
"""

from __future__ import annotations

from ..model import Argument, Event
from .clause import SentenceView
from .sentence_events import events_in_sentences
from .target_guards import _FUND_HEADS

# "इसमें" ("into it") and the pointing words of "इस फंड में".
_INTO_IT = frozenset({"इसमें", "उसमें"})
_POINTING = frozenset({"इस", "उस", "इसी", "उसी"})
# What ends the trigger's clause (the pointer must stand in it, before the trigger).
_CLAUSE_ENDS = frozenset({"।", "॥", "?", "!", ",", ";", ":", "कि", "|"})
# Sentences before the pointer's own that may name the fund (the lead names it, the next
# sentence or two go on with "इस कोष"/"इसमें"): read on the allowed files, round tg12.
_BACK = 2


def fund_pointers(events: list[Event], views: list[SentenceView]) -> None:
    """Give each aid act given "इसमें"/"इस फंड में" the fund named before (see the module
    docstring); events change in place."""
    by_index = {sv.index: sv for sv in views}
    for ev, sv in events_in_sentences(events, views):
        if ev.type != "AID":
            continue
        at = sv.token_starting(ev.trigger_start)
        if at is None:
            continue
        pointer = _pointer(sv, at)
        if pointer is None:
            continue
        first, last = pointer
        written = [a for a in ev.arguments if a.role == "target"]
        p_start, p_end = sv.tokens[first].start, sv.tokens[last].end
        if any(not (p_start <= a.start and a.end <= p_end) for a in written):
            continue  # a target other than the pointer itself
        said = {a.entity_id for a in ev.arguments if a in written or a.role == "target_inferred"}
        if any(t not in said for t in ev.target):
            continue  # a target read some other way
        fund = _fund_before(sv, first, events, by_index)
        if fund is None:
            continue
        text, start, end, ident, en = fund
        # the pointer's own id and a public inferred for want of a written target give way
        ev.arguments[:] = [a for a in ev.arguments if a.role != "target_inferred"]
        ev.target = [t for t in ev.target if t not in said]
        if not written:
            ev.arguments.append(
                Argument("target", sv.text_of(first, last), p_start, p_end, ident, en)
            )
        for a in written:
            a.entity_id, a.en = ident, en
        ev.arguments.append(Argument("target_antecedent", text, start, end, ident, en))
        ev.target.append(ident)


def _pointer(sv: SentenceView, at: int) -> tuple[int, int] | None:
    """The first and last token of "इसमें" or "इस फंड/कोष में" before the trigger in its clause."""
    texts = sv.texts
    k = at - 1
    while k >= 0 and texts[k] not in _CLAUSE_ENDS:
        if texts[k] in _INTO_IT:
            return k, k
        if texts[k] == "में" and k >= 2 and texts[k - 1] in _FUND_HEADS and texts[k - 2] in _POINTING:
            return k - 2, k - 1
        k -= 1
    return None


def _fund_before(
    sv: SentenceView,
    before: int,
    events: list[Event],
    by_index: dict[int, SentenceView],
) -> tuple[str, int, int, str, str | None] | None:
    """The fund named nearest before token ``before`` of ``sv`` or in the ``_BACK`` sentences
    before: its text, offsets, actor id and English; None when none is named there, or the
    nearest fund word is one the rule cannot name."""
    views = [sv] + [
        by_index[i] for i in range(sv.index - 1, sv.index - 1 - _BACK, -1) if i in by_index
    ]
    for view in views:
        end = before if view is sv else len(view.texts)
        for h in range(end - 1, -1, -1):
            if view.texts[h] not in _FUND_HEADS:
                continue
            if h > 0 and view.texts[h - 1] in _POINTING:
                continue  # "इस कोष": the same fund, named further back
            return _named(view, h, events)
    return None


def _named(
    sv: SentenceView, h: int, events: list[Event]
) -> tuple[str, int, int, str, str | None] | None:
    """The fund whose word is token ``h`` as an earlier act's target names it (a target
    argument ending in that word), else None: a fund no act named has no English to give it
    ("'ड्राइव द ड्राइवर' फंड शुरू कर रहे हैं": the loan-word reader says none for a quoted name)."""
    head = sv.tokens[h]
    for ev in events:
        for a in ev.arguments:
            if a.role == "target" and a.entity_id and a.start < head.start and a.end == head.end:
                return a.text, a.start, a.end, a.entity_id, a.en
    return None

"""An accepted invitation to visit, made a planned visit by the invitee.

Why a module of its own: :mod:`khabar.events.hindi` reached the 900-line limit (review rv22,
issue 13, moved this rule here unchanged). "X ने Y को <place> आने का निमंत्रण दिया … Y ने
स्वीकार किया" is, beside the invitation and the acceptance, a visit Y plans: PLOVER codes a
future visit as AGREE. :func:`khabar.events.hindi.extract_sentence` adds these events after the
sentence's own.
"""
from __future__ import annotations

from ..model import Article, Event
from .candidates import Candidate
from .clause import SentenceView, is_place, place_of
from .ids import event_id
from .timexowner import _clause_start, _time_args


def accepted_visits(
    article: Article,
    sv: SentenceView,
    cands: list[Candidate],
    made: list[tuple[Event, int]],
    dates: dict[int, tuple[str, str, int]],
) -> list[Event]:
    """ "X ने Y को <place> आने का निमंत्रण दिया … Y ने स्वीकार किया": an accepted invitation to
    visit is a planned visit by the invitee, to the place and at the date inside the invitation
    (PLOVER codes a future visit as AGREE)."""
    accepted = {a for e, _ in made if e.mode == "accept" for a in e.source}
    out: list[Event] = []
    for inv, ci in made:
        if inv.mode != "invite" or not inv.target or not set(inv.target) <= accepted:
            continue
        start = _clause_start(sv, cands[ci].first)
        visits = [
            k for k, c in enumerate(cands[:ci]) if c.trig.mode == "visit" and c.first >= start
        ]
        if not visits:
            continue
        vi = visits[-1]
        visit = cands[vi]
        places = [u for u in sv.units if is_place(u) and 0 <= visit.first - u.marker_end <= 1]
        first, last = sv.tokens[visit.first], sv.tokens[visit.last]
        owned = dates.get(vi)
        place_ids = [place_of(m) for u in places for m in u.mentions]
        out.append(
            Event(
                type="AGREE",
                mode="visit",
                trigger=article.text[first.start : last.end],
                trigger_start=first.start,
                trigger_end=last.end,
                evidence_start=sv.start,
                evidence_end=sv.end,
                source=list(inv.target),
                target=place_ids,
                date=owned[0] if owned else None,
                date_basis=f"sentence: {owned[1]}" if owned else None,
                location=place_ids,
                modality="planned",
                arguments=_time_args(owned),
                sentence=sv.index,
                confidence=round(min(inv.confidence, 0.8), 2),
                id=event_id(article.id, first.start),
            )
        )
    return out

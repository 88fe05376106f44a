"""A drop sub-case that dropped more true events than false ones on the tuning sets (round ev116).

`tools/drop_yield.py` measured each drop rule against the gold. Relaxed in its general form: a sum
of money paid in the passive with nobody named who pays is a transfer of the place's government,
inferred (AID, was dropped for want of an agent). The sentences are written for these tests in the
style of the news.
"""

from __future__ import annotations

from hindi_events import article_events, target_names
from khabar.events.names import english_names


def _events(text: str, type_: str) -> list[tuple[list[str], list[str], str]]:
    art, evs = article_events(text)
    out = []
    for ev in evs:
        if ev.type == type_:
            en = english_names(art, ev)
            out.append(([en.get(s, s) for s in ev.source], target_names(art, ev), ev.modality))
    return out


def test_a_sum_paid_in_the_passive_is_the_governments_aid() -> None:
    [(source, target, modality)] = _events(
        "लखनऊ में हर गरीब परिवार को 1,000 रुपये की राशि दी जाएगी।", "AID"
    )
    assert source == ["Lucknow district administration"] and modality == "planned"
    [(source, _, modality)] = _events(
        "बिहार में करीब 20 लाख मजदूरों के खाते में 500 करोड़ रुपये ट्रांसफर किए गए हैं।", "AID"
    )
    assert source == ["Government of Bihar"] and modality == "happened"


def test_aid_with_no_sum_or_not_given_stays_out() -> None:
    for text in (
        "लखनऊ में गरीब परिवारों को मदद दी जाएगी।",  # no sum: whose aid is a guess
        "लखनऊ में गरीब परिवारों को 1,000 रुपये की मदद नहीं दी गई है।",  # negated
        "लखनऊ में जिन परिवारों को 1,000 रुपये दिए गए थे, उनकी सूची बनी।",  # a relative, a story
    ):
        assert _events(text, "AID") == [], text

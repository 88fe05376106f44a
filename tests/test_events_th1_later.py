"""Round th1 (issue 13): a closure told as staying ("बंद रहेगी") whose clause sets it for a day
after the publication date is planned, not in force; one from today or until a day stays."""

from __future__ import annotations

from hindi_events import before_events
from khabar.events.later_closures import later_closures
from khabar.model import Event


def _closure(text: str, dct: str, modality: str = "ongoing") -> str:
    """The modality later_closures leaves on the closure "बंद" of ``text``, read as inherited
    (``modality``) the way the extractor reads it where it guesses the issuer."""
    art = before_events(text, dct)
    start = text.index("बंद")
    ev = Event(
        type="COERCE",
        mode="close",
        trigger="बंद",
        trigger_start=start,
        trigger_end=start + len("बंद"),
        evidence_start=0,
        evidence_end=len(text),
        modality=modality,
    )
    later_closures([ev], art)
    return ev.modality


# DJ-2020-MAR-21.txt (allowed): "जनता कर्फ्यू के कारण 22 मार्च को दिल्‍ली, बेंगलुरु और जयपुर में
# मेट्रो बंद रहेगी ।", published on 21 March
_METRO = "जनता कर्फ्यू के कारण 22 मार्च को दिल्ली, बेंगलुरु और जयपुर में मेट्रो बंद रहेगी ।"


def test_closure_set_for_the_next_day_is_planned() -> None:
    assert _closure(_METRO, "2020-03-21") == "planned"


def test_closure_from_tomorrow_is_planned() -> None:
    assert _closure("कल से शहर के सभी बाजार बंद रहेंगे ।", "2020-03-21") == "planned"


def test_closure_set_for_today_stays_ongoing() -> None:
    assert _closure(_METRO, "2020-03-22") == "ongoing"
    assert _closure("आज से शहर के सभी बाजार बंद रहेंगे ।", "2020-03-21") == "ongoing"


def test_closure_until_a_day_stays() -> None:
    assert _closure("31 मार्च तक शहर के सभी बाजार बंद रहेंगे ।", "2020-03-21") == "ongoing"


def test_closure_said_happened_stays() -> None:
    assert _closure(_METRO, "2020-03-21", modality="happened") == "happened"


def test_closure_done_on_a_later_day_is_no_stay() -> None:
    assert _closure("22 मार्च को शहर के सभी बाजार बंद किए गए ।", "2020-03-21") == "ongoing"

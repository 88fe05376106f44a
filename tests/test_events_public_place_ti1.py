"""Whose public an appeal or a measure of an office said without its place binds (round ti1,
issue 13): an office or body that belongs to a place, written bare ("प्रशासन", "पुलिस",
"अधिकारियों", "डॉक्टरों"), gives no place to the public it addresses; its code holds the home
country only by default, so the public is placed by the event's own location, else an appeal's is
the bare "public" and a measure's is left out, never "public of India". A placed source still
places its public.

The sentences are from the allowed corpus day files (AU-2020-MAR-24, PK-2020-MAR-09,
NT-2020-MAR-06, AU-2020-MAR-03, AU-2020-MAR-12), quoted short."""

from __future__ import annotations

from hindi_events import article_events, target_names
from khabar.events.public_place import bare_office


def _targets(text: str, mode: str) -> list[list[str]]:
    art, evs = article_events(text, "2020-03-09")
    return [target_names(art, e) for e in evs if e.mode == mode]


def test_an_appeal_of_a_bare_administration_binds_the_unplaced_public() -> None:
    # an appeal is still the public's (round 28), only its place is unknown
    assert _targets("प्रशासन ने भी इनसे बचने की अपील की है.", "appeal") == [["public"]]


def test_a_warning_of_bare_officials_binds_no_public_of_india() -> None:
    got = _targets(
        "अधिकारियों ने चेतावनी दी है कि वे शहरों के बीच लोगों की आवाजाही को सीमित करने के लिये"
        " बल का इस्तेमाल कर सकते हैं ।",
        "threaten",
    )
    assert got and all("public of India" not in names for names in got)


def test_a_tightening_of_the_bare_police_binds_no_public_of_india() -> None:
    got = _targets("छूट की अवधि पूरी होते ही पुलिस ने सख्ती शुरू कर दी ।", "enforce")
    assert got and all("public of India" not in names for names in got)


def test_a_placed_source_still_places_its_public() -> None:
    # negatives: the country's ministry and a state's government keep their publics
    assert _targets(
        "स्वास्थ्य मंत्रालय ने लोगों से चीन, ईरान, कोरिया, सिंगापुर और इटली की गैरजरूरी यात्रा न"
        " करने को कहा है ।",
        "tell_to",
    ) == [["public of India"]]
    assert _targets("हरियाणा सरकार ने कोरोना को महामारी घोषित कर दिया है ।", "emergency") == [
        ["public of Haryana"]
    ]


def test_a_bare_office_is_told_from_a_placed_one() -> None:
    assert bare_office("actor:district administration")
    assert bare_office("actor:police")
    assert not bare_office("actor:Government of Haryana")
    assert not bare_office("kb:person/narendra-modi")


def test_the_home_countrys_own_bodies_address_its_public() -> None:
    # the lead, after round ti1: "Indian state governments" (several states acting) and the
    # Indian Army name their country; only a body said without any place is unplaced
    assert not bare_office("actor:Indian state governments")
    assert not bare_office("actor:Indian Army")
    assert bare_office("actor:district administration") and bare_office("actor:police")
    assert _targets("कई राज्य सरकारों ने लोगों से घरों में ही रहने की अपील की है ।", "appeal") == [
        ["general public of India"]
    ]

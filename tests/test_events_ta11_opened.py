"""Issue 13, round ta11 (targets): what an easing opens, written bare before the passive verb,
is its target; a place marked में that stood in for it is where they open
(:func:`khabar.events.closed_things.opened_thing`). Real sentences, with negatives."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import analyser

analysed = analyser("2020-04-27")


def _openings(text: str) -> list[Event]:
    return [e for e in analysed(text).events if e.type == "CONCEDE" and e.trigger.startswith("ख")]


def _locations(ev: Event) -> list[str]:
    return [a.text for a in ev.arguments if a.role == "location"]


def test_stores_and_museums_not_italy() -> None:
    # NT-2020-APR-27.txt (the tuning set Vg's report on Europe's easing)
    text = (
        "सबकुछ ठीक रहा तो इटली में 18 मई को स्टोर और संग्रहालय खोल दिए जाएंगे और एक जून से कैफे और"
        " सलून खोले जाएंगे ।"
    )
    first, second = _openings(text)
    assert first.target == ["text:स्टोर और संग्रहालय"]
    assert "इटली" in _locations(first)
    assert second.target == ["text:कैफे और सलून"]


def test_shops_open_in_residential_areas() -> None:
    # PK-2020-APR-27.txt: the shops open; the residential areas are where
    [ev] = _openings("हालांकि, रिहायशी इलाकों में दुकानें खोली जा सकेंगी.")
    assert ev.target == ["text:दुकानें"]
    assert _locations(ev) == ["रिहायशी इलाकों"]


def test_an_adverb_of_place_is_no_part_of_the_thing() -> None:
    # NT-2020-APR-26.txt
    text = "यहां खुदरा दुकानें और अन्य कारोबार भी खोले जा सकेंगे हालांकि सख्त नियमों का पालन करना होगा ।"
    [ev] = _openings(text)
    assert ev.target == ["text:खुदरा दुकानें और अन्य कारोबार"]


def test_a_ko_object_stays_the_target() -> None:
    # negative, NT-2020-MAY-04.txt: the zones opened, marked को, as before
    [ev] = _openings("सोमवार को भी तीन हॉटस्पॉट जोन को खोल दिया गया है ।")
    assert ev.target == ["text:तीन हॉटस्पॉट जोन"]


def test_a_time_of_day_is_no_thing() -> None:
    # negative, DH-2020-MAR-23.txt (shortened): "मध्यान्ह" before the clock time opens nothing
    text = (
        "गोरखपुर उद्योग व्यापार मंडल ने निर्णय लिया था कि 23 मार्च से सभी दुकानें मध्यान्ह 12 बजे से"
        " शाम 6 बजे तक खोली जाएंगी ।"
    )
    assert all(not e.target for e in _openings(text))


def test_an_opening_with_no_cue_stays_no_act() -> None:
    # negative, DJ-2020-ARP-03.txt: testing stations opened ease no restriction; a target found
    # must not make the clause an act
    text = "शुक्रवार को सीओल में स्पोर्ट्स कोंप्लेक्स में कोरोना वायरस के कई टेस्टिंग स्टेशन खोले गए हैं ।"
    assert _openings(text) == []

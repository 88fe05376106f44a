"""Issue 13, round tg11 (targets lost or wrong): a closure told as a negated opening with the
place marked में before the things ("इन इलाकों में अब बैंक भी नहीं खुलेंगे") falls on the things,
and the place becomes its location, as an easing's opening already does (round ta11). A negated
opening whose place is marked पर, one with no place, a conditional lockdown "not opened" and an
easing's own opening keep what they had."""

from __future__ import annotations

from .hindi_events import analyser, one_event
from .hindi_events import role_names as _names

analysed = analyser("2020-04-08")


def _spans(text: str, trigger: str, role: str) -> list[str]:
    art = analysed(text)
    ev = one_event(art.events, trigger)
    return [art.text[a.start : a.end] for a in ev.arguments if a.role == role]


def test_banks_not_opened_in_the_areas_are_the_target() -> None:
    # AU-2020-ARP-08.txt: the hotspots of Uttar Pradesh
    text = "इन इलाकों में अब बैंक भी नहीं खुलेंगे, इसकी सेवाएं लोगों की जरूरत के अनुसार उनके घर पहुंचेंगी ।"
    art = analysed(text)
    ev = one_event(art.events, "नहीं खुल")
    assert ev.type == "COERCE"
    assert _names(art, ev, "target") == ["banks in India"]
    assert _spans(text, "नहीं खुल", "location") == ["इन इलाकों"]
    # "अब" (now) is a time before the thing, no part of it
    assert _spans(text, "नहीं खुल", "target") == ["बैंक"]
    assert "the areas" not in _names(art, ev, "target")


def test_barber_shops_not_opened_in_the_red_zone_are_the_target() -> None:
    # AU-2020-MAY-02.txt
    text = "रेड जोन में नाई की दुकान और सलून आदि नहीं खुलेंगे ।"
    assert _spans(text, "नहीं खुल", "target") == ["नाई की दुकान और सलून आदि"]
    assert _spans(text, "नहीं खुल", "location") == ["रेड जोन"]


def test_shops_not_opened_in_hotspot_areas_are_the_target() -> None:
    # NT-2020-APR-25.txt
    text = "हॉटस्पॉट इलाकों में भी दुकानें नहीं खुलेंगी ।"
    assert _spans(text, "नहीं खुल", "target") == ["दुकानें"]
    assert _spans(text, "नहीं खुल", "location") == ["हॉटस्पॉट इलाकों"]


def test_a_place_marked_par_keeps_its_thing_and_no_location() -> None:
    # DH-2020-ARP-08.txt: the shop was already the target; nothing moves
    text = "इन 15 जगहों पर कोई भी दुकान नहीं खुलेंगी और जरूरी सामानों की होम डिलिवरी होगी ।"
    assert _spans(text, "नहीं खुल", "target") == ["दुकान"]
    assert _spans(text, "नहीं खुल", "location") == []


def test_a_negated_opening_with_no_place_keeps_its_thing() -> None:
    # NT-2020-APR-26.txt
    text = "शॉपिंग मॉल भी नहीं खुलेंगे ।"
    assert _spans(text, "नहीं खुल", "target") == ["शॉपिंग मॉल"]
    assert _spans(text, "नहीं खुल", "location") == []


def test_a_lockdown_not_lifted_gets_no_thing_from_its_clause() -> None:
    # NT-2020-APR-06.txt: "लॉकडाउन" is the measure itself, never a thing closed
    text = "अगर प्रदेश में कोरोना का एक भी केस रहेगा तो लॉकडाउन नहीं खुलेगा ।"
    assert _spans(text, "नहीं खुल", "target") == []


def test_an_easing_still_opens_the_things_in_its_place() -> None:
    # round ta11's reading of an opening is unchanged
    art = analysed("इटली में 18 मई को स्टोर और संग्रहालय खोल दिए जाएंगे ।", "2020-04-27")
    ev = one_event(art.events, "खोल")
    assert ev.type == "CONCEDE"
    assert "Italy" not in _names(art, ev, "target")

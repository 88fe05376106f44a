"""Round tg4 (issue 13): a closure or an opening that names both an area and the thing in it
falls on the thing ("हॉटस्पॉट इलाकों में भी दुकानें नहीं खुलेंगी": the shops), the area its
place."""

from __future__ import annotations

from hindi_events import analyser, target_names
from khabar.events.things_in_areas import things_in_areas
from khabar.model import Argument, Article, Event

analysed = analyser("2020-04-25")


def _targets(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == trigger]
    return target_names(art, ev)


def test_shops_kept_shut_in_hotspot_areas() -> None:
    # Navbharat Times, NT-2020-APR-25.txt
    assert _targets("हॉटस्पॉट इलाकों में भी दुकानें नहीं खुलेंगी ।", "नहीं खुलेंगी") == [
        "shops in hotspot areas in India"
    ]


def test_banks_kept_shut_with_an_adverb_and_a_particle_around_them() -> None:
    # Amar Ujala, AU-2020-ARP-08.txt
    art = analysed("इन इलाकों में अब बैंक भी नहीं खुलेंगे ।")
    [ev] = [e for e in art.events if e.trigger == "नहीं खुलेंगे"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == "बैंक"  # the evidence is the thing's own words
    assert target_names(art, ev)[0].startswith("banks in ")


def test_a_curfew_in_an_area_keeps_the_area() -> None:
    # Amar Ujala, AU-2020-MAR-27.txt (shortened): no thing between the area and the trigger
    names = _targets("प्रशासन ने बुधवार से शहरी सीमा में कर्फ्यू लागू कर दिया था ।", "कर्फ्यू")
    assert names == ["urban border"]


def _area_event(text: str, trigger: str) -> tuple[Article, Event]:
    """An event of ``text`` whose target is its first words' area "इन इलाकों", as the rules
    before this round leave it."""
    art = Article(id="t", text=text, language="hi", dct="2020-04-25", source_kind="text")
    at = text.index(trigger)
    area = Argument("target", "इन इलाकों", 0, len("इन इलाकों"), "text:इन इलाकों", "the areas")
    ev = Event("COERCE", "close", trigger, at, at + len(trigger), 0, len(text))
    ev.target, ev.arguments = ["text:इन इलाकों"], [area]
    return art, ev


def test_the_rule_takes_a_bare_thing() -> None:
    art, ev = _area_event("इन इलाकों में सभी दुकानें नहीं खुलेंगी ।", "नहीं खुलेंगी")
    things_in_areas([ev], art)
    assert ev.target == ["text:सभी दुकानें"]
    assert ev.arguments[0].en == "all shops in the areas"


def test_people_between_the_area_and_the_trigger_are_no_thing() -> None:
    # written: the people told are another argument, not a thing kept shut
    art, ev = _area_event("इन इलाकों में लोगों को दुकानें खोलने की इजाजत नहीं है ।", "इजाजत")
    things_in_areas([ev], art)
    assert ev.target == ["text:इन इलाकों"]


def test_another_area_after_the_area_is_no_thing() -> None:
    # written: "गांवों" is a settlement, the measure still falls on a territory
    art, ev = _area_event("इन इलाकों में गांवों नहीं खुलेंगे ।", "नहीं खुलेंगे")
    things_in_areas([ev], art)
    assert ev.target == ["text:इन इलाकों"]

"""The home country before a body's noun is named as analysts write it: its adjective ("Indian
Army"), while a foreign country keeps its name before the noun ("Pakistan Army") (the lead,
session 18: "India Army" was written for "भारतीय सेना" and "भारत की सेना")."""

from __future__ import annotations

from khabar.events.actors import actor_dictionary

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-11")


def test_the_home_countrys_army_is_the_indian_army() -> None:
    for text in (
        "भारत की सेना ने जम्मू में सभी स्कूल बंद कर दिए ।",
        "भारतीय सेना ने जम्मू में सभी स्कूल बंद कर दिए ।",
    ):
        art = analysed(text)
        [ev] = events_of(art, "COERCE")
        assert role_names(art, ev, "source") == ["Indian Army"]


def test_a_foreign_countrys_army_keeps_its_name() -> None:
    art = analysed("पाकिस्तान की सेना ने सीमा पर गोलीबारी की ।")
    [ev] = events_of(art, "ASSAULT")
    assert role_names(art, ev, "source") == ["Pakistan Army"]


def test_only_a_template_opening_with_the_place_takes_the_adjective() -> None:
    lex = actor_dictionary()
    assert lex.placed("{place} Navy", "India") == "Indian Navy"
    assert lex.placed("Parliament of {place}", "India") == "Parliament of India"
    assert lex.placed("{place} Police", "Delhi") == "Delhi Police"

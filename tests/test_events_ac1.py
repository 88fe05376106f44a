"""Actors, round ac1 (issue 13): the direct-case plural of the actor dictionary's oblique plural
forms ("राज्य सरकारें … करेंगी" beside "राज्य सरकारों ने"), made by Hindi's feminine inflection
(-ों -> -ें, -ओं -> -एं), not listed word by word. A subject or addressee told so found no actor:
the act was dropped or kept without its party. Never an actor where the plural acts in no event
("सरकारें बदलती रहती हैं" as background), and a listed form is not made twice."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, target_names
from khabar.events.actors import actor_dictionary
from khabar.events.direct_plurals import direct_plurals
from khabar.events.names import english_names

events = partial(article_events, dct="2020-03-24")


def _parties(text: str, etype: str) -> list[tuple[list[str], list[str]]]:
    art, evs = events(text)
    out = []
    for ev in evs:
        if ev.type == etype:
            en = english_names(art, ev)
            out.append(([en.get(s, s) for s in ev.source], target_names(art, ev)))
    return out


def test_the_direct_plural_is_made_from_the_oblique_one() -> None:
    assert direct_plurals(["राज्य सरकारों", "प्रदेश सरकारों"]) == [
        "राज्य सरकारों", "राज्य सरकारें", "प्रदेश सरकारों", "प्रदेश सरकारें"
    ]
    assert direct_plurals(["सेनाओं"]) == ["सेनाओं", "सेनाएं"]


def test_singulars_and_listed_forms_are_left_as_they_are() -> None:
    assert direct_plurals(["मंत्री", "स्वास्थ्य मंत्री", "पुलिस"]) == ["मंत्री", "स्वास्थ्य मंत्री", "पुलिस"]
    # the direct form listed by the entry itself is not made again
    assert direct_plurals(["टीमों", "टीमें"]) == ["टीमों", "टीमें"]
    # a bare ending is no plural of a word ("ओं" alone, "कों")
    assert direct_plurals(["ओं", "कों"]) == ["ओं", "कों"]


def test_the_dictionary_knows_the_direct_plural_of_governments() -> None:
    forms = {f for w in actor_dictionary().words for f in w.forms}
    assert ("सरकारें",) in forms
    assert ("राज्य", "सरकारें") in forms


def test_state_governments_as_an_unmarked_subject_are_the_source() -> None:
    # written: the subject without ने, in the direct case; "राज्य सरकारों ने" names the same party
    said = "सभी राज्य सरकारें लोगों से घरों में रहने की अपील कर रही हैं।"
    assert _parties(said, "REQUEST") == [(["Indian state governments"], ["general public of India"])]
    oblique = "राज्य सरकारों ने लोगों से घरों में रहने की अपील की है।"
    assert _parties(oblique, "REQUEST") == [(["Indian state governments"], ["general public of India"])]


def test_state_governments_told_what_to_do_are_the_target() -> None:
    # written after corpus day file PK-2020-MAR-23 (allowed): "राज्य सरकारें नियमों और कानूनों का
    # पालन करवाएं: मोदी"; the request had no target before
    told = "प्रधानमंत्री ने कहा कि राज्य सरकारें लॉकडाउन का सख्ती से पालन कराएं।"
    assert _parties(told, "REQUEST") == [(["Prime Minister of India"], ["Indian state governments"])]


def test_governments_in_the_background_make_no_event() -> None:
    assert _parties("सरकारें बदलती रहती हैं लेकिन नीतियां नहीं।", "REQUEST") == []
    _, evs = events("सरकारें बदलती रहती हैं लेकिन नीतियां नहीं।")
    assert evs == []
    # corpus day file AU-2020-MAR-12 (allowed): a state of affairs, no act on a party
    _, evs = events("कई राज्य सरकारें अपने कार्यक्रम निरस्त कर चुकी हैं ।")
    assert evs == []


def test_one_state_government_keeps_its_state() -> None:
    assert _parties("बिहार सरकार ने लोगों से घरों में रहने की अपील की है।", "REQUEST") == [
        (["Government of Bihar"], ["general public of Bihar"])
    ]

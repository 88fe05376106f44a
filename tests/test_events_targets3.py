"""English of target phrases, round ev34 (issue 13): glossary words mined on corpus day files
outside the event gold (``tools/mine_gloss_gaps.py``), "X समेत/सहित Y" read as Y.

The phrases are written like the news of the COVID corpus, not copied from the gold."""

from __future__ import annotations

import pytest

from khabar.events.gloss import gloss


@pytest.mark.parametrize(
    ("phrase", "place", "english"),
    [
        # a compound the glossary now knows whole, not "states and states"
        ("सभी राज्यों और केंद्र शासित प्रदेशों", None, "all states and union territories"),
        ("राज्यों व केंद्रशासित प्रदेशों", "India", "states and union territories in India"),
        # the disease as a modifier of people
        ("कोरोना संक्रमित मरीजों", "Bihar", "COVID-19 infected patients in Bihar"),
        ("कोरोना वायरस के मरीजों", None, "COVID-19 patients"),
        ("करीब 400 जमातियों", None, "about 400 Tablighi Jamaat members"),
        ("सभी खेल आयोजनों", "Kerala", "all sports events in Kerala"),
        ("सामूहिक सभाओं", None, "mass gatherings"),
        ("हॉट स्पॉट इलाकों", "Agra", "hotspot areas in Agra"),
        ("देशी विदेशी मदिरा दुकानों", None, "country and foreign liquor shops"),
        ("सभी पार्षदों", "Indore", "all municipal councillors in Indore"),
        ("राशन कार्ड धारकों", None, "ration card holders"),
        # "X including Y": the example before समेत/सहित is left out, not glossed into the head
        ("प्रसिद्ध मंदिर समेत जिले के सभी मंदिरों", None, "all temples"),
        ("शादियों सहित सभी निजी समारोहों", "Goa", "all private functions in Goa"),
    ],
)
def test_gloss_round_ev34(phrase: str, place: str | None, english: str | None) -> None:
    assert gloss(phrase, place) == english


@pytest.mark.parametrize(
    ("phrase", "place", "english"),
    [
        # a place before समेत/सहित is said, and places the phrase (no jurisdiction added)
        ("दिल्ली समेत कई शहरों", "India", "several cities including Delhi"),
        ("भारत सहित सात देशों", None, "seven countries including India"),
        # a name that is no place before समेत is left out
        ("मौलाना साद समेत छह लोगों", None, "six people"),
        # a kind word before a genitive makes no compound with a number
        ("तबलीगी जमात के 960 विदेशियों", None, "960 foreigners"),
        # a label before a colon is no part of the phrase
        ("लॉकडाउन : सभी दुकानों", None, "all shops"),
    ],
)
def test_gloss_including_and_breaks(phrase: str, place: str | None, english: str) -> None:
    assert gloss(phrase, place) == english

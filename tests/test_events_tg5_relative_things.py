"""Round tg5 (issue 13): the thing a measure's relative pronoun stands for, named in its own
sentence (:mod:`khabar.events.relative_things`, called from ``closed_things.thing_pronoun``): a
cancellation's occasion before "जो … , उन्हें", and the head "उन <place>" of a relative clause
after the main clause's verb; never people, never a non-cancellation's occasion, never past a
clause word."""

from __future__ import annotations

import pytest

from hindi_events import article_events


def _targets(text: str, mode: str) -> list[tuple[str, str | None]]:
    _, evs = article_events(text)
    [ev] = [e for e in evs if e.mode == mode]
    return [(a.text, a.entity_id) for a in ev.arguments if a.role == "target"]


def test_cancelled_programmes_before_a_correlative() -> None:
    # PK-2020-MAR-13.txt: the programmes are what is cancelled
    text = (
        "साथ ही बिहार दिवस से संबंधित सभी सरकारी कार्यक्रम जो 22 मार्च को होने थे, उन्हें रद्द कर दिया गया है."
    )
    assert _targets(text, "cancel") == [("सभी सरकारी कार्यक्रम", "text:सभी सरकारी कार्यक्रम")]


def test_places_named_before_the_verb_of_their_relative_clause() -> None:
    # AU-2020-ARP-27.txt: "उन स्थानों … जिन्हें … घोषित": the places declared zones
    text = (
        "हालांकि सरकार ने बाद में अपने इस आदेश में संशोधन कर दिया और इसे केवल मुंबई, पुणे और उन"
        " स्थानों तक सीमित कर दिया जिन्हें निरूद्ध क्षेत्र घोषित किया गया है ।"
    )
    assert _targets(text, "restrict") == [("उन स्थानों", "text:उन स्थानों")]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # written for the test: people are never what a cancellation falls on
        ("सभी छात्र जो विदेश से लौटे थे, उन्हें रद्द कर दिया गया ।", "cancel"),
        # written for the test: an occasion is no place a seal falls on
        ("सभी सरकारी कार्यक्रम जो 22 मार्च को होने थे, उन्हें सील कर दिया गया ।", "seal"),
        # written for the test: "कि" opens another clause between the places and the pronoun
        (
            "प्रशासन ने उन स्थानों की सूची बनाई और बताया कि जिन्हें पूरी तरह सील कर दिया गया है ।",
            "seal",
        ),
    ],
)
def test_no_head_where_the_rule_does_not_reach(text: str, mode: str) -> None:
    assert _targets(text, mode) == []


def test_cancelled_flight_from_the_clause_before_but() -> None:
    # AU-2020-MAR-02.txt: the flight booked is what was cancelled, not the students
    text = (
        "कुछ छात्रों ने भारत जाने के लिए फ्लाइट बुक कराई थी, लेकिन कोरोनावायरस के नए मामले सामने"
        " आने की वजह से उसे रद्द कर दिया गया ।"
    )
    assert _targets(text, "cancel") == [("फ्लाइट", "text:फ्लाइट")]


@pytest.mark.parametrize(
    "text",
    [
        # written for the test: two things before "लेकिन": which one was cancelled is not said
        "छात्रों ने होटल से फ्लाइट बुक कराई थी, लेकिन बाद में उसे रद्द कर दिया गया ।",
        # written for the test: only people before "लेकिन"
        "कुछ छात्रों ने भारत आने की तैयारी की थी, लेकिन बाद में उसे रद्द कर दिया गया ।",
        # written for the test: "कि" opens another clause between the conjunction and the pronoun
        "छात्रों ने फ्लाइट बुक कराई थी, लेकिन कहा गया कि उसे रद्द कर दिया गया ।",
    ],
)
def test_no_occasion_where_the_clause_before_but_does_not_say_one(text: str) -> None:
    assert _targets(text, "cancel") == []


def test_a_seal_takes_no_occasion_from_before_but() -> None:
    # written for the test: a flight is nothing a seal falls on
    text = "छात्रों ने फ्लाइट बुक कराई थी, लेकिन बाद में उसे सील कर दिया गया ।"
    _, evs = article_events(text)
    for ev in [e for e in evs if e.mode == "seal"]:
        assert not [a for a in ev.arguments if a.role == "target" and a.entity_id]

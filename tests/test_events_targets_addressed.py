"""Targets of round ev20 (issue 13): whom a letter carrying the act is written to when they are
no entity ("सभी राज्यों के मुख्य सचिवों को पत्र लिखकर … कहा"), and the people a closure says it
is for ("आम लोगों के लिए बंद", "विदेशी पर्यटकों के लिए … बंद"); and what is no target.

The sentences are from the COVID corpus, day files outside the dev event gold, unless marked
as written for the test."""

from __future__ import annotations

import pytest

from hindi_events import article_events
from khabar.model import Article, Event


def events(text: str, dct: str = "2020-04-02") -> tuple[Article, list[Event]]:
    return article_events(text, dct)


# AU-2020-ARP-02.txt:76
BHALLA = (
    "केंद्रीय गृह सचिव अजय भल्ला ने सभी राज्यों के मुख्य सचिवों को पत्र लिखकर लॉकडाउन का उल्लंघन"
    " करने वालों पर सख्त कार्रवाई करने के लिए कहा है ।"
)


def test_a_group_written_to_is_the_target_with_its_genitive() -> None:
    art, evs = events(BHALLA)
    [ev] = [e for e in evs if e.mode == "tell_to"]
    phrase = "सभी राज्यों के मुख्य सचिवों"
    assert ev.target == [f"text:{phrase}"]  # not the violators the clause after the letter names
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == phrase
    assert arg.en == "chief secretaries of all states"


def test_states_a_state_writes_to_are_the_countrys() -> None:
    # written for the test, on the corpus pattern "ने सभी राज्यों को पत्र लिखकर … कहा"
    _, evs = events("पंजाब सरकार ने सभी राज्यों को पत्र लिखकर वहां फंसे मजदूरों की मदद करने के लिए कहा है ।")
    [ev] = [e for e in evs if e.mode == "tell_to"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert (arg.text, arg.en) == ("सभी राज्यों", "all Indian state governments")  # not "in Punjab"


def test_an_unknown_word_written_to_is_no_target() -> None:
    # written for the test: a name the tagger does not know is no glossed group
    _, evs = events("उन्होंने रमेश को पत्र लिखकर मदद की मांग की है ।")
    assert all(not e.target for e in evs)


# PK-2020-MAR-06.txt:58 (the first sentence of the line)
MUGHAL = "उधर, राष्ट्रपति भवन का मशहूर मुगल गार्डन भी शनिवार से आम लोगों के लिए बंद कर दिया गया है."
# AU-2020-MAR-06.txt:57 (one sentence of the line)
BHUTAN = "सरकार ने संक्रमण रोकने के लिए देश की सीमाएं विदेशी पर्यटकों के लिए दो सप्ताह के लिए बंद कर दी हैं ।"


def test_the_public_a_closure_is_for_is_its_target() -> None:
    art, evs = events(MUGHAL)
    [ev] = [e for e in evs if e.mode == "close"]
    assert ev.target == ["actor:public"]
    [arg] = [a for a in ev.arguments if a.entity_id == "actor:public"]
    assert arg.role == "target_inferred"
    assert art.text[arg.start : arg.end] == "आम लोगों"  # the words are its evidence
    assert arg.en == "public of India"  # the jurisdiction of the (inferred) national issuer


def test_people_a_closure_is_for_past_a_duration() -> None:
    art, evs = events(BHUTAN)
    [ev] = [e for e in evs if e.mode == "close"]
    assert ev.target == ["text:विदेशी पर्यटकों"]  # not "सीमाएं विदेशी पर्यटकों", not "दो सप्ताह"


@pytest.mark.parametrize(
    "text",
    [
        # written for the test: a purpose and a duration before the closure name nobody
        "शहर की सभी दुकानें संक्रमण रोकने के लिए बंद रहेंगी ।",
        "पूरा बाजार दो सप्ताह के लिए बंद कर दिया गया है ।",
    ],
)
def test_a_purpose_or_a_duration_is_not_whom_a_closure_is_for(text: str) -> None:
    _, evs = events(text)
    for ev in evs:
        assert not any("रोकने" in t or "सप्ताह" in t for t in ev.target)


# DH-2020-MAR-17.txt (one sentence of its line)
BORDERS = "कई देशों ने अपनी सीमाएं दूसरे देशों के नागरिकों के लिए बंद कर रखी हैं ।"


def test_people_a_closure_is_for_keep_whose_they_are() -> None:
    _, evs = events(BORDERS)
    [ev] = [e for e in evs if e.mode == "close"]
    assert ev.target == ["text:दूसरे देशों के नागरिकों"]  # other countries' citizens: no public
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert arg.en == "citizens of other countries"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # written for the test on DJ day-file wording: the place of a participle's act ("बैरियर
        # लगाकर") is not what the ban is on
        ("डिगिहा तिराहे पर बैरियर लगाकर उसे रोक दिया गया ।", None),
        # "को लेकर" (about) is no participle: the one accused stays the target (AU-2020-ARP-27.txt)
        (
            "बैठक के बाद मुख्यमंत्री बनर्जी ने केंद्र सरकार पर लॉकडाउन को लेकर विरोधाभासी बयान देने"
            " का आरोप लगाया ।",
            "केंद्र सरकार",
        ),
    ],
)
def test_a_place_before_a_conjunctive_participle_is_its_own(text: str, target: str | None) -> None:
    _, evs = events(text)
    [ev] = [e for e in evs if e.type in {"COERCE", "ACCUSE"}]
    texts = [a.text for a in ev.arguments if a.role == "target"]
    assert texts == ([target] if target else [])

"""Round sn2 (issue 13): English names the KB does not know, romanised as English writes them.

An English name ending in "-ton" written after a consonant cluster Hindi words do not end in
(बोस्टन, हाल्टन, वेलिंगटन) is "-ton", not the Hindi schwa's "-tan"; Hindi words and other English
endings keep their spelling (पाटन Patan, रतन Ratan, किंडरगार्टन)."""

from __future__ import annotations

import pytest

from khabar.events.foreign_endings import english_ending
from khabar.events.names import romanise
from khabar.model import Article, Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-04-12")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("बोस्टन", "Boston"),  # PK-2020-MAR-22.txt: was Bostan
        ("जेन हाल्टन", "Jen Halton"),  # PK-2020-APR-12.txt: was Haltan
        ("वेलिंगटन", "Wellington"),
        ("बिल क्लिंटन", "Bill Clinton"),
    ],
)
def test_english_ton_after_a_cluster(name: str, english: str) -> None:
    assert romanise(name) == english


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("पाटन", "Patan"),  # a Gujarat town: टन after a vowel is Hindi
        ("रतन टाटा", "Ratan Tata"),
        ("पलटन", "Paltan"),  # ल with its schwa, no cluster
        ("किंडरगार्टन", "Kindargartan"),  # after र् it is another English ending: left
    ],
)
def test_other_tan_endings_are_left(name: str, english: str) -> None:
    assert romanise(name) == english


def test_the_ending_needs_the_latin_tan() -> None:
    assert english_ending("बोस्टन", "Boston") == "Boston"
    assert english_ending("पाटन", "Patan") == "Patan"


def test_an_official_abroad_in_an_event() -> None:
    # written after PK-2020-APR-12.txt (Jane Halton, a former health secretary of Australia)
    art = analysed("ऑस्ट्रेलिया की पूर्व स्वास्थ्य सचिव जेन हाल्टन ने सरकार से जांच बढ़ाने की मांग की ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Jen Halton"]

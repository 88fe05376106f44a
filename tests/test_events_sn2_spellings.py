"""Round sn2 (issue 13): English names the KB does not know, romanised as English writes them.

An English name ending in "-ton" written after a consonant cluster Hindi words do not end in
(बोस्टन, हाल्टन, वेलिंगटन) is "-ton", not the Hindi schwa's "-tan"; Hindi words and other English
endings keep their spelling (पाटन Patan, रतन Ratan, किंडरगार्टन)."""

from __future__ import annotations

import pytest

from khabar.events.english_sounds import english_sounds
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
    assert english_sounds("बोस्टन", "Boston") == "Boston"
    assert english_sounds("पाटन", "Patan") == "Patan"


def test_an_official_abroad_in_an_event() -> None:
    # written after PK-2020-APR-12.txt (Jane Halton, a former health secretary of Australia)
    art = analysed("ऑस्ट्रेलिया की पूर्व स्वास्थ्य सचिव जेन हाल्टन ने सरकार से जांच बढ़ाने की मांग की ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["Jen Halton"]


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("आगरा सेंट्रल जेल", "Agra Central Jail"),  # was Agra Sentral Jel
        ("नैनीताल रोड", "Nainital Road"),  # was Nainital Rod
        ("नेहरू कॉलोनी", "Nehru Colony"),
        ("इंसाफ पार्टी", "Insaf Party"),
        ("नैशनल इंस्टिट्यूट ऑफ वायरोलॉजी", "National Institute of Virology"),
        ("भारत बायोटेक इंटरनेशनल लिमिटेड", "Bharat Biotech International Limited"),
        ("कन्फेडरेशन ऑफ ऑल इंडिया ट्रेडर्स", "Kanfedreshan of All India Traders"),
    ],
)
def test_english_words_in_names_are_english(name: str, english: str) -> None:
    assert romanise(name) == english


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("पवन कुमार", "Pawan Kumar"),  # AU-2020-ARP-12.txt: was Pavan
        ("पवन खंडेलवाल", "Pawan Khandelwal"),
        ("रमेश कुमार", "Ramesh Kumar"),  # the schwa kept where English keeps it
        ("राजीव शर्मा", "Rajeev Sharma"),  # Rajeev/Rajiv both usual: left
        ("नजमुल हसन", "Najmul Hasan"),  # no English -son
        ("पवार", "Pawar"),
        ("विवेक", "Vivek"),
        ("मालदा रेड जोन", "Malda Red Jon"),  # रेड is raid or red: no loan word, the rule's letters
    ],
)
def test_given_names_and_words_left_alone(name: str, english: str) -> None:
    assert romanise(name) == english


def test_a_firm_in_an_event_is_named_in_english() -> None:
    # written after DJ-2020-MAR-14.txt, where the body was left in Hindi
    art = analysed("आईआईईटी बॉम्बे ने सभी कक्षाएं और गतिविधियां 31 मार्च तक बंद कर दी हैं ।")
    [ev] = _of(art, "COERCE")
    assert role_names(art, ev, "source") == ["IIET Bombay"]


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("ऑरलैंडो ब्लूम", "Orlando Blum"),  # was Orlaindo
        ("कैंटर", "Kantar"),  # DH-2020-MAY-03.txt, a firm (Cantor): was Kaintar
        ("आईजी रैंक", "IG Rank"),
        ("गैर-बैंकिंग", "Gair-banking"),
    ],
)
def test_a_nasal_ai_before_a_stop_is_the_english_a(name: str, english: str) -> None:
    assert romanise(name) == english


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("नवीन जैन", "Naveen Jain"),  # ऐ with no nasal: ai
        ("आदित्य सैनी", "Aditya Saini"),
        ("जैंतनवाला", "Jaintanwala"),  # before त: a Hindi word's ai
    ],
)
def test_hindi_ai_is_left(name: str, english: str) -> None:
    assert romanise(name) == english


def test_the_nasal_ai_rule_reads_the_letter_after_it() -> None:
    assert english_sounds("बैंगन", "Baingan") == "Baingan"  # before ग: left
    assert english_sounds("भैंस", "Bhains") == "Bhains"  # before स: left
    assert english_sounds("ब्रैंडन", "Braindan") == "Brandan"

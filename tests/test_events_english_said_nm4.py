"""Issue 13, round nm4: the right party said in English a reader would call wrong. A country whose
English name takes "the", a country's name where English says its adjective, an age doubled by
"young", a counted owner in the singular, one owner with no article, a name written joined where
the same report writes it apart, a state's office with no state. Sentences quoted or shortened
from the allowed corpus day files of corpus/hindi-covid-2020, with negatives."""

from __future__ import annotations

import pytest

from khabar.events.english_said import said
from khabar.events.gloss import gloss
from khabar.events.names import _split_as_written

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-22")


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Government of United States", "Government of the United States"),
        ("public of United States", "public of the United States"),
        ("200 tourists in Philippines", "200 tourists in the Philippines"),
        (
            "passengers arriving from United Arab Emirates, Qatar and Oman",
            "passengers arriving from the United Arab Emirates, Qatar and Oman",
        ),
        ("Government of Marshall Islands", "Government of the Marshall Islands"),
        ("France health minister", "French health minister"),
        ("China health commission", "Chinese health commission"),
        ("Kuwait health officials", "health officials of Kuwait"),  # no KB adjective: "of"
        ("22-year-old young man", "22-year-old man"),
        # negatives: the actor's own name, an article said, a thing's head, a state, no age
        ("United States", "United States"),
        ("Government of the United States", "Government of the United States"),
        ("Belgium travel", "Belgium travel"),
        ("Tamil Nadu health minister", "Tamil Nadu health minister"),
        ("Government of Qatar", "Government of Qatar"),
        ("young man", "young man"),
        ("India global partners", "India global partners"),
        ("Spain Police", "Spain Police"),  # a force named by its place, as "Delhi Police"
        ("Pakistan Army", "Pakistan Army"),
    ],
)
def test_a_name_is_said_as_english_says_it(name: str, english: str) -> None:
    assert said(name) == english


def test_a_country_with_the_article_in_a_placed_actor() -> None:
    art = analysed("अमेरिका में 9/11 के आतंकवादी हमले के बाद वहां तीन दिन का लॉकडाउन किया गया था .")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Government of the United States"]
    assert _names(art, ev, "target") == ["public of the United States"]


def test_a_country_before_a_body_is_its_adjective() -> None:
    art = analysed(
        "फ्रांस के स्वास्थ्य मंत्री के इस दावे का समर्थन विश्व स्वास्थ्य संगठन (WHO) ने भी किया है ।"
    )
    [ev] = _events(art, "SUPPORT")
    assert _names(art, ev, "target") == ["French health minister"]
    art = analysed(
        "कोरोना के चलते कुवैत के स्वास्थ्य अधिकारियों ने भारत समेत सात देशों की यात्रा पर प्रतिबंध लगा दिया है ."
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["health officials of Kuwait"]


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        ("दो परिवार के सदस्यों", "members of two families"),  # DJ-2020-ARP-10
        ("सभी स्वास्थ्य विभाग के कर्मचारियों", "employees of all health departments"),
        ("लिये सभी रेलवे जोन", "all railway zones"),  # NT-2020-MAR-18: "के लिये" in the span
        ("मरीज की पत्नी", "wife of the patient"),
        ("परिवार के सदस्यों", "members of the family"),
        ("स्कूल के पांच बच्चों", "five children of the school"),
        # negatives: an owner in the plural, a name, a mass noun, one person's possessive
        ("स्कूलों के छात्रों", "students of schools"),
        ("दिल्ली के लोगों", "people in Delhi"),
        ("महिला के परिवार के पांच सदस्यों", "five members of the woman's family"),
        ("एक परिवार के सदस्यों", "members of one family"),
    ],
)
def test_an_owner_is_counted_and_determined(phrase: str, english: str) -> None:
    assert gloss(phrase) == english


def test_a_name_written_apart_in_the_same_report_is_said_apart() -> None:
    text = (
        "लॉकडाउन का पालन के लिए जिलाधिकारी कौशलराज शर्मा ने अधिकारियों को निर्देश दिया ।"
        " जिलाधिकारी कौशल राज शर्मा ने बताया कि बॉर्डर सील रहेंगे ।"
    )
    assert _split_as_written("कौशलराज शर्मा", text) == "कौशल राज शर्मा"
    # written one way only: as written; a vowel sign or a conjunct is never cut
    assert _split_as_written("कौशलराज शर्मा", text.split("।")[0]) == "कौशलराज शर्मा"
    assert _split_as_written("शिवराज चौहान", "शिवर ाज चौहान") == "शिवराज चौहान"
    art = analysed(text)
    [ev, *_] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Kaushal Raj Sharma"]


def test_a_count_before_other_and_one_after_modifiers() -> None:
    # "इसके अलावा अन्य 25 अस्पतालों" (a Delhi report): English says the count first
    assert said("other 25 hospitals in Delhi") == "25 other hospitals in Delhi"
    assert said("other 2 lakh people") == "other 2 lakh people"  # a count's unit: as it was
    # "वायरस संक्रमित एक अन्य मरीज" (a Bihar report): one patient, not "patients"
    assert gloss("वायरस संक्रमित एक अन्य मरीज") == "one other infected patient"
    assert gloss("एक लाख लोगों") == "one lakh people"


def test_english_words_of_names_are_said_in_english() -> None:
    from khabar.events.names import romanise

    assert romanise("ओबीसी इंप्लाइज एसोसिएशन") == "OBC Employees Association"
    assert romanise("जीओसी मेजर जनरल राजीव शर्मा") == "GOC Major General Rajeev Sharma"
    assert (romanise("एवरेस्ट प्रीमियर लीग") or "").startswith("Everest Premier League")

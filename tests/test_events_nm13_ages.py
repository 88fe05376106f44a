"""Issue 13, round nm13, kind 4: an age said before the article or in a genitive ("27 वर्षीय एक
युवक" was "27 one-year-old young man", "23 साल की महिला" was "woman"). Real phrases (the allowed
corpus day files named) and negatives: a span of years that is no person's age, an age above a
bound, a count with no age."""

from __future__ import annotations

from khabar.events.age_words import age_first
from khabar.events.gloss import gloss

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-28")


def test_age_before_the_article() -> None:
    # DJ-2020-ARP-28.txt: "परतिया गांव का 27 वर्षीय एक युवक ट्रक से मुंबई से … पहुंचा था"
    assert gloss("27 वर्षीय एक युवक") == "one 27-year-old young man"
    assert gloss("एक 38 वर्षीय व्यक्ति") == "one 38-year-old person"  # the order it was read in


def test_age_in_a_genitive() -> None:
    # DJ-2020-MAR-19.txt: "छत्तीसगढ़ में 23 साल की महिला कोरोना पॉजिटिव पाई गई है ।"
    assert gloss("23 साल की महिला") == "23-year-old woman"
    assert gloss("23 साल की एक महिला") == "one 23-year-old woman"
    assert gloss("10 साल के बच्चों") == "10-year-old children"


def test_target_with_an_age_before_the_article() -> None:
    # written, after DJ-2020-ARP-28.txt
    art = analysed("प्रशासन ने 40 वर्षीय एक महिला को क्वारंटाइन किया ।")
    assert [role_names(art, e, "target") for e in events_of(art, "COERCE")] == [["one 40-year-old woman"]]


def test_years_that_are_no_age() -> None:
    # negatives: a sentence of years, an age bound, a plain count
    assert age_first(["5", "साल", "की", "सजा"]) == ["5", "साल", "की", "सजा"]
    assert gloss("60 साल से अधिक उम्र के लोगों") == "people over 60"
    assert age_first(["दो", "एक", "युवक"]) == ["दो", "एक", "युवक"]
    assert gloss("पांच लोगों") == "five people"

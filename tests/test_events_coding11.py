"""Issue 13, round ev88: actor coding of a deictic office and of a district administration on
unseen text (kinds rounds ev86/ev87 saw on corpus day files outside the event gold's days).
"वहां के प्रधानमंत्री/वहां की सरकार" is the office of the place named just before (the same
sentence or the one before), never India's by default, and no actor where no place was named;
"जिला प्रशासन" with no district named in a Delhi report is a district's administration, not the
Government of Delhi. Sentences written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from khabar.eval.event_gold import english_names
from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-03-23")


def _events(art: Article, kind: str) -> list[Event]:
    return [e for e in art.events if e.type == kind]


def _sources(art: Article, ev: Event) -> list[str]:
    names = english_names(art, ev)
    return [names.get(i, "") for i in ev.source]


def test_a_deictic_prime_minister_is_the_foreign_country_named_before() -> None:
    art = analysed("स्पेन में संक्रमण तेजी से फैलने के बाद वहां के प्रधानमंत्री ने पूरे देश में आपातकाल लगा दिया ।")
    [ev] = _events(art, "COERCE")
    assert _sources(art, ev) == ["Prime Minister of Spain"]


def test_a_deictic_government_in_the_next_sentence() -> None:
    art = analysed("फ्रांस में हालात लगातार बिगड़ते जा रहे हैं । वहां की सरकार ने सभी स्कूल बंद कर दिए हैं ।")
    [ev] = _events(art, "COERCE")
    assert _sources(art, ev) == ["Government of France"]


def test_a_deictic_office_with_no_place_before_is_no_actor() -> None:
    art = analysed("वहां के प्रधानमंत्री ने लॉकडाउन की घोषणा की ।")
    assert not any("India" in n or "Modi" in n for ev in art.events for n in _sources(art, ev))


def test_a_district_administration_in_a_delhi_report_is_not_delhis_government() -> None:
    art = analysed(
        "नई दिल्ली : राजधानी के एक मोहल्ले में 12 लोग संक्रमित मिले । "
        "इसके बाद जिला प्रशासन ने पूरे इलाके को सील कर दिया ।"
    )
    [ev] = _events(art, "COERCE")
    assert _sources(art, ev) == ["district administration"]


def test_a_named_district_administration_keeps_its_district() -> None:
    art = analysed("अकोला जिला प्रशासन ने शहर में सभी दुकानें बंद करने का आदेश दिया ।")
    assert any(_sources(art, ev) == ["Akola district administration"] for ev in _events(art, "COERCE"))


def test_a_correlative_there_is_no_place() -> None:
    art = analysed(
        "इटली से लौटे व्यक्ति का जिस अस्पताल में इलाज चल रहा था, वहां के डॉक्टरों को भी जांच कराने के लिए कहा गया है ।"
    )
    assert not any("Italy" in n for ev in art.events for n in english_names(art, ev).values())


def test_a_district_administration_after_a_named_delhi_district_is_that_districts() -> None:
    art = analysed(
        "नई दिल्ली : दक्षिण-पश्चिम दिल्ली के एक गांव में रहने वाले 20 लोगों में संक्रमण की पुष्टि हुई । "
        "इसके बाद जिला प्रशासन ने पूरे गांव को सील कर दिया ।"
    )
    [ev] = _events(art, "COERCE")
    assert _sources(art, ev) == ["South West Delhi district administration"]

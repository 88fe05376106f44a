"""Issue 13, round ev97: actors of found events on the unseen sets Tc and Td. A bound on a count
("100 से ज्यादा देशों", "कम से कम 45 लोगों") is said in English ("more than 100 countries", "at
least 45 people"), not cut at its से ("countries"), and so is the region of countries ("यूरोपीय
देशों" = "European countries", was "countries"); who calls a body's meeting ("X ने कैबिनेट की
बैठक बुलायी") met the body: two parties, the body no agent of the next act; the people a phrase
places in a town are its residents ("नोएडा के लोगों" = "residents of Noida", was "public of").
Sentences written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

import pytest

from khabar.events.gloss import gloss

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-04-06")


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        ("80 से ज्यादा देशों", "more than 80 countries"),
        ("300 से अधिक मजदूरों", "more than 300 workers"),
        ("दस से अधिक देशों", "more than 10 countries"),
        ("5 हजार से ज्यादा लोगों", "more than 5,000 people"),
        ("2 लाख से अधिक मजदूरों", "more than 2 lakh workers"),
        ("कम से कम 45 लोगों", "at least 45 people"),
        # the count after the phrase's earlier postposition, what stands before it left out
        ("विदेश से लौटे 50 से ज्यादा लोगों", "more than 50 people returned from abroad"),
        # no count before the से: no bound ("पहले से ज्यादा" = more than before)
        ("पहले से ज्यादा लोगों", "people"),
        ("कम से कम लोगों", "people"),
        # a से of origin is no bound
        ("दिल्ली से आए लोगों", "people arriving from Delhi"),
        # the region or kind of the countries is said, not dropped
        ("कई यूरोपीय देशों", "several European countries"),
        ("सभी दक्षिण-पूर्वी एशियाई देशों", "all South-East Asian countries"),
        ("विकासशील देशों", "developing countries"),
        ("खाड़ी देशों", "Gulf countries"),
        ("यूरोपीय संघ", None),  # a body the knowledge base names, no glossary phrase
    ],
)
def test_a_bound_on_a_count(phrase: str, english: str | None) -> None:
    assert gloss(phrase) == english


def test_the_bound_names_the_agent_of_a_request() -> None:
    art = analysed("महामारी के बीच 80 से ज्यादा देशों ने जापान से मदद मांगी है ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["more than 80 countries"]
    assert _names(art, ev, "target") == ["Japan"]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("मुख्यमंत्री नीतीश कुमार ने आज शाम मंत्रिमंडल की बैठक बुलाई है ।", "text:मंत्रिमंडल"),
        # a compound postposition before the body is no part of its name
        ("प्रधानमंत्री ने वीडियो कॉन्फ्रेंसिंग के जरिए कैबिनेट की बैठक बुलायी है ।", "text:कैबिनेट"),
    ],
)
def test_who_calls_a_bodys_meeting_met_the_body(sentence: str, body: str) -> None:
    art = analysed(sentence)
    [ev] = _events(art, "CONSULT")
    # the body was a second source; since round tg8 (events.chaired.chaired_bodies) it is the
    # target, whom the one who called its meeting met
    assert len(ev.source) == 1 and ev.target == [body], (ev.source, ev.target)


def test_a_meeting_with_people_or_of_a_body_alone_is_as_before() -> None:
    art = analysed("मुख्यमंत्री ने अधिकारियों के साथ बैठक की ।")
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "target") == ["officials"] and len(ev.source) == 1
    art = analysed("बुधवार को राज्य मंत्रिमंडल की बैठक में यह फैसला लिया गया ।")
    [ev] = _events(art, "CONSULT")
    assert ev.source == ["text:राज्य मंत्रिमंडल"]


def test_the_body_met_is_no_agent_of_the_next_act() -> None:
    # the chair's discussion after the meeting inherits the chair alone: no event of two parties
    art = analysed(
        "प्रधानमंत्री मंगलवार को कैबिनेट की बैठक की अध्यक्षता करेंगे और हालात पर चर्चा करेंगे ।"
    )
    for ev in art.events:
        if ev.trigger != "बैठक":
            assert "text:कैबिनेट" not in ev.source


@pytest.mark.parametrize(
    ("people", "english"),
    [
        ("कानपुर के लोगों", "residents of Kanpur"),  # a town's people: its residents
        ("बिहार के लोगों", "public of Bihar"),  # a state's: its public, as before
    ],
)
def test_the_people_a_phrase_places_in_a_town_are_its_residents(people: str, english: str) -> None:
    art = analysed(f"संक्रमण के नए मामले मिलने के बाद {people} ने सरकार से सख्त लॉकडाउन की मांग की है ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == [english]


def test_a_manner_is_no_one_asked() -> None:
    # "पुरजोर तरीके से": how hard it was asked, not of whom (as "गलत ढंग से" before)
    art = analysed("मंगलवार को व्यापार मंडल ने दुकानें खोलने की अनुमति देने की पुरजोर तरीके से मांग की ।")
    [ev] = _events(art, "REQUEST")
    assert ev.target == []
    # whom it is asked of, named with से, stays
    art = analysed("व्यापार मंडल ने प्रशासन से दुकानें खोलने की मांग की ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["district administration"]

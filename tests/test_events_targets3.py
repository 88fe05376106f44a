"""English of target phrases, round ev34 (issue 13): glossary words mined on corpus day files
outside the event gold (``tools/mine_gloss_gaps.py``), "X समेत/सहित Y" read as Y.

The phrases are written like the news of the COVID corpus, not copied from the gold."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.events.gloss import gloss
from khabar.model import Article
from khabar.pipeline import run_local


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
        ("केंद्रीय सुरक्षा एजेंसियों", None, "central security agencies"),
        ("अर्धसैनिक सुरक्षा बलों", None, "security forces"),
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
        # a kind word before a genitive follows the number (round ev102; was "960 foreigners")
        ("तबलीगी जमात के 960 विदेशियों", None, "960 Tablighi Jamaat foreigners"),
        # a label before a colon is no part of the phrase
        ("लॉकडाउन : सभी दुकानों", None, "all shops"),
    ],
)
def test_gloss_including_and_breaks(phrase: str, place: str | None, english: str) -> None:
    assert gloss(phrase, place) == english


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        ("60 वर्ष से अधिक आयु के लोगों", "people over 60"),
        ("10 साल से कम उम्र के बच्चों", "children under 10"),
        ("50 साल से अधिक की आयु के मरीजों", "patients over 50"),
        ("18 वर्ष या उससे कम आयु के लोग", "people aged 18 or under"),
        (
            "65 वर्ष से ज्यादा आयु के बुजुर्गों और 10 वर्ष से कम आयु के बच्चों",
            "elderly people over 65 and children under 10",
        ),
        # an age of nobody the glossary knows: nothing rather than a guess
        ("60 साल से ज्यादा उम्र के बेलदारों", None),
    ],
)
def test_gloss_age(phrase: str, english: str | None) -> None:
    assert gloss(phrase) == english


def _targets(text: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", text=text, language="hi", dct="2020-03-20", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [(a.text, a.en) for ev in art.events for a in ev.arguments if a.role == "target"]


def test_age_phrase_is_part_of_the_target() -> None:
    # the object's से and the timex "10 वर्ष" inside it end no object
    got = _targets("स्वास्थ्य विभाग ने 10 वर्ष से कम आयु के बच्चों को घर पर ही रहने की सलाह दी है।")
    # people get no " in India" from a national source (round ev43, test_events_targets4.py)
    assert ("10 वर्ष से कम आयु के बच्चों", "children under 10") in got
    got = _targets("जिलाधिकारी ने 60 साल से ज्यादा उम्र के लोगों को घर से बाहर न निकलने का निर्देश दिया।")
    assert [t for t, _ in got] == ["60 साल से ज्यादा उम्र के लोगों"]
    assert got[0][1] is not None and got[0][1].startswith("people over 60")


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        # a participle's noun before a number of people: the number of them
        ("उल्लंघन करने वाले 120 लोगों", "120 violators"),
        ("लॉकडाउन तोड़ने वाले कुल 1 , 28 , 257 लोगों", "1,28,257 violators"),
        # before another head it says nothing readable: no English
        ("उल्लंघन करने वाले दुकानदारों", None),
        # abroad as a participle's origin or place, never as a modifier
        ("विदेश से लौटे यात्रियों", "passengers returned from abroad"),
        ("विदेश में फंसे भारतीयों", "Indians stranded abroad"),
        ("विदेश यात्रा", "foreign travel"),  # round nm13: a glossary form of its own
    ],
)
def test_gloss_participle_nouns(phrase: str, english: str | None) -> None:
    assert gloss(phrase) == english


def test_origin_of_a_returning_group_is_part_of_the_object() -> None:
    got = _targets("जिला प्रशासन ने दुबई से आए 40 लोगों को होम क्वारंटाइन किया है।")
    assert ("दुबई से आए 40 लोगों", "40 people arriving from Dubai") in got
    got = _targets("स्वास्थ्य विभाग ने विदेश से लौटे यात्रियों को क्वारंटाइन में रखा है।")
    assert ("विदेश से लौटे यात्रियों", "passengers returned from abroad") in got


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        ("सड़क पर थूकने वालों", "people spitting"),
        ("डॉक्टरों पर हमला करने वाले 12 लोगों", "12 attackers"),
        ("जमाखोरी करने वालों", "hoarders"),
        # an oblique plural before another noun: a phrase read across a clause, no English
        ("पुलिस लोगों बाहर निकलने वालों", None),
        ("दुकानों मालिकों", None),
    ],
)
def test_gloss_doers(phrase: str, english: str | None) -> None:
    assert gloss(phrase) == english


def test_glossary_has_no_function_words() -> None:
    # every word of a form counts as a glossary word to the argument readers
    # (events.objects.glossed_span): a postposition or negation there would carry a phrase
    # across a clause
    from khabar.events.glossary import _vocabulary

    assert not _vocabulary() & {"से", "में", "को", "ने", "पर", "के", "की", "का", "न", "नहीं"}


@pytest.mark.parametrize(
    ("phrase", "english"),
    [
        ("मेडिकल स्टोर छोड़कर बाकी सारी दुकानें", "all shops except medical stores"),  # ev119
        ("उन्हें छोड़ शेष कॉलेजों", "remaining colleges"),
        ("मंदिर, मस्जिद आदि", None),  # "मस्जिद" unknown: still nothing rather than a guess
        ("पार्क, धार्मिक स्थल आदि", "parks and religious places"),
        ("अन्य खुले क्षेत्र", "other open areas"),  # round ev83: "अन्य" counts more than one
    ],
)
def test_gloss_except_and_etc(phrase: str, english: str | None) -> None:
    assert gloss(phrase) == english

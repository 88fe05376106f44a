"""Round ner16 (issue 17): organisation boundaries the tagger and the KB cut short.

- An institution named by its acronym and its campus city ("एम्स ऋषिकेश", "आईआईटी गुवाहाटी")
  came out as an organisation and a city, or as a place ("पीजीआई" tagged a place).

The sentences are written like the news, not taken from any gold.
"""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.tagger import tokenize


def names(text: str) -> dict[str, str]:
    toks = tokenize(text)
    return {
        text[toks[c.i].start : toks[c.j - 1].end]: c.type
        for c in recognise(toks, load_kb(Config()), set())
        if c.kind == "name"
    }


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("गंभीर हालत में मरीज को एम्स भोपाल रेफर कर दिया गया है।", "एम्स भोपाल"),
        ("पीजीआई लखनऊ की लैब ने शुक्रवार को 212 नमूनों की जांच की।", "पीजीआई लखनऊ"),
        ("आईआईटी गुवाहाटी के छात्रों ने सस्ता वेंटिलेटर बनाया है।", "आईआईटी गुवाहाटी"),
        ("IIT जोधपुर के शोधकर्ताओं ने नई जांच किट तैयार की।", "IIT जोधपुर"),
    ],
)
def test_campus_acronym_and_its_city_are_one_organisation(text: str, org: str) -> None:
    found = names(text)
    assert found.get(org) == "ORGANIZATION", found


def test_campus_acronym_before_a_street_stays_alone() -> None:
    found = names("आईआईएम रोड पर शनिवार को पुलिस ने बैरिकेड लगाए।")
    assert "आईआईएम रोड" not in found, found


def persons(text: str) -> list[str]:
    return [w for w, t in names(text).items() if t == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "जिले के सभी अधिकारी सोमवार से दफ्तर में बैठकर काम करेंगे।",
        "मुख्य सचिव शुक्रवार को वीडियो कांफ्रेंसिंग से जिलाधिकारियों से बात करेंगे।",
    ],
)
def test_a_weekday_after_a_title_is_no_name(text: str) -> None:
    found = persons(text)
    assert not any(w in p for p in found for w in ("सोमवार", "शुक्रवार")), found


@pytest.mark.parametrize(
    "text",
    [
        "सीएम ने कहा कि राज्य में फिलहाल लॉकडाउन नहीं बढ़ाया जाएगा।",
        "उपायुक्त ने कहा कि बाहर से आने वाले सभी लोगों की जांच होगी।",
        "जॉइंट सेक्रटरी और उससे ऊपर के अधिकारी दफ्तर आएंगे।",
    ],
)
def test_an_office_alone_is_no_person(text: str) -> None:
    assert persons(text) == [], persons(text)


def test_joint_secretary_stays_outside_the_name() -> None:
    found = persons("गृह मंत्रालय में जॉइंट सेक्रटरी पुण्य सलिला श्रीवास्तव ने बताया कि दुकानें खुलेंगी।")
    assert "पुण्य सलिला श्रीवास्तव" in found, found


def test_a_given_name_that_is_a_title_stays_a_person() -> None:
    from khabar.entities.titles import office_alone
    from khabar.entities.translit import deva_key

    toks = tokenize("युवराज ने 40 रन बनाए")
    keys = [deva_key(t.text) for t in toks]
    assert not office_alone(toks, keys, load_kb(Config()), 0, 1)
    toks = tokenize("सीएम ने कहा")
    keys = [deva_key(t.text) for t in toks]
    assert office_alone(toks, keys, load_kb(Config()), 0, 1)


@pytest.mark.parametrize(
    "text", ["डीजीपी ने सभी जिलों के पुलिस कप्तानों को सख्ती के निर्देश दिए।", "बीडीओ ने गांव का दौरा किया।"]
)
def test_an_office_alone_is_no_organisation(text: str) -> None:
    found = names(text)
    assert "ORGANIZATION" not in found.values(), found


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "सीबीएसई और उत्तराखंड स्कूल बोर्ड ने बोर्ड परीक्षाएं टाल दी हैं।",
            {"सीबीएसई", "उत्तराखंड स्कूल बोर्ड"},
        ),
        (
            "जेएनयू, डीयू और जामिया मिल्लिया विश्वविद्यालय ने कक्षाएं निलंबित कर दी हैं।",
            {"जामिया मिल्लिया विश्वविद्यालय"},
        ),
    ],
)
def test_a_list_of_organisations_is_not_one(text: str, orgs: set[str]) -> None:
    found = {w for w, t in names(text).items() if t == "ORGANIZATION"}
    assert orgs <= found, found
    assert not any(" और " in w for w in found), found


def test_split_org_keeps_a_ministry_of_coordinated_subjects() -> None:
    from khabar.entities.structure import split_org
    from khabar.entities.tagger import gazetteer
    from khabar.entities.translit import deva_key

    gaz = gazetteer(load_kb(Config()))
    keys = [deva_key(w) for w in ["स्वास्थ्य", "एवं", "परिवार", "कल्याण", "मंत्रालय"]]
    assert split_org(keys, 0, 5, gaz) == [(0, 5)]
    keys = [deva_key(w) for w in ["जामिया", "और", "दिल्ली", "विश्वविद्यालय"]]
    assert split_org(keys, 0, 4, gaz) == [(0, 1), (2, 4)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("भोपाल के शिवाजी नगर निवासी एक व्यापारी की रिपोर्ट पॉजिटिव आई है।", "शिवाजी नगर"),
        ("पुलिस ने जामा मस्जिद के आसपास के इलाके को सील कर दिया।", "जामा मस्जिद"),
    ],
)
def test_a_place_head_ends_a_place_not_a_person(text: str, place: str) -> None:
    found = names(text)
    assert place not in persons(text), found
    assert not any(w.endswith("निवासी") for w in found), found


def test_a_name_suffix_after_a_title_word_is_no_name() -> None:
    found = persons("अमेरिका में नागरिक अधिकार नेता किंग जूनियर के भाषण की वर्षगांठ मनाई गई।")
    assert "जूनियर" not in found, found

"""Issue 13, round ev204: the English of a side says what its own Hindi phrase says. A "-वासी"
compound of a named country is its people ("इटलीवासियों" = people of Italy; "देशवासियों" is the
public of India since round nm6), a minister's portfolio is said ("फ्रांस के स्वास्थ्य मंत्री" = France health minister), and
a noun that modifies the head noun after it is glossed, not left out ("संसद परिसर" = Parliament
premises, "सभी राज्य सरकारों" = all state governments). Sentences short and quoted from the
allowed corpus day files of corpus/hindi-covid-2020, or written like them."""

from __future__ import annotations

from khabar.events.gloss import gloss
from khabar.events.group_words import dwellers_said, members_said, portfolio_said

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-21")


def test_the_countrys_dwellers_are_its_public() -> None:  # round nm6: the coders' name
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने देशवासियों से अपील की है कि कोरोना के डर से शहर छोड़कर गांवों"
        " की तरफ न भागें ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["public of India"]


def test_a_foreign_countrys_dwellers_are_its_people_not_its_nationals() -> None:
    art = analysed(
        "प्रधानमंत्री ग्यूसेप कोंते की सरकार ने इटलीवासियों को ‘बहुत लंबे’ समय तक लॉकडाउन के लिए"
        " तैयार रहने को कहा है ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["people of Italy"]


def test_dwellers_said_only_of_a_place() -> None:
    # "देशवासियों" names no country: the public of its country stays (round nm6)
    assert dwellers_said(["देशवासियों"], "public of India") is None
    assert dwellers_said(["हर देशवासी"], "public of India") is None
    assert dwellers_said(["देशवासियों"], "public of Italy") is None
    assert dwellers_said(["इटलीवासियों"], "Italians") == "people of Italy"
    assert dwellers_said(["इटलीवासियों"], "public of Italy") == "people of Italy"
    # not a place's dwellers: a migrant, a resident; a town's are its residents already
    assert dwellers_said(["प्रवासी मजदूरों"], "migrant workers") is None
    assert dwellers_said(["प्रवासी"], "migrants") is None
    assert dwellers_said(["निवासियों"], "residents of Mumbai") is None
    assert dwellers_said(["नगरवासियों"], "residents of Saharanpur") is None
    assert dwellers_said(["लोगों"], "public of India") is None  # "लोगों": the convention stays


def test_the_ministers_portfolio_is_said() -> None:
    art = analysed("फ्रांस के स्वास्थ्य मंत्री के इस दावे का समर्थन विश्व स्वास्थ्य संगठन (WHO) ने भी किया है ।")
    [ev] = _events(art, "SUPPORT")
    assert _names(art, ev, "target") == ["French health minister"]  # adjective: nm4
    assert portfolio_said(["महाराष्ट्र के स्वास्थ्य मंत्री"], "Maharashtra minister") == (
        "Maharashtra health minister"
    )
    assert portfolio_said(["कृषि मंत्री"], "minister") == "agriculture minister"
    # a bare minister, a chief minister and a named person are left as they are
    assert portfolio_said(["मंत्री"], "minister") is None
    assert portfolio_said(["मुख्यमंत्री"], "chief minister") is None
    assert portfolio_said(["स्वास्थ्य मंत्री"], "Harsh Vardhan") is None


def test_a_noun_modifying_the_head_is_glossed() -> None:
    assert gloss("संसद परिसर") == "Parliament premises"  # was "premises"
    assert gloss("संसद भवन") == "Parliament House"  # was "halls"
    assert gloss("सभी राज्य सरकारों") == "all state governments"  # was "all governments"
    assert gloss("राज्य त्वरित कार्रवाई दलों") == "state rapid response teams"
    assert gloss("सभी जिला कार्यालयों") == "all district offices"
    assert gloss("असंगठित क्षेत्र के कर्मचारियों") == "unorganised-sector employees"
    # a modifier alone after a plural quantifier is still the plural head ("सभी राज्य")
    assert gloss("सभी राज्य") == "all states"
    assert gloss("राज्य") is None
    # the glossary's own form is not said twice ("district district collectors")
    assert gloss("सभी जिला कलेक्टरों") == "all district collectors"


def test_a_jurisdiction_noun_before_a_genitive_is_no_kind() -> None:
    # "राज्य के लोगों" is the state's people, never "state people"
    assert gloss("राज्य के लोगों") == "people"
    assert gloss("राज्य के सभी पेंशनभोगियों") == "all pensioners"
    # the state's conjoined heads, all of them, not the last conjunct
    assert gloss("राज्य के सभी निजी और सरकारी स्कूल") == "all private and government schools"
    # a kind before की still makes a compound
    assert gloss("सरकारी शराब की दुकानों") == "government liquor shops"


def test_a_state_body_keeps_its_state_word_in_the_target() -> None:
    art = analysed("मुख्यमंत्री ने रविवार को राज्य कार्य बल की बैठक की अध्यक्षता की ।")
    evs = _events(art, "CONSULT")
    assert any(n.startswith("state task force") for ev in evs for n in _names(art, ev, "target"))


def test_members_of_parliament_are_not_any_houses_legislators() -> None:
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने भाजपा संसदीय दल की बैठक में सांसदों से कोरोना वायरस के बारे में"
        " जागरूकता फैलाने को कहा ।"
    )
    evs = _events(art, "REQUEST")
    assert [n for ev in evs for n in _names(art, ev, "target")] == ["members of parliament"]
    assert members_said(["संसद सदस्यों"], "legislators of India") == "members of parliament of India"
    # the state assemblies' members stay legislators
    assert members_said(["विधायकों"], "all legislators of Delhi") is None
    assert members_said(["सदस्यों"], "legislators") is None


def test_the_district_dwellers_written_as_two_words_are_its_residents() -> None:
    # the actor dictionary's "जिलावासियों" written apart: was a phrase with no English
    art = analysed(
        "मधुबनी के जिलाधिकारी नीलेश रामचंद्र देवरे ने जिले वासियों से अनुरोध किया है कि वह अपने-अपने"
        " घरों में रहें ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "target") == ["residents of Madhubani"]

"""Round ner20 (issue 17): a full name before its bracketed acronym stays whole and is the
acronym's entity; a single-letter initial (के, एम) inside a person's name is no genitive.
Sentences written like the news, not taken from any gold."""

from __future__ import annotations

import pytest

from entity_candidates import candidates as _cands
from entity_candidates import named as _named
from khabar.config import Config
from khabar.entities.crffeatures import acronym_letters
from khabar.entities.kb import load_kb
from khabar.entities.translit import deva_key


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


def test_acronym_letters():
    assert acronym_letters(deva_key("सीआरपीएफ")) == 4
    assert acronym_letters(deva_key("एसीसी")) == 3
    assert acronym_letters(deva_key("डब्ल्यूएचओ")) == 3
    assert acronym_letters(deva_key("पुलिस")) == 0


def test_force_before_its_known_acronym_stays_whole(kb):
    found = _cands(kb, "केंद्रीय रिजर्व पुलिस बल (सीआरपीएफ) के दो जवान संक्रमित पाए गए ।")
    full = [c for c in found if c[0] == "केंद्रीय रिजर्व पुलिस बल"]
    acr = [c for c in found if c[0] == "सीआरपीएफ"]
    assert full and full[0][1] == "ORGANIZATION"
    assert acr and acr[0][3] and full[0][3] == acr[0][3]  # one entity


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("रक्षा अनुसंधान एवं विकास संगठन (डीआरडीओ) ने नया किट बनाया ।", "रक्षा अनुसंधान एवं विकास संगठन"),
        ("सीमा सुरक्षा बल (बीएसएफ) के जवान गश्त कर रहे थे ।", "सीमा सुरक्षा बल"),
    ],
)
def test_full_name_of_as_many_words_as_the_acronym_has_letters(kb, text, name):
    assert (name, "ORGANIZATION") in _named(kb, text)


def test_no_organisation_from_a_bracketed_acronym_of_a_thing(kb):
    spans = _named(kb, "डॉक्टरों को व्यक्तिगत सुरक्षा उपकरण (पीपीई) दिए गए ।")
    assert not any(t == "ORGANIZATION" and "उपकरण" in s for s, t in spans)
    spans = _named(kb, "राज्य में पुलिस महानिदेशक (डीजीपी) ने बैठक ली ।")
    assert not any("महानिदेशक" in s for s, t in spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("त्रिपुरा के मुख्यमंत्री बिप्लब के देब ने बैठक बुलाई ।", "बिप्लब के देब"),
        ("जिला अस्पताल के चिकित्सा अधिकारी डा आर के शुक्ला ने बताया कि मरीज ठीक है ।", "आर के शुक्ला"),
    ],
)
def test_initial_ke_between_name_parts_after_a_title(kb, text, name):
    assert (name, "PERSON") in _named(kb, text)


def test_initial_ke_right_after_a_title(kb):
    spans = _named(kb, "राज्य के मुख्यमंत्री के चंद्रशेखर राव ने लॉकडाउन बढ़ाने की घोषणा की ।")
    assert ("के चंद्रशेखर राव", "PERSON") in spans


@pytest.mark.parametrize(
    "text",
    [
        "मोदी के समर्थक सड़कों पर उतर आए ।",
        "वैशाली जिले के रमेश पासवान ने बताया कि गांव में राशन नहीं पहुंचा ।",
        "अस्पताल के प्रवक्ता डॉ सुनील के मुताबिक मरीज की हालत स्थिर है ।",
    ],
)
def test_genitive_ke_stays_out_of_names(kb, text):
    assert not any(s.startswith("के ") or " के " in s for s, t in _named(kb, text) if t == "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "पीड़िता ने थाने में शिकायत दर्ज कराई है ।",
        "गोंडा निवासी युवक को जांच के लिए अस्पताल भेजा गया ।",
        "नेवी के 12 जवान संक्रमित पाए गए हैं ।",
        "कंपनी के स्पोक्सपर्सन ने कहा कि उत्पादन बंद रहेगा ।",
        "जिलाधीश ने अधिकारियों को निर्देश दिए ।",
    ],
)
def test_common_nouns_are_no_one_word_persons(kb, text):
    assert not any(t == "PERSON" for s, t in _named(kb, text))


def test_a_name_beside_a_common_noun_stays(kb):
    spans = _named(kb, "पीड़िता ने बताया कि गांव का रमेश कुमार उसे धमका रहा था ।")
    assert ("रमेश कुमार", "PERSON") in spans


def test_a_discourse_word_before_a_solid_compound_is_no_part_of_the_full_name(kb):
    spans = _named(kb, "हालांकि अंतरराष्ट्रीय मुद्राकोष (आईएमएफ) ने विकास दर का अनुमान घटा दिया ।")
    assert not any(s.startswith("हालांकि") for s, t in spans)

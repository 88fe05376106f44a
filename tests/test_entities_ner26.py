"""Round ner26 (issue 17): a person or place never runs across a list's comma; an institution
named after a person takes the person's name in. Sentences written like the news, not taken
from any gold."""

from __future__ import annotations

import pytest

from entity_candidates import named
from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.recognize import _split_at_commas, recognise
from khabar.entities.tagger import Tok
from khabar.eval.ner import _words_as_tokens


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


def _names_of_words(kb, text: str) -> list[tuple[str, str]]:
    """Names read from pre-split words, as the gold sets give them (commas glued to the word
    before, as HiNER has them)."""
    words = text.split()
    return [
        (" ".join(words[c.i : c.j]), c.type)
        for c in recognise(_words_as_tokens(words), kb, set())
        if c.kind == "name"
    ]


def _toks(text: str) -> list[Tok]:
    return [Tok(0, 0, w) for w in text.split()]


def test_split_at_commas_cuts_persons_and_places_only():
    toks = _toks("दल में अमित शर्मा , विजय सिंह, रमेश यादव और मंत्रालय , विभाग हैं")
    spans = [(2, 9, "PER"), (10, 13, "ORG")]
    assert _split_at_commas(spans, toks) == [(2, 4, "PER"), (5, 7, "PER"), (7, 9, "PER"), (10, 13, "ORG")]
    assert _split_at_commas([(2, 4, "LOC")], toks) == [(2, 4, "LOC")]  # no comma inside


def test_listed_persons_with_glued_commas_are_apart(kb):
    spans = _names_of_words(kb, "टीम में राहुल द्रविड़, अनिल कुंबले, जहीर खान और सौरव गांगुली शामिल हैं ।")
    assert ("राहुल द्रविड़,", "PERSON") in spans and ("अनिल कुंबले,", "PERSON") in spans
    assert not any("," in s[:-1] for s, _ in spans)


def test_a_ministry_keeps_its_coordinated_subjects(kb):
    spans = _names_of_words(kb, "मत्स्यपालन, पशुपालन एवं डेरी मंत्रालय ने नया आदेश जारी किया ।")
    assert ("मत्स्यपालन, पशुपालन एवं डेरी मंत्रालय", "ORGANIZATION") in spans


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("एम. एस. स्वामीनाथन रिसर्च फाउंडेशन के संस्थापक ने बयान दिया ।", "एम . एस . स्वामीनाथन रिसर्च फाउंडेशन"),
        ("उन्होंने राजीव गांधी फाउंडेशन को दान दिया ।", "राजीव गांधी फाउंडेशन"),
        ("किंग जॉर्ज मेडिकल यूनिवर्सिटी में प्लाज्मा थेरेपी शुरू हुई ।", "किंग जॉर्ज मेडिकल यूनिवर्सिटी"),
        ("मरीज को जी. बी. पंत अस्पताल में भर्ती कराया गया ।", "जी . बी . पंत अस्पताल"),
    ],
)
def test_institution_named_after_a_person_is_whole(kb, text, org):
    spans = named(kb, text)
    assert (org, "ORGANIZATION") in spans
    assert not any(t == "PERSON" for _, t in spans)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("मंत्री सत्येंद्र जैन अस्पताल में भर्ती हैं ।", "सत्येंद्र जैन"),
        ("विधायक राजेश कुमार कॉलेज पहुंचे और छात्रों से मिले ।", "राजेश कुमार"),
        ("कलेक्टर सुनील वर्मा अस्पताल का निरीक्षण करने पहुंचे ।", "सुनील वर्मा"),
    ],
)
def test_a_person_going_to_an_institution_stays_a_person(kb, text, person):
    spans = named(kb, text)
    assert (person, "PERSON") in spans
    assert not any(t == "ORGANIZATION" for _, t in spans)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("पश्चिम में महादेव पहाड़ियां और पूर्व में गढ़चिरौली के जंगल हैं ।", "महादेव"),
        ("जिले के उत्तर में सतपुड़ा पहाड़ियां और दक्षिण में मैदान हैं ।", "सतपुड़ा"),
    ],
)
def test_a_plural_landform_word_is_outside_the_place(kb, text, place):
    spans = named(kb, text)
    assert any(s == place and t in ("LOCATION", "REGION", "CITY") for s, t in spans)
    assert not any("पहाड़ियां" in s for s, _ in spans)


def test_places_before_a_plural_class_word_stay(kb):
    spans = named(kb, "भारी बारिश से गंगा और यमुना नदियों में जलस्तर बढ़ गया ।")
    assert {"गंगा", "यमुना"} <= {s for s, _ in spans}
    assert not any("नदियों" in s for s, _ in spans)

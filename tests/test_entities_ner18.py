"""Round ner18 (issue 17): kinds of wrong persons users saw in `khabar entities --type person`
on the COVID corpus: a site's domain suffix, a lone common noun, an adverb before a name,
English page boilerplate. Sentences written like the news, not taken from any gold."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.tagger import tokenize


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


def _spans(kb, text: str) -> list[tuple[str, str]]:
    toks = tokenize(text)
    return [(" ".join(t.text for t in toks[c.i : c.j]), c.type) for c in recognise(toks, kb, set())]


def test_site_suffix_is_no_person(kb):
    spans = _spans(kb, "यह खबर ऑटो-अपलोड हुई है । इसे अमरउजाला.कॉम की टीम ने एडिट नहीं किया है ।")
    assert ("कॉम", "PERSON") not in spans
    assert all(t != "PERSON" for _, t in spans)
    assert ("अमरउजाला . कॉम", "ORGANIZATION") in spans


def test_lone_department_noun_is_no_person(kb):
    spans = _spans(kb, "जिला अस्पताल के मेडिसिन विभाग के डॉ. राकेश वर्मा ने बताया कि हालत ठीक है ।")
    assert ("मेडिसिन", "PERSON") not in spans
    assert ("राकेश वर्मा", "PERSON") in spans


def test_adverb_not_part_of_name(kb):
    spans = _spans(kb, "फंसे यात्रियों ने कहा कि अब अल्लाह के हाथ में है कि वे घर लौट पाएंगे ।")
    assert not any(text.startswith("अब ") for text, _ in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Patna Corona Latest Updates : पटना में कोरोना के नए मामले मिले ।",
        "Publish Date : Mon , 09 Mar 2020 05:18 PM",
        "शहर के Containment Zone में Prevention Tips बांटे गए ।",
        "Bihar News Update : गया में कोरोना के दो नए मरीज मिले ।",
        "Lockdown in Delhi : दिल्ली में दुकानें बंद रहीं ।",
    ],
)
def test_english_boilerplate_is_no_person(kb, text):
    spans = _spans(kb, text)
    assert all(t != "PERSON" for _, t in spans)
    # nor a place made of the boilerplate ("News Update", "Lockdown in Delhi" as one place)
    assert not any("Update" in span or "Lockdown" in span for span, _ in spans)


def test_english_name_still_found(kb):
    assert ("Lav Agarwal", "PERSON") in _spans(kb, "स्वास्थ्य मंत्रालय के संयुक्त सचिव Lav Agarwal ने कहा ।")


def test_devanagari_site_address_ends_no_sentence():
    from khabar.lang.sentences import split_sentences

    text = "यह खबर एजेंसी फीड से ली गई है । इसे अमरउजाला.कॉम की टीम ने नहीं बदला है । बाजार बंद है.इसके बाद"
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert "इसे अमरउजाला.कॉम की टीम ने नहीं बदला है ।" in parts
    assert "बाजार बंद है." in parts  # the glued-period typo still ends its sentence


def test_english_block_is_a_place(kb):
    spans = _spans(kb, "Rampur Block में 12 नए मरीज मिले ।")
    assert ("Rampur Block", "LOCATION") in spans

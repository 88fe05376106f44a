"""Round ner28 (issue 17): a class word for a place (देश, राज्य, शहर, जिले …) written before the
place's name stays outside the tagger's place; an organisation keeps it. Short sentences from
IL-NER dev's kind of text (the first a phrase of one of its sentences) and written like the news."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.recognize import CLASSES_BEFORE, PLACE_CLASSES, recognise
from khabar.entities.translit import deva_key
from khabar.eval.ner import _words_as_tokens


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


def _names(kb, text: str) -> list[tuple[str, str]]:
    words = text.split()
    return [
        (" ".join(words[c.i : c.j]), c.type)
        for c in recognise(_words_as_tokens(words), kb, set())
        if c.kind == "name"
    ]


def test_the_class_word_before_a_country_stays_outside_it(kb):
    names = _names(kb, "सदस्य देश सेन्ट्रल अफ्रीकी रिपब्लिक की सरकार ने")
    assert ("सेन्ट्रल अफ्रीकी रिपब्लिक", "LOCATION") in names
    assert not any(n.startswith("देश") for n, _ in names)


def test_known_places_after_a_class_word_are_unchanged(kb):
    assert _names(kb, "पड़ोसी देश नेपाल में भूकंप आया") == [("नेपाल", "COUNTRY")]
    assert _names(kb, "राज्य उत्तर प्रदेश में") == [("उत्तर प्रदेश", "REGION")]


def test_the_class_words_are_those_after_a_place_too():
    """The words are the class nouns of places (the singular ones also follow a place's name,
    PLACE_CLASSES): no word of a name's own."""
    for w in ("जिले", "राज्य", "शहर", "प्रांत"):
        assert deva_key(w) in CLASSES_BEFORE and deva_key(w) in PLACE_CLASSES
    assert deva_key("नगर") not in CLASSES_BEFORE  # "नगर निगम", "शिवाजी नगर": part of names

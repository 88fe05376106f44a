"""District and police offices of local news stay outside a person's name (issues 17 and 13).

"एसडीएम <name> ने ..." took the acronym into the PERSON span, which both broke the NER convention
(titles outside the name) and lost the event its agent (the name's id carried the title). The
sentences are written like local news, not taken from any gold.
"""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.entities.crffeatures import HONORIFIC_BEFORE
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.tagger import tokenize
from khabar.entities.titles import OFFICE_TITLES, TITLE_MODIFIERS, is_title_word, trim_person
from khabar.entities.translit import deva_key
from khabar.model import Article
from khabar.pipeline import run_local


def persons(text: str) -> set[str]:
    toks = tokenize(text)
    return {
        text[toks[c.i].start : toks[c.j - 1].end]
        for c in recognise(toks, load_kb(Config()), set())
        if c.kind == "name" and c.type == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("एसडीएम राजेश कुमार सिंह ने बाजार का निरीक्षण किया।", "राजेश कुमार सिंह"),
        ("एसएसपी अजय पाल शर्मा ने थाने का दौरा किया।", "अजय पाल शर्मा"),
        ("डीआईजी सुभाष चंद्र दुबे ने पुलिसकर्मियों को निर्देश दिए।", "सुभाष चंद्र दुबे"),
        ("सीओ अनिल यादव ने लोगों से घरों में रहने की अपील की।", "अनिल यादव"),
        ("तहसीलदार विनोद कुमार ने राशन वितरण की जांच की।", "विनोद कुमार"),
        ("कोतवाल रविंद्र सिंह ने दुकानें बंद कराईं।", "रविंद्र सिंह"),
        # after a place genitive
        ("करनाल के उपायुक्त निशांत कुमार यादव ने कंटेनमेंट जोन की घोषणा की।", "निशांत कुमार यादव"),
        # an office of two words: the modifier goes out with the title
        ("नायब तहसीलदार सुरेश पाल ने गांव में राशन बंटवाया।", "सुरेश पाल"),
    ],
)
def test_a_local_office_stays_outside_the_name(text: str, name: str) -> None:
    found = persons(text)
    assert name in found, found
    assert not any(s != name and s.endswith(name) for s in found), found


def test_the_office_list_holds_the_acronyms_and_no_given_name() -> None:
    for word in ["एसडीएम", "एसएसपी", "डीआईजी", "आईजी", "डीजीपी", "सीओ", "थानाध्यक्ष", "उपायुक्त"]:
        assert deva_key(word) in OFFICE_TITLES and is_title_word(deva_key(word)), word
    # a modifier alone is no title: "थाना" and "पुलिस" begin no name-trimming by themselves
    for word in ["थाना", "पुलिस", "नायब"]:
        assert deva_key(word) in TITLE_MODIFIERS and not is_title_word(deva_key(word)), word


def test_a_name_without_an_office_is_kept_whole() -> None:
    found = persons("राहुल कुमार शर्मा ने अस्पताल का दौरा किया।")
    assert "राहुल कुमार शर्मा" in found, found


@pytest.mark.parametrize("title", ["एसडीएम", "डीसीपी", "थानाध्यक्ष", "डीजीपी", "एडीएम", "दरोगा"])
def test_the_event_keeps_the_named_officer_as_its_agent(title: str) -> None:
    text = f"{title} महेंद्र प्रताप सिंह ने मोहल्ले को सील कर दिया।"
    (art,) = run_local([Article(id="t", text=text, language="hi", dct="2020-05-02")], Config())
    ids = [m.entity_id for m in art.mentions if m.text == "महेंद्र प्रताप सिंह"]
    assert ids and not any(title in m.text for m in art.mentions), art.mentions
    assert any(ids[0] in (e.source or []) for e in art.events), art.events


@pytest.mark.parametrize(
    ("span", "start"),
    [
        ("एसएसपी पाठक", 1),  # a three-letter office before a surname: the office
        ("सीओ अनिल कुमार", 1),  # a two-letter office before two words: the office
        ("आईजी हॉल", 0),  # two letters before one word may be initials (I. G. Hall): kept
        ("पीएम तिवारी", 1),  # a KB title (PM) is always the office
    ],
)
def test_an_acronym_office_or_initials(span: str, start: int) -> None:
    toks = tokenize(span)
    keys = [deva_key(t.text) for t in toks]
    assert trim_person(toks, keys, load_kb(Config()), 0, len(toks), HONORIFIC_BEFORE) == start

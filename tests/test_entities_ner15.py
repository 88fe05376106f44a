"""Round ner15 (issue 17): initials before a KB person, and a leading "जी" of a run of initials.

- Round ner14 joined the tokenizer's split dots of initials to the tagger's persons; a person
  the KB knows by surname ("नड्डा") still lost them ("जे . पी . नड्डा" came out as नड्डा).
- "जी" and "ए" are letters and words: a leading one was dropped ("जी एस अयंगर" → "एस अयंगर"),
  but "इमाम ए जुमा" is a title, not initials.

The sentences are written like the news, not taken from any gold.
"""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.kbmatch import Cand
from khabar.entities.recognize import recognise
from khabar.entities.structure import initials_before
from khabar.entities.tagger import tokenize
from khabar.entities.translit import deva_key


def persons(text: str) -> list[tuple[str, Cand]]:
    toks = tokenize(text)
    return [
        (text[toks[c.i].start : toks[c.j - 1].end], c)
        for c in recognise(toks, load_kb(Config()), set())
        if c.kind == "name" and c.type == "PERSON"
    ]


@pytest.mark.parametrize(
    "name",
    ["जे . पी . नड्डा", "जे.पी. नड्डा", "जे. पी. नड्डा", "जेपी नड्डा", "जे पी नड्डा"],
)
def test_initials_join_a_kb_person_and_keep_the_link(name: str) -> None:
    text = f"भाजपा के राष्ट्रीय अध्यक्ष {name} ने शनिवार को पार्टी कार्यकर्ताओं से राशन बांटने की अपील की।"
    found = dict(persons(text))
    assert name in found, found
    assert [e.id for e in found[name].entries] == ["person/jp-nadda"]


def test_a_kb_person_without_initials_stays_as_it_was() -> None:
    # "पीएम" is an office, not two initials; no dot, no single letter
    found = dict(persons("पीएम मोदी ने रविवार को मन की बात में लॉकडाउन के नियम मानने को कहा।"))
    assert "मोदी" in found and "पीएम मोदी" not in found, found


def test_a_leading_ji_before_an_initial_is_part_of_the_name() -> None:
    text = "खाद्य नियामक के प्रमुख जी एस अयंगर ने कहा कि चिकन खाने से संक्रमण नहीं फैलता।"
    found = dict(persons(text))
    assert "जी एस अयंगर" in found, found


def test_a_before_a_word_stays_out_of_the_name() -> None:
    text = "इमाम ए जुमा ने लोगों से घर पर ही नमाज पढ़ने की अपील की।"
    assert not any(n.startswith("ए ") or n.startswith("इमाम") for n, _ in persons(text))


def test_initials_before_with_a_leading_letter_word() -> None:
    def first(words: str, i: int) -> int:
        ws = words.split()
        return initials_before([deva_key(w) for w in ws], tokenize(words), i)

    # "जी" or "ए" before an initial that is no word leads the run
    assert first("प्रमुख जी एस अयंगर ने", 3) == 1
    assert first("प्रमुख जी एस अयंगर ने", 2) == 1
    assert first("वैज्ञानिक ए एस किरण कुमार", 3) == 1
    # before a word it is no initial, and "के" (the postposition) never leads
    assert first("इमाम ए जुमा ने", 2) == 2
    assert first("जिले के एस पी सिंह ने", 4) == 2

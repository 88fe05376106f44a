"""Round ner14 (issue 17): coordinated ministry names, dotted initials, "<person> सरकार".

- A ministry's or department's name coordinates its subjects ("इलेक्ट्रॉनिक्स और सूचना
  प्रौद्योगिकी मंत्रालय"); the tagger often starts after the "और".
- The tokenizer splits the dot of an initial ("पी. विजयन" is "पी", ".", "विजयन"), so the
  initials were left out of the person's name.
- "उद्धव सरकार" (a known person's government) was one person's name.

The sentences are written like the news, not taken from any gold.
"""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.structure import coordinated_start, initials_before
from khabar.entities.tagger import tokenize
from khabar.entities.translit import deva_key


def names(text: str, kind: str) -> set[str]:
    toks = tokenize(text)
    return {
        text[toks[c.i].start : toks[c.j - 1].end]
        for c in recognise(toks, load_kb(Config()), set())
        if c.kind == "name" and c.type == kind
    }


def test_a_ministry_takes_in_its_coordinated_subject() -> None:
    text = "भारत सरकार के इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय ने नई नीति का मसौदा जारी किया।"
    found = names(text, "ORGANIZATION")
    assert "इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय" in found, found


@pytest.mark.parametrize(
    "text",
    [
        # two departments, each of one word before the head
        "प्रशासन और स्वास्थ्य विभाग की टीम ने गांव में सर्वे किया।",
        "पुलिस और स्वास्थ्य विभाग के कर्मचारी चौराहे पर तैनात रहे।",
    ],
)
def test_a_one_word_department_after_and_stays_alone(text: str) -> None:
    found = names(text, "ORGANIZATION")
    assert not any(n.startswith(("प्रशासन", "पुलिस")) for n in found), found


def test_coordinated_start_rules() -> None:
    def start(words: str, i: int) -> int:
        ws = words.split()
        return coordinated_start(tokenize(words), [deva_key(w) for w in ws], i, len(ws), frozenset(), {})

    # the subject before "और" joins a span of two words before the head
    assert start("इलेक्ट्रॉनिक्स और सूचना प्रौद्योगिकी मंत्रालय", 2) == 0
    # not a one-word subject after the coordinator, nor another head before it
    assert start("प्रशासन और स्वास्थ्य विभाग", 2) == 2
    assert start("आयोग और जल शक्ति मंत्रालय", 2) == 2
    # a second "and" inside the span: a list of departments
    assert start("नापतौल व खाद्य एवं औषधि विभाग", 2) == 2
    # the comma lists as often as it joins
    assert start("गृह , सूचना प्रसारण मंत्रालय", 2) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("केरल के मुख्यमंत्री पी. विजयन ने शुक्रवार को नए प्रतिबंधों की घोषणा की।", "पी. विजयन"),
        ("कर्नाटक के स्वास्थ्य मंत्री बी. श्रीरामुलु ने अस्पताल का दौरा किया।", "बी. श्रीरामुलु"),
        ("कंपनी के चेयरमैन एन. चंद्रशेखरन ने कर्मचारियों को पत्र लिखा।", "एन. चंद्रशेखरन"),
    ],
)
def test_a_dotted_initial_joins_the_name(text: str, name: str) -> None:
    found = names(text, "PERSON")
    assert name in found, found


def test_initials_before_steps_over_split_dots_only_after_a_letter() -> None:
    def first(words: str, i: int) -> int:
        ws = words.split()
        return initials_before([deva_key(w) for w in ws], tokenize(words), i)

    assert first("मंत्री पी . विजयन ने", 3) == 1
    assert first("एम . एस . स्वामीनाथन ने", 4) == 0
    # a sentence's full stop before a name is no initial's dot
    assert first("बात कही . विजयन ने", 3) == 3
    # "के" with a dot is an initial (the postposition takes none), and so is the one before it
    assert first("वैज्ञानिक सलाहकार के . विजय राघवन", 4) == 2
    assert first("ए . के . सिंह ने", 4) == 0
    # but "के" without a dot before the name stays the postposition
    assert first("राज्य के विजयन ने", 2) == 2


def test_a_known_persons_government_is_not_his_name() -> None:
    found = names("उद्धव सरकार ने कहा कि स्कूल अगले महीने तक बंद रहेंगे।", "PERSON")
    assert "उद्धव सरकार" not in found, found


@pytest.mark.parametrize(
    ("text", "plural"),
    [
        ("मुख्यमंत्री उच्च अधिकारियों के साथ सुबह समीक्षा बैठक करेंगे।", "अधिकारियों"),
        ("पार्षदों ने कहा कि वार्ड में सफाई नहीं हो रही है।", "पार्षदों"),
    ],
)
def test_a_plural_noun_ends_no_persons_name(text: str, plural: str) -> None:
    found = names(text, "PERSON")
    assert not any(n.endswith(plural) for n in found), found


def test_common_plural_reads_the_stem_in_training() -> None:
    from khabar.entities.structure import common_plural

    for word in ["अधिकारियों", "पार्षदों", "राज्यों"]:
        assert common_plural(deva_key(word)), word
    # a foreign name with the same ending, and a plural whose stem training never saw
    for word in ["मैक्रों", "लड़कों"]:
        assert not common_plural(deva_key(word)), word

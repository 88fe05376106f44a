"""Latin acronyms in Hindi text: an organisation's name, or an abbreviation of a thing.

Round ner12: the rule that makes an acronym the KB does not know an organisation also took
COVID, PM, PPE, FIR. An acronym whose Devanagari spelling training has only outside names, or one
with a number joined to it, is no organisation. Sentences are written like the news, not taken
from any gold.
"""

from __future__ import annotations

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.tagger import acronym_is_ordinary, spelled_acronym_key, tokenize
from khabar.entities.translit import deva_key


def organisations(text: str) -> set[str]:
    toks = tokenize(text)
    return {
        " ".join(t.text for t in toks[c.i : c.j])
        for c in recognise(toks, load_kb(Config()), set())
        if c.type == "ORGANIZATION" and c.kind == "name"
    }


def test_a_latin_acronym_is_spelled_with_hindi_letter_names() -> None:
    assert spelled_acronym_key("ICMR") == deva_key("आईसीएमआर")
    assert spelled_acronym_key("WHO") == deva_key("डब्ल्यूएचओ")
    assert spelled_acronym_key("Covid") is None
    assert spelled_acronym_key("") is None


def test_abbreviations_training_leaves_untagged_are_ordinary() -> None:
    assert acronym_is_ordinary("PPE") and acronym_is_ordinary("FIR")
    assert not acronym_is_ordinary("CRPF")


def test_abbreviations_of_things_are_no_organisations() -> None:
    got = organisations(
        "अस्पताल में PPE किट की कमी पर डॉक्टरों ने FIR दर्ज कराई, जबकि COVID-19 के मरीज बढ़ रहे हैं।"
    )
    assert not {"PPE", "FIR", "COVID"} & got
    assert "COVID" not in organisations("शहर में COVID 19 के 12 नए मामले मिले।")


def test_an_office_the_kb_knows_by_its_acronym_is_no_organisation() -> None:
    assert "CM" not in organisations("लॉकडाउन पर CM ने अफसरों के साथ बैठक की।")


def test_unknown_organisation_acronyms_stay_organisations() -> None:
    got = organisations("सीमा पर तैनात CRPF के जवानों को AIIMS में भर्ती कराया गया।")
    assert {"CRPF", "AIIMS"} <= got


def names(text: str) -> set[tuple[str, str]]:
    toks = tokenize(text)
    return {
        (" ".join(t.text for t in toks[c.i : c.j]), c.type)
        for c in recognise(toks, load_kb(Config()), set())
        if c.kind == "name"
    }


def test_acronyms_in_a_run_of_english_capitals_are_no_names() -> None:
    got = names("अपडेटेड 05:30 PM IST , ITR GST की तारीख बढ़ी और COV IND के नए आंकड़े आए।")
    assert not {n for n, _ in got} & {"PM IST", "IST", "ITR GST", "ITR", "GST", "COV IND", "COV"}


def test_an_acronym_after_an_english_title_is_no_part_of_a_name() -> None:
    got = names("राज्य में PM CARES फंड के लिए CM Yogi ने अपील की।")
    assert ("PM CARES", "PERSON") not in got and ("CARES", "PERSON") not in got
    assert ("CM Yogi", "PERSON") not in got

"""Round ner29 (issue 17): ``tools/e5_word_classes.py``, the table of e5 sub-word classes the
round measured as CRF attributes and did not keep (docs/entities-rounds.md). The table keys are
the tagger's folded words; each is spelt, for the e5 tokenizer, by its commonest written form, so
the spellings of one name the fold joins give one vector, not two."""

from __future__ import annotations

from collections import Counter

from khabar.entities.translit import deva_key
from scripts import load_script

tool = load_script("tools", "e5_word_classes")


def test_one_key_for_the_spellings_of_a_name_spelt_by_the_commonest():
    # "राष्ट्रपति ट्रंप ने कहा" and "राष्ट्रपति ट्रम्प ने कहा": the half nasal folds to the anusvara
    sentences = ["राष्ट्रपति ट्रंप ने कहा", "राष्ट्रपति ट्रम्प ने कहा", "ट्रंप"]
    table = tool.spellings(Counter(w for s in sentences for w in s.split()))
    assert deva_key("ट्रम्प") == deva_key("ट्रंप")
    assert table[deva_key("ट्रंप")] == "ट्रंप"
    assert list(table) == sorted(table)
    assert len(table) == 4


def test_a_tie_takes_the_smaller_form_and_a_tab_is_left_out():
    table = tool.spellings(Counter({"ट्रम्प": 2, "ट्रंप": 2, "a\tb": 1}))
    assert table == {deva_key("ट्रंप"): min("ट्रम्प", "ट्रंप")}

"""Title clusters before unknown names, and the names of one list agreeing in type."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.entities import titles
from khabar.entities.clusters import word_clusters
from khabar.entities.kb import load_kb
from khabar.entities.recognize import recognise
from khabar.entities.rules import NAME_CLOSERS, NOT_NAMES, STOP
from khabar.entities.structure import list_agreement
from khabar.entities.tagger import tokenize, training_sentences
from khabar.entities.titles import (
    GIVEN_NAME_TITLES,
    TITLE_CLUSTERS,
    TITLES_IN_NAMES,
    given_name_titles,
    is_title_word,
    names_after_titles,
    title_clusters,
    titles_in_names,
)
from khabar.entities.translit import deva_key


def names(text: str) -> set[tuple[str, str]]:
    toks = tokenize(text)
    return {
        (text[toks[c.i].start : toks[c.j - 1].end], c.type)
        for c in recognise(toks, load_kb(Config()), set())
        if c.kind == "name"
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Titles the KB does not list, of the cluster of मंत्री and सचिव: the name after them.
        ("इस बैठक में सहायक सचिव सैटरफील्ड ने भाग लिया।", "सैटरफील्ड"),
        ("बाद में कमिश्नर रोहिताश्व ने शहर का दौरा किया।", "रोहिताश्व"),
        ("उनके साथ इंस्पेक्टर राघवेंद्र सिंह ने जांच की।", "राघवेंद्र सिंह"),
        # Offices the clusters miss (round ner9, OFFICE_TITLES): outside the name, before it.
        ("बैठक में राजदूत जस्टर ने दोनों देशों के संबंधों पर बात की ।", "जस्टर"),
        ("इस मौके पर डीन मार्था हैरिसन , छात्र और शिक्षक मौजूद थे ।", "मार्था हैरिसन"),
    ],
)
def test_a_name_after_a_title_word_is_a_person_without_the_title(text: str, name: str) -> None:
    found = names(text)
    assert (name, "PERSON") in found, found
    assert not any(t == "PERSON" and s != name and s.endswith(name) for s, t in found), found


def test_title_words_are_the_cluster_of_offices_not_names_or_function_words() -> None:
    for word in ["मंत्री", "सचिव", "कलेक्टर", "अध्यक्ष", "राजदूत", "विधायक"]:
        assert is_title_word(deva_key(word)), word
    # Nor are words of the cluster that training keeps inside names (जनरल of "जनरल जोन्स").
    for word in ["ने", "राहुल", "दिल्ली", "कहा", "जनरल"]:
        assert not is_title_word(deva_key(word)), word


def test_no_name_after_a_title_without_a_closing_case_marker_or_with_common_words() -> None:
    for text in ["सचिव", "सचिव ने कहा", "मंत्री सचिव", "उस समय मंत्री , सचिव , और अधिकारी मौजूद रहेंगे।"]:
        toks = tokenize(text)
        keys = [deva_key(t.text) for t in toks]
        assert names_after_titles(toks, keys, set(), STOP, NAME_CLOSERS, NOT_NAMES) == [], text
    assert names_after_titles([], [], set(), STOP, NAME_CLOSERS, NOT_NAMES) == []


def test_title_clusters_are_counted_from_gold_sentences() -> None:
    clusters = {"मंत्रि": "1.1", "राम": "2.2", "ने": "3.3"}
    gold = [(["मंत्री", "राम", "ने"], ["O", "B-PER", "O"])] * 5
    assert title_clusters(gold, clusters) == frozenset({"1.1"})
    # A cluster that begins names as often as it stands before them is no title.
    both = gold + [(["मंत्री", "राम"], ["B-PER", "I-PER"])] * 5
    assert title_clusters(both, clusters) == frozenset()
    assert title_clusters([], clusters) == frozenset()
    # A title word that also begins names in training is kept inside them.
    clusters[deva_key("जनरल")] = "1.1"
    ranks = gold * 2 + [(["जनरल", "राम"], ["B-PER", "I-PER"])] * 2
    ranks += [(["जनरल", "राम", "ने"], ["O", "B-PER", "O"])]
    assert title_clusters(ranks, clusters) == frozenset({"1.1"})
    assert titles_in_names(ranks, clusters) == frozenset({deva_key("जनरल")})
    assert titles_in_names(gold, clusters) == frozenset()


def test_committed_title_clusters_are_what_the_training_data_gives(shared_data: Path) -> None:
    sentences = [s for part in training_sentences(Config(data_dir=shared_data)).values() for s in part]
    assert title_clusters(sentences, word_clusters()) == TITLE_CLUSTERS
    assert titles_in_names(sentences, word_clusters()) == TITLES_IN_NAMES
    kb = load_kb(Config(data_dir=shared_data))
    assert given_name_titles(sentences, kb) == GIVEN_NAME_TITLES


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A KB title that is also a given name (round ner10): the name begins with it ...
        ("फाइनल में कप्तान युवराज सिंह ने 40 गेंदों पर 70 रन बनाए।", "युवराज सिंह"),
        ("स्टेडियम में युवराज सिंह , सचिन और सहवाग मौजूद थे।", "युवराज सिंह"),
        # ... unless it follows a place: then it is the office, outside the name.
        ("कुवैत के अमीर शेख सबाह ने राहत पैकेज का एलान किया।", "शेख सबाह"),
        ("ब्रिटेन के युवराज चार्ल्स ने अस्पताल का दौरा किया।", "चार्ल्स"),
    ],
)
def test_a_title_that_is_also_a_given_name_begins_the_name_unless_after_a_place(
    text: str, name: str
) -> None:
    found = names(text)
    assert (name, "PERSON") in found, found
    assert not any(t == "PERSON" and s != name and (name in s or s in name) for s, t in found), found


def test_given_name_titles_are_counted_from_gold_sentences() -> None:
    kb = load_kb(Config())
    starts = [(["युवराज", "सिंह", "ने"], ["B-PER", "I-PER", "O"])] * 3
    before = [(["युवराज", "चार्ल्स", "ने"], ["O", "B-PER", "O"])]
    assert given_name_titles(starts + before, kb) == frozenset({deva_key("युवराज")})
    assert given_name_titles(starts + before * 3, kb) == frozenset()  # as often before: a title
    assert given_name_titles(starts[:2], kb) == frozenset()  # too rare to tell


def test_counting_without_training_data_is_one_line_e040(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path / "absent"))
    assert titles.main([]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("E040 ") and "\n" not in captured.err.strip()
    assert captured.out == ""


def test_a_missed_item_between_places_of_a_comma_list_is_a_place() -> None:
    found = names("बैठक में चिली , क्यूबा , होंडुराज , फिनलैंड और फ्रांस के प्रतिनिधि आए।")
    assert ("होंडुराज", "LOCATION") in found, found


def test_list_agreement_retypes_the_odd_tagger_name_and_fills_gaps() -> None:
    text = "चिली , क्यूबा , एल सालवाडोर , फिनलैंड , होंडुराज , फ्रांस"
    toks = tokenize(text)
    keys = [deva_key(t.text) for t in toks]
    listed = [(0, 1, "LOC", False), (2, 3, "LOC", False), (4, 6, "PER", True),
              (7, 8, "LOC", False), (11, 12, "LOC", False)]
    retyped, added = list_agreement(toks, keys, listed, STOP)
    assert retyped == {2: "LOC"}
    assert added == [(9, 10, "LOC")]
    # A KB name is never retyped, and two names are no list.
    assert list_agreement(toks, keys, [(0, 1, "LOC", False), (2, 3, "PER", True)], STOP) == ({}, [])
    assert list_agreement(toks, keys, [(4, 6, "PER", False), *listed[:2]], STOP)[0] == {}
    assert list_agreement([], [], [], STOP) == ({}, [])


def test_a_function_word_between_list_items_is_no_name() -> None:
    text = "चिली , क्यूबा , और , फ्रांस"
    toks = tokenize(text)
    keys = [deva_key(t.text) for t in toks]
    listed = [(0, 1, "LOC", False), (2, 3, "LOC", False), (6, 7, "LOC", False)]
    assert list_agreement(toks, keys, listed, STOP)[1] == []



def gold_names(text: str) -> set[tuple[str, str]]:
    """Names found in text whose words (dashes too) are given one by one, as gold sets give them."""
    from khabar.eval.ner import _words_as_tokens

    words = text.split(" ")
    cands = recognise(_words_as_tokens(words), load_kb(Config()), set())
    return {(" ".join(words[c.i : c.j]), c.type) for c in cands if c.kind == "name"}


def test_a_word_joined_by_a_dash_belongs_to_the_organisation_after_it() -> None:
    found = gold_names("इस परियोजना के लिए गांधी - किंग डेवलपमेंट फाउंडेशन ने धन दिया ।")
    assert found == {("गांधी - किंग डेवलपमेंट फाउंडेशन", "ORGANIZATION")}, found
    # An ordinary word before the dash stays outside (मल्टी: seen in training, never in a name).
    found = gold_names("भारत को मल्टी - लेट्रल डेवलपमेंट बैंक से कर्ज मिला ।")
    assert ("लेट्रल डेवलपमेंट बैंक", "ORGANIZATION") in found, found
    # A name the KB knows before the dash stays a name of its own ("भारत - जापान ...").
    assert ("भारत", "COUNTRY") in gold_names("भारत - जापान संयुक्त आयोग की बैठक हुई ।")


def test_an_added_item_joins_two_parts_of_a_list_whose_names_then_agree() -> None:
    from khabar.entities.kbmatch import Cand
    from khabar.entities.recognize import _agree_in_lists

    text = "ग्वाटेमाला रेटी , पोपनगर , होंडुराज , भारत , आयरलैंड"
    toks = tokenize(text)
    keys = [deva_key(t.text) for t in toks]
    accepted = [
        Cand(0, 2, "PERSON", "crf"),
        Cand(3, 4, "LOCATION", "crf"),
        Cand(7, 8, "COUNTRY", "kb"),
        Cand(9, 10, "COUNTRY", "kb"),
    ]
    taken = {x for c in accepted for x in range(c.i, c.j)}
    out = _agree_in_lists(toks, keys, accepted, taken)
    assert {(c.i, c.j, c.type, c.source) for c in out} == {
        (0, 2, "LOCATION", "crf"),
        (3, 4, "LOCATION", "crf"),
        (5, 6, "LOCATION", "rule"),
        (7, 8, "COUNTRY", "kb"),
        (9, 10, "COUNTRY", "kb"),
    }


def test_a_doubled_ke_is_a_postposition_then_an_initial() -> None:
    from khabar.entities.structure import initials_before

    words = ["स्टेट", "बैंक", "के", "के", "वी", "कामथ", "ने"]
    assert initials_before([deva_key(w) for w in words], tokenize(" ".join(words)), 5) == 3

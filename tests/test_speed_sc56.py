"""Round sc56 (issue 16): cheaper first sight of words in the core stages; what the stages find is
unchanged (each test pairs what the new shortcut turns away with what it still lets through, and
checks the answer against the long way)."""

from __future__ import annotations

from khabar.entities.translit import deva_key
from khabar.events.places import _kb_place, _kb_place_of, _place_last_words


def test_kb_place_turns_away_words_that_end_no_place_name():
    # asked before every office or group word ("उत्तर प्रदेश सरकार", "जिले के लोगों"): the word
    # pair ending in an ordinary word is refused before it is joined and folded
    cases = [
        ["उत्तर", "प्रदेश"],
        ["बिहार"],
        ["नई", "दिल्ली"],
        ["जम्मू-कश्मीर"],  # a dash folds to a space: the key's last word is कश्मीर
        ["प्रदेश", "सरकार"],
        ["जिले", "के"],
        ["शहर", "पुलिस"],
        ["राज्य", "सरकार"],
        ["New", "Delhi"],  # Latin words: no shortcut, the KB is asked as before
        ["कोरोना", "वायरस"],
        [],
    ]
    for words in cases:
        assert _kb_place(words) == _kb_place_of(" ".join(words)), words
    assert _kb_place(["उत्तर", "प्रदेश"]) is not None
    assert _kb_place(["बिहार"]) is not None
    assert _kb_place(["प्रदेश", "सरकार"]) is None


def test_place_last_words_are_the_last_words_of_place_keys_only():
    last = _place_last_words()
    assert deva_key("प्रदेश") in last and deva_key("दिल्ली") in last and deva_key("कश्मीर") in last
    assert deva_key("सरकार") not in last and deva_key("लोगों") not in last
    # a refused pair never reaches the folding lookup (its cache gains no entry)
    before = _kb_place_of.cache_info().currsize
    assert _kb_place(["अनोखे", "लोगों"]) is None
    assert _kb_place_of.cache_info().currsize == before

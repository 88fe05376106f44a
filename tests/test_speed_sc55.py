"""Round sc55 (issue 16): cheap first tests before per-candidate and per-argument scans of the
events stage; what it finds is unchanged (each test pairs hits with misses that the new
first test turns away and misses it lets through to the old scan)."""

from __future__ import annotations

from khabar.events.candidates import Candidate
from khabar.events.clause import SentenceView, tokenize
from khabar.events.fates import _may_be_done
from khabar.events.glossary import known_word, modifier
from khabar.events.lexicon import hindi_triggers
from khabar.events.naming import _outside
from khabar.events.objects import age_before
from khabar.events.verbforms import _asks_to
from khabar.model import Argument

from .hindi_events import article_events


def _tokens(sentence: str):  # noqa: ANN202 (the events tokeniser's named tuples)
    return tokenize(sentence, 0, len(sentence))


def _at(sentence: str, word: str) -> int:
    return [t.text for t in _tokens(sentence)].index(word)


def test_age_before_finds_an_age_phrase_ending_in_its_genitive():
    sentence = "सरकार ने 60 साल से ज्यादा उम्र के बुजुर्गों को घर में रहने को कहा"
    toks = _tokens(sentence)
    assert age_before(toks, _at(sentence, "बुजुर्गों"), 0, set()) == _at(sentence, "60")
    plain = "सरकार ने 60 साल से ज्यादा उम्र के बुजुर्गों को घर में रहने को कहा".replace("उम्र के ", "")
    assert age_before(_tokens(plain), _at(plain, "बुजुर्गों"), 0, set()) is None
    # the word before is no genitive: turned away before any phrase is joined
    other = "प्रशासन ने 65 वर्ष से अधिक आयु वाले लोगों को बाहर निकलने से रोका"
    assert age_before(_tokens(other), _at(other, "लोगों"), 0, set()) is None
    # a genitive with no age before it, a blocked word, a phrase before the start: none
    genitive = "जिले के सभी स्कूलों के छात्रों को छुट्टी दी गई"
    assert age_before(_tokens(genitive), _at(genitive, "छात्रों"), 0, set()) is None
    assert age_before(toks, _at(sentence, "बुजुर्गों"), 0, {_at(sentence, "साल")}) is None
    assert age_before(toks, _at(sentence, "बुजुर्गों"), 4, set()) is None
    assert age_before(toks, 0, 0, set()) is None


def _cand(verb: list[str]) -> Candidate:
    [(_, trig), *_] = hindi_triggers().index["बंद"]
    return Candidate(trig, 3, 3, light=True, verb=verb)


def test_may_be_done_reads_the_passive_of_can_only_after_ja():
    assert _may_be_done(_cand(["किया", "जा", "सकता", "है"])) == "possible"
    assert _may_be_done(_cand(["खोली", "जा", "सकेंगी"])) == "planned"
    assert _may_be_done(_cand(["कर", "सकते", "हैं"])) == ""  # active "can": no जा
    assert _may_be_done(_cand(["किया", "जाएगा"])) == ""
    assert _may_be_done(_cand(["जा", "रहा", "है"])) == ""  # जा with no "can" after it
    assert _may_be_done(_cand([])) == ""


def test_numbers_are_known_words_and_modifiers():
    for word in ("50", "१,२००", "2.5"):
        assert known_word(word) and modifier(word)
    for word in ("5वीं", ",50", "अज्ञातशब्द"):
        assert not modifier(word)


def _argument(text: str, phrase: str) -> Argument:
    start = text.index(phrase)
    return Argument(role="target", text=phrase, start=start, end=start + len(phrase))


def test_people_outside_a_place_are_read_only_where_baahar_stands():
    text = "सरकार बिहार के बाहर फंसे मजदूरों को वापस लाएगी"
    assert _outside(_argument(text, "फंसे मजदूरों"), text) == ("stranded workers", "Bihar")
    assert _outside(_argument(text, "बाहर फंसे मजदूरों"), text) == ("stranded workers", "Bihar")
    assert _outside(_argument(text, "मजदूरों"), text) is None
    other = "सरकार बिहार से बाहर रह रहे छात्रों को वापस लाएगी"
    assert _outside(_argument(other, "रह रहे छात्रों"), other) == ("students", "Bihar")
    inside = "सरकार राज्य में फंसे मजदूरों को घर भेजेगी"
    assert _outside(_argument(inside, "फंसे मजदूरों"), inside) is None


def _asks(sentence: str, verb: str) -> bool:
    toks = _tokens(sentence)
    k = [t.text for t in toks].index(verb)
    return _asks_to(SentenceView(0, 0, len(sentence), toks, [], []), _cand_at(k))


def _cand_at(k: int) -> Candidate:
    cand = _cand([])
    cand.first = cand.last = k
    return cand


def test_asks_to_needs_a_ki_clause():
    assert _asks("मुख्यमंत्री ने राज्यों से कहा कि वे राहत शिविर बनाएं", "कहा")
    assert not _asks("मुख्यमंत्री ने कहा कि राहत शिविर बनाए गए हैं", "कहा")
    assert not _asks("मुख्यमंत्री ने राहत शिविर बनाने को कहा", "कहा")  # no कि at all


def test_object_targets_before_one_and_two_word_markers():
    """A word pair is joined only at a marker's last word: "के खिलाफ" and "के लिए" still mark
    their phrase, "को" its own, and a sentence with no marker before the trigger has none."""
    cases = [
        ("पुलिस ने लॉकडाउन तोड़ने वाले दुकानदारों के खिलाफ मामला दर्ज किया ।", ["दुकानदारों"]),
        ("जिला प्रशासन ने सभी निजी स्कूलों को बंद कर दिया ।", ["सभी निजी स्कूलों"]),
        ("सरकार ने मजदूरों के लिए राहत पैकेज की घोषणा की ।", ["मजदूरों"]),
        ("पुलिस ने कल शहर में मामला दर्ज किया ।", []),
    ]
    for sentence, targets in cases:
        _, [event] = article_events(sentence)
        assert [a.text for a in event.arguments if a.role == "target"] == targets, sentence


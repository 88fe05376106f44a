"""Issue 13, recall pass ev47: kinds missed on the unseen stand-in set T (6 article spans of corpus
day files outside the event gold, annotated by round ev43 before khabar was run on them) that recur
on the corpus: the older spelling "के लिये कहा" of a request to do something, and a measure on
one's own territory or an order to one's own officials ("अपनी सीमाएं बंद कर दीं", "अपने
मंत्रियों को निर्देश दिया"), which the reflexive rule took for one's own affair. Sentences are
written like the news, each kind with a negative beside it (precision first)."""

from __future__ import annotations

from khabar.events.lexicon import hindi_triggers
from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_recall15.py


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_request_spelt_liye_is_a_request() -> None:
    art = analysed("जिलाधिकारी ने व्यापारियों से दुकानें शाम पांच बजे तक बंद रखने के लिये कहा है ।")
    [ev] = _of(art, "REQUEST")
    assert ev.mode == "tell_to" and ev.source and ev.target


def test_liye_without_an_infinitive_is_no_request() -> None:
    # "इसके लिये कहा" only says something about it: no infinitive, no request
    art = analysed("मंत्री ने इसके लिये कहा कि सरकार पूरी तरह तैयार है ।")
    assert not _of(art, "REQUEST")


def test_lexicon_adds_the_liye_spelling_once() -> None:
    trigs = hindi_triggers().triggers
    assert any(("के", "लिये", "कहा") in t.forms for t in trigs)
    assert all(len(t.forms) == len(set(t.forms)) for t in trigs)


def test_own_borders_closed_is_coercion() -> None:
    art = analysed("नेपाल ने संक्रमण रोकने के लिए अपनी सीमाएं बंद कर दी हैं ।")
    [ev] = _of(art, "COERCE")
    assert ev.source


def test_own_area_sealed_is_coercion() -> None:
    art = analysed("छावनी में एक जवान के संक्रमित मिलने के बाद सेना ने अपने इलाके को पूरी तरह सील कर दिया है ।")
    [ev] = _of(art, "COERCE")
    assert ev.source


def test_order_to_own_ministers_is_coercion() -> None:
    art = analysed("मुख्यमंत्री ने अपने मंत्रियों को निर्देश दिया है कि वे अपने जिलों में राहत कार्यों की निगरानी करें ।")
    assert _of(art, "COERCE")


def test_own_office_or_self_stays_reflexive() -> None:
    for text in (
        "पार्टी ने एहतियात के तौर पर अपना दफ्तर बंद कर दिया है ।",
        "सांसद ने संक्रमण के डर से खुद को अपने घर में क्वारंटाइन कर लिया है ।",
        "कई मजदूरों ने अपने शहर वाले काम को बंद कर दिया है ।",
    ):
        assert not _of(analysed(text), "COERCE"), text


def test_sent_to_isolation_ward_without_postposition_is_quarantine() -> None:
    art = analysed("संक्रमित युवक के परिवार के चार सदस्यों को भी जिला अस्पताल के आइसोलेशन वार्ड भेज दिया गया है ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "quarantine" and ev.target


def test_taken_to_quarantine_centre_without_postposition_is_quarantine() -> None:
    art = analysed("पुलिस की मदद से दिल्ली से लौटे तीन मजदूरों को गांव के क्वारंटाइन सेंटर ले जाया गया ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "quarantine"


def test_isolation_ward_built_or_visited_is_no_quarantine() -> None:
    for text in (
        "जिला अस्पताल में 50 बिस्तरों का आइसोलेशन वार्ड बनाया गया है ।",
        "जिलाधिकारी ने सोमवार को आइसोलेशन वार्ड का निरीक्षण किया ।",
    ):
        assert not [e for e in _of(analysed(text), "COERCE") if e.mode == "quarantine"], text

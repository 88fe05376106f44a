"""Issue 13, eleventh recall pass (ev31): kinds missed on self-annotated tests of unseen COVID-era
articles (ev27's, ev29's and ev31's sets, corpus day files outside the event gold). Sentences are
written like the news, each kind with a negative beside it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _arrests(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "COERCE" and e.mode == "arrest"]


def test_police_or_administration_catching_people_is_an_arrest() -> None:
    art = analysed("जिला प्रशासन ने अस्पताल से भागे मरीज को पकड़कर दोबारा आइसोलेशन वार्ड में भर्ती कराया ।")
    [ev] = _arrests(art)
    assert ev.source and ev.modality == "happened"
    art = analysed("सड़क पर धरना दे रहे लोगों को पुलिस ने देर रात वहां से हटा दिया ।")
    assert [e for e in _arrests(art) if e.source]
    # whom it holds as a pronoun, named in an earlier clause
    art = analysed("क्वारंटाइन सेंटर से भागने पर उसे पुलिस ने पकड़कर वापस सेंटर पहुंचाया ।")
    assert [e for e in _arrests(art) if e.source]


def test_catching_a_train_or_removing_things_is_no_arrest() -> None:
    # पकड़/हटा without a police or administration agent, or without anyone held
    assert not _arrests(analysed("घर लौटने के लिए मजदूरों ने सुबह दिल्ली से ट्रेन पकड़ी ।"))
    assert not _arrests(analysed("पुलिस ने सड़क पर लगे बैरिकेड हटा दिए ।"))
    assert not _arrests(analysed("प्रशासन ने लापरवाही बरतने वाले थानेदार को पद से हटा दिया ।"))
    assert not _arrests(analysed("दुकानदार ने ग्राहकों को दुकान से हटा दिया ।"))


def test_things_the_police_remove_are_no_arrest_people_are() -> None:
    # हटा holds people only (`held_people`): a thing marked with को is removed, no one held
    assert not _arrests(analysed("पुलिस ने मुख्य सड़क से बैरिकेड को हटा दिया ।"))
    assert not _arrests(analysed("पुलिस ने बाजार में अतिक्रमण को हटा दिया ।"))
    art = analysed("पुलिस ने धरने पर बैठे मजदूरों को वहां से हटा दिया ।")
    assert [e for e in _arrests(art) if e.source]

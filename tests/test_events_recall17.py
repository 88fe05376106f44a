"""Issue 13, recall pass ev52: kinds missed on the unseen stand-in set E (8 article spans of 8
corpus day files outside the event gold, annotated by hand before khabar ran on them): the Hindi
word for a lockdown (तालाबंदी), forces deployed with no agent named, displeasure voiced (नाखुशी),
आहवान spelled without the virama, a notification (नोटिफिकेशन) issued, and a team taken hostage.
Sentences are written like the news, each kind with a negative beside it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-05-06")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_talabandi_announced_is_a_lockdown() -> None:
    art = analysed("राजकोट में 20 मई तक पूर्ण तालाबंदी का एलान कर दिया गया है ।")
    assert [e.mode for e in _of(art, "COERCE")] == ["lockdown"]
    art = analysed("जिला प्रशासन ने शहर में तीन दिन की तालाबंदी लागू कर दी है ।")
    assert [e.mode for e in _of(art, "COERCE")] == ["lockdown"]


def test_talabandi_of_an_office_is_no_lockdown() -> None:
    # "तालाबंदी की": employees padlocked their office in protest, no lockdown imposed
    art = analysed("वेतन न मिलने से नाराज कर्मचारियों ने नगर निगम कार्यालय में तालाबंदी की ।")
    assert not [e for e in art.events if e.mode == "lockdown"]


def test_forces_deployed_without_agent_are_mobilized() -> None:
    art = analysed("शहर के हॉटस्पॉट इलाकों में अर्धसैनिक बलों की 12 कंपनियां तैनात की जाएंगी ।")
    assert _of(art, "MOBILIZE")
    art = analysed("जुलूस के दौरान भारी संख्या में पुलिस बल भी तैनात रहेंगे ।")
    assert _of(art, "MOBILIZE")


def test_doctors_posted_are_not_forces() -> None:
    # doctors or ambulances posted somewhere are no mobilised forces
    art = analysed("मेले में एंबुलेंस और डॉक्टर भी तैनात रहेंगे ।")
    assert not _of(art, "MOBILIZE")
    art = analysed("जांच के लिए जिले में पांच चिकित्सक तैनात कर दिए गए हैं ।")
    assert not _of(art, "MOBILIZE")
    # a team of them deployed is (round ev123: the unseen tuning set Td codes health teams
    # deployed MOBILIZE core, as round ev108 read teams sent)
    art = analysed("जांच के लिए जिले में पांच चिकित्सकों की टीम तैनात कर दी गई है ।")
    assert _of(art, "MOBILIZE")


def test_displeasure_voiced_is_disapproval() -> None:
    art = analysed("कांग्रेस ने बाजारों में उमड़ी भीड़ पर नाखुशी जताई है ।")
    [ev] = _of(art, "ACCUSE")
    assert ev.mode == "disapprove" and ev.source


def test_aahvaan_without_virama_is_an_appeal() -> None:
    art = analysed("मुख्यमंत्री ने लोगों से घरों में रहने का आहवान किया है ।")
    [ev] = _of(art, "REQUEST")
    assert ev.source


def test_notification_issued_is_an_order() -> None:
    art = analysed("राज्य सरकार ने स्कूलों को बंद रखने का नोटिफिकेशन जारी कर दिया है ।")
    assert [e for e in _of(art, "COERCE") if e.trigger == "नोटिफिकेशन जारी"]


def test_notification_promised_is_not_yet_issued() -> None:
    art = analysed("अधिकारियों ने बताया कि इस बारे में नोटिफिकेशन का इंतजार है ।")
    assert not [e for e in art.events if "नोटिफिकेशन" in e.trigger]


def test_team_taken_hostage_is_an_assault() -> None:
    art = analysed("गांव के लोगों ने सर्वे करने गई स्वास्थ्य टीम को बंधक बनाया ।")
    [ev] = _of(art, "ASSAULT")
    assert ev.source
    # a hostage crisis named in passing is no act
    art = analysed("उन्होंने 1979 के बंधक संकट पर एक किताब लिखी थी ।")
    assert not _of(art, "ASSAULT")


def test_a_curb_on_the_disease_is_no_ban() -> None:
    art = analysed("मुख्यमंत्री ने कहा कि संक्रमण पर रोक लगाने में लॉकडाउन सबसे कारगर साबित हुआ है ।")
    assert not [e for e in art.events if e.mode == "ban"]
    art = analysed("मंत्रियों ने कोरोना वायरस के प्रसार पर अंकुश लगाने के उपायों पर चर्चा की ।")
    assert not [e for e in art.events if e.mode == "ban"]


def test_a_ban_on_a_trade_because_of_the_disease_stays() -> None:
    art = analysed("जिला प्रशासन ने कोरोना के चलते साप्ताहिक बाजारों पर रोक लगा दी है ।")
    assert [e for e in art.events if e.mode == "ban"]
    art = analysed("सरकार ने अफवाहों के प्रसार पर रोक लगा दी है ।")
    assert [e for e in art.events if e.mode == "ban"]


def test_approving_a_restriction_is_the_restriction() -> None:
    art = analysed("राज्य मंत्रिमंडल ने 31 मई तक लॉकडाउन बढ़ाने को मंजूरी दे दी है ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "lockdown")]
    assert art.events[0].source
    art = analysed("मंत्रिमंडल ने पुराने शहर में कर्फ्यू लगाने की मंजूरी दे दी है ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "curfew")]


def test_approving_an_opening_or_a_lifting_stays_an_easing() -> None:
    art = analysed("जिलाधिकारी ने ग्रीन जोन में दुकानें खोलने की मंजूरी दे दी है ।")
    assert [e.type for e in art.events] == ["CONCEDE"]
    art = analysed("सरकार ने जिले से लॉकडाउन हटाने की मंजूरी दे दी है ।")
    assert "CONCEDE" in [e.type for e in art.events]
    assert not [e for e in art.events if e.mode == "lockdown"]

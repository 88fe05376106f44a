"""Issue 13, round ta2 (a random target audit of 150 AID, REQUEST, CONSULT, SUPPORT, COOPERATE,
AGREE, CONCEDE and ACCUSE events of the allowed corpus day files): two kinds of target fixed.

(1) A talk whose subject takes no ने (the future, progressive or completive) with groups or
offices as its partner is directed like one after a ने-agent: the subject met them
(`meetings._convened_by_subject`). (2) A को phrase that is the object of the infinitive a request
asks for (before "… करने को/के लिए कहा", past a particle, before a progressive) or of a purpose
clause told before the request's own words is no addressee (`target_guards._object_of_the_appeal`,
`target_guards.purpose_object`). The sentences are the corpus's own, quoted short."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import article_events


def _of(text: str, type_: str) -> list[Event]:
    _, evs = article_events(text, "2020-04-10")
    return [e for e in evs if e.type == type_]


# ---- (1) the nominative subject of a talk met its partners ---------------------------------


def test_a_planned_meeting_with_the_chief_ministers_is_the_subjects() -> None:
    for text in (
        "प्रधानमंत्री नरेंद्र मोदी 11 अप्रैल को देश के सभी मुख्यमंत्रियों के साथ वीडियो कॉन्फ्रेंसिंग करेंगे ।",
        "पीएम मोदी इसके मद्देनजर राज्य के सभी सीएम के साथ 11 अप्रैल को बैठक करेंगे.",
        "प्रधानमंत्री मोदी अब शनिवार को राज्यों के मुख्यमंत्रियों से चर्चा करेंगे ।",
    ):
        [ev] = _of(text, "CONSULT")
        assert ev.source == ["kb:person/narendra-modi"], text
        assert len(ev.target) == 1 and ev.target[0].startswith("actor:chief minister"), text


def test_a_progressive_future_meeting_with_officials_is_directed() -> None:
    text = (
        "केंद्रीय स्वास्थ्य मंत्री डॉ. हर्षवर्धन आज दिल्ली सरकार के वरिष्ठ अधिकारियों के साथ बैठक"
        " करने जा रहे हैं."
    )
    [ev] = _of(text, "CONSULT")
    assert ev.source == ["kb:person/harsh-vardhan"] and ev.target == ["actor:officials"]


def test_a_person_met_is_the_target() -> None:
    # a person partner was left joint here (round rv27's reading); since round tg8
    # (events.with_parties) the one "के साथ" is the target, the subject the source
    text = (
        "उपभोक्ता मामलों के सचिव पवन कुमार अग्रवाल के साथ रोजमर्रा के उपभोक्ता उत्पाद बनाने वाली शीर्ष"
        " कंपनियां एक दौर की बैठक कर चुकी हैं ।"
    )
    [ev] = _of(text, "CONSULT")
    assert ev.source == ["actor:companies"] and ev.target == ["name:person:pvn-kmr-grvl"]


def test_a_ne_agents_meeting_is_unchanged() -> None:
    [ev] = _of("प्रधानमंत्री ने आज राज्यों के मुख्यमंत्रियों के साथ बैठक की ।", "CONSULT")
    assert ev.target == ["actor:chief ministers of the states"]


# ---- (2) the object of the asked-for infinitive is no addressee ----------------------------


def test_the_ports_are_told_not_the_system_they_start() -> None:
    text = (
        "सरकार ने पिछले महीने सभी 12 प्रमुख बंदरगाहों को समुद्री यात्रा करने वालों के लिए तत्काल"
        " स्क्रीनिंग, डिटेंशन और करेंटाइन सिस्टम को शुरू करने को कहा था ।"
    )
    [ev] = _of(text, "REQUEST")
    assert ev.target == ["text:सभी 12 प्रमुख बंदरगाहों"]


def test_an_object_past_a_particle_or_before_a_progressive_is_no_target() -> None:
    for text, thing in (
        ("विनोद गिरी ने बताया कि हम लॉकडाउन के बीच दुकानों की संख्या को बढ़ाने का भी सुझाव देंगे ।", "संख्या"),
        ("इसके अतिरिक्त नियमित रूप से हाथों को धोते रहने की भी अपील की गई है ।", "हाथों"),
    ):
        [ev] = _of(text, "REQUEST")
        assert f"text:{thing}" not in ev.target, text


def test_whom_a_told_infinitive_asks_stays_the_target() -> None:
    for text, who in (
        ("मंत्रालय ने राज्यों को सख्ती बरतने को कहा है ।", "text:राज्यों"),
        ("डीएम ने अधिकारियों को सतर्क रहने को कहा ।", "actor:officials"),  # an intransitive
        ("मंत्रालय ने राज्यों को लॉकडाउन का पालन कराने के लिए कहा है ।", "text:राज्यों"),
        ("कॉलेज प्रशासन ने सभी छात्रों को घर जाने की सलाह भी दी है ।", "actor:students"),
    ):
        [ev] = _of(text, "REQUEST")
        assert ev.target == [who], text


def test_a_purpose_clauses_object_is_not_whom_the_request_asks() -> None:
    text = (
        "कोरोना से देश की लड़ाई को मजबूती प्रदान करने के लिए मोदी ने देशवासियों से आरोग्य सेतु ऐप को"
        " डाउनलोड करने को भी कहा ।"
    )
    [ev] = _of(text, "REQUEST")
    assert "text:लड़ाई" not in ev.target and ev.target == ["actor:public of India"]


def test_people_a_purpose_clause_is_for_are_not_guarded() -> None:
    [ev] = _of("गरीबों को राहत देने के लिए मुख्यमंत्री ने केंद्र से पैकेज की मांग की ।", "REQUEST")
    assert ev.target == ["actor:Government of India"]

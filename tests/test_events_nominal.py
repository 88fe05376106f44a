"""Event nouns reported without their light verb (issue 13, round ev37): the frames where the
bare noun still names an act that took place (a meeting by its participle, people sent by train
with the object named before the verb), and the look-alikes that stay out. Sentences written
like the news, not taken from the event gold."""

from __future__ import annotations

from hindi_events import article_events


def _kinds(text: str) -> list[tuple[str, str | None, str | None]]:
    _, events = article_events(text)
    return [(e.type, e.mode, e.modality) for e in events]


def test_a_meeting_named_by_its_participle_took_place() -> None:
    _, events = article_events(
        "मुख्यमंत्री नीतीश कुमार की मंगलवार को जिलाधिकारियों के साथ हुई बैठक में तय किया गया"
        " कि सभी दुकानें बंद रहेंगी ।"
    )
    [meeting] = [e for e in events if e.type == "CONSULT"]
    assert (meeting.mode, meeting.modality) == ("meeting", "happened")
    assert meeting.source == ["kb:person/nitish-kumar"]


def test_a_bodys_meeting_named_by_its_participle_took_place() -> None:
    _, events = article_events(
        "स्वास्थ्य मंत्रालय के विशेषज्ञ समूह की आज हुई बैठक में जांच बढ़ाने पर चर्चा हुई ।"
    )
    [meeting] = [e for e in events if e.type == "CONSULT"]
    assert meeting.modality == "happened" and meeting.source == ["text:विशेषज्ञ समूह"]


def test_a_participles_meeting_with_no_one_who_held_it_stays_out() -> None:
    # a place's meeting, a partner with no owner: nobody named held it
    assert not [e for e in article_events("पटना में हुई बैठक में यह फैसला लिया गया ।")[1]]
    assert not [
        e
        for e in article_events("मुख्यमंत्री के साथ हुई बैठक में फैसला लिया गया ।")[1]
        if e.type == "CONSULT"
    ]
    # a genitive of a person's: "X के Y की" is no owner and partner
    assert not [
        e
        for e in article_events("मंत्री के सचिव की कल हुई बैठक में फैसला लिया गया ।")[1]
        if e.type == "CONSULT"
    ]


def test_people_sent_by_train_with_their_object_before_the_verb() -> None:
    # the को of the object ("मजदूरों को") is no other trigger between "ट्रेनों से" and भेजा
    assert ("AID", "transport", "happened") in _kinds(
        "रेलवे ने बताया कि विशेष ट्रेनों से 1500 मजदूरों को गांव भेजा गया ।"
    )
    # came by train: no sending verb, no transport given
    assert "AID" not in {k[0] for k in _kinds("ट्रेनों से आए मजदूरों को क्वारंटाइन किया गया ।")}


def test_talks_named_by_their_participle_in_the_agents_clause() -> None:
    _, events = article_events(
        "जापान के प्रधानमंत्री शिंजो आबे ने भारत के प्रधानमंत्री नरेंद्र मोदी से बुधवार को फोन पर"
        " हुई बातचीत के दौरान वेंटिलेटर की आपूर्ति का अनुरोध किया ।"
    )
    [talk] = [e for e in events if e.type == "CONSULT"]
    # round ev83: Abe is no KB person here, so the call is his, directed (was reciprocal)
    parties = talk.source + talk.target
    assert talk.modality == "happened" and "kb:person/narendra-modi" in parties
    assert len(parties) == 2
    # talks with nobody who held them named: no event
    assert not article_events("मुख्यमंत्री से हुई वार्ता बेनतीजा रही ।")[1]


def test_a_closure_in_the_future_of_ho_is_ordered() -> None:
    # round mo1: announced, the closure is ordered, happened (the event gold's "… ने कहा कि … सभी
    # मॉल बंद रहेंगे", "… ने ऐलान किया है कि … सभी दुकानें बंद होंगी"); ev37 read it planned
    assert ("COERCE", "close", "happened") in _kinds(
        "मुख्यमंत्री ने घोषणा की कि शहर में सभी मॉल और सिनेमाघर बंद होंगे ।"
    )
    # after an infinitive it is an activity that stops, no closure
    assert not _kinds("डॉक्टरों ने कहा कि इससे वायरस का फैलना बंद नहीं होगा ।")


def test_a_measures_fronted_passive_closing_the_clause() -> None:
    # a list item or headline words the act verb-first
    assert ("COERCE", "quarantine", "happened") in _kinds(
        "मरीज के परिवार के सभी सदस्यों को किया गया क्वारंटाइन ।"
    )
    # a definition with its agent's द्वारा, a participle before a noun that goes on: no act
    assert not _kinds("यानी लोगों के लिए, लोगों द्वारा लगाया गया कर्फ्यू ।")
    assert not [
        e
        for e in article_events("राज्य में किए गए लॉकडाउन के बाद मजदूर घर लौटने लगे ।")[1]
        if e.trigger == "लॉकडाउन"
    ]

"""Issue 13, round ta5: a request told on in the next sentence asks the same hearers
(`asked_on.asked_on`). When the previous sentence holds only the speaker's requests (or a meeting
of the speaker's) and they ask one addressee list, a request with no addressee whose subject is a
pronoun or unwritten takes that list; a named subject, two different addressees before, another
speaker or no request before leave it alone. The sentences are the corpus's own, quoted short."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import article_events


def _requests(text: str) -> list[Event]:
    _, evs = article_events(text, "2020-03-28")
    return [e for e in evs if e.type == "REQUEST"]


def _last(text: str) -> Event:
    evs = _requests(text)
    assert len(evs) >= 2, [(e.trigger, e.target) for e in evs]
    return evs[-1]


def test_a_pronoun_subject_asks_the_hearers_of_the_appeal_before() -> None:
    text = (
        "नीतीश कुमार ने बिहार के बाहर फंसे लोगों से अपील की है । उन्होंने कहा है कि अगर बिहार को"
        " बचाना है और बिहार से प्रेम है तो जो जहां हैं वहीं रहें ।"
    )
    first, later = _requests(text)
    assert first.target and later.target == first.target


def test_an_unwritten_subject_asks_the_hearers_of_the_advice_before() -> None:
    text = (
        "बाद में आयोजित जनसभा को संबोधित करते हुए बाबा रामदेव ने लोगों को योग से निरोग रहने की सलाह"
        " दी । साथ ही शराब, गुटखा जैसे दुव्र्यसनों से दूर रहने को कहा ।"
    )
    first, later = _requests(text)
    assert first.target and later.target == first.target


def test_the_officials_told_before_are_told_again() -> None:
    text = (
        "मुख्यमंत्री योगी आदित्यनाथ ने कहा कि सभी जिलाधिकारी अपने-अपने जिलों के नियंत्रण कक्ष में एक"
        " नोडल अधिकारी की नियुक्ति कर 24 घंटे उसका संचालन सुनिश्चित कराएं. उन्होंने कहा कि नियंत्रण कक्ष"
        " के माध्यम से त्वरित गति से राहत कार्यक्रम संचालित कराया जाये."
    )
    first, later = _requests(text)
    assert first.target and later.target == first.target


def test_the_participants_of_the_speakers_meeting_are_asked() -> None:
    text = (
        "पिछले हफ्ते प्रधानमंत्री ने देश के सभी मुख्यमंत्रियों के साथ वीडियो कॉन्फ्रेंसिंग के जरिए"
        " बातचीत की थी । जिसमें उन्होंने सभी से लॉकडाउन बढ़ाने सहित इस संक्रमण के निवारण के उपायों पर"
        " सुझाव मांगा था ।"
    )
    _, evs = article_events(text, "2020-04-13")
    [meeting] = [e for e in evs if e.type == "CONSULT"]
    [ask] = [e for e in evs if e.type == "REQUEST"]
    assert meeting.target and ask.target == meeting.target


# ---- negatives ---------------------------------------------------------------------------


def test_a_named_subject_opens_a_statement_of_its_own() -> None:
    text = (
        "राष्ट्रीय बाल अधिकार संरक्षण आयोग ने परिवारों के बच्चों को लेकर लोगों से अपील की है ।"
        " आयोग ने इनकी सुरक्षा और सरंक्षण के लिए उचित कदम उठाने को कहा है ।"
    )
    later = _last(text)
    assert later.target == []


def test_two_addressees_before_leave_the_request_alone() -> None:
    text = (
        "कांग्रेस अध्यक्ष सोनिया गांधी ने शनिवार (21 मार्च) को कोरोना वायरस से निपटने के लिए सभी से"
        " एकजुट होने की अपील करते प्रधानमंत्री नरेंद्र मोदी एवं सरकार से आग्रह किया कि चिकित्सा जांच का"
        " दायरा बढ़ाया जाए । साथ ही उन्होंने छोटे एवं मझोले"
        " कारोबारियों के लिए राहत पैकेज की घोषणा करने की भी मांग की ।"
    )
    evs = _requests(text)
    assert len({tuple(e.target) for e in evs[:-1]}) == 2 and evs[-1].target == []


def test_an_order_before_is_no_request_to_carry() -> None:
    text = (
        "उत्तर प्रदेश के मुख्यमंत्री योगी आदित्यनाथ ने 22 मार्च तक स्कूलों में छुट्टी घोषित की ।"
        " उन्होंने कहा कि जिन स्कूलों में परीक्षाएं चल रही हैं उन्हें छोड़ शेष स्कूलों को बंद कराया जाए ।"
    )
    assert _requests(text) == []  # the closure ordered is COERCE since round ty1
    _, evs = article_events(text, "2020-03-28")
    [later] = [e for e in evs if e.trigger == "कहा"]
    # nothing is carried from the order before; the directive's own closed object is its target
    # since round tg13 (`events/ordered_closures.py`: "… शेष स्कूलों को बंद कराया जाए")
    assert later.target == ["text:शेष स्कूलों"]


# ---- the participants of a meeting told in it (`asked_on.told_in_meeting`) ----------------


def test_the_meeting_is_with_whom_the_convener_told_in_it() -> None:
    for text in (
        "मुख्यमंत्री नवीन पटनायक ने मंगलवार (12 मई) को समीक्षा बैठक के दौरान सभी जिला प्रशासनों से"
        " कहा था कि दैनिक आधार पर पृथक केंद्रों में उन व्यक्तियों को अलग किया जाए ।",
        "बाद में अपने चैम्बर में एक बैठक में बिरला ने संसद में कार्यरत एनडीएमसी और अन्य संबद्ध"
        " एजेंसियों के अधिकारियों को संसद भवन परिसर को संक्रमणमुक्त करने का निर्देश दिया ।",
    ):
        _, evs = article_events(text, "2020-05-12")
        [meeting] = [e for e in evs if e.type == "CONSULT"]
        [told] = [e for e in evs if e.type in {"REQUEST", "COERCE"}]
        assert told.target and meeting.target == told.target, text


def test_an_act_after_the_meeting_names_no_participant() -> None:
    text = (
        "बैठक के बाद मुख्यमंत्री बनर्जी ने केंद्र सरकार से लॉकडाउन पर और स्पष्टता की मांग की ।"
    )
    _, evs = article_events(text, "2020-04-27")
    [meeting] = [e for e in evs if e.type == "CONSULT"]
    assert [e for e in evs if e.type == "REQUEST" and e.target]
    assert meeting.target == []

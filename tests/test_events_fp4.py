"""Issue 13, round fp4: a meeting named by a bare "बैठक" at the head of its sentence is the
meeting the article told before (:func:`khabar.events.retold.drop_retold`), not a new one.

"बैठक में नौ राज्यों के मुख्यमंत्रियों ने अपनी बात रखी", "बैठक के बाद मुख्यमंत्री बनर्जी ने …
आरोप लगाया": the noun with no demonstrative, no genitive and no modifier opening the sentence
points back as "इस बैठक" does, so its CONSULT is dropped where an earlier one was told; the acts
told inside it (the accusation, the suggestion) stay. A meeting opening the article's first
CONSULT stays, and so does a meeting named with a genitive of its own ("समिति की बैठक में").

Sentences are the news's own (allowed corpus day files, named at each)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-27")


def test_after_the_meeting_is_the_meeting_told_before() -> None:
    # AU-2020-ARP-27.txt
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को देश में कोरोना वायरस महामारी के कारण उत्पन्न स्थिति"
        " पर चर्चा के लिए सभी राज्यों के मुख्यमंत्रियों के साथ वीडियो कॉन्फ्रेंस के जरिए बात की  ।"
        " बैठक के बाद मुख्यमंत्री बनर्जी ने केंद्र सरकार पर लॉकडाउन को लेकर विरोधाभासी बयान देने का"
        " आरोप लगाया  ।",
        dct="2020-04-27",
    )
    meetings = events_of(art, "CONSULT")
    assert len(meetings) == 1
    assert meetings[0].trigger == "बात"
    assert events_of(art, "ACCUSE")  # the act told after the meeting stays


def test_in_the_meeting_after_a_meeting_the_article_told() -> None:
    # AU-2020-ARP-08.txt
    art = analysed(
        "इससे पहले प्रधानमंत्री ने आज विपक्ष के नेताओं और राज्यों के अधिकारियों के साथ वीडियो"
        " कॉन्फ्रेंसिग की थी  । बैठक में शामिल रहे बीजद सांसद पिनाकी मिश्रा ने दावा किया है कि"
        " प्रधानमंत्री ने स्पष्ट किया है कि 14 अप्रैल को लॉकडाउन एक बार में नहीं खोला जाएगा  ।",
        dct="2020-04-08",
    )
    assert [e.trigger for e in events_of(art, "CONSULT")] == ["वीडियो कॉन्फ्रेंसिग"]


def test_a_bare_meeting_with_none_told_before_stays() -> None:
    # PK-2020-APR-24.txt: the article's meeting is told by this sentence alone
    art = analysed(
        "बैठक में कांग्रेस अध्यक्ष सोनिया गांधी ने कहा कि लॉकडाउन की वजह से पहले चरण 12 करोड़ नौकरी"
        " खतरे में है.",
        dct="2020-04-24",
    )
    assert [e.trigger for e in events_of(art, "CONSULT")] == ["बैठक"]


def test_a_meeting_named_by_its_body_is_not_a_bare_one() -> None:
    # AU-2020-MAR-22.txt, two of its sentences: "समिति की आज हुई बैठक में" names a meeting of its own
    art = analysed(
        "पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी ने कोरोना महामारी की रोकथाम के लिए उठाए गए कदमों पर"
        " चर्चा के लिए 23 मार्च को एक सर्वदलीय बैठक बुलाई है । समिति की आज हुई बैठक में रिसर्च, योजना"
        " और कार्यान्वयन को लेकर चर्चा की गई ।",
        dct="2020-03-22",
    )
    assert len(events_of(art, "CONSULT")) == 2


def test_a_recap_of_earlier_meetings_is_not_the_meeting_a_bare_one_means() -> None:
    # DH-2020-ARP-27.txt (review rv48): the recap "इससे पहले भी 20 मार्च … चर्चा कर चुके हैं"
    # tells earlier meetings; the bare "बैठक में" after it is the day's own meeting and stays
    art = analysed(
        "प्रधानमंत्री ने इससे पहले भी 20 मार्च, दो और 11 अप्रैल को मुख्यमंत्रियों के साथ चर्चा कर"
        " चुके हैं । बैठक में नौ राज्यों के मुख्यमंत्रियों ने अपनी बात रखी और इनमें से चार ने"
        " पूर्णबंदी की अवधि तीन मई से भी आगे बढाने का सुझाव दिया ।",
        dct="2020-04-27",
    )
    assert [e.trigger for e in events_of(art, "CONSULT")] == ["चर्चा", "बैठक"]

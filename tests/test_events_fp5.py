"""Issue 13, round fp5: a lockdown named in passing is no lockdown imposed
(:mod:`khabar.events.background_lockdowns`).

"… लॉकडाउन लागू करने पर जोर देती है", "… लॉकडाउन को दो सप्ताह और बढ़ाने के पक्ष में हैं",
"… लॉकडाउन लागू रहने की स्थिति में …": the lockdown is the object of an infinitive that is an
argument of something else; "लागू किए गए 21 दिनों के लॉकडाउन की मियाद … खत्म हो रही है": the
possessor of a period that ends. None is a COERCE. Kept: the lockdown's own finite act, its
infinitive decided or announced, its period extended, the infinitive as the time of what follows
("… बढ़ाने के साथ ही", "… की घोषणा होने पर") and a lockdown replaced by a curfew.

Sentences are the news's own (allowed corpus day files, named at each)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-13")


def _lockdowns(text: str, dct: str) -> list[str]:
    return [
        e.trigger for e in events_of(analysed(text, dct=dct), "COERCE") if "लॉकडाउन" in e.trigger
    ]


# --- positives: the lockdown named in passing, no COERCE


def test_stressing_the_lockdown_is_no_lockdown() -> None:
    # AU-2020-ARP-27.txt (tuning pool X's false positive AU-2020-04-27-L1 L28)
    assert not _lockdowns(
        "लेकिन केंद्र सरकार एकतरफ तो लॉकडाउन लागू करने पर जोर देती है लेकिन दूसरी तरफ दुकानों"
        " को खोलने का आदेश दे रही है  ।",
        "2020-04-27",
    )


def test_in_favour_of_extending_is_no_lockdown() -> None:
    # AU-2020-ARP-13.txt
    assert not _lockdowns(
        "आर्थिक नीतियों से संबंधित शोध संस्था नेशनल काउंसिल ऑफ एप्लाइड इकोनॉमिक रिसर्च (एनसीएईआर)"
        " ने अपनी रिपोर्ट में कहा है कि देश में ज्यादातर लोग कई मोर्चे पर दिक्कतों का सामना करने के"
        " बावजूद  लॉकडाउन को दो सप्ताह और बढ़ाने के पक्ष में हैं  ।",
        "2020-04-13",
    )


def test_suggestions_sought_on_extending_are_no_lockdown() -> None:
    # AU-2020-ARP-13.txt
    assert not _lockdowns(
        "प्रधानमंत्री ने मुख्यमंत्रियों से बात की थी । जिसमें उन्होंने सभी से लॉकडाउन बढ़ाने सहित इस"
        " संक्रमण के निवारण के उपायों और आवश्यक कदमों पर सुझाव मांगा था  ।",
        "2020-04-13",
    )


def test_a_period_that_ends_is_no_lockdown() -> None:
    # PK-2020-APR-03.txt (tuning pool X's false positive PK-2020-04-03-L1 L3)
    assert not _lockdowns(
        "देश / 21 दिन के बाद भी होगा 'लॉकडाउन', जानिए पीएम मोदी ने क्या दिया संकेत\n\n"
        "कोरोना वायरस के खतरे के कारण देश में लागू किए गए 21 दिनों के लॉकडाउन की मियाद 14 अप्रैल"
        " को खत्म हो रही है.",
        "2020-04-03",
    )


def test_a_condition_is_no_lockdown() -> None:
    # PK-2020-MAY-13.txt
    assert not _lockdowns(
        "इस संबंध में बीडीओ ने कोरोना महामारी के कारण लॉकडाउन लागू रहने की स्थिति में धरना कार्यक्रम"
        " की अनुमति देने से इनकार कर दिया.",
        "2020-05-13",
    )


# --- negatives: the lockdown's own act, kept


def test_extended_period_stays() -> None:
    # AU-2020-MAY-01.txt
    assert _lockdowns(
        "कोरोना वायरस वैश्विक महामारी के प्रसार को रोकने के लिए देश में जारी लॉकडाउन की अवधि एक बार"
        " फिर बढ़ा दी गई है ।",
        "2020-05-01",
    )


def test_decided_extension_stays() -> None:
    # PK-2020-APR-12.txt
    assert _lockdowns(
        "महाराष्ट्र में कोविड-19 के मामलों में लगातार हो रही वृद्धि के मद्देनजर राज्य सरकार ने शनिवार"
        " को लॉकडाउन को 30 अप्रैल तक बढ़ाने का निर्णय लिया.",
        "2020-04-12",
    )


def test_announcement_with_its_agent_between_stays() -> None:
    # AU-2020-MAY-01.txt: "… की घोषणा पीएम मोदी ने नहीं की है", the light verb after the agent
    assert _lockdowns(
        "गृह मंत्रालय ने लॉकडाउन 3.0 की घोषणा कर दी है । यह पहला मौका है जब लॉकडाउन की घोषणा"
        " पीएम मोदी ने नहीं की है ।",
        "2020-05-01",
    )


def test_announcement_followed_by_then_stays() -> None:
    # AU-2020-MAY-01.txt: "की घोषणा की तो …", the light verb before a conjunction
    assert _lockdowns(
        "प्रधानमंत्री नरेंद्र मोदी ने 24 मार्च को जब पहले लॉकडाउन की घोषणा की तो उस समय तक देश में"
        " कोरोना वायरस से सिर्फ 536 लोग संक्रमित थे और 10 लोगों की मौत हो गई थी ।",
        "2020-05-01",
    )


def test_extension_as_the_time_of_what_follows_stays() -> None:
    # AU-2020-MAY-01.txt: "लॉकडाउन बढ़ाने के साथ ही …" tells the extension done
    assert _lockdowns(
        "लॉकडाउन बढ़ाने के साथ ही गृह मंत्रालय ने अपने आदेश में कहा है कि ग्रीन और ऑरेंज जोन में कुछ"
        " राहतें दी जाएंगी वहीं, रेड जोन में कोई छूट नहीं दी जाएगी ।",
        "2020-05-01",
    )


def test_lockdown_replaced_by_curfew_stays() -> None:
    # AU-2020-MAR-27.txt: the act is told ("… की जगह कर्फ्यू लागू कर दिया था")
    assert _lockdowns(
        "इंदौर में कोरोना वायरस के मरीज सामने आने के बाद प्रशासन ने बुधवार से शहरी सीमा में लॉकडाउन"
        " की जगह कर्फ्यू लागू कर दिया था ।",
        "2020-03-27",
    )

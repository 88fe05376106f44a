"""Issue 13, round ev203: precision, events that are not real or not of their type. Two kinds of
double event, each one act the gold codes once:

- one meeting told again: a later consultation of the same parties ("सीएम योगी के साथ बातचीत में
  धर्मगुरुओं ने भी कहा" after "सीएम योगी … ने … धर्मगुरुओं से बात की थी"), or a meeting named as
  the setting of another act, with a demonstrative or a named party of the meeting told before
  ("इस बैठक के बाद ही … पेमा खांडू ने दावा किया"); two meetings apart in modality, or of other
  people, stay two;
- the act refused, named as the object of the refusal ("ढील देने के आदेश को अस्वीकार कर दिया",
  "… की अनुमति देने से इनकार कर दिया"): the refusal alone, not a denied relaxation beside it.

Sentences are the news's own (tuning sets Ug and Ul, allowed corpus day files)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-08")


def test_the_same_parties_meeting_told_again_is_one_meeting() -> None:
    art = analysed(
        "प्रदेश में कोरोना संक्रमण को रोकने संबंधी प्रयासों के क्रम में सीएम योगी आदित्यनाथ ने रविवार"
        " को प्रदेशभर के धर्मगुरुओं से बात की थी । अवनीश अवस्थी के मुताबिक, सीएम योगी के साथ बातचीत"
        " में धर्मगुरुओं ने भी कहा है कि अभी लॉकडाउन खोलना ठीक नहीं है ।"
    )
    [ev] = events_of(art, "CONSULT")
    assert ev.trigger == "बात"
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने कोरोना वायरस के मद्देनजर पैदा हुए हालात को लेकर सर्वदलीय बैठक की ।"
        " देश में कोरोना वायरस के संक्रमण के मद्देनजर प्रधानमंत्री नरेंद्र मोदी ने बुधवार को वीडियो"
        " कॉन्फ्रेंसिंग के जरिए सर्वदलीय बैठक की ।"
    )
    assert len(events_of(art, "CONSULT")) == 1


def test_a_meeting_named_as_a_setting_is_the_meeting_told_before() -> None:
    art = analysed(
        "पीएम मोदी ने भी गुरुवार को मुख्यमंत्रियों के साथ हुई वीडियो कान्फ्रेसिंग में कुछ इस तरह के"
        " संकेत दिए । इस बैठक के बाद ही अरुणाचल प्रदेश के मुख्यमंत्री पेमा खांडू ने दावा किया कि"
        " लॉकडाउन 15 अप्रैल को खत्म हो सकता है."
    )
    [ev] = events_of(art, "CONSULT")
    assert ev.source == ["kb:person/narendra-modi"]
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को सभी राज्यों के मुख्यमंत्रियों के साथ वीडियो कॉन्फ्रेंस के"
        " जरिए बात की । उत्तराखंड के मुख्यमंत्री कार्यालय ने बताया कि प्रधानमंत्री के साथ बातचीत में"
        " मुख्यमंत्री त्रिवेंद्र रावत ने कहा कि समिति का गठन किया गया है ।"
    )
    assert len(events_of(art, "CONSULT")) == 1


def test_other_meetings_stay_apart() -> None:
    # a meeting held and one planned
    art = analysed(
        "प्रधानमंत्री ने मुख्यमंत्रियों के साथ बैठक की । प्रधानमंत्री 11 मई को फिर मुख्यमंत्रियों के"
        " साथ बैठक करेंगे ।"
    )
    assert [e.modality for e in art.events if e.trigger == "बैठक"] == ["happened", "planned"]
    # another chief minister's meeting, named as a setting without a demonstrative
    art = analysed(
        "मुख्यमंत्री नीतीश कुमार ने पटना में बैठक की । छत्तीसगढ़ में मुख्यमंत्री भूपेश बघेल ने"
        " अधिकारियों के साथ बैठक में फैसला लिया कि सभी स्कूल बंद रहेंगे ।"
    )
    assert len(events_of(art, "CONSULT")) == 2


def test_the_act_refused_is_the_refusal() -> None:
    for text in (
        "वहीं, राजस्थान और पंजाब ने भी ढील देने के आदेश को अस्वीकार कर दिया है ।",
        "इस संबंध में बीडीओ ने कोरोना महामारी के कारण लॉकडाउन लागू रहने की स्थिति में धरना"
        " कार्यक्रम की अनुमति देने से इनकार कर दिया.",
    ):
        art = analysed(text)
        assert len(events_of(art, "REJECT")) == 1, text
        assert events_of(art, "CONCEDE") == [], text


def test_an_act_beside_a_refusal_and_a_denial_alone_stay() -> None:
    art = analysed("सरकार ने स्कूल बंद कर दिए, लेकिन परीक्षा रद्द करने से इनकार कर दिया ।")
    assert [e.type for e in art.events] == ["COERCE", "REJECT"]
    art = analysed("जबकि शवयात्रा में 20 से ज्यादा लोगों को अनुमति नहीं होगी ।")
    assert len(art.events) == 1

"""Round seg2 (issue 13): lines the day-file splitter cut a report at, that go on with it.

An explainer's next question, glued between answers under questions glued the same way, and a
quote headline naming after its closing colon the speaker the report above quotes (Prabhat
Khabar strings a leader's tweets so), are sub-headings of the report, not new headlines. A lone
question glued to a report, and a quote headline of someone else, still start an article. Line
layouts of the allowed corpus day files (NT-2020-MAR-12, NT-2020-MAR-31, PK-2020-MAY-12,
PK-2020-APR-06), sentences shortened."""

from __future__ import annotations

from khabar.clean.dump import split_dump

_HEAD = "भारत में कोरोना वायरस के मामले बढ़कर 73 हुए, रोकने के लिए सरकार ने उठाए कई बड़े कदम"
_LEDE = (
    "नई दिल्ली, एजेंसी । भारत में कोरोना वायरस के मामले बढ़कर 73 हो गए हैं और सरकार ने इसे "
    "रोकने के लिए कई कदम उठाए हैं । स्वास्थ्य मंत्रालय ने लोगों से सावधानी बरतने को कहा है ।"
)
_Q1 = "कोरोना वायरस का टीका कब तक बन सकेगा?"
_A1 = (
    "इंडियन काउंसिल ऑफ मेडिकल रिसर्च के मुताबिक कोरोना वायरस का वैक्सिन बनाने में कम से कम "
    "डेढ़ से 2 साल तक का वक्त लगेगा ।"
)
_Q2 = "मरीजों के संपर्क में आए कितने लोगों की निगरानी की जा रही है?"
_A2 = (
    "अब तक कोरोना से संक्रमित पाए गए 73 लोगों के संपर्क में आए 1,500 से ज्यादा लोगों को "
    "ऑब्जर्वेशन में रखा गया है ।"
)


def _starts(doc: str) -> list[int]:
    return [p.first_line for p in split_dump(doc)]


def test_next_question_of_an_explainer_stays_in_it() -> None:
    doc = f"{_HEAD}\n{_LEDE}\n{_Q1}\n{_A1}\n{_Q2}\n{_A2}\n"
    assert _starts(doc) == [1]


def test_lone_question_glued_to_a_report_still_starts_one() -> None:
    # NT-2020-MAR-31 l.24: a question headline glued under another report's last paragraph
    head = "क्या भारत में कम्युनिटी ट्रांसमिशन स्टेज में है कोरोना वायरस?"
    body = (
        "भारत में कोरोना वायरस से संक्रमित लोगों की संख्या लगातार बढ़ रही है । ऐसे में सवाल "
        "उठ रहा है कि क्या देश कम्युनिटी ट्रांसमिशन के स्टेज में पहुंच गया है ।"
    )
    first = "कोरोना से निपटने को बना बड़ा प्लान, राज्यों को भेजी गई नई गाइडलाइन और निर्देश"
    lede = (
        "राष्ट्रीय राजधानी दिल्ली से लेकर केरल से कासरगोड़ तक, देश में कोरोना संक्रमण के मामले "
        "तेजी से बढ़ रहे हैं । सरकार ने इसके लिए बड़ा प्लान बनाया है ।"
    )
    assert _starts(f"{first}\n{lede}\n{head}\n{body}\n") == [1, 3]


_PK_HEAD = (
    "पटना / Bihar Corona Politics News Update : बिहार में रिकवरी रेट 50 फीसदी, आरजेडी को "
    "चुभ रही एनडीए सरकार की तारीफ : सुशील मोदी"
)
_PK_LEDE = (
    "पटना : बिहार के उपमुख्यमंत्री एवं भाजपा के वरिष्ठ नेता सुशील कुमार मोदी ने मंगलवार को "
    "ट्वीट कर राष्ट्रीय जनता दल (राजद) और कांग्रेस पर जोरदार हमला बोला है."
)
# PK-2020-MAY-12 l.17 and l.20: the same man's next remark and next tweet under quote headlines
_PK_SUB1 = "बिहार राज्य में 50 फीसदी रिकवरी रेट से राजद-कांग्रेस परेशान : उपमुख्यमंत्री"
_PK_BODY1 = (
    "उपमुख्यमंत्री सुशील मोदी ने आगे कहा कि राजद और कांग्रेस परेशान हैं कि एक लाख "
    "प्रवासियों की घर वापसी के बावजूद राज्य में 50 फीसदी का शानदार रिकवरी रेट क्यों है."
)
_PK_SUB2 = "कभी राज्य से बाहर बिहार के लोग छिपाते थे अपनी प्रादेशिक पहचान : सुशील मोदी"
_PK_BODY2 = (
    "अपने एक अन्य ट्वीट में उपमुख्यमंत्री सुशील मोदी ने कहा है कि कभी राज्य से बाहर बिहार "
    "की खस्ताहाल सड़कों और घोटालों के नाम लेकर प्रवासियों का मजाक उड़ाया जाता था."
)


def test_quote_headlines_of_the_speaker_above_stay_in_his_report() -> None:
    doc = f"{_PK_HEAD}\n{_PK_LEDE}\n\n{_PK_SUB1}\n{_PK_BODY1}\n\n{_PK_SUB2}\n{_PK_BODY2}\n"
    assert _starts(doc) == [1]


def test_quote_headline_of_another_speaker_still_starts_an_article() -> None:
    # the same layout, the speaker after the colon named nowhere in the report above
    other = "लॉकडाउन के बाद भी प्रवासी मजदूरों की घर वापसी जारी रहेगी : अवनीश कुमार अवस्थी"
    body = (
        "लखनऊ : उत्तर प्रदेश के अपर मुख्य सचिव अवनीश कुमार अवस्थी ने बुधवार को कहा कि दूसरे "
        "राज्यों में फंसे प्रवासी मजदूरों को लाने का काम लॉकडाउन के बाद भी जारी रहेगा."
    )
    doc = f"{_PK_HEAD}\n{_PK_LEDE}\n\n{other}\n{body}\n"
    assert _starts(doc) == [1, 4]

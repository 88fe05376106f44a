"""Round sg2: only the updates of a page that calls itself live are cut one by one; the other
reports of the same day file keep their sub-headings. Sentences written for the test in the
style of the news (not taken from any gold)."""

from __future__ import annotations

from khabar.clean.dump import split_dump

_UPDATES = [
    (
        "दिल्ली में कोरोना के 45 नए मामले, कुल संख्या 720 पहुंची",
        "दिल्ली सरकार के स्वास्थ्य विभाग ने शाम को जारी बुलेटिन में बताया कि राजधानी में 45 नए मरीज "
        "मिले हैं । इनमें से ज्यादातर लोग पहले से क्वारंटाइन केंद्रों में रखे गए थे ।",
    ),
    (
        "महाराष्ट्र में लॉकडाउन तोड़ने पर 300 लोगों के खिलाफ केस दर्ज",
        "पुलिस ने बताया कि बिना अनुमति घरों से निकलने वाले लोगों के खिलाफ महामारी कानून के तहत "
        "मामले दर्ज किए गए हैं और उनकी गाड़ियां जब्त कर ली गई हैं ।",
    ),
    (
        "केरल में दो और मरीज ठीक होकर घर लौटे, अस्पताल ने दी विदाई",
        "कोच्चि के मेडिकल कॉलेज से दो मरीजों को छुट्टी दे दी गई । डॉक्टरों ने बताया कि दोनों की "
        "लगातार दो जांच रिपोर्ट निगेटिव आई हैं और उन्हें घर पर अलग रहने को कहा गया है ।",
    ),
]

_PARA = [
    "जिले में लॉकडाउन के कारण दिहाड़ी मजदूरों के सामने रोजी-रोटी का संकट खड़ा हो गया है । शहर के "
    "चौराहों पर रोज काम की तलाश में आने वाले सैकड़ों मजदूर अब घरों में बैठे हैं ।",
    "रिक्शा चलाने वाले एक मजदूर ने बताया कि पिछले दस दिनों से उसकी कोई कमाई नहीं हुई है । घर में "
    "राशन खत्म होने लगा है और उसे पड़ोसियों से उधार लेकर गुजारा करना पड़ रहा है ।",
    "निर्माण स्थलों पर काम करने वाले मजदूरों का भी यही हाल है । ठेकेदारों ने काम बंद होने के बाद "
    "उन्हें बकाया मजदूरी देने से भी मना कर दिया है, जिससे उनकी मुश्किलें और बढ़ गई हैं ।",
    "सब्जी का ठेला लगाने वाले कई लोगों ने बताया कि पुलिस उन्हें मोहल्लों में जाने नहीं देती । ऐसे "
    "में उनका माल खराब हो रहा है और पूंजी भी डूबने लगी है ।",
    "जिला प्रशासन का कहना है कि जरूरतमंद परिवारों को सूखा राशन बांटा जा रहा है और शहर में बीस "
    "सामुदायिक रसोई चलाई जा रही हैं, जहां रोज हजारों लोगों को खाना दिया जाता है ।",
    "मजदूर संगठनों ने सरकार से मांग की है कि ऐसे सभी मजदूरों के खाते में हर महीने पांच हजार रुपये "
    "डाले जाएं और उन्हें मुफ्त राशन दिया जाए ।",
]
_SUB = "मजदूरों को मिले बेरोजगारी भत्ता"
_SECTION = (
    "श्रमिक संगठन के प्रदेश सचिव ने कहा कि सरकार को तुरंत सभी पंजीकृत और अपंजीकृत मजदूरों को "
    "बेरोजगारी भत्ता देना चाहिए, नहीं तो हालात और बिगड़ सकते हैं ।"
)
_REPORT_HEAD = "लॉकडाउन ने छीना दिहाड़ी मजदूरों का काम, उधार लेकर कर रहे गुजारा"
# a short report opened by its dateline: a start wherever it stands
_WIRE = [
    "राज्य में कोरोना जांच के लिए तीन नई प्रयोगशालाएं शुरू, रोज होंगे दो हजार टेस्ट",
    "पटना, एजेंसी । राज्य सरकार ने कोरोना जांच की क्षमता बढ़ाने के लिए तीन नई प्रयोगशालाओं में "
    "जांच शुरू कर दी है । स्वास्थ्य विभाग के अनुसार अब रोज दो हजार नमूनों की जांच हो सकेगी ।",
    "",
]


def _live_page(label: str) -> list[str]:
    lines = [label, ""]
    for head, body in _UPDATES:
        lines += [head, body, ""]
    return lines


def _report(link: str = "") -> list[str]:
    """A report of six paragraphs (``link`` closing the second) and a sub-headed section: more
    than an update of a live page holds."""
    lines = [_REPORT_HEAD, ""]
    for n, para in enumerate(_PARA):
        lines += [para + (link if n == 1 else ""), ""]
    return [*lines, _SUB, _SECTION, ""]


def _starts(lines: list[str]) -> list[int]:
    return [p.first_line for p in split_dump("\n".join(lines))]


def test_live_page_is_cut_per_update_and_the_report_after_it_keeps_its_sub_heading() -> None:
    # the live label of the first page had cut the report after it at its sub-heading (line 26)
    page = _live_page("Coronavirus Live Updates: देश में संक्रमितों की संख्या बढ़कर 5,000 के पार")
    assert _starts(page + _report()) == [1, 3, 6, 9, 12]
    # a short report under its section ("देश / ...") is a web page's own headline, not an update
    short = ["देश / " + _REPORT_HEAD, "", _PARA[0], "", _PARA[1], "", _SUB, _SECTION, ""]
    assert _starts(page + short) == [1, 3, 6, 9, 12]


def test_a_report_that_mentions_live_is_not_a_live_page() -> None:
    # a link to a live page closing a paragraph, or "लाइव" in a slogan, does not make the
    # report (or the day file) a run of updates: its sub-heading stays in it
    linked = _report(" कोरोना से जुड़े लाइव अपडेट")
    assert _starts(linked + _WIRE) == [1, 18]
    slogan = _report()
    slogan[6] += " शहर में 'वॉश हैंड्स, लाइव लॉन्ग' अभियान भी चलाया गया ।"
    assert _starts(_WIRE + slogan) == [1, 4]


def test_a_live_heading_inside_a_report_opens_its_updates_but_not_its_bullets() -> None:
    # a report that turns into a live section under a heading line: the bullet entries stay in
    # the report, the headline+body updates after them are cut one by one
    bullets = ["- मुंबई का सिद्धिविनायक मंदिर अगले आदेश तक बंद रहेगा", _UPDATES[0][1], ""]
    lines = [*_WIRE, _REPORT_HEAD, "", _PARA[0], "कोरोना वायरस लाइव अपडेट", "", *bullets]
    for head, body in _UPDATES:
        lines += [head, "", body, ""]
    assert _starts(lines) == [1, 4, 12, 16, 20]

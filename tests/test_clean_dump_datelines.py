"""Round sg2: a dateline that names the reporter or the desk with the place ("जागरण संवाददाता,
बागेश्वर :", "सुनील शर्मा, नई दिल्ली ।", "सहारनपुर, जेएनएन ।") opens a report as the plain and
wire-credited ones do. Sentences written for the test in the style of the news (not taken from
any gold)."""

from __future__ import annotations

import pytest

from khabar.clean.dump import split_dump

_HEAD1 = "कोरोना संक्रमण रोकने के लिए जिले के सभी बाजार अगले आदेश तक बंद रहेंगे, प्रशासन सख्त"
_BODY1 = (
    "जिला प्रशासन ने शहर के सभी बाजारों को अगले आदेश तक बंद रखने का निर्देश दिया है । अधिकारियों "
    "ने बताया कि केवल दवा और राशन की दुकानें सुबह सात से दस बजे तक खुली रहेंगी ।"
)
_HEAD2 = "राज्य में कोरोना जांच के लिए तीन नई प्रयोगशालाएं शुरू, रोज होंगे दो हजार टेस्ट"
_BODY2 = (
    "पटना, एजेंसी । राज्य सरकार ने कोरोना जांच की क्षमता बढ़ाने के लिए तीन नई प्रयोगशालाओं में "
    "जांच शुरू कर दी है । स्वास्थ्य विभाग के अनुसार अब रोज दो हजार नमूनों की जांच हो सकेगी ।"
)
# a short headline: it starts an article only over a dateline
_SHORT = "व्यापारियों को मिले कोरोना योद्धा का दर्जा"
_TEXT = (
    "व्यापार मंडल ने मांग की है कि लॉकडाउन में लगातार दुकानें खोलकर लोगों तक राशन पहुंचाने वाले "
    "व्यापारियों को भी कोरोना योद्धा का दर्जा दिया जाए और उनका बीमा कराया जाए ।"
)


def _starts(opening: str) -> list[int]:
    """A report, then the short headline over ``opening`` + text, then another article."""
    text = f"{_HEAD1}\n\n{_BODY1}\n\n{_SHORT}\n{opening}{_TEXT}\n\n{_HEAD2}\n{_BODY2}\n"
    return [p.first_line for p in split_dump(text)]


@pytest.mark.parametrize(
    "opening",
    [
        "जागरण संवाददाता, बागेश्वर : ",
        "सुनील शर्मा, नई दिल्ली । ",
        "सहारनपुर, जेएनएन । ",
        "राज्य ब्यूरो, कोलकाता : ",
        "गाजियाबाद [सुनील शर्मा] । ",
    ],
)
def test_reporter_or_desk_dateline_opens_a_report(opening: str) -> None:
    # the short headline was a sub-heading of the report above: its dateline went unseen
    assert _starts(opening) == [1, 5, 8]


@pytest.mark.parametrize("opening", ["", "हालांकि, सरकार ने कहा : ", "इसके बाद, मंडल अध्यक्ष ने कहा : "])
def test_a_sentence_opening_with_a_comma_is_no_dateline(opening: str) -> None:
    # a discourse word or a speaker before the comma: the short line stays a sub-heading
    assert _starts(opening) == [1, 8]

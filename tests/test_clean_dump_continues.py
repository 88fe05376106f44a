"""Round sg2: a paragraph that opens with a connective or a back-reference ("बता दें कि",
"बताया जाता है कि", "वहीं", "दरअसल") goes on with the report above it, so the line over it is a
sub-heading of that report however much it reads like a headline. Sentences written for the
test in the style of the news (not taken from any gold)."""

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
# long, and its words come back under it: it scores as a headline
_SUB = "संक्रमित दुकानदार के संपर्क में आए सभी ग्राहकों की तलाश में जुटी स्वास्थ्य विभाग की टीमें"
_SECTION = (
    "संक्रमित दुकानदार के संपर्क में आए ग्राहकों की तलाश में स्वास्थ्य विभाग की टीमें घर-घर जा "
    "रही हैं । अब तक चालीस लोगों को पृथक वास में भेजा गया है ।"
)


def _starts(opening: str) -> list[int]:
    """A report, ``_SUB`` over a paragraph opening with ``opening``, then another article."""
    text = f"{_HEAD1}\n\n{_BODY1}\n\n{_SUB}\n{opening}{_SECTION}\n\n{_HEAD2}\n{_BODY2}\n"
    return [p.first_line for p in split_dump(text)]


@pytest.mark.parametrize(
    "opening", ["बता दें कि ", "बताया जाता है कि ", "यहां चर्चा कर दें कि ", "वहीं दूसरी ओर, ", "दरअसल, "]
)
def test_line_over_a_continuing_paragraph_is_a_sub_heading(opening: str) -> None:
    assert _starts(opening) == [1, 8]


def test_line_over_a_paragraph_of_its_own_still_starts_an_article() -> None:
    # "वहींपुर" is a place, not the connective; no opening at all: a headline
    assert _starts("") == [1, 5, 8]
    assert _starts("वहींपुर गांव में ") == [1, 5, 8]

"""Round sg1 (issue 14): a line under 45 characters inside a dump is a sub-heading of the report
above unless a dateline opens the line under it or two empty lines (or a line of spaces) set it
apart. Sentences written for the test in the style of
the news (not taken from any gold)."""

from __future__ import annotations

from khabar.clean.dump import split_dump

_BODY = (
    "जिला प्रशासन ने शहर के सभी बाजारों को अगले आदेश तक बंद रखने का निर्देश दिया है । अधिकारियों "
    "ने बताया कि केवल दवा और राशन की दुकानें सुबह सात से दस बजे तक खुली रहेंगी ।"
)
_MORE = (
    "इस दौरान पुलिस की टीमें हर मोहल्ले में गश्त करेंगी और बिना कारण घूमने वालों पर जुर्माना "
    "लगाया जाएगा । नियम तोड़ने वाले दुकानदारों के लाइसेंस भी रद्द किए जा सकते हैं ।"
)
_HEAD1 = "कोरोना संक्रमण रोकने के लिए जिले के सभी बाजार अगले आदेश तक बंद रहेंगे, प्रशासन सख्त"
_HEAD2 = "राज्य में कोरोना जांच के लिए तीन नई प्रयोगशालाएं शुरू, रोज होंगे दो हजार टेस्ट"
_BODY2 = (
    "पटना, एजेंसी । राज्य सरकार ने कोरोना जांच की क्षमता बढ़ाने के लिए तीन नई प्रयोगशालाओं में "
    "जांच शुरू कर दी है । स्वास्थ्य विभाग के अनुसार अब रोज दो हजार नमूनों की जांच हो सकेगी ।"
)


_SUB = "पुलिस: हर मोहल्ले में टीमें करेंगी गश्त"


def _starts(heading: str, body: str, gap: str = "\n\n") -> list[int]:
    """A report, ``gap``, ``heading`` over ``body``, then another article."""
    text = f"{_HEAD1}\n\n{_BODY}{gap}{heading}\n{body}\n\n{_HEAD2}\n{_BODY2}\n"
    return [p.first_line for p in split_dump(text)]


def test_short_subheading_over_a_section_stays_in_its_report() -> None:
    # a topic-prefixed sub-heading whose section repeats its words was cut as a new article
    # (line 5); no dateline opens the line under it, so it is the report's
    assert _starts(_SUB, _MORE) == [1, 8]


def test_short_headline_over_its_dateline_still_starts_an_article() -> None:
    # the same short line with a dateline under it opens an article of its own
    assert _starts(_SUB, "लखनऊ, एजेंसी । " + _MORE) == [1, 5, 8]


def test_short_headline_set_apart_still_starts_an_article() -> None:
    # two empty lines before it, or a line of spaces, are how some exports part articles
    assert _starts(_SUB, _MORE, gap="\n\n\n") == [1, 6, 9]
    assert _starts(_SUB, _MORE, gap="\n \n") == [1, 5, 8]


def test_long_headline_without_a_dateline_still_starts_an_article() -> None:
    head = "पुलिस: हर मोहल्ले में टीमें करेंगी गश्त, बिना कारण घूमने वालों पर लगेगा जुर्माना"
    assert _starts(head, _MORE) == [1, 5, 8]

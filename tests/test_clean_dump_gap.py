"""Round sg2: a short line after two empty lines starts a brief of its own only when its section
does not go on with the words of the report above it; a sub-heading's section does ("विटामिन
डी" over the same doctors' advice). Sentences written for the test in the style of the news
(not taken from any gold)."""

from __future__ import annotations

from dump_articles import LABS_BODY as _BODY2
from dump_articles import LABS_HEAD as _HEAD2
from khabar.clean.dump import split_dump

_HEAD1 = "कोरोना मरीजों पर विटामिन डी का असर परखेगा मेडिकल कॉलेज, दो समूहों में होगा शोध"
_BODY1 = (
    "मेडिकल कॉलेज के बायोकेमिस्ट्री विभाग के डॉक्टरों के मुताबिक विटामिन डी की कमी वाले कोरोना "
    "मरीजों में संक्रमण तेजी से बढ़ता है । शोध में मरीजों को दो समूहों में बांटा जाएगा ।"
)
_MORE1 = (
    "डॉक्टरों ने बताया कि एक समूह के मरीजों को विटामिन डी की खुराक दी जाएगी और दूसरे समूह को "
    "सामान्य इलाज मिलेगा । दोनों समूहों के मरीजों की जांच हर हफ्ते होगी ।"
)
# a sub-heading whose section is the same doctors' advice on vitamin D
_SUB = "विटामिन डी की कमी पूरी करें, रोज लें धूप"
_SECTION = (
    "डॉक्टरों के मुताबिक विटामिन डी की कमी पूरी करने के लिए रोज सुबह धूप में बैठें और मरीजों "
    "को दूध और अंडे जैसे आहार दें ।"
)
# a brief of its own after the same gap
_BRIEF = "तिहाड़ जेल में बना पचास बिस्तरों का वार्ड"
_BRIEF_TEXT = (
    "राजधानी की तिहाड़ जेल में कैदियों के लिए पचास बिस्तरों का आइसोलेशन वार्ड तैयार किया गया "
    "है । जेल महानिदेशक ने नए कैदियों को पहले तीन दिन अलग रखने का आदेश दिया है ।"
)


def _starts(head: str, text: str) -> list[int]:
    """A report, two empty lines, ``head`` over ``text``, then another article."""
    doc = f"{_HEAD1}\n\n{_BODY1}\n\n{_MORE1}\n\n\n{head}\n{text}\n\n{_HEAD2}\n{_BODY2}\n"
    return [p.first_line for p in split_dump(doc)]


def test_short_sub_heading_after_two_empty_lines_stays_when_its_section_goes_on() -> None:
    # the gap had made the sub-heading a brief's headline (line 8)
    assert _starts(_SUB, _SECTION) == [1, 11]


def test_short_brief_after_two_empty_lines_still_starts_an_article() -> None:
    assert _starts(_BRIEF, _BRIEF_TEXT) == [1, 8, 11]

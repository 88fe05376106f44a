"""Round sc53 (issue 16): a paragraph is searched for a closing wire credit only when it ends in a
bracket or a wire's name; what is found equals the search of the whole paragraph."""

from __future__ import annotations

from khabar.clean.cues import WIRES
from khabar.clean.meta import _WIRE_SUFFIX, find_wire_suffix

PARAGRAPHS = [
    "जिले में सोमवार से सभी दुकानें बंद रहेंगी, प्रशासन ने आदेश जारी किया। (ANI)",
    "राज्य सरकार ने राहत पैकेज की घोषणा की है। (इनपुट: भाषा)",
    "मुख्यमंत्री ने अधिकारियों के साथ बैठक की - pti",
    "केंद्र ने नई गाइडलाइंस जारी कीं —आईएएनएस \n",
    "स्वास्थ्य विभाग ने 40 नमूने जांच के लिए भेजे। भाषा",
    "सभी स्कूल 31 मार्च तक बंद रहेंगे (with inputs from Reuters)  ",
    "बैठक में तय हुआ कि हर जिले में हेल्पलाइन शुरू होगी।XINHUA",
    # no credit: a sentence end, a bracket that names no wire, भाषा as a plain word
    "पुलिस ने तीन लोगों को हिरासत में लिया है।",
    "जिले में धारा 144 लागू (आदेश देखें)",
    "हिंदी हमारी भाषा",
    "अधिकारियों ने कहा कि स्थिति नियंत्रण में है   ",
    "",
    "   \n",
]


def _whole(text: str, start: int, end: int) -> tuple[int, str] | None:
    m = _WIRE_SUFFIX.search(text, start, end)
    if not m or m.end() != end:
        return None
    return m.start(), text[m.start():end].strip()


def test_credits_are_found_as_the_whole_search_finds_them():
    found = 0
    for paragraph in PARAGRAPHS:
        for before, after in (("", ""), ("पिछला पैराग्राफ।\n", "\nअगला पैराग्राफ।")):
            text = before + paragraph + after
            start, end = len(before), len(before) + len(paragraph)
            wire = find_wire_suffix(text, start, end)
            whole = _whole(text, start, end)
            assert (None if wire is None else (wire.start, wire.as_written)) == whole, paragraph
            found += wire is not None
    assert found == 2 * 7
    assert find_wire_suffix(PARAGRAPHS[0], 0, len(PARAGRAPHS[0])).name == "ANI"
    assert find_wire_suffix(PARAGRAPHS[4], 0, len(PARAGRAPHS[4])).name == "Bhasha"


def test_every_wire_name_closing_a_sentence_is_found():
    for name, canonical in WIRES.items():
        for text in (f"बैठक हुई। ({name})", f"बैठक हुई - {name}", f"बैठक हुई। {name}  "):
            wire = find_wire_suffix(text, 0, len(text))
            assert wire is not None and wire.name == canonical, text

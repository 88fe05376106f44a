"""Round sg2: a dateline that names the reporter or the desk with the place ("जागरण संवाददाता,
बागेश्वर :", "सुनील शर्मा, नई दिल्ली ।", "सहारनपुर, जेएनएन ।") opens a report as the plain and
wire-credited ones do. Sentences written for the test in the style of the news (not taken from
any gold)."""

from __future__ import annotations

import pytest

from dump_articles import LABS_BODY as _BODY2
from dump_articles import LABS_HEAD as _HEAD2
from dump_articles import MARKETS_BODY as _BODY1
from dump_articles import MARKETS_HEAD as _HEAD1
from khabar.clean.dump import split_dump

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

"""Unpunctuated Hindi body sentences: a line ending in a finite auxiliary after a body line is
prose even without its final danda; a verbless headline stays a heading."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.clean.stage import clean_one, read_clean
from khabar.config import Config
from khabar.model import Article

BODY = (
    "रूसी सरकारी टेलीविजन पर प्रसारित अपने शुरुआती भाषण में पुतिन ने कहा कि मैं एक बार फिर "
    "आपको आश्वस्त करना चाहता हूं कि हमारे देशों की संप्रभुता और सुरक्षा को मजबूत किया जाएगा।"
)
AUX_LINE = "गृह मंत्रालय ने सभी राज्यों को पत्र लिखकर नियमों का सख्ती से पालन करने को कहा है"


def _labels(text: str) -> dict[str, str]:
    art = clean_one(Article(id="a", text=text))
    return {art.text[b.start : b.end]: b.label for b in art.blocks}


def test_real_corpus_line_without_danda_is_body(shared_data: Path) -> None:
    path = (shared_data / "corpus" / "hindi-covid-2020" / "Corpora" / "Amar Ujala"
            / "AU-2020-APR" / "AU-2020-ARP-20.txt")
    if not path.exists():
        pytest.skip(f"corpus day file absent: {path}")
    labels: dict[str, str] = {}
    for art in read_clean([path], Config(data_dir=shared_data)):
        labels.update({art.text[b.start : b.end]: b.label for b in art.blocks})
    sentence = next(t for t in labels if t.startswith("सभी राज्यों को पत्र लिखकर लॉकडाउन"))
    assert labels[sentence] == "body"
    # The verbless headline just above the story keeps its heading label.
    headline = "निर्देशों के उल्लंघन पर केंद्र ने केरल को लिखा पत्र"
    assert labels[headline] in ("title", "subheading")


def test_auxiliary_final_line_after_body_is_body() -> None:
    assert _labels(f"{BODY}\n{AUX_LINE}\n{BODY.replace('पुतिन', 'शी')}\n")[AUX_LINE] == "body"


def test_verbless_headline_and_question_stay_headings() -> None:
    headline = "लॉकडाउन के नियम तोड़ने पर केंद्र ने राज्यों को लिखा पत्र"
    question = "क्या मनुष्य किसी पशु स्रोत से इस वायरस से संक्रमित हो सकते हैं?"
    other = BODY.replace("पुतिन", "शी")
    labels = _labels(f"{BODY}\n{headline}\n{other}\n{question}\n{BODY.replace('पुतिन', 'मोदी')}\n")
    assert labels[headline] == "subheading"
    assert labels[question] == "subheading"


def test_page_of_auxiliary_lines_without_body_is_no_text() -> None:
    """Bad input: no line is prose, so the rule (which needs a body line before) adds none; the
    article is counted as no_text with one E016 line and every line keeps a block."""
    text = f"{AUX_LINE}\n{AUX_LINE.replace('गृह', 'वित्त')}\n"
    art = clean_one(Article(id="x", text=text))
    assert len(art.blocks) == 2
    assert art.status == "no_text"
    assert len(art.warnings) == 1 and art.warnings[0].startswith("E016")


def test_dated_wire_lead_is_body_not_byline() -> None:
    # a lead opening with its dateline is a sentence of the report; a short dated line a byline
    lead = (
        "NEW DELHI, March 3, 2026 (Reuters) - Indian Prime Minister Narendra Modi and Japanese "
        "Prime Minister Fumio Kishida held a summit in Tokyo on Tuesday."
    )
    labels = _labels(lead + "\n\nThe two sides signed a trade pact worth billions of dollars.\n")
    assert labels[lead] == "body"
    short = _labels("March 3, 2026 10:15 am IST Ravi Kumar\n\n" + BODY + "\n")
    assert "byline" in short.values() or "boilerplate" in short.values()

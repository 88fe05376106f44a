"""Round rv23 (issue 13, a random audit of 100 corpus events, seed 5311): a day that a perfective
participle takes before the noun it describes ("3 मार्च को … जारी किए गए वीजा") dates that noun,
not the act of the clause; the finite perfect, a converb and a participle whose noun is the act
itself keep their day."""

from __future__ import annotations

import pytest

from .test_events_actors import analysed


def dates(text: str, dct: str = "2020-03-13") -> dict[str, str | None]:
    return {e.mode or "": e.date for e in analysed(text, dct).events}


@pytest.mark.parametrize(
    "text",
    [
        # the corpus's own sentences (AU-2020-MAR-03, DJ-2020-MAR-10 and DJ-2020-MAR-03)
        "जिसके बाद 28 फरवरी को रेस्तरां में मौजूद सभी कर्मचारियों को 14 दिनों के लिए अलग रहने के"
        " निर्देश दिए गए हैं ।",
        "उधर, अमृतसर में सरकार की घर-घर रोजगार योजना के तहत 12 व 13 मार्च को रखा गया प्लेसमेंट"
        " फेयर रद कर दिया गया है ।",
        "इटली, ईरान, दक्षिण कोरिया, जापान के नागरिकों को 3 मार्च को या उससे पहले जारी किए गए"
        " वीजा को निलंबित कर दिया गया है ।",
    ],
)
def test_a_participles_day_dates_its_noun_not_the_act(text: str) -> None:
    found = dates(text)
    assert found and set(found.values()) == {None}


def test_a_finite_perfect_keeps_its_day() -> None:
    text = "जिला प्रशासन ने 12 मार्च को सभी स्कूल बंद कर दिए गए ।"
    assert dates(text) == {"close": "2020-03-12"}


def test_a_participle_before_the_act_noun_keeps_its_day() -> None:
    # the order is the act: its issue day is the event's date
    text = "गुरुवार को जारी किए गए आदेश में सभी स्कूलों को बंद करने को कहा गया है ।"
    assert "2020-03-12" in dates(text).values()


def test_a_converb_keeps_its_day() -> None:
    text = "मुख्यमंत्री ने गुरुवार को बैठक करते हुए सभी स्कूल बंद करने का आदेश दिया ।"
    assert "2020-03-12" in dates(text).values()


@pytest.mark.parametrize(
    ("text", "mode", "date"),
    [
        # the participle describes the act's own noun (PK-2020-APR-03): the meeting's day
        (
            "पीएम मोदी ने भी गुरुवार को मुख्यमंत्रियों के साथ हुई वीडियो कान्फ्रेसिंग में कुछ इस तरह के संकेत दिए हैं ।",
            "video_call",
            "2020-03-12",
        ),
    ],
)
def test_a_participle_of_the_act_noun_keeps_its_day(text: str, mode: str, date: str) -> None:
    assert dates(text).get(mode) == date

"""Issue 13, round ev185: wrong sources, the body that runs the thing acted on. A pilgrimage halted
with no agent named is the act of the board that runs its shrine (the actor dictionary's shrine
boards), not of the dateline's or the last town's government; the board named by its Hindi name
or initials is that board by its English name. Sentences quoted short from the allowed day files
of corpus/hindi-covid-2020 (DJ-2020-MAR-18.txt, PK-2020-MAR-18.txt, DH-2020-MAR-15.txt) or
written like them, with negatives beside them."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import role_names as _names

analysed = analyser("2020-03-18")


def _sources(text: str) -> list[list[str]]:
    art = analysed(text)
    return [_names(art, e, "source") for e in art.events]


_BOARD = ["Shri Mata Vaishno Devi Shrine Board"]


def test_a_pilgrimage_closed_under_a_delhi_dateline_is_its_shrine_boards_act() -> None:
    assert _sources(
        "नई दिल्ली : कोरोना वायरस के बढ़ते प्रकोप को देखते हुए श्री माता वैष्णो देवी यात्रा आज से"
        " बंद कर दी गई है ।"
    ) == [_BOARD]


def test_a_pilgrimage_halted_after_a_towns_measure_is_not_the_towns() -> None:
    # the genitive form, the shrine's name written joined; the buses stay the town's measure
    assert _sources(
        "मोहाली में सभी बसें बंद कर दी गई हैं । कोरोना वायरस के बढ़ते खतरे के बीच अब वैष्णोदेवी"
        " की यात्रा भी रोक दी गई है."
    ) == [["Mohali district administration"], _BOARD]
    assert _sources("अमरनाथ यात्रा इस साल रद्द कर दी गई है ।") == [["Shri Amarnathji Shrine Board"]]


def test_a_journey_that_is_no_pilgrimage_keeps_the_jurisdiction_guess() -> None:
    assert _sources("हवाई यात्रा पर रोक लगा दी गई है ।") == [["Government of India"]]
    # a shrine named, but its pilgrimage not halted: the dateline's government restricts travel
    # of the devotees it names, no board acts
    srcs = _sources("जम्मू : वैष्णो देवी जाने वाली बसें बंद कर दी गई हैं ।")
    assert _BOARD not in srcs


def test_the_board_named_in_hindi_or_by_initials_is_the_board() -> None:
    assert _sources(
        "श्री माता वैष्णो देवी श्राइन बोर्ड (एसएमवीडीएसबी) ने रविवार को परामर्श जारी कर विदेशियों को"
        " मंदिर नहीं आने को कहा ।"
    )[0] == _BOARD
    assert _sources("वैष्णो देवी श्राइन बोर्ड ने श्रद्धालुओं से यात्रा टालने को कहा ।") == [_BOARD]


def test_a_shrine_named_dham_closed_is_closed_by_its_management() -> None:
    assert _sources(
        "रामगढ़ में रजरप्पा स्थित सुप्रसिद्ध छिन्नमस्तिका देवी धाम को कोरोना वायरस संक्रमण के"
        " मद्देनजर भक्तों के लिए 14 अप्रैल तक के लिए बंद कर दिया गया है."
    ) == [["Chinnamastika Devi shrine management"]]
    # shops by it: not the shrine's closure
    assert _sources("रजरप्पा के छिन्नमस्तिका देवी धाम के पास सभी दुकानें बंद कर दी गई हैं ।") != [
        ["Chinnamastika Devi shrine management"]
    ]

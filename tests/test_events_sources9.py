"""Issue 13, round ev77: source actors of unseen text (day files of corpus/hindi-covid-2020
outside the event gold). Kinds: a head of government named by the given name or surname alone
before "सरकार" ("इमरान सरकार", "शिवराज सरकार") is the government he heads on the article's day,
not the Government of India. Sentences written like the news, not taken from it."""

from __future__ import annotations

from khabar.eval.event_gold import english_names
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _sources(art: Article, kind: str, nth: int = 0) -> list[str]:
    """English names of the sources of the ``nth`` event of PLOVER type ``kind``."""
    ev = [e for e in art.events if e.type == kind][nth]
    names = english_names(art, ev)
    return [names.get(i, "") for i in ev.source]


def test_a_leader_s_given_name_before_sarkar_is_the_government_he_heads() -> None:
    art = analysed("इमरान सरकार ने पूरे देश में सभी धार्मिक जलसों पर प्रतिबंध लगा दिया है ।")
    assert _sources(art, "COERCE") == ["Government of Pakistan"]
    art = analysed("शिवराज सरकार ने प्रदेश में सभी दुकानें बंद करने का आदेश दिया है ।")
    assert _sources(art, "COERCE") == ["Government of Madhya Pradesh"]
    art = analysed("राजस्थान की गहलोत सरकार ने सभी दुकानें बंद करने का आदेश दिया है ।")
    assert _sources(art, "COERCE") == ["Government of Rajasthan"]


def test_a_name_word_several_heads_share_or_a_middle_name_is_no_government() -> None:
    from datetime import date

    from khabar.events.places import _heads_named

    day = date(2020, 4, 10)
    assert _heads_named("इमरान", day) == ["country/PK"]
    assert len(_heads_named("सिंह", day)) > 1  # Amarinder, Shivraj, Trivendra: several states
    assert _heads_named("नाथ", day) == []  # Ram Nath Kovind's middle name
    assert _heads_named("कमलनाथ", day) == []  # out of office since 2020-03-20


def test_a_place_people_had_visited_is_not_where_they_are_quarantined() -> None:
    art = analysed(
        "संक्रमित महिला फरवरी में बांग्लादेश और दुबई दोनों गयी थी, उसे सुल्तानपुर में"
        " क्वारंटीन किया गया है ।"
    )
    assert _sources(art, "COERCE") == ["Sultanpur district administration"]
    art = analysed(
        "ये सभी यात्री हरिद्वार की यात्रा करने के बाद अमृतसर पहुंचे थे । गुरुवार रात जिला"
        " प्रशासन ने उन्हें होटल में क्वारंटीन कर दिया ।"
    )
    assert _sources(art, "COERCE") == ["Amritsar district administration"]
    # a place people came from stays one (से), and a place named for the measure stays its own
    art = analysed("इटली से लौटे युवक को आगरा में क्वारंटीन कर दिया गया है ।")
    assert _sources(art, "COERCE") == ["Agra district administration"]


def test_a_common_word_in_a_head_s_name_is_no_government() -> None:
    from datetime import date

    from khabar.events.places import _heads_named

    day = date(2020, 4, 10)
    assert _heads_named("नवीन", day) == []  # "नवीन सरकार": a new government, not Odisha's
    assert _heads_named("विजय", day) == []
    assert _heads_named("पटनायक", day) == ["in-state/OD"]


def test_a_place_visited_in_an_earlier_sentence_is_not_the_story_s_place() -> None:
    art = analysed(
        "गाजियाबाद की यह महिला फरवरी में दुबई गयी थी । उसके परिवार को क्वारंटीन कर दिया गया है ।"
    )
    assert _sources(art, "COERCE") == ["Ghaziabad district administration"]


def test_a_place_people_went_sightseeing_in_is_where_they_came_from() -> None:
    art = analysed(
        "कारोबारी का परिवार इटली घूमने गया था, उसके छह सदस्यों को आगरा में क्वारंटीन कर दिया"
        " गया है ।"
    )
    assert _sources(art, "COERCE") == ["Agra district administration"]
    art = analysed("युवक दुबई गया हुआ था, उसे मेरठ में क्वारंटीन कर दिया गया है ।")
    assert _sources(art, "COERCE") == ["Meerut district administration"]

"""Round ev205 (issue 13): four small kinds noticed in the session — a number's grouping comma in
an actor's name, a date between an act noun and its light verb, a future verb far after an act
noun, an ordinal of occasions before a talk."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-05-13")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


# ---- (1) a number written with grouping commas -----------------------------------------------


def test_a_count_with_grouping_commas_keeps_its_first_digits() -> None:
    # NT-2020-MAY-13: the Western grouping; the target was "000 Indians"
    art = analysed(
        "नागर विमानन मंत्री हरदीप सिंह पुरी ने बुधवार को कहा कि वंदे भारत मिशन के दूसरे चरण में 31 देशों"
        " से 30,000 भारतीयों की स्वदेश वापसी होगी ।"
    )
    [ev] = _of(art, "AID")
    assert target_names(art, ev) == ["30,000 Indians"]
    # the Indian grouping, two commas
    art = analysed("सरकार ने कहा कि विदेश से 1,28,257 भारतीयों की स्वदेश वापसी होगी ।")
    [ev] = _of(art, "AID")
    assert target_names(art, ev) == ["1,28,257 Indians"]


def test_a_comma_with_a_space_between_two_counts_still_parts_them() -> None:
    # "31 देशों, 30 भारतीयों": a list's comma, no number's (a space after it)
    art = analysed("सरकार ने कहा कि विदेश से 28, 257 भारतीयों की स्वदेश वापसी होगी ।")
    [ev] = _of(art, "AID")
    assert target_names(art, ev) == ["257 Indians"]


# ---- (2) a start day between an act noun and its light verb ----------------------------------


def test_a_start_day_between_the_noun_and_its_light_verb_dates_the_act() -> None:
    # the dev gold's tune half (NT-2020-05-05-L1): the repatriation dated 7 May, "start date"
    art = analysed(
        "गृह मंत्रालय की संयुक्त सचिव पुण्य सलिला श्रीवास्तव ने बताया कि विदेशों में फंसे भारतीय नागरिकों"
        " के वतन वापसी की प्रक्रिया 7 मई से चरणबद्ध तरीके के शुरू की जाएगी ।",
        dct="2020-05-05",
    )
    assert [e.date for e in _of(art, "AID")] == ["2020-05-07"]


def test_the_old_end_of_a_measure_extended_is_no_start_day() -> None:
    # NT-2020-APR-05: "5 अप्रैल से बढ़ाकर": extended from its old end, no day it runs from
    art = analysed(
        "उधर नोएडा में कोरोना वायरस के मद्देनजर लगाई गई धारा 144 को 5 अप्रैल से बढ़ाकर 14 अप्रैल तक"
        " कर दिया गया है ।",
        dct="2020-04-05",
    )
    assert [e.date for e in _of(art, "COERCE")] == [None]


# ---- (3) a future verb past a bare act noun's window -------------------------------------------


def test_a_future_far_after_a_bare_act_noun_makes_it_planned() -> None:
    # AU-2020-MAR-09: Xi's visit to Japan put off, "will take place at a convenient time"
    art = analysed(
        "जापानी अधिकारियों के अनुसार राष्ट्रपति शी की जापान यात्रा दोनों के लिए सुविधाजनक समय पर होगी ।",
        dct="2020-03-09",
    )
    assert [e.modality for e in _of(art, "CONSULT")] == ["planned"]


def test_a_future_of_another_clause_after_the_noun_is_not_its_own() -> None:
    # the noun is an adverbial of another verb ("के बाद"), or another verb stands between
    art = analysed("प्रधानमंत्री की चीन यात्रा के बाद दोनों देशों के बीच व्यापार काफी बढ़ेगा ।")
    assert [e.modality for e in _of(art, "CONSULT")] == ["happened"]
    art = analysed(
        "प्रधानमंत्री की चीन यात्रा पिछले सप्ताह हुई और अब दोनों देशों के बीच व्यापार काफी बढ़ेगा ।"
    )
    assert [e.modality for e in _of(art, "CONSULT")] == ["happened"]


# ---- (4) a date inside a "के बाद" phrase before the act's own date ---------------------------


def test_a_date_closed_by_a_bound_phrase_gives_way_to_the_acts_own() -> None:
    # AU-2020-ARP-27: the fourth talk was "today" (Monday), not the lockdown's 22 March
    art = analysed(
        "22 मार्च को देश में लागू लॉकडाउन के बाद प्रधानमंत्री नरेंद्र मोदी ने आज चौथी बार सभी"
        " मुख्यमंत्रियों के साथ बात की ।",
        dct="2020-04-27",
    )
    assert [e.date for e in _of(art, "CONSULT")] == ["2020-04-27"]


def test_the_first_of_two_dates_with_no_bound_between_still_dates_the_act() -> None:
    # "गुरुवार (7 मई) को" and other pairs with no "के बाद" between keep the first-come rule
    art = analysed("सरकार ने शनिवार को लोगों से आज रात घरों में रहने की अपील की ।", dct="2020-03-22")
    assert [e.date for e in _of(art, "REQUEST")] == ["2020-03-21"]

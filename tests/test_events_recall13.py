"""Round ev35 (issue 13): kinds of acts missed on a self-annotated test of unseen Hindi news (set A),
each on a sentence written like the news (not copied from the corpus or the gold)."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _kinds(text: str) -> list[tuple[str | None, str | None, str]]:
    art = analysed(text)
    return [(e.type, e.mode, e.modality) for e in art.events]


def test_districts_placed_in_a_red_zone_are_a_restriction() -> None:
    art = analysed("केंद्र सरकार ने बिहार के पांच जिलों को रेड जोन की सूची में रखा है ।")
    [ev] = art.events
    assert (ev.type, ev.mode) == ("COERCE", "zone")
    assert ev.source == ["actor:Government of India"]
    assert _kinds("राज्य के छह जिलों को ऑरेंज जोन में रखा गया है ।") == [("COERCE", "zone", "happened")]
    assert _kinds("सरकार ने चार जिलों को रेड जोन में शामिल किया है ।")[0][:2] == ("COERCE", "zone")


def test_a_green_zone_is_an_easing() -> None:
    assert _kinds("केंद्र सरकार ने दस जिलों को ग्रीन जोन में रखा था ।") == [("CONCEDE", "ease", "happened")]


def test_being_in_a_zone_is_no_act() -> None:
    assert _kinds("रेड जोन में शामिल जिलों में दुकानें खुली हैं ।") == []
    assert _kinds("ये सभी जिले ऑरेंज जोन में शामिल हैं ।") == []


def test_the_nasal_spelling_of_the_centre_is_the_government_of_india() -> None:
    art = analysed("केन्द्र सरकार ने ओडिशा के तीन जिलों को रेड जोन में रखा है ।")
    assert [e.source for e in art.events] == [["actor:Government of India"]]


def test_staff_on_strike_now() -> None:
    assert _kinds("सुरक्षा किट न मिलने से नाराज सफाई कर्मचारी आज से हड़ताल पर हैं ।") == [
        ("PROTEST", "strike", "happened")
    ]


def test_relief_given_to_a_named_recipient_is_aid() -> None:
    art = analysed("राज्य सरकार ने छोटे दुकानदारों को बड़ी राहत देने का फैसला किया है ।")
    [ev] = art.events
    assert ev.type == "AID"
    assert ev.source and ev.target


def test_news_that_brings_relief_is_no_act() -> None:
    assert _kinds("संक्रमण के बढ़ते मामलों के बीच राहत देने वाली खबर आई है ।") == []
    assert _kinds("लोगों को गर्मी से राहत मिली है ।") == []


def test_the_verb_of_beating_is_an_assault() -> None:
    art = analysed("लॉकडाउन में घर लौट रहे मजदूरों को पुलिस ने डंडों से पीटा ।")
    [ev] = art.events
    assert (ev.type, ev.mode) == ("ASSAULT", "beat")
    assert ev.source == ["actor:police"]


def test_beating_plates_is_no_assault() -> None:
    assert _kinds("जनता कर्फ्यू के दिन लोगों ने शाम पांच बजे थाली पीटी ।") == []


def test_a_buffer_zone_is_the_district_s_restriction() -> None:
    art = analysed("आगरा : संक्रमित मिलने के बाद आसपास के तीन गांवों को बफर जोन में शामिल किया गया है ।")
    [ev] = art.events
    assert (ev.type, ev.mode) == ("COERCE", "restrict")
    assert ev.source and "district administration" in ev.source[0]

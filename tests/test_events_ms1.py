"""Round ms1 (issue 13): recall on the tuning sets — a ban announced to stand, "… पर रोक/पाबंदी/
प्रतिबंध रहेगी" and "… प्रतिबंधित रहेंगी", read like "बंद रहेंगे": kept with a speaker, a date or as
an item of the measure a sentence just before made (listed_closures), never bare."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-22")


def _bans(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "COERCE" and e.mode == "ban"]


def test_a_ban_listed_under_a_lockdown_is_the_lockdowns_issuer() -> None:
    # PK-2020-MAR-22.txt (the tuning set Vw's core miss): the ban is an item of Jharkhand's list
    art = analysed(
        "रांची । झारखंड सरकार ने राज्य में 31 मार्च तक लॉकडाउन कर दिया है ."
        " सभी धार्मिक स्‍थल भी पूर्णत: बंद रहेंगे."
        " पांच व्‍यक्तियों या उससे अधिक लोगों के एक साथ जमा होने पर रोक रहेगी."
    )
    [ev] = [e for e in _bans(art) if e.trigger == "रोक"]
    assert role_names(art, ev, "source") == ["Government of Jharkhand"]


def test_banned_activities_that_stay_so_under_an_order() -> None:
    # AU-2020-MAY-01.txt (the tuning set Vv's core miss): an item of the home ministry's order
    art = analysed(
        "नई दिल्ली । गृह मंत्रालय ने अपने आदेश में कहा है कि लॉकडाउन दो हफ्ते के लिए बढ़ा दिया गया है ।"
        " रेड जोन और कंटेनमेंट क्षेत्र के बाहरी इलाकों में देश भर में प्रतिबंधित गतिविधियों के"
        " अलावा कुछ अतिरिक्त गतिविधियां प्रतिबंधित रहेंगी ।",
        dct="2020-05-01",
    )
    [ev] = [e for e in _bans(art) if e.trigger == "प्रतिबंधित"]
    assert role_names(art, ev, "source") == ["Ministry of Home Affairs of India"]
    # a ban for the days ahead, planned though its issuer is carried from the sentence before
    assert ev.modality == "planned"


def test_a_ban_said_by_an_official() -> None:
    # written: the speaker's announcement, as "X ने कहा कि … बंद रहेंगे"
    art = analysed("पटना । जिलाधिकारी ने कहा कि शहर में किसी भी तरह के जुलूस पर रोक रहेगी ।")
    [ev] = _bans(art)
    assert ev.trigger == "रोक"
    assert ev.source


def test_a_bare_ban_with_nobody_and_no_measure_before_stays_out() -> None:
    # no speaker, no date, no order, no measure just before: a state told, no issuer to show
    art = analysed("पटना । पांच व्‍यक्तियों या उससे अधिक लोगों के एक साथ जमा होने पर रोक रहेगी.")
    assert _bans(art) == []


def test_the_past_state_of_a_ban_is_no_new_event() -> None:
    # written: "रोक रही" tells the state a ban left things in, not an order; only the future
    art = analysed(
        "रांची । झारखंड को भी लॉकडाउन कर दिया गया है . पिछले हफ्ते भी मेलों पर रोक रही थी ."
    )
    assert [e for e in _bans(art) if e.trigger == "रोक"] == []


def test_a_forecast_of_a_ban_in_a_ki_clause_is_no_list_item() -> None:
    # written: "माना जा रहा है कि …": a forecast after a lockdown, no item of its list
    art = analysed(
        "रांची । झारखंड को भी लॉकडाउन कर दिया गया है . माना जा रहा है कि मेलों पर आगे भी रोक रहेगी ."
    )
    assert [e for e in _bans(art) if e.trigger == "रोक"] == []

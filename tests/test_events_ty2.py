"""Issue 13, round ty2: screening, testing and contact tracing, which type.

The residents of an area being screened, told as a state of affairs in the passive progressive
("यहां सभी घरों में सभी लोगों की स्क्रीनिंग की जा रही है"), are no act: the tuning pool Y codes
no event there, as the dev gold's tune half codes none for a screening of hospital patients. The
screening of travellers going on, a screening of residents announced or done by someone, and
contact tracing keep their events and types (COERCE screen; ACCUSE investigate for tracing).

Sentences are the news's own (allowed corpus day files, named by each) or written."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-12")


def _screenings(text: str, dct: str) -> list[str]:
    art = analysed(text, dct=dct)
    return [e.type or "" for e in art.events if e.trigger.startswith("स्क्रीन")]


def test_residents_screened_as_a_state_of_affairs_are_no_act() -> None:
    # PK-2020-APR-12.txt:37 (the Delhi health minister on the 33 sealed areas)
    text = (
        "दिल्ली के स्वास्थ्य मंत्री सत्येंद्र जैन ने कहा कि सील किये गये 33 इलाकों पर विशेष ध्यान दिया जा"
        " रहा है. सबसे जरूरी बात है कि यहां सभी घरों में सभी लोगों की स्क्रीनिंग की जा रही है. जिनमें"
        " थोड़े भी लक्षण दिख रहे हैं, उनकी स्क्रीनिंग की जा रही है, जिससे कि संक्रमण ना फैले."
    )
    assert _screenings(text, "2020-04-12") == []


def test_travellers_screened_now_stay_a_measure() -> None:
    # DH-2020-MAR-14.txt: the passive progressive at an airport
    text = "एयरपोर्ट पर सभी राष्ट्रीय व अंतरराष्ट्रीय यात्रियों की स्क्रीनिंग की जा रही है ।"
    assert _screenings(text, "2020-03-14") == ["COERCE"]
    # PK-2020-MAR-06.txt
    text = "विदेशों से आने वाले सभी यात्रियों की 21 एयरपोर्ट और 12 बंदरगाहों पर स्क्रीनिंग की जा रही है."
    assert _screenings(text, "2020-03-06") == ["COERCE"]


def test_visitors_screened_at_a_court_stay_a_measure() -> None:
    # DJ-2020-MAR-16.txt: no word of residence, an entry check
    text = "बता दें कि  सुप्रीम कोर्ट में आने वाले लोगों की स्क्रीनिंग की जा रही है ।"
    assert _screenings(text, "2020-03-16") == ["COERCE"]


def test_residents_screening_announced_or_done_by_someone_stays() -> None:
    # DH-2020-ARP-09.txt:5: planned (pool Y: ACCUSE, COERCE also right)
    text = "इसके साथ ही 3 किलोमीटर के भीतर आने वाले सभी लोगों की स्क्रीनिंग कराई जाएगी ।"
    assert _screenings(text, "2020-04-09") == ["COERCE"]
    # DH-2020-ARP-28.txt's last sentence, in progress but the doer says so ("हमने"); its speaker
    # written before it (in the report, Nitish Kumar in an earlier paragraph)
    text = (
        "बिहार के मुख्यमंत्री नीतीश कुमार ने कहा कि राज्य में अभी 270 सक्रिय मामले हैं । हमने पल्स"
        " पोलियो अभियान की ही तरह डोर-टू-डोर स्क्रीनिंग कर रहे हैं ।"
    )
    assert _screenings(text, "2020-04-28") == ["COERCE"]
    # written: the teams named as doers, house to house
    text = "स्वास्थ्य विभाग की टीमें घर-घर जाकर लोगों की स्क्रीनिंग कर रही हैं ।"
    assert _screenings(text, "2020-04-28") == ["COERCE"]


def test_contact_tracing_stays_an_investigation() -> None:
    # written as the dev gold's tune half's DJ-2020-04-20 (ACCUSE secondary there)
    art = analysed(
        "स्वास्थ्य विभाग ने बताया कि युवक के संपर्क में आने वाले लोगों का पता लगाया जा रहा है ।",
        dct="2020-04-20",
    )
    assert [e.trigger for e in events_of(art, "ACCUSE")] == ["पता"]

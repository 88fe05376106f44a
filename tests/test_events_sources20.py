"""Issue 13, round ev148: the acting body the sentence names. Trains run, cancelled or ordered
with no agent named are the railways' act, not a guess of the country's government; a measure of
trains with flights or buses, or people sent by train, keeps the country's. Sentences quoted
short from the allowed day files of corpus/hindi-covid-2020 (NT-2020-MAR-21.txt,
NT-2020-MAR-18.txt, AU-2020-MAY-11.txt, AU-2020-MAY-01.txt, PK-2020-MAR-14.txt) or written like
them."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import role_names as _names

analysed = analyser("2020-03-21")


def _sources(text: str) -> list[list[str]]:
    art = analysed(text)
    return [_names(art, e, "source") for e in art.events]


def test_trains_cancelled_with_no_agent_are_the_railways_act() -> None:
    assert _sources("कई ट्रेनें भी कैंसिल कर दी गई हैं ।") == [["Indian Railways"]]


def test_an_order_to_the_railway_zones_is_the_railways() -> None:
    assert _sources(
        "रेलवे पर आवश्यक भीड़ को जमा होने से रोकने के लिये सभी रेलवे जोन को निर्देश दिया गया ।"
    ) == [["Indian Railways"]]


def test_special_trains_run_are_the_railways() -> None:
    assert _sources("अभी तक 468 विशेष ट्रेन चलाई गईं ।") == [["Indian Railways"]]


def test_flights_with_the_trains_stay_the_countrys() -> None:
    assert _sources("सभी उड़ानें और ट्रेनें रद्द कर दी गई हैं ।") == [["Government of India"]]


def test_buses_with_the_trains_stay_the_countrys() -> None:
    sources = _sources("आज से भारत-बांग्लादेश की बस और ट्रेन सर्विस बंद कर दी जाएगी ।")
    assert sources and all("Indian Railways" not in s for s in sources)


def test_people_sent_by_train_are_no_railways_act() -> None:
    sources = _sources("इस ट्रेन से 1200 यात्री भेजे गए ।")
    assert all("Indian Railways" not in s for s in sources)


def test_the_centre_named_keeps_its_measure() -> None:
    sources = _sources("बताया जाता है कि पूरे देश में केंद्र सरकार ने रेलवे को बंद कर दिया है ।")
    assert sources and all("Indian Railways" not in s for s in sources)

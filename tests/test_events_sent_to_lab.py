"""Issue 13, round sa1: a place named as the town of the lab or hospital samples or people are
sent to ("दिल्ली लैब में जांच के लिए भेज दिया गया") is a destination, like a bare "लखनऊ भेजा":
not the town whose authority quarantines the patient in the next sentence. Real sentences of
corpus/hindi-covid-2020 day files outside the event gold, with negatives."""

from __future__ import annotations

from types import SimpleNamespace

from khabar.events.places import _sent_to

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_issuer.py

# AU-2020-MAR-06.txt: a Gurdaspur patient, his samples sent to a Delhi lab, then his isolation
_GURDASPUR = (
    "गुरदासपुर सिविल अस्पताल में कोरोनावायरस का एक संदिग्ध मरीज दाखिल किया गया है ।"
    " खून के नमूने लेकर दिल्ली लैब में जांच के लिए भेज दिया गया है ।"
    " फिलहाल एहतियात के तौर पर मरीज को पृथक वार्ड में रखा गया है ।"
)


def _after(sentence: str, place: str) -> tuple[list[SimpleNamespace], int]:
    tokens = [SimpleNamespace(text=w) for w in sentence.split()]
    return tokens, [t.text for t in tokens].index(place) + 1


def test_the_town_of_a_lab_samples_are_sent_to_is_a_destination() -> None:
    # AU-2020-MAR-06.txt and DJ-2020-MAR-15.txt ("भोपाल की लैब में भेजा गया")
    assert _sent_to(*_after("खून के नमूने लेकर दिल्ली लैब में जांच के लिए भेज दिया गया है ।", "दिल्ली"))
    assert _sent_to(
        *_after("इनमें से तीन कौवों को जांच के लिए भोपाल की लैब में भेजा गया था ,", "भोपाल")
    )


def test_a_hospital_of_the_town_with_no_sending_is_no_destination() -> None:
    # NT-2020-MAR-04.txt: admitted in Delhi, not sent there from elsewhere in this sentence
    assert not _sent_to(*_after("उसे दिल्ली के सफजदरजंग अस्पताल में भर्ती कराया गया है ।", "दिल्ली"))
    assert not _sent_to(*_after("उसे दिल्ली के अस्पताल में भर्ती कराया गया है ।", "दिल्ली"))


def test_a_patients_isolation_is_his_towns_not_the_labs() -> None:
    art = analysed(_GURDASPUR, dct="2020-03-06")
    [ev] = [e for e in art.events if e.mode == "quarantine"]
    assert ev.source and not any("Delhi" in s for s in ev.source)

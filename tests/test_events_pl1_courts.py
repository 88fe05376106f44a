"""Issue 13, round pl1 (bodies named without their place): courts. A district's trial court is
named by its kind ("सत्र अदालत ने" was a bare "court"; the tuning set Vs's gold "sessions court
(Delhi)"), and a bare High Court asked or petitioned (a target) is the state's court like one
that acts (a source), named as analysts name it where that is not the state's name (Bombay,
Allahabad) (:mod:`khabar.events.court_places`). Real sentences (the allowed corpus day files
named) and written negatives: no state named, a parliament's session, a bare "अदालत".
"""

from __future__ import annotations

import pytest

from khabar.events.court_places import high_court_name

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-16")


def _sides(text: str, kind: str) -> list[tuple[list[str], list[str]]]:
    art = analysed(text)
    return [(role_names(art, e, "source"), role_names(art, e, "target")) for e in events_of(art, kind)]


def test_sessions_court_is_named_by_its_kind() -> None:
    # DH-2020-ARP-16.txt:12
    text = (
        "सत्र अदालत ने विशेष तौर पर मामले को संगीन बताते हुए आरोपी संजीव की जमानत रद्द करके "
        "न्यायिक हिरासत के तहत उसे जेल भेज दिया था ।"
    )
    sides = _sides(text, "COERCE")
    assert sides and all(src == ["sessions court"] for src, _ in sides)


def test_sessions_court_of_the_dateline_town() -> None:
    sides = _sides("लखनऊ : सत्र अदालत ने आरोपी की जमानत रद्द कर दी ।", "COERCE")
    assert [src for src, _ in sides] == [["Lucknow sessions court"]]


def test_civil_court_closed_in_a_state() -> None:
    # PK-2020-MAR-18.txt
    text = "रांची : कोरोना वायरस के कारण एहतियात बरतते हुए झारखंड में सिविल कोर्ट को बंद कर दिया गया है ।"
    assert [tgt for _, tgt in _sides(text, "COERCE")] == [["Jharkhand civil court"]]


def test_a_parliament_session_is_no_court() -> None:
    sides = _sides("नई दिल्ली : संसद का बजट सत्र स्थगित कर दिया गया है ।", "COERCE")
    assert sides and not any("court" in name for src, tgt in sides for name in src + tgt)


def test_bare_court_word_stays_a_court() -> None:
    # the generic word with no kind before it is not a sessions court
    sides = _sides("अदालत ने सुनवाई टाल दी ।", "COERCE")
    assert [src for src, _ in sides] == [["court"]]


def test_high_court_petitioned_is_the_state_court() -> None:
    text = "मुंबई : महाराष्ट्र में कोरोना के मामले बढ़े हैं । आरोपी ने हाईकोर्ट से जमानत की मांग की थी ।"
    assert [tgt for _, tgt in _sides(text, "REQUEST")] == [["Bombay High Court"]]


def test_high_court_acting_in_a_state_report() -> None:
    # AU-2020-MAR-24.txt:7, its state written before it
    text = (
        "देहरादून : उत्तराखंड में लॉकडाउन का पालन कराया गया । हाईकोर्ट ने 26 मार्च से आगामी "
        "एक अप्रैल तक के लिए फिर से अवकाश का नोटिफिकेशन जारी किया है ।"
    )
    assert [src for src, _ in _sides(text, "COERCE")] == [["Uttarakhand High Court"]]


def test_high_court_of_no_state_stays_bare() -> None:
    # DH-2020-ARP-16.txt:12: its article item names no state; an honest bare name
    text = "आरोपी ने सत्र न्यायालय के आदेश को चुनौती देते हुए उच्च न्यायालय से जमानत की मांग की थी ।"
    assert [tgt for _, tgt in _sides(text, "REQUEST")] == [["High Court"]]


@pytest.mark.parametrize(
    ("code", "state", "court"),
    [
        ("IND-Maharashtra", "Maharashtra", "Bombay High Court"),
        ("IND-Uttar_Pradesh", "Uttar Pradesh", "Allahabad High Court"),
        ("IND-West_Bengal", "West Bengal", "Calcutta High Court"),
        ("IND-Uttarakhand", "Uttarakhand", "Uttarakhand High Court"),
        ("IND-Delhi", "Delhi", "Delhi High Court"),
    ],
)
def test_high_court_names(code: str, state: str, court: str) -> None:
    assert high_court_name(code, state) == court

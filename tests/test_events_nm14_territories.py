"""Issue 13, round nm14, kind 2: states and union territories addressed together said as their
governments ("राज्यों और केंद्र शासित प्रदेशों को … कहा गया" was "states and union territories in
India"; the tuning sets' gold names them "Indian state and union territory governments" 6 times
of 6). Real sentences (the allowed corpus day files named) and negatives: people stranded in
them, another country's, the states alone (their own rule's)."""

from __future__ import annotations

from khabar.events.territory_governments import territory_governments

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-13")


def _targets(text: str, kind: str, dct: str) -> list[str]:
    art = analysed(text, dct)
    return [n for e in events_of(art, kind) for n in role_names(art, e, "target")]


def test_states_and_territories_asked() -> None:
    # AU-2020-MAR-13.txt
    text = (
        "केंद्र सरकार ने राज्यों व केंद्रशासित प्रदेशों को महामारी रोग अधिनियम की धारा दो के "
        "प्रावधान लागू करने को कहा है ।"
    )
    assert _targets(text, "REQUEST", "2020-03-13") == [
        "Indian state and union territory governments"
    ]


def test_states_and_territories_ordered() -> None:
    # PK-2020-APR-17.txt
    text = (
        "इसके साथ ही मंत्रालय ने राज्यों और केंद्र शासित प्रदेशों को लॉकडाउन का कड़ाई से पालन कराने के लिए कहा है."
    )
    assert _targets(text, "REQUEST", "2020-04-17") == [
        "Indian state and union territory governments"
    ]


def test_state_and_territories_told_in_a_quote() -> None:
    # AU-2020-MAR-27.txt: the singular "राज्य" with the territories, a target named on its way
    text = "गौबा ने कहा है कि राज्य और केंद्र शासित प्रदेश एक बार फिर से विदेशों से आए यात्रियों की पहचान करें ।"
    names = _targets(text, "REQUEST", "2020-03-27")
    assert "Indian state and union territory governments" in names
    assert not any(n.startswith("state and union") for n in names)


def test_the_pair_only() -> None:
    # negatives: a phrase that says more of them, another country's, the states alone
    assert territory_governments("all states and union territories in India") == (
        "all Indian state and union territory governments"
    )
    stranded = "people stranded in other states and union territories"
    assert territory_governments(stranded) == stranded
    assert territory_governments("states and union territories in Australia") == (
        "states and union territories in Australia"
    )
    assert territory_governments("states in India") == "states in India"
    assert territory_governments(None) is None

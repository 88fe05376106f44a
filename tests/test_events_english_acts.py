"""English acts of the COVID era: a fight against a disease is no attack (round en2).

Sentences are our own, written like wire copy; none is taken from a gold file.
"""

from __future__ import annotations

from khabar.events.english import code_sentence


def _type(text: str) -> str | None:
    coded = code_sentence(text, 0, len(text))
    return None if coded is None else coded[0].type


def test_fighting_a_disease_is_no_assault() -> None:
    for text in [
        "The state government has stepped up efforts to fight the pandemic.",
        "India is fighting against COVID-19 with all its strength, the Prime Minister said.",
        "Doctors and nurses fought the spread of the deadly virus for weeks.",
        "The coronavirus has killed more than 300 people in the state.",
        "Twelve people were killed by the virus in Mumbai on Monday.",
        "The new scheme will fight poverty and hunger in tribal districts.",
    ]:
        assert _type(text) != "ASSAULT", text


def test_fighting_people_is_still_assault() -> None:
    assert _type("Police fought stone-pelting protesters outside the district office.") == (
        "ASSAULT"
    )
    assert _type("Gunmen killed five soldiers in Kashmir on Monday.") == "ASSAULT"
    # a patient is a person: the mob attacked the doctors, not the disease
    assert _type("A mob attacked doctors treating COVID-19 patients in Indore.") == "ASSAULT"


def test_other_act_in_the_sentence_survives() -> None:
    assert _type("Authorities imposed a curfew in the old city to fight the outbreak.") == "COERCE"


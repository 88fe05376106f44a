"""English acts of the COVID era: a fight against a disease is no attack (round en2).

Sentences are our own, written like wire copy; none is taken from a gold file.
"""

from __future__ import annotations

from khabar.events.english import code_sentence, extract_english


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



def _coded(text: str) -> tuple[str, str, list[str]] | None:
    coded = code_sentence(text, 0, len(text))
    if coded is None:
        return None
    return coded[0].type, coded[0].mode, [c.text for c in coded[3]]


def test_measures_are_coerce_or_aid_with_the_subject_as_agent() -> None:
    assert _coded("The state government extended the nationwide lockdown till May 3.") == (
        "COERCE",
        "lockdown",
        ["government"],
    )
    assert _coded("Authorities imposed a night curfew in the old city on Sunday.") == (
        "COERCE",
        "coerce",
        ["Authorities"],
    )
    assert _coded("The district administration ordered the closure of all schools.") == (
        "COERCE",
        "close",
        ["administration"],
    )
    assert _coded("Officials sealed the border with Nepal on Tuesday.") == (
        "COERCE",
        "seal",
        ["Officials"],
    )
    assert _coded("The Punjab government announced a Rs 500 crore relief package.") == (
        "AID",
        "relief_package",
        ["Punjab government"],
    )
    assert _coded("Police arrested 25 people for violating the lockdown.") == (
        "COERCE",
        "arrest",
        ["Police"],
    )


def test_measure_words_without_the_act_give_nothing() -> None:
    assert _coded("The lockdown was a mistake, the opposition leader said.") is None
    assert _coded("Calls to extend the lockdown grew on Tuesday.") is None
    # the verb without a measure as its object is no measure
    assert _coded("The two firms sealed a deal worth Rs 200 crore.") is None
    assert _coded("The closure of schools has hit poor students hardest.") is None
    assert (_coded("The ministry extended support to the families.") or ("",))[0] != "COERCE"


def test_measure_modality_follows_the_frame() -> None:
    from khabar.model import Article, Sentence

    for text, modality in [
        ("The government will extend the lockdown by two weeks.", "planned"),
        ("The government did not extend the lockdown in the city.", "denied"),
        ("The government extended the lockdown by two weeks.", "happened"),
    ]:
        art = Article(id="m", text=text, language="en", sentences=[Sentence(0, len(text), 0)])
        [event] = extract_english(art)
        assert (event.type, event.modality) == ("COERCE", modality), text


def test_passive_measure_takes_the_by_agent() -> None:
    assert _coded(
        "A night curfew was imposed in the old city by the district administration on Sunday."
    ) == ("COERCE", "coerce", ["administration"])
    assert _coded("Schools in Jaipur were closed by the state government till March 31.") == (
        "COERCE",
        "close",
        ["government"],
    )
    assert _coded("The border with Nepal was sealed by police on Tuesday.") == (
        "COERCE",
        "seal",
        ["police"],
    )
    # no agent, no actor: "by two weeks" is a span of time
    assert _coded("The lockdown was extended by two weeks.") == ("COERCE", "lockdown", [])


def test_passive_measure_modality_and_no_agent_no_event() -> None:
    from khabar.model import Article, Sentence

    text = "A curfew will be imposed in the town by the district administration."
    art = Article(id="p", text=text, language="en", sentences=[Sentence(0, len(text), 0)])
    [event] = extract_english(art)
    assert (event.type, event.modality) == ("COERCE", "planned")
    text = "The lockdown was extended by two weeks."
    art = Article(id="q", text=text, language="en", sentences=[Sentence(0, len(text), 0)])
    assert extract_english(art) == []
    assert _coded("The two firms sealed the deal in the city.") is None


def test_war_words_on_a_disease_stay_no_assault() -> None:
    for text in [
        "The country is waging a war on coronavirus, the minister said.",
        "Health workers are in the front line of the battle against the virus.",
        "The Centre has sent teams to combat the outbreak in Kerala.",
    ]:
        assert _type(text) != "ASSAULT", text

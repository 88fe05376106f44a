"""Issue 13, round nm11 (people described by whose they are): a contacts' or family target owned
by a genitive pronoun ("उनके संपर्क में आए लोगों", "इसके परिवार वालों") says whose, the pronoun's
antecedent as the anaphora finds it ("contacts of the patients in Panipat"), where it said
"contacts in Panipat"; the target keeps its words and an ``owner`` argument the antecedent's.
Real sentences (the allowed corpus day files named) and negatives: a pronoun after a
conjunction (its owner is the conjunct), a tally ("संक्रमितों की कुल संख्या"), people at large,
an agent (ने) telling of the cases, two candidates."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-10")


def _targets(text: str, kind: str, dct: str = "2020-04-10") -> list[list[str]]:
    art = analysed(text, dct)
    return [role_names(art, e, "target") for e in events_of(art, kind)]


def test_contacts_of_the_patients() -> None:
    # DJ-2020-ARP-24.txt
    text = (
        "मरीजों की ट्रेवल हिस्\u200dट्री चेक की जा रही है । उनके संपर्क में आए लोगों की जांच कर "
        "क्\u200dवारंटाइन किया जा रहा है ।"
    )
    art = analysed(text, "2020-04-24")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "target")[0].startswith("contacts of the patients")
    [owner] = [a for a in ev.arguments if a.role == "owner"]
    assert art.text[owner.start : owner.end] == owner.text == "मरीजों"


def test_family_of_the_patient() -> None:
    # DJ-2020-MAR-13.txt
    text = "वहीं कलबुर्गी के एक 76 साल के मरीज की मौत भी हुई है । इसके परिवार वालों को निगरानी में रखा गया है ।"
    [names] = _targets(text, "COERCE", "2020-03-13")
    assert names[0].startswith("family members of the patient")


def test_family_of_the_young_man() -> None:
    # DH-2020-MAR-22.txt
    text = "युवक की मौत के बाद मुंगेर में उसके परिवार को आइसोलेट कर दिया गया है ।"
    [names] = _targets(text, "COERCE", "2020-03-22")
    assert names[0].startswith("family of the young man")


def test_contacts_of_the_patients_in_the_same_sentence() -> None:
    # PK-2020-APR-10.txt
    text = "मरीजों को क्वारंटीन किया गया है, जबकि उनके संपर्क के लोगों को होम क्वारंटीन किया गया है."
    art = analysed(text, "2020-04-10")
    names = [n for e in events_of(art, "COERCE") for n in role_names(art, e, "target")]
    assert any(n.startswith("contacts of the patients") for n in names)


def test_a_conjunct_owns_its_own() -> None:
    # written: "X और उनके परिवार": the owner is the conjunct the target already holds
    text = "सरकार सभी मजदूरों और उनके परिवार को राशन देगी ।"
    for names in _targets(text, "AID"):
        assert not any(" of the " in n for n in names)


def test_a_tally_is_no_owner() -> None:
    # written after NT-2020-APR-22.txt: the number of the infected is no one whose contacts
    text = "राज्य में संक्रमितों की कुल संख्या 136 हो गई है । इनके संपर्क में आए लोगों का पता लगाया जा रहा है ।"
    for names in _targets(text, "ACCUSE", "2020-04-22"):
        assert not any("infected" in n for n in names)


def test_people_at_large_say_no_owner() -> None:
    # written: "लोग" says nothing of whose family
    text = "बाजार में बहुत लोग जुटे थे । उनके परिवार के सदस्यों को आइसोलेशन में रखा गया है ।"
    for names in _targets(text, "COERCE"):
        assert not any("people" in n for n in names)


def test_an_agent_telling_is_no_owner() -> None:
    # written after DJ-2020-MAR-10.txt: the minister told of the cases; whose family is not said
    text = (
        "स्वास्थ्य मंत्री बी श्रीरामुलु ने कहा कि राज्य में 4 मामलों की पुष्टि हुई है । उनके परिवार "
        "के सदस्यों को आइसोलेशन में रखा गया है ।"
    )
    for names in _targets(text, "COERCE", "2020-03-10"):
        assert not any("Sriramulu" in n for n in names)

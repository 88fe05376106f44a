"""Issue 13, round rv32: a sixth unbiased recall audit and the kind of miss it fixed.

250 new body sentences drawn at random (``random.Random(3111)``, odd positions of a 500-sentence
sample; the 1,050 of rounds rv24-rv26, rv28 and rv30 left out) from the allowed corpus day files
were judged by hand. Fixed in general form: an arrest or a police case told without its agent
whose only target is a pronoun ("उसे गिरफ्तार कर लिया गया है") gets the place's police as its
guessed issuer, as one of a named person already did (round ev22); an arrest in the absolutive
before a punishment to come ("गिरफ्तार कर कार्रवाई होगी") is agentless like the punishment; a
condition said with an indefinite subject and तो, without अगर ("कोई व्यक्ति निकला तो उसके खिलाफ
मामला दर्ज किया जाएगा"), makes the punishment a warning. Sentences are the news's own (allowed
corpus day files)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-13")

# DJ-2020-ARP-13: a Faridabad shopkeeper who hid his symptoms
_SHOP = (
    "फरीदाबाद के सेक्टर 28 में एक दवाई दुकानदार अपने कोरोना के लक्षण को छिपा कर दवा बेचता रहा । "
    "मामले के उजागर होते ही प्रशासन में हड़कंप मच गया । "
)


def test_an_arrest_of_a_pronoun_in_the_passive_is_the_police_s() -> None:
    art = analysed(_SHOP + "आनन-फानन में उसे गिरफ्तार कर लिया गया है ।")
    [arrest] = events_of(art, "COERCE")
    assert (arrest.mode, arrest.modality) == ("arrest", "happened")
    assert "Police" in " ".join(role_names(art, arrest, "source"))


def test_an_arrest_before_a_punishment_to_come_is_planned() -> None:
    art = analysed("आरोपित अस्पताल में उपचाराधीन है । ठीक होने के बाद उसे गिरफ्तार कर कार्रवाई होगी ।")
    [arrest] = events_of(art, "COERCE")
    assert (arrest.mode, arrest.modality) == ("arrest", "planned")
    assert arrest.source


def test_a_case_against_a_pronoun_takes_the_cited_officer_s_police() -> None:
    # AU-2020-ARP-03: the Ghaziabad SSP cited for the case
    art = analysed(
        "गाजियाबाद के एमएमजी अस्पताल में बने क्वारंटीन सेंटर में कुछ लोगों ने हंगामा किया । "
        "गाजियाबाद की एसएसपी कलानिधि नैथानी के मुताबिक कुछ लोगों के खिलाफ शिकायत मिलने के बाद "
        "उनके खिलाफ मामला दर्ज किया गया है ।"
    )
    charges = [e for e in events_of(art, "COERCE") if e.mode == "charge"]
    assert len(charges) == 1 and charges[0].source


def test_an_indefinite_condition_with_to_makes_the_case_a_warning() -> None:
    # DJ-2020-ARP-09: the Pataudi administration's warning
    art = analysed(
        "गुरुग्राम के पटौदी में प्रशासन ने तीनों वार्ड को सील कर घर-घर जांच करने का फैसला लिया है । "
        "जांच में कोरोना से पीड़ित कोई व्यक्ति निकला तो उसके खिलाफ मामला दर्ज किया जाएगा ।"
    )
    assert [e for e in events_of(art, "COERCE") if e.mode == "charge"] == []
    [warning] = events_of(art, "THREATEN")
    assert warning.modality == "happened"


def test_negatives_stay_as_they_were() -> None:
    # a seizure of a pronoun is as often of a thing: no guessed issuer (not a held mode)
    art = analysed("पुलिस ने एक ट्रक रोका । उसे जब्त कर लिया गया है ।")
    assert [e for e in events_of(art, "COERCE") if e.mode == "seize" and not e.source] == []
    # a pronoun arrest negated is still nobody's act
    art = analysed(_SHOP + "अभी तक उसे गिरफ्तार नहीं किया गया है ।")
    assert [e for e in events_of(art, "COERCE") if e.mode == "arrest"] == []
    # a relaxation's "तो" after an indefinite is no punishment: nothing retyped
    art = analysed("जिलाधिकारी ने कहा कि कोई दुकान खुली मिली तो उसे सील कर दिया जाएगा ।")
    assert events_of(art, "THREATEN") == []

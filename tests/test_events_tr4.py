"""Issue 13, round tr4: patients sent to hospital named only by a plural object pronoun.

Round tr3 made a hospital noun right before भेज- a COERCE (quarantine) trigger that needs whom it
sends; "उन्हें … अस्पताल भेजा गया" gave it no target, as an agentless measure counts an object
pronoun only for an admission the narrative tells. A plural person pronoun a few words before the
hospital now is whom it sends (10 sentences of the 280 allowed corpus day files send a pronoun
there, 5 of them plural). Not kept: a singular "उसे" (an individual's transfer, which the dev
gold does not code core: with it the dev check half lost precision), the cured sent home from
hospital, a referral for treatment, a thing ("इसे") and a pronoun of another clause far before."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-11")


def test_a_plural_pronoun_sent_to_hospital_is_coerced() -> None:
    # AU-2020-MAR-11.txt (the second sentence; the first written for the test)
    art = analysed(
        "स्टेशन पर दो संदिग्ध यात्री मिले । एंबुलेंस बुलाकर उन्हें जिला अस्पताल भेजा गया ।"
    )
    [ev] = events_of(art, "COERCE", "quarantine")
    assert ev.modality == "happened"
    assert role_names(art, ev, "target") == ["two suspected passengers"]
    # DJ-2020-ARP-09.txt
    art = analysed("एंबुलेंस से उन्हें अस्पताल भेजा गया है ।", dct="2020-04-09")
    assert events_of(art, "COERCE", "quarantine")


def test_a_sending_a_speaker_reports_is_kept() -> None:
    # NT-2020-MAR-03.txt
    art = analysed("उन्होंने बताया कि उन्हें दिल्ली के सफदरजंग अस्पताल भेज दिया गया है ।")
    [ev] = events_of(art, "COERCE", "quarantine")
    assert ev.modality == "happened"
    # NT-2020-MAR-04.txt (shortened): an ongoing policy for travellers with symptoms
    art = analysed(
        "उन्होंने बताया कि किसी भी तरह के लक्षण नजर आने पर उन्हें आरएमएल अस्पताल भेजा जा रहा है ।"
    )
    [ev] = events_of(art, "COERCE", "quarantine")
    assert ev.modality == "ongoing"


def test_a_singular_pronoun_sent_to_hospital_is_no_event() -> None:
    # PK-2020-MAR-08.txt: one boy's transfer, an individual's, not a group's
    art = analysed(
        "हवाई अड्डे पर एक किशोर बुखार से पीड़ित पाया गया जिसके बाद उसे निगरानी के लिए अस्पताल"
        " भेज दिया गया."
    )
    assert not events_of(art, "COERCE", "quarantine")


def test_what_is_not_a_patient_sent_there_makes_no_event() -> None:
    # written: the cured sent home from hospital
    art = analysed("जांच रिपोर्ट निगेटिव आने के बाद उन्हें अस्पताल से घर भेज दिया गया ।")
    assert not events_of(art, "COERCE", "quarantine")
    # written: a referral for treatment (the tr3 entry's excludes)
    art = analysed("डॉक्टर ने उन्हें इलाज के लिए अस्पताल भेज दिया ।")
    assert not events_of(art, "COERCE", "quarantine")
    # written: a sample, "इसे", no person
    art = analysed("संदिग्ध का सैंपल लिया गया और इसे जांच के लिए मेडिकल कॉलेज भेजा गया ।")
    assert not events_of(art, "COERCE", "quarantine")
    # written: the pronoun the object of another verb, samples sent
    art = analysed(
        "उन्हें बताया गया कि गांव के लोगों की रिपोर्ट आने तक सभी नमूने जिला अस्पताल भेजे जाएंगे ।"
    )
    assert not events_of(art, "COERCE", "quarantine")

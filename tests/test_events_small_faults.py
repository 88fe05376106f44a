"""Small general faults (issue 13, round ev113): a measure extended for a duration after its को,
the public a bare "केंद्र ने"'s measure binds, the half-nasal and chandrabindu spellings of the
dictionaries' words, the place of a participle before the people fined, and "<home> निवासी
<person>"."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, role_names, target_names
from khabar.events.actors import fold_nasals
from khabar.events.gloss import gloss

events = partial(article_events, dct="2020-04-21")


def test_a_measure_extended_for_a_duration_after_its_ko_is_the_extension() -> None:
    art, evs = events("झारखंड सरकार ने लॉकडाउन को दो हफ्तों के लिए बढ़ा दिया है ।")
    ev = one_event(evs, "लॉकडाउन")
    assert (ev.type, ev.mode) == ("COERCE", "lockdown")
    assert target_names(art, ev) == ["public of Jharkhand"]
    art, evs = events("जिला प्रशासन ने धारा 144 को तीन दिनों के लिए लागू किया है ।")
    assert one_event(evs, "धारा").type == "COERCE"
    art, evs = events("सरकार ने कर्फ्यू की अवधि को एक हफ्ते के लिए बढ़ा दिया है ।")
    assert one_event(evs, "कर्फ्यू").type == "COERCE"


def test_about_the_measure_is_no_extension() -> None:
    # "लॉकडाउन को लेकर": about the lockdown, no light verb of its own
    art, evs = events("पुलिस ने लॉकडाउन को लेकर लोगों के लिए कहा ।")
    assert not [e for e in evs if e.trigger.startswith("लॉकडाउन")]


def test_the_bare_centre_measure_binds_the_public_of_india() -> None:
    art, evs = events("केंद्र ने लॉकडाउन को 17 मई तक बढ़ा दिया है ।")
    ev = one_event(evs, "लॉकडाउन")
    assert target_names(art, ev) == ["public of India"]
    assert ev.codes["actor:Government of India"] == "IND GOV"
    art, evs = events("इस बीच केंद्र ने लॉकडाउन 17 मई तक बढ़ा दिया है ।")
    assert target_names(art, one_event(evs, "लॉकडाउन")) == ["public of India"]


def test_a_bare_ministry_request_with_no_addressee_binds_no_public() -> None:
    art, evs = events("स्वास्थ्य मंत्रालय ने बैठक की । मंत्रालय ने सख्त कदम उठाने को कहा है ।")
    assert target_names(art, one_event(evs, "को कहा")) == []


def test_a_named_centre_is_no_bare_centre() -> None:
    # a community health centre is no government; its measure's public is not placed
    art, evs = events("सामुदायिक स्वास्थ्य केंद्र ने सभी मरीजों की जांच शुरू कर दी है ।")
    assert all("public of India" not in target_names(art, e) for e in evs)


def test_half_nasal_and_chandrabindu_spellings_fold_alike() -> None:
    assert fold_nasals("केन्द्र") == "केंद्र"
    assert fold_nasals("एम्बुलेन्स") == "एंबुलेंस"
    assert fold_nasals("गाँव") == "गांव"
    # no fold before य, र, ल, व, ह or a nasal
    for word in ("अन्य", "जन्म", "उन्होंने", "कन्या", "सम्मान"):
        assert fold_nasals(word) == word
    assert gloss("सभी राज्यों और केन्द्र शासित प्रदेशों") == "all states and union territories"
    art, evs = events("गृह मंत्रालय ने सभी राज्यों और केन्द्र शासित प्रदेशों को सतर्क रहने के निर्देश दिए हैं ।")
    assert target_names(art, one_event(evs, "निर्देश")) == ["all Indian state and union territory governments"]
    art, evs = events("एम्बुलेन्स कर्मियों ने वेतन को लेकर हड़ताल की ।")
    assert role_names(art, one_event(evs, "हड़ताल"), "source") == ["ambulance workers"]


def test_a_place_before_a_participle_is_no_target_of_the_fine() -> None:
    art, evs = events("पुलिस ने सड़क पर घूम रहे 20 लोगों का चालान किया ।")
    assert target_names(art, one_event(evs, "चालान")) == ["20 people"]
    art, evs = events("पुलिस ने बाजार में बिना मास्क घूमते हुए 15 युवकों पर जुर्माना लगाया ।")
    assert target_names(art, one_event(evs, "जुर्माना")) == ["15 young men"]
    # a duration in the genitive before the ban: the पर-phrase is what is banned
    art, evs = events("हवाई अड्डे ने सभी अंतरराष्ट्रीय उड़ानों पर एक सप्ताह की रोक लगा दी है ।")
    assert target_names(art, one_event(evs, "रोक")) == ["all international flights"]
    # a पर-phrase right before the fine is whom it is laid on
    art, evs = events("पुलिस ने नियम तोड़ने वाले दुकानदारों पर जुर्माना लगाया ।")
    assert target_names(art, one_event(evs, "जुर्माना")) != []


def test_a_person_of_a_home_is_one_resident() -> None:
    assert gloss("गोरखपुर निवासी व्यक्ति") == "resident of Gorakhpur"
    assert gloss("दिल्ली निवासी महिला") == "woman from Delhi"
    assert gloss("रांची निवासी एक मरीज") == "one patient from Ranchi"
    assert gloss("दिल्ली निवासी दो युवकों") == "two young men from Delhi"
    # residents with no person after them stay residents
    assert gloss("निवासियों") == "residents"
    assert gloss("गांव के निवासियों") == "residents of the village"
    art, evs = events("पुलिस ने गोरखपुर निवासी व्यक्ति को गिरफ्तार किया ।")
    assert target_names(art, one_event(evs, "गिरफ्तार")) == ["resident of Gorakhpur"]


def test_a_person_of_a_home_no_table_knows_is_the_person_alone() -> None:
    assert gloss("कालोनी निवासी एक व्यक्ति") == "one resident"  # a misspelt colony, no town
    assert gloss("हिंदपीढ़ी निवासी युवक") == "young man"


def test_a_towns_own_hospital_names_the_town() -> None:
    art, evs = events("संक्रमित युवक को रांची सदर अस्पताल के आइसोलेशन वार्ड में भर्ती कराया गया है ।")
    [ev] = evs
    assert role_names(art, ev, "source") == ["Ranchi health department"]
    art, evs = events("रांची सदर अस्पताल के ओपीडी को बंद कर दिया गया है ।")
    assert role_names(art, one_event(evs, "बंद"), "source") == ["Ranchi district administration"]


def test_a_hospital_acting_keeps_its_name() -> None:
    # as a ने-agent the hospital itself acts: its name stays one actor
    art, evs = events("रांची सदर अस्पताल ने सभी ओपीडी बंद कर दी हैं ।")
    assert one_event(evs, "बंद").source != ["actor:Ranchi district administration"]
    assert "kb:city/1258526" not in one_event(evs, "बंद").source

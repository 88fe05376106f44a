"""Issue 13, round ev56: source actors of unseen text (day files outside the event gold; stand-in
sets /tmp/s11/annotC-D, /tmp/s12/annotE and /tmp/s12/sources_F.txt, round s12). Kinds: the heads
of the UN and the WHO named by office ("संयुक्त राष्ट्र प्रमुख ने … अपील की" was dropped for want of
an agent), a municipal commissioner named with genitives ("X के नगर निकाय के आयुक्त ने"). Sentences
written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from khabar.eval.event_gold import english_names
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _sources(art: Article, kind: str) -> list[str]:
    """English names of the sources of the first event of PLOVER type ``kind``."""
    ev = next(e for e in art.events if e.type == kind)
    names = english_names(art, ev)
    return [names.get(i, "") for i in ev.source]


def test_the_un_chief_named_by_office_is_an_agent() -> None:
    art = analysed("संयुक्त राष्ट्र प्रमुख ने दुनिया भर के देशों से हिंसा रोकने की अपील की ।")
    assert _sources(art, "REQUEST") == ["Secretary-General of the United Nations"]
    art = analysed("यूएन महासचिव ने सभी देशों से संघर्ष रोकने का आग्रह किया है ।")
    assert _sources(art, "REQUEST") == ["Secretary-General of the United Nations"]


def test_the_who_chief_named_by_office_is_an_agent() -> None:
    art = analysed(
        "विश्व स्वास्थ्य संगठन के प्रमुख ने देशों से पाबंदियां जल्दबाजी में न हटाने का आग्रह किया ।"
    )
    assert _sources(art, "REQUEST") == ["Director-General of the World Health Organization"]


def test_a_municipal_commissioner_named_with_genitives_takes_the_city() -> None:
    art = analysed("पुणे के नगर निगम के आयुक्त ने बुधवार को सभी मॉल बंद करने का निर्देश दिया ।")
    assert _sources(art, "COERCE") == ["Pune Municipal Commissioner"]
    art = analysed("नागपुर नगर निगम के आयुक्त ने शहर की सभी दुकानें बंद करने का आदेश दिया ।")
    assert _sources(art, "COERCE") == ["Nagpur Municipal Commissioner"]


def test_a_place_where_people_are_is_not_the_governments() -> None:
    art = analysed("सरकार ने राजस्थान में फंसे छात्रों को वापस लाने के लिए 200 बसें रवाना कीं ।")
    assert _sources(art, "AID") == ["government"]  # unsaid: neither Rajasthan's nor India's
    art = analysed(
        "सरकार ने महाराष्ट्र से लौटे मजदूरों को 14 दिन के लिए क्वारंटीन करने का आदेश दिया ।"
    )
    assert "Government of Maharashtra" not in _sources(art, "COERCE")


def test_a_state_named_for_the_act_still_gives_its_government() -> None:
    art = analysed("बिहार में सरकार ने सभी स्कूल 31 मार्च तक बंद कर दिए हैं ।")
    assert _sources(art, "COERCE") == ["Government of Bihar"]


def test_police_of_a_district_the_kb_files_as_a_region() -> None:
    art = analysed(
        "हैदराबाद में भी सख्ती बढ़ी है । पलामू में पुलिस ने लॉकडाउन तोड़ने वाले पांच लोगों को"
        " गिरफ्तार किया ।"
    )
    assert _sources(art, "COERCE") == ["Palamu Police"]
    art = analysed(
        "गाजियाबाद में 13 हॉटस्पॉट सील किए गए हैं । गौतमबुद्ध नगर में पुलिस ने लॉकडाउन तोड़ने"
        " वाले 149 लोगों को गिरफ्तार किया ।"
    )
    ev = [e for e in art.events if e.type == "COERCE"][-1]
    names = english_names(art, ev)
    assert [names.get(i, "") for i in ev.source] == ["Gautam Buddh Nagar Police"]


def test_the_home_ministry_written_as_one_word() -> None:
    art = analysed(
        "गृहमंत्रालय ने सभी राज्यों को प्रवासी मजदूरों के लिए राहत शिविर बनाने का निर्देश दिया ।"
    )
    assert _sources(art, "COERCE") == ["Ministry of Home Affairs of India"]


def test_an_army_acting_in_a_passive_is_not_the_towns_administration() -> None:
    art = analysed(
        "लेह में सेना का एक जवान संक्रमित पाया गया है । इधर, सेना ने आज संक्रमित जवान के"
        " साथियों को भी पृथक कर दिया गया ।"
    )
    [name] = _sources(art, "COERCE")
    assert "district administration" not in name and "Police" not in name
    assert "army" in name.lower()


def test_a_bare_government_after_a_states_officer_is_that_states() -> None:
    art = analysed(
        "गुजरात में संक्रमण रोकने के लिए बुधवार को बैठकें चलीं । मुख्यमंत्री विजय रूपाणी ने"
        " अधिकारियों के साथ हालात की समीक्षा की । सात मई से सरकार राज्य के 61 लाख राशनकार्ड"
        " धारकों को मुफ्त राशन का वितरण शुरू करेगी ।"
    )
    assert _sources(art, "AID") == ["Government of Gujarat"]


def test_a_bare_government_with_no_state_officer_stays_the_countrys() -> None:
    art = analysed(
        "गुजरात में संक्रमण के 200 नए मामले सामने आए हैं । सरकार ने सभी राज्यों को"
        " अस्पतालों में अलग वार्ड बनाने का निर्देश दिया है ।"
    )
    assert "Government of Gujarat" not in _sources(art, "COERCE")

"""Issue 13, round nm6: group and office names in the words event coders use, where khabar named
the right party in English the strict actor rule cannot match. Kinds: the home country's states
said by its adjective ("chief ministers of Indian states", "Indian state governments"), the
Union's ministers ("Union ministers", not "central ministers"), Delhi's people as a state's
public ("public of Delhi", a town's stay its residents), "देशवासियों" as the public of India, and
the US CDC by its full name. Sentences quoted from the allowed corpus day files of
corpus/hindi-covid-2020 (file named beside each) or written like them."""

from __future__ import annotations

from khabar.events.home_groups import home_group_name
from khabar.events.jurisdictions import public_of

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-08")


def test_the_states_chief_ministers_are_indian_states() -> None:
    # AU-2020-ARP-03.txt
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने आज सभी राज्यों के मुख्यमंत्रियों से वीडियो कॉन्फ्रेंसिंग के जरिए"
        " बातचीत कर कोरोना से संबंधित स्थिति का जायजा लिया ।",
        "2020-04-03",
    )
    [ev] = events_of(art, "CONSULT")
    assert role_names(art, ev, "target") == ["chief ministers of all Indian states"]
    # NT-2020-APR-08.txt
    art = analysed("प्रधानमंत्री मोदी अब शनिवार को राज्यों के मुख्यमंत्रियों से चर्चा करेंगे ।")
    [ev] = events_of(art, "CONSULT")
    assert role_names(art, ev, "target") == ["chief ministers of Indian states"]


def test_home_states_only_for_a_states_offices_and_no_place_after() -> None:
    assert home_group_name("chief ministers of the states") == "chief ministers of Indian states"
    assert home_group_name("chief secretaries of all states and directors general of police") == (
        "chief secretaries of all Indian states and directors general of police"
    )
    assert home_group_name("all state governments in India") == "all Indian state governments"
    # a place after the states says whose they are; another office may be another country's
    for name in (
        "borders of all states in Delhi",
        "chief ministers of states in Pakistan",
        "governors of all states",
        "officials of states",
        "state governments in Germany",
        "Chief Minister of Bihar",
        "Indian state governments",
    ):
        assert home_group_name(name) == name


def test_the_unions_ministers_are_union_ministers() -> None:
    # DH-2020-MAR-28.txt
    art = analysed(
        "पीएमओ ने केंद्रीय मंत्रियों को कोरोना फैलने से रोकने के लिए उठाए गए कदमों पर दैनिक रिपोर्ट"
        " देने का निर्देश दिया है ।",
        "2020-03-28",
    )
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "target") == ["Union ministers"]
    assert home_group_name("all central ministers") == "all Union ministers"
    for name in ("central team", "central ministries", "Central Board of Secondary Education"):
        assert home_group_name(name) == name


def test_delhis_people_are_its_public_a_towns_its_residents() -> None:
    # NT-2020-MAR-08.txt, its subject named
    art = analysed(
        "मुख्यमंत्री अरविंद केजरीवाल ने दिल्ली के लोगों से अपील की कि यदि उनका कोई पड़ोसी पिछले 14 दिन में विदेश से लौटा"
        " है तो उन्हें सरकार को इसकी सूचना दें ।",
        "2020-03-08",
    )
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["public of Delhi"]
    assert public_of("Delhi") == "public of Delhi"
    assert public_of("Bihar") == "public of Bihar"
    assert public_of("Noida") == "residents of Noida"
    art = analysed("गाजियाबाद के डीएम ने लोगों से घरों में रहने का अनुरोध किया है ।")
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["residents of Ghaziabad"]


def test_the_countrys_dwellers_are_the_public_of_india() -> None:
    # PK-2020-APR-26.txt
    art = analysed(
        "स्वास्थ्य मंत्री ने देशवासियों से लॉकडाउन का पालन करने की अपील की ।", "2020-04-26"
    )
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["public of India"]


def test_the_us_cdc_by_its_name_not_koreas_nor_indias() -> None:
    # DJ-2020-MAR-07.txt
    art = analysed("लेकिन WHO ने सीडीसी की राय का जोरदार खंडन किया है ।", "2020-03-07")
    [ev] = events_of(art, "REJECT")
    assert role_names(art, ev, "target") == ["Centers for Disease Control and Prevention"]
    # India's NCDC keeps its own name (AU-2020-ARP-24.txt: "एनसीडीसी ने कहा")
    art = analysed("एनसीडीसी ने लोगों से घबराने की जरूरत नहीं होने की अपील की है ।")
    names = [n for ev in art.events for n in role_names(art, ev, "source")]
    assert "National Centre for Disease Control" in names
    assert "Centers for Disease Control and Prevention" not in names


def test_foreigners_and_non_resident_indians_as_the_hindi_says_them() -> None:
    # NT-2020-MAR-12.txt
    art = analysed("भारत ने 15 अप्रैल के लिए विदेशियों के वीजा को सस्पेंड कर दिया है ।", "2020-03-12")
    [ev] = events_of(art, "COERCE")
    assert role_names(art, ev, "target") == ["foreigners"]
    # DH-2020-MAR-15.txt
    art = analysed(
        "वैष्णो देवी तीर्थ का प्रबंधन करने वाले श्री माता वैष्णो देवी श्राइन बोर्ड (एसएमवीडीएसबी) ने"
        " रविवार को परामर्श जारी कर प्रवासी भारतीयों और विदेशियों को भारत आने के 28 दिन बाद तक"
        " मंदिर नहीं आने को कहा ।",
        "2020-03-15",
    )
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["non-resident Indians and foreigners"]
    # "विदेशी नागरिकों" are not renamed foreigners
    art = analysed("सहारनपुर पुलिस ने 57 विदेशी नागरिकों को क्वारंटाइन कर दिया है ।")
    [ev] = events_of(art, "COERCE")
    assert "foreigners" not in role_names(art, ev, "target")[0]

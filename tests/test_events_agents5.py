"""Issue 13, round ev45: a suspect admitted to an isolation ward ("… को आइसोलेशन वार्ड में भर्ती
कराया गया") is an isolation (COERCE quarantine) whose inferred issuer is the place's health
department, not its district administration; a plain hospital admission is no measure; the
admitting agent, when named, stays the source. Groups of health and sanitation workers by their
other spellings ("डाक्टरों", "मेडिकल टीम", "सफाईकर्मी") are known agents. Sentences written like
the local news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from khabar.events.issuer import health_issuer
from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-03-18")


def _isolations(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "COERCE" and e.mode == "quarantine"]


def test_an_admission_to_the_isolation_ward_is_the_health_departments() -> None:
    art = analysed(
        "गोरखपुर में सऊदी अरब से लौटे एक संदिग्ध मरीज को जिला अस्पताल के आइसोलेशन वार्ड में"
        " भर्ती कराया गया है ।"
    )
    [ev] = _isolations(art)
    assert ev.source == ["actor:Gorakhpur health department"], ev.source
    assert ev.codes[ev.source[0]].endswith(" HLH"), ev.codes


def test_a_family_admitted_in_the_passive() -> None:
    art = analysed("देवघर में युवक के परिवार के चार सदस्यों को भी आइसोलेशन वार्ड में भर्ती किया गया है ।")
    [ev] = _isolations(art)
    assert ev.source == ["actor:Deoghar health department"], ev.source
    assert ev.target, ev.target


def test_a_plain_hospital_admission_is_no_measure() -> None:
    art = analysed("गोरखपुर में सड़क हादसे में घायल युवक को जिला अस्पताल में भर्ती कराया गया है ।")
    assert not _isolations(art)


def test_the_named_agent_of_an_admission_stays_the_source() -> None:
    art = analysed(
        "विदेश से लौटे दो लोगों को पुलिस ने प्राथमिक स्वास्थ्य केंद्र के आइसोलेशन वार्ड में भर्ती करा दिया ।"
    )
    [ev] = _isolations(art)
    assert not any("health department" in s for s in ev.source), ev.source
    assert ev.source, ev.source


def test_other_measures_keep_their_issuer() -> None:
    issued = ("actor:Deoghar district administration", "IND-Jharkhand-Deoghar GOV", "Deoghar district administration")
    assert health_issuer("सील कर दिया", issued) == issued
    state = ("actor:Government of Kerala", "IND-Kerala GOV", "Government of Kerala")
    assert health_issuer("आइसोलेशन वार्ड में भर्ती कराया", state)[2] == "Kerala health department"
    country = ("actor:Government of India", "IND GOV", "Government of India")
    assert health_issuer("आइसोलेशन वार्ड में भर्ती कराया", country) == country


def test_doctors_spelt_without_the_nukta_are_an_agent() -> None:
    art = analysed("जांच के बाद डाक्टरों ने संदिग्ध मरीज को आइसोलेशन वार्ड में पहुंचाया ।")
    [ev] = _isolations(art)
    assert ev.source == ["actor:doctors"], ev.source  # round ev83: doctors, not health workers


def test_a_medical_team_and_sanitation_workers_are_agents() -> None:
    art = analysed("वेतन नहीं मिलने से नाराज डाक्टरों ने शहर में हड़ताल कर दी ।")
    assert [e.source for e in art.events if e.type == "PROTEST"] == [["actor:doctors"]]
    art = analysed("नगर निगम के सफाईकर्मी वेतन की मांग को लेकर हड़ताल पर चले गए ।")
    assert any(e.type == "PROTEST" and e.source == ["actor:workers"] for e in art.events), [
        (e.type, e.source) for e in art.events
    ]


def test_a_hospitals_medical_staff_are_health_workers() -> None:
    art = analysed("जिला अस्पताल के मेडिकल स्टाफ ने बुखार से पीड़ित युवक को आइसोलेशन वार्ड में रखा ।")
    [ev] = _isolations(art)
    assert ev.source == ["actor:health workers"], ev.source


def test_village_health_workers_by_their_two_word_names() -> None:
    art = analysed("गांव में आशा कार्यकर्ताओं ने घर-घर जाकर बाहर से लौटे लोगों को क्वारंटाइन सेंटर भेज दिया ।")
    assert any(e.source == ["actor:health workers"] for e in _isolations(art)), [
        (e.type, e.source) for e in art.events
    ]

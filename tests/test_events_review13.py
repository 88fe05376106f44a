"""Faults the review of session 13's rounds found (issue 13): a glossary word written with a half
nasal or chandrabindu read by modules that look words up as the text writes them, a team sent to
a border at home, a forecast ending in a place, an unknown plural of creatures before ने, and a
people word that names a body's members."""

from __future__ import annotations

from hindi_events import article_events, role_names, target_names


def test_a_glossary_word_with_a_chandrabindu_reads_as_its_anusvara_spelling() -> None:
    for text in (
        "विदेश में फँसे भारतीयों को वापस लाया जाएगा ।",
        "विदेश में फंसे भारतीयों को वापस लाया जाएगा ।",
    ):
        art, evs = article_events(text)
        [ev] = [e for e in evs if e.type == "AID"]
        assert target_names(art, ev) == ["Indians stranded abroad"]


def test_a_team_sent_to_a_border_at_home_is_a_deployment_not_aid_abroad() -> None:
    _, evs = article_events("स्वास्थ्य विभाग ने डॉक्टरों की एक टीम को नेपाल सीमा पर भेजा है ।")
    assert [e.type for e in evs] == ["MOBILIZE"]
    _, evs = article_events(
        "भारत गुरुवार को डॉक्टरों की एक टीम को इटली भेजेगा जो वहां फंसे छात्रों के नमूने लेगी ।"
    )
    assert [e.type for e in evs] == ["AID"]  # abroad: help sent there


def test_a_forecast_ending_in_a_place_is_no_advice() -> None:
    _, evs = article_events(
        "विशेषज्ञों ने चेताया है कि संक्रमण के मामले दोगुने हो सकते हैं, खासकर बड़े शहरों में ।"
    )
    assert evs == []
    _, evs = article_events("उपायुक्त ने लोगों को चेताया है कि वे बिना मास्क के घर से न निकलें ।")
    assert [(e.type, e.mode) for e in evs] == [("REQUEST", "advise")]


def test_an_unknown_plural_before_ne_is_an_agent_of_acts_people_do_only() -> None:
    _, evs = article_events("टिड्डियों ने कई जिलों में फसलों पर हमला किया ।")
    assert not [e for e in evs if any("टिड्डियों" in s for s in e.source)]
    art, evs = article_events("पोल्ट्री प्रजनकों ने सरकार से मुआवजे की मांग की ।")
    [ev] = evs
    assert ev.type == "REQUEST" and ev.source == ["text:पोल्ट्री प्रजनकों"]


def test_a_people_word_before_a_body_head_is_the_body_s_modifier() -> None:
    _, evs = article_events("किसान संगठन सरकार से मुआवजे की मांग कर रहे हैं ।")
    assert not [e for e in evs if "text:किसान" in e.source]
    art, evs = article_events("नागरिक लगातार छिड़काव की मांग कर रहे हैं ।")
    [ev] = evs
    assert role_names(art, ev, "source") == ["citizens"]

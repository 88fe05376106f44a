"""Issue 13, round sa6 (inferred sources): some states named beside the home country are the
states' own measure (:func:`khabar.events.home_states.states_beside_home`), and an
administration acting with a place's health department goes on as an authority
(:func:`khabar.events.joint_agents.joint_authority`), on real sentences, with negatives."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-03-13")


def _sources(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    return [s for e in art.events if e.trigger == trigger for s in e.source]


# PK-2020-MAR-13.txt (round sa6's audit, #114)
_SCHOOLS = (
    "भारत में भी लोगों को भीड़-भाड़ वाली जगहों से दूरी बनाने को कहा जा रहा है और कोरोना के बढ़ते"
    " संक्रमण को देखते हुए देश के कई राज्यों में स्कूलों को बंद कर दिया गया है."
)


def test_some_states_beside_the_home_country_are_the_states() -> None:
    assert _sources(_SCHOOLS, "बंद") == ["actor:several Indian state governments"]


def test_some_states_beside_another_place_keep_the_place_rules() -> None:
    # PK-2020-MAR-06.txt: a state named with them ("दिल्ली सहित"): unchanged by this rule
    text = "वायरस को फैलने से रोकने के लिए दिल्ली सहित कई राज्यों में बायोमीट्रिक सिस्टम से हाजिरी बनाने पर रोक लगा दी गयी है."
    assert _sources(text, "रोक") == ["actor:several Indian state governments"]


def test_the_home_country_alone_stays_the_countrys() -> None:
    text = _SCHOOLS.replace("देश के कई राज्यों में ", "")
    assert "actor:several Indian state governments" not in _sources(text, "बंद")


# DJ-2020-MAY-10.txt (round sa6's audit, #089): a Narnaul item in a Delhi report
_NARNAUL = (
    "इस तरह अब नारनौल में कुल कोरोनों के कुल 4 पॉजिटिव मरीज हो गए हैं । "
    "महिला जब नागरिक अस्पताल पहुंची थी तभी से कोरोना संदिग्ध लग रही थी । "
    "ऐसे में जिला प्रशासन व स्वास्थ्य विभाग ने भी बृहस्पतिवार से ही एहतियात बरतनी आरंभ कर दी थी । "
    "मकान नंबर 159 से लेकर 316 तक की गली पूरी तरह से सील कर दी गई थी । "
    "शुक्रवार को और अधिक सख्ती बढ़ा दी गई थी ।"
)


def test_an_administration_with_the_health_department_goes_on() -> None:
    sources = _sources("नई दिल्ली । " + _NARNAUL, "सख्ती")
    assert sources and "actor:Government of Delhi" not in sources
    assert all("district administration" in s or "health department" in s for s in sources)


def test_joint_authority_needs_both_kinds() -> None:
    from khabar.events.acting import AUTHORITIES
    from khabar.events.joint_agents import joint_authority
    from khabar.model import Mention

    def m(role: str, typ: str = "ORGANIZATION") -> Mention:
        return Mention(text="x", type=typ, start=0, end=1, role=role)

    assert joint_authority([m("IND-Rewari GOV"), m("IND-Rewari HLH")], AUTHORITIES)
    assert not joint_authority([m("IND-Rewari HLH")], AUTHORITIES)  # health alone: its own rule
    assert not joint_authority([m("IND HLH"), m("IND GOV")], AUTHORITIES)  # a ministry of no place
    assert not joint_authority([m("IND-Rewari GOV"), m("IND-Rewari BUS")], AUTHORITIES)

"""Round cm1 (issue 13): complaints raised ("… का मामला उठाया") and officials' site visits ("…
मौके पर पहुंचे", "… का हाल जाना"), core misses of the tuning sets Vf, Vi and Vr; a matter that is
no complaint, the police alone at a scene and relatives arriving are no such event."""

from __future__ import annotations

from .hindi_events import analyser, role_names, target_names

analysed = analyser("2020-04-10")


def _of_type(text: str, kind: str, dct: str = "2020-04-10") -> list:
    art = analysed(text, dct)
    return [(art, e) for e in art.events if e.type == kind]


def test_a_matter_raised_by_a_resident_is_a_complaint() -> None:
    # DJ-2020-ARP-10.txt (the tuning set Vf's core misses): the raiser before or after the noun
    for text, who in (
        (
            "गोरखपुर के लच्छीपुर शास्त्रीपुरम कॉलोनी निवासी अनुराग ने पानी की आपूर्ति न होने का मामला उठाया ।",
            "Anurag",
        ),
        (
            "शाहपुर के धर्मपुर में प्रोफेसर कॉलोनी के बगल में खाली प्लॉट में गंदगी होने का मामला दीपू राय ने उठाया ।",
            "Deepu Rai",
        ),
    ):
        [(art, ev)] = _of_type(text, "ACCUSE")
        assert (ev.trigger, ev.mode, ev.modality) == ("मामला", "complain", "happened")
        assert role_names(art, ev, "source") == [who]


def test_issue_raised_in_parliament_is_a_complaint_but_topics_and_cases_are_not() -> None:
    [(art, ev)] = _of_type(
        "सांसद ने लोकसभा में यह मुद्दा उठाया कि मजदूरों को राशन नहीं मिल रहा है ।", "ACCUSE"
    )
    assert ev.mode == "complain"
    # PK-2020-APR-27.txt: topics a speech may take up; AU-2020-ARP-21.txt: cases, another verb's object
    assert _of_type("ये मुद्दे उठा सकते हैं पीएम मोदी", "ACCUSE") == []
    assert _of_type("संक्रमण के मामले तेजी से सामने आने के बाद सरकार ने यह कदम उठाया ।", "ACCUSE") == []
    # a complaint of symptoms stays no accusation (round ev22's rule, unchanged)
    assert _of_type("उसने चिकित्सक को बुखार सर्दी व गले में दर्द रहने की शिकायत की ।", "ACCUSE") == []


def test_an_official_arriving_at_the_spot_visits_it() -> None:
    # AU-2020-MAR-03.txt (the tuning set Vi's core miss)
    [(art, ev)] = _of_type(
        "इसकी जानकारी मिलने के बाद स्वास्थ्य अधिकारी और गौतमबुद्ध नगर के सीएमओ अनुराग भार्गव मौके पर पहुंचे ।",
        "CONSULT",
        "2020-03-03",
    )
    assert (ev.trigger, ev.mode, ev.modality) == ("मौके पर पहुंचे", "visit", "happened")
    assert role_names(art, ev, "source") == ["Anurag Bhargava"]


def test_relatives_or_the_police_alone_at_a_scene_are_no_visit() -> None:
    # DH-2020-MAY-03.txt: relatives
    assert _of_type("सूचना पर परिवार वाले भी दौड़कर मौके पर पहुंचे ।", "CONSULT") == []
    # PK-2020-MAY-03.txt: a murder scene; PK-2020-MAR-30.txt: a raid
    assert (
        _of_type(
            "घटना की सूचना मिलने पर फुलवरिया थानाध्यक्ष मनोज कुमार पुलिस के साथ घटनास्थल पर पहुंचे.", "CONSULT"
        )
        == []
    )
    assert (
        _of_type("इसी सूचना के बाद रांची पुलिस मौके पर पहुंची और सभी को आइसोलेशन वार्ड में भेजा.", "CONSULT")
        == []
    )


def test_enquiring_after_people_is_a_visit_with_them_as_target() -> None:
    # DJ-2020-MAR-29.txt (the tuning set Vr's core miss)
    [(art, ev)] = _of_type(
        "लखनऊ में सीएम योगी आदित्यनाथ ने मोहान रोड और अवध चौराहे पहुंच कर रास्ते में फंसे लोगों का हाल जाना ।",
        "CONSULT",
        "2020-03-29",
    )
    assert (ev.trigger, ev.mode, ev.modality) == ("हाल", "visit", "happened")
    assert role_names(art, ev, "source") == ["Yogi Adityanath"]
    assert target_names(art, ev) != []


def test_going_or_a_recent_act_is_no_enquiry() -> None:
    # जाना as "to go", and हाल as "recently": no target possessor, no event of the entry
    assert [
        e for _, e in _of_type("मजदूरों को हाल ही में घर जाना पड़ा ।", "CONSULT") if e.trigger == "हाल"
    ] == []
    assert [
        e for _, e in _of_type("सरकार ने हाल में यह फैसला लिया ।", "CONSULT") if e.trigger == "हाल"
    ] == []


def test_a_tour_in_the_absolutive_before_a_future_verb_is_planned() -> None:
    # PK-2020-APR-21.txt (the tuning set Vg's core miss): the Centre's teams named, the tour planned
    [(art, ev)] = _of_type(
        "फिलहाल केंद्र की विशेष टीमें कुछ राज्यों का दौरा कर वहां के हालात का जायजा लेंगी.",
        "CONSULT",
        "2020-04-21",
    )
    assert (ev.trigger, ev.mode, ev.modality) == ("दौरा", "visit", "planned")
    assert role_names(art, ev, "source") == ["central team of the Government of India"]


def test_a_tour_in_the_absolutive_before_a_past_verb_or_a_vector_verb_is_done() -> None:
    [(art, ev)] = [
        (a, e)
        for a, e in _of_type("स्वास्थ्य मंत्री ने अस्पताल का दौरा कर व्यवस्थाओं का जायजा लिया.", "CONSULT")
        if e.trigger == "दौरा"
    ]
    assert ev.modality == "happened"
    # "कर दिया": a vector verb, no absolutive; the later future is another clause's
    [(art, ev)] = _of_type("पुलिस ने गांव को सील कर दिया है और कल से जांच की जाएगी.", "COERCE")
    assert (ev.trigger, ev.modality) == ("सील", "happened")

"""Wrong arguments (issue 13, round ev40): a purpose noun before "के लिए" ("X की मदद के लिए") is
what an act is for, not whom; its possessor is the target, and with none named there is none.
Sentences written like the news, not taken from the gold."""

from __future__ import annotations

from .test_events_actors import analysed


def _aid(text: str) -> list[str]:
    [ev] = [e for e in analysed(text).events if e.type == "AID"]
    return ev.target


def test_possessor_of_help_is_the_target() -> None:
    target = _aid("राज्य सरकार ने किसानों की सहायता के लिए 500 करोड़ रुपये के पैकेज की घोषणा की है।")
    assert target == ["text:किसानों"]


def test_help_itself_is_no_target() -> None:
    target = _aid(
        "एशियाई विकास बैंक ने गरीब देशों की मदद के लिए पांच अरब डॉलर के राहत पैकेज की घोषणा की।"
    )
    assert target and all("मदद" not in t for t in target)


def test_help_of_nobody_named_gives_no_target() -> None:
    # "बाढ़ पीड़ितों" is no phrase the glossary can say: better no target than "मदद"
    target = _aid("केंद्र सरकार ने बाढ़ पीड़ितों की मदद के लिए 200 करोड़ रुपये जारी किए।")
    assert all("मदद" not in t for t in target)


def _demand(text: str) -> list[str]:
    [ev] = [e for e in analysed(text).events if e.type == "REQUEST"]
    return ev.source


def test_second_verb_with_its_own_subject_is_not_the_first_agents() -> None:
    # the police put up barricades; the workers, named after "और", made the demand
    source = _demand(
        "पुलिस ने सड़क पर बैरिकेड लगा दिए और प्रवासी मजदूर घर भेजने की मांग करने लगे।"
    )
    assert source == ["actor:workers"]


def test_second_verb_without_a_subject_keeps_the_first_agent() -> None:
    # "… से मुलाकात की और … की मांग की": one subject for both verbs
    source = _demand(
        "मुख्यमंत्री ने प्रधानमंत्री से मुलाकात की और राज्य के लिए विशेष पैकेज की मांग की।"
    )
    assert source == ["actor:chief minister"]


def test_dateline_city_is_no_conjunct_of_the_agent() -> None:
    # "लंदन, 12 मई (भाषा)": the agency's dateline, not a second agent beside the government
    [ev] = [
        e
        for e in analysed(
            "लंदन, 12 मई (भाषा) ब्रिटेन सरकार ने सभी अस्पतालों के लिए नया परामर्श जारी किया है।"
        ).events
        if e.type == "REQUEST"
    ]
    assert ev.source == ["actor:Government of United Kingdom"]


def test_list_of_cities_still_joins() -> None:
    from khabar.events.clause import CONJUNCTIONS

    assert "," in CONJUNCTIONS  # "दिल्ली, मुंबई और कोलकाता में": places after the comma join
    art = analysed("दिल्ली, मुंबई और कोलकाता में सभी स्कूल बंद कर दिए गए हैं।")
    assert any(e.type == "COERCE" for e in art.events)


def test_officer_who_told_is_not_who_pelted_the_police() -> None:
    # the last agent before "उन्होंने" is the SSP who reported it: no stone-thrower at the police
    art = analysed(
        "मेरठ के एसएसपी अजय साहनी ने बताया कि गांव में भीड़ जमा हो गई थी। उन्होंने पुलिस पर"
        " पथराव किया।"
    )
    assert not any(e.type == "ASSAULT" and e.source for e in art.events)

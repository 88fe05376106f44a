"""English events, round en6: general PLOVER/CAMEO verb classes missing from the lexicon.

Surrender (RETREAT), reneging (REJECT), road blocking (PROTEST obstruct), beating and torture
(ASSAULT, not COERCE), joint exercises and intelligence sharing (COOPERATE), establishing
diplomatic ties (SUPPORT), hacking into computers (COERCE). Sentences are our own, written like
wire copy; none is taken from a gold file.
"""

from __future__ import annotations

from .english_events import coded as _coded


def test_surrender_is_retreat() -> None:
    assert _coded(
        "Forty insurgents surrendered to the army in the northern district on Monday."
    ) == (
        "RETREAT",
        "surrender",
        ["insurgents"],
        ["army"],
    )


def test_reneging_is_reject() -> None:
    coded = _coded(
        "The governor reneged on his promise to the striking nurses, union leaders said."
    )
    assert coded is not None and coded[:3] == ("REJECT", "renege", ["governor"])


def test_blocking_a_road_is_protest_but_a_court_blocking_an_order_is_not() -> None:
    coded = _coded("Angry farmers blocked the highway to the capital for six hours on Tuesday.")
    assert coded is not None and coded[:3] == ("PROTEST", "obstruct", ["Angry farmers"])
    coded = _coded("A federal court blocked the order on Friday.")
    assert coded is None or coded[0] != "PROTEST"


def test_beating_and_torture_are_assault() -> None:
    coded = _coded("Prison guards beat up three inmates during a search, a rights group said.")
    assert coded is not None and coded[:3] == ("ASSAULT", "beat", ["Prison guards"])
    coded = _coded("Security forces tortured dozens of detainees, the rights group said.")
    assert coded is not None and coded[:3] == ("ASSAULT", "beat", ["Security forces"])


def test_wounded_alone_is_no_trigger_the_attack_stays() -> None:
    # a passive "were wounded" with no attacker must not displace the attack's own trigger
    coded = _coded("Five people were wounded when a bomb exploded near a market on Sunday.")
    assert coded is None or coded[1] != "beat"


def test_joint_exercises_and_shared_intelligence_are_cooperate() -> None:
    coded = _coded("Indian and French navies began a joint naval exercise off the coast of Goa.")
    assert coded is not None and coded[:2] == ("COOPERATE", "military")
    coded = _coded(
        "Jordan shared intelligence with Iraq about the smuggling network, officials said."
    )
    assert coded is not None and coded[:4] == ("COOPERATE", "military", ["Jordan"], ["Iraq"])
    # one army's own exercise is no cooperation
    coded = _coded("The army held a military exercise near the border on Friday.")
    assert coded is None or coded[0] != "COOPERATE"


def test_establishing_diplomatic_ties_is_support() -> None:
    coded = _coded("Nepal established diplomatic relations with Chile on Wednesday.")
    assert coded is not None and coded[:4] == ("SUPPORT", "recognize", ["Nepal"], ["Chile"])


def test_hacking_into_computers_is_coerce_the_bare_noun_is_not() -> None:
    coded = _coded("Unknown hackers tried to hack into the computers of the election commission.")
    assert coded is not None and coded[:2] == ("COERCE", "hack")
    coded = _coded("The bank shut its website for a day to avoid the hack.")
    assert coded is None or coded[1] != "hack"


def test_lower_case_actor_nouns_are_subjects() -> None:
    assert _coded("Striking miners blocked the road to the port on Monday.")[:3] == (
        "PROTEST",
        "obstruct",
        ["Striking miners"],
    )
    coded = _coded("Rights groups in Cameroon condemned the arrest of the opposition leader.")
    assert coded is not None and coded[:3] == ("ACCUSE", "disapprove", ["Rights groups"])


def test_reporting_speaker_is_no_conjunct_of_the_target() -> None:
    coded = _coded("Gunmen attacked a convoy of aid workers, police said on Sunday.")
    assert coded is not None and coded[3] == ["workers"]


def test_a_place_phrase_is_no_source() -> None:
    # "near the town of X" / "in X" before the verb with no subject: the place is no actor
    coded = _coded("A car bomb near the town of Baqubah killed four policemen on Friday.")
    assert coded is not None and coded[0] == "ASSAULT" and coded[2] == []
    coded = _coded("A landmine in Kandahar province killed three children, officials said.")
    assert coded is not None and coded[2] == []
    # the subject before the place phrase stays ("Police in Delhi", "groups in Zimbabwe")
    coded = _coded("Opposition groups in Zimbabwe demanded the release of the detained leaders.")
    assert coded is not None and coded[:3] == ("REQUEST", "request", ["Opposition groups"])


def test_seeking_refuge_or_help_is_request_but_sought_to_is_not() -> None:
    coded = _coded("Thousands of villagers sought refuge in Chad after the raids, the UN said.")
    assert coded is not None and coded[:2] == ("REQUEST", "assist")
    coded = _coded("The minister sought to reassure investors on Monday.")
    assert coded is None or coded[0] != "REQUEST"
    # "provide" stays no trigger: "provide details" is no aid
    coded = _coded("The spokesman did not provide details on the plan.")
    assert coded is None or coded[0] != "AID"


def test_a_trailing_speaker_is_no_target() -> None:
    # "..., the ministry announced" / "officials said": who reports the act is no one acted on
    coded = _coded(
        "Kenya and Uganda agreed on a new border treaty, the foreign ministry announced."
    )
    assert coded is not None and coded[0] == "AGREE" and coded[3] == []
    coded = _coded("Gunmen killed two guards at a checkpoint, officials said on Monday.")
    assert coded is not None and coded[0] == "ASSAULT" and "officials" not in coded[3]


def test_name_particles_keep_a_name_whole() -> None:
    coded = _coded("Egypt's army chief General Abdel Fattah al-Sisi met Ursula von der Leyen.")
    assert coded is not None and coded[0] == "CONSULT"
    assert coded[2] == ["General Abdel Fattah al-Sisi"]
    assert coded[3] == ["Ursula von der Leyen"]
    coded = _coded("Sheikh Tamim bin Hamad al-Thani praised the mediators on Sunday.")
    assert coded is not None and coded[2] == ["Sheikh Tamim bin Hamad al-Thani"]


def test_giving_verb_before_aid_gives_giver_and_receiver() -> None:
    coded = _coded("The European Union on Monday gave Chad 5 million dollars of emergency aid.")
    assert coded == ("AID", "aid", ["European Union"], ["Chad"])
    coded = _coded("Japan sent Nepal emergency aid after the earthquake.")
    assert coded == ("AID", "aid", ["Japan"], ["Nepal"])

"""Issue 13, round sa7 (inferred sources at the wrong body or level): an agentless election
put off is the election commission's whose business it is
(:func:`khabar.events.elections.election_keeper`), on real sentences, with negatives."""

from __future__ import annotations

from khabar.events.arguments import Roles
from khabar.events.elections import election_keeper
from khabar.model import Argument

from .hindi_events import analyser

analysed = analyser("2020-03-18")


def _sources(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    return [s for e in art.events if e.trigger == trigger for s in e.source]


# AU-2020-MAR-18.txt (round sa6's audit, #027)
_MAHARASHTRA = "कोरोना वायरस के मद्देनजर महाराष्ट्र के सभी निकाय चुनाव स्थगित कर दिए गए हैं ।"
# DJ-2020-MAR-16.txt
_BENGAL = "कोरोना वायरस के कारण पश्चिम बंगाल में होने वाले निकाय चुनाव टाल दिए गए हैं ।"


def test_local_body_elections_are_the_state_election_commissions() -> None:
    assert _sources(_MAHARASHTRA, "स्थगित") == ["actor:Maharashtra State Election Commission"]
    assert _sources(_BENGAL, "टाल") == ["actor:West Bengal State Election Commission"]


def test_other_things_put_off_keep_the_government() -> None:
    # the same construction with no election: the state's own measure stays the state's
    text = _MAHARASHTRA.replace("निकाय चुनाव", "स्कूल-कॉलेज").replace("स्थगित कर दिए गए", "बंद कर दिए गए")
    assert _sources(text, "बंद") == ["actor:Government of Maharashtra"]


def _roles(target: str) -> Roles:
    roles = Roles()
    roles.args.append(Argument("target", target, 0, len(target), None))
    return roles


_STATE = ("actor:Government of Maharashtra", "IND-MH GOV", "Government of Maharashtra")
_INDIA = ("actor:Government of India", "IND GOV", "Government of India")


def test_the_union_elections_are_the_election_commission_of_indias() -> None:
    # "राज्यसभा चुनाव … स्थगित कर दिए गए": the Rajya Sabha's polls, whatever place was guessed
    got = election_keeper("cancel", _roles("राज्यसभा चुनाव"), _STATE)
    assert got[2] == "Election Commission of India"
    assert election_keeper("cancel", _roles("विधान परिषद के चुनाव"), _INDIA)[2] == (
        "Election Commission of India"
    )


def test_a_local_election_with_no_state_or_another_mode_stays() -> None:
    assert election_keeper("cancel", _roles("निकाय चुनाव"), _INDIA) == _INDIA
    assert election_keeper("close", _roles("निकाय चुनाव"), _STATE) == _STATE
    assert election_keeper("cancel", _roles("परीक्षाएं"), _STATE) == _STATE


# DH-2020-MAR-23.txt (round sa6's audit, #047): the Meerut item of a round-up
_MEERUT = (
    "मेरठ : मेरठ में सोमवार सुबह दिन निकलते ही लोग खरीददारी के लिए सब्जी और गल्ला मंडी में पहुंच गए । "
    "दिल्ली रोड स्थित नवीन मंडी और हापुड़ रोड स्थित लोहिया नगर में खरीदारी के लिए लोगों के साथ ही"
    " दुकानदारों की भी भीड़ उमड़ी । "
    "इससे पहले सुबह पार्क तो सुने रहे लेकिन लोगों ने गलियों में ही मॉर्निंग वॉक की । "
    "कोरोना वायरस के कारण शहर की कई कॉलोनियों को सील कर दिया गया है ।"
)


def test_a_road_named_after_a_town_is_no_town_of_the_story() -> None:
    sources = _sources(_MEERUT, "सील")
    assert "actor:Hapur district administration" not in sources
    assert "actor:Meerut district administration" in sources


def test_the_town_itself_named_before_the_measure_still_places_it() -> None:
    # the negative: "हापुड़ में" names the town, and its administration closes the temples
    text = _MEERUT.replace("हापुड़ रोड स्थित लोहिया नगर", "हापुड़ में लोहिया नगर")
    assert "actor:Hapur district administration" in _sources(text, "सील")


def test_a_road_in_the_measures_own_sentence_is_no_place_of_it() -> None:
    text = "मेरठ : दिल्ली रोड स्थित सभी दुकानें बंद कर दी गई हैं ।"
    assert _sources(text, "बंद") == ["actor:Meerut district administration"]
    text = "मेरठ : दिल्ली में सभी दुकानें बंद कर दी गई हैं ।"
    assert _sources(text, "बंद") == ["actor:Government of Delhi"]


def test_a_states_own_election_commission_named_is_no_union_body() -> None:
    # AU-2020-MAR-22.txt: "राज्य चुनाव आयोग" is the state's commission, not the ECI
    text = (
        "अरूणाचल प्रदेश के राज्य चुनाव आयोग ने घोषणा की कि अप्रैल-मई में होने वाले निगम और"
        " पंचायत चुनावों पर अस्थायी रूप से रोक लगा दी गई है ।"
    )
    assert _sources(text, "रोक") == ["actor:Arunachal Pradesh State Election Commission"]
    # the negative: the bare "चुनाव आयोग" stays the Election Commission of India
    text = "चुनाव आयोग ने राज्यसभा चुनाव स्थगित कर दिए हैं ।"
    assert _sources(text, "स्थगित") == ["kb:org/eci"]

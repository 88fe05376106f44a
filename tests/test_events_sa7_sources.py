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

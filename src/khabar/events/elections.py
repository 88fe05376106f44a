"""Who postpones an election: the election commission whose business it is, not a government.

Why a module of its own: :func:`khabar.events.issuer.authority` guesses the issuer of an
agentless measure from the place its sentence names, and gives "महाराष्ट्र के सभी निकाय चुनाव
स्थगित कर दिए गए हैं" to the Government of Maharashtra (round sa6's focused audit of inferred
sources, #027: "another body whose business it is"). In India elections are held, and so put
off, by an election commission, never by the government: the elections of local bodies
(municipal bodies, corporations, panchayats) by the State Election Commission of the state, the
Lok Sabha's, the Rajya Sabha's, an assembly's and by-elections by the Election Commission of
India. :func:`khabar.events.parties.guessed_issuer` calls :func:`election_keeper` after the
jurisdiction guess, as it calls :func:`.trips.trip_owner` and the operators of :mod:`.operators`:
the guess's place gives the state, the commission its level.

Round sa7 (issue 13), counted on the 280 allowed corpus/hindi-covid-2020 day files (main
c5c85683): 2 agentless measures whose target is an election, both local bodies' and both given
the state's government ("महाराष्ट्र के सभी निकाय चुनाव स्थगित", "पश्चिम बंगाल में होने वाले निकाय
चुनाव टाल दिए गए हैं"): both the State Election Commission's (the Maharashtra article says so
five sentences later, "राज्य निर्वाचन आयोग ने निकाय चुनाव से संबंधित सभी कार्यक्रम को स्थगित
करने का निर्णय किया है"). A commission named in the sentence is an agent, read before this guess.
"""

from __future__ import annotations

import re

from .arguments import Roles
from .issuer import national_government

# the modes that put an election off: postponed or cancelled ("स्थगित", "टाल", "रद्द": the
# lexicon's COERCE cancel) and stayed ("चुनावों पर … रोक", COERCE ban)
_ELECTION_MODES = frozenset({"cancel", "ban"})
# an election, as a target's word: "चुनाव", "चुनावों", "निर्वाचन", "इलेक्शन"
_ELECTION = re.compile(r"(?:^|\s)(?:चुनाव|निर्वाचन|इलेक्शन)")
# a local body's election, the State Election Commission's: municipal bodies, corporations,
# councils, panchayats ("निकाय चुनाव", "नगर निगम चुनाव", "पंचायत चुनाव", "जिला परिषद")
_LOCAL = re.compile(r"निकाय|निगम|नगर\s?पालिका|नगरपालिका|पालिका|पंचायत|परिषद|मेयर|महापौर")
# the Union's elections, the Election Commission of India's: the Lok Sabha, the Rajya Sabha,
# a state's assembly or council, a by-election
_UNION = re.compile(
    r"लोकसभा|लोक सभा|राज्यसभा|राज्य सभा|विधानसभा|विधान सभा|विधान परिषद|विधानपरिषद|उपचुनाव|उप-चुनाव"
)
# the Election Commission of India's KB entity, as its named "चुनाव आयोग ने …" is linked
_UNION_COMMISSION = "kb:org/eci"


def election_keeper(
    mode: str, roles: Roles, issued: tuple[str, str, str]
) -> tuple[str, str, str]:
    """The election commission that puts off the election an agentless ``cancel`` or ``ban``
    acts on (a target naming "चुनाव"): a local body's election guessed to a state's government
    is that state's State Election Commission; a Lok Sabha, Rajya Sabha, assembly or
    by-election is the Election Commission of India's; else ``issued`` (id, code, name) stands
    (a local election with no state found: which state's commission is unknown)."""
    if mode not in _ELECTION_MODES:
        return issued
    texts = [a.text for a in roles.args if a.role == "target"]
    if not any(_ELECTION.search(t) for t in texts):
        return issued
    if any(_UNION.search(t) for t in texts):
        return _UNION_COMMISSION, national_government()[1], "Election Commission of India"
    code = issued[1].split()[0]
    state = issued[2].removeprefix("Government of ")
    if any(_LOCAL.search(t) for t in texts) and "-" in code and issued[2] != state:
        name = f"{state} State Election Commission"
        return f"actor:{name}", f"{code} GOV", name
    return issued

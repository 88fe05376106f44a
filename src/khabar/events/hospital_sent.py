"""A patient sent to hospital named only by an object pronoun ("एंबुलेंस बुलाकर उन्हें जिला
अस्पताल भेजा गया").

Why: round tr3 (issue 13) made a hospital noun before भेज- a COERCE (quarantine) trigger, the
admission imposed on a named group, and had it need a target (`requires_target`). An agentless
measure counts an object pronoun as its target only when the narrative tells an admission
(:func:`khabar.events.candidate_parties.admission_told`, rounds ev206 and ev207), so the sendings
whose patient is "उन्हें", "उसे" or "इन्हें" made no event. Round tr4 (issue 13): on the 280 allowed
corpus day files 11 sentences send a pronoun to a hospital with the hospital noun right before
the verb, 10 of them a suspect or a patient sent by the authorities (the 11th, a referral "इलाज
के लिए", the entry's `excludes` keep out). Only the 5 plural pronouns are kept: the dev gold codes
the isolation of named groups, not one person's transfer, and with "उसे" its check half lost
precision (0.900 -> 0.878). The pronoun's antecedent is then found as every object pronoun's is
(:mod:`khabar.events.anaphora`); an unresolved one stays an honest empty target.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import SentenceView

# Object pronouns of people: "इसे" is as often the sample, the letter or the place ("इसे … भेजा
# गया" of a swab), and a count ("तीनों को") is no pronoun whose antecedent the resolver seeks.
_PERSON_OBJECTS = frozenset({"उन्हें", "उन्हे", "उनको", "इन्हें", "इन्हे", "इनको"})

# How many words may stand between the pronoun and the hospital noun ("उन्हें दिल्ली के सफदरजंग
# अस्पताल भेज", "उसे निगरानी के लिए अस्पताल भेज"): the widest of the 10 read on the allowed files.
_REACH = 5


def sent_to_hospital(sv: SentenceView, cand: Candidate) -> bool:
    """Whether the candidate is the hospital sending of round tr3 (a COERCE entry whose form is
    the place the patient is sent to, `destination`) with a person's object pronoun a few words
    before it: the pronoun is the person sent, as the object of "भर्ती" is the one admitted."""
    if cand.trig.type != "COERCE" or not cand.trig.destination:
        return False
    before = sv.tokens[max(0, cand.first - _REACH - 1) : cand.first]
    return any(t.text in _PERSON_OBJECTS for t in before)

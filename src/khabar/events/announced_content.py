"""An act told as what its doer announced or decided: the announcement's perfect is the clause's
finite verb (round ms1, issue 13).

"जम्मू-कश्मीर प्रशासन ने दोनों को आइसोलेशन में रखा गया है … । दोनों ने … । जम्मू और सांबा
जिलों में सभी प्राथमिक स्कूलों को 31 मार्च तक बंद करने की भी घोषणा की है ।": the closure stands
as an infinitive ("बंद करने") under an announcement or a decision ("की (भी) घोषणा की है", "का
फैसला किया है"), whose active perfect ends the clause; Hindi drops the subject the report named
before, so the closure is that agent's. The dropped-subject rule
(:func:`khabar.events.subjects._dropped_subject`) reads such a subject back only for a perfect
transitive act, looking two sentences back when the act ends its clause as a finite perfect
("सील किया है ।") and one sentence back otherwise: the trigger's own light verb is the
infinitive here, so the act was not known as finite (the window of one sentence missed an agent
named two sentences back), and with a masculine noun ("बंद रखने का फैसला किया है") not even as
a perfect. :func:`announced_perfect` says the verb complex is such an announcement, for that
rule to read it as the finite perfect it is.

Counted on the 280 allowed corpus day files (the extractor's trace at main 9fba93b9): of the 578
candidates dropped for want of an agent with no other event of their type in their sentence,
the form "<infinitive> की/का (भी) घोषणा/ऐलान/फैसला/निर्णय की/किया/लिया (है)" with no ने/द्वारा
agent in the sentence is 3, each a closure: J&K's schools (the administration named two sentences
back) and Spain's border (its government two sentences back) now found, both right; the third
(Chhattisgarh's liquor shops, AU-2020-MAR-22.txt:82) has its last agent four sentences back, in
another story, and stays dropped. See docs/events-rounds.md, round ms1 of 2026-12-07.
"""

from __future__ import annotations

from .candidates import Candidate
from .clause import PARTICLES

# The nouns of an announcement or a decision whose content is the act's infinitive (the spellings
# of candidates._ANNOUNCED: "ऐलान"/"एलान", "फैसला"/"फ़ैसला")
_ANNOUNCING = frozenset({"घोषणा", "ऐलान", "एलान", "फैसला", "फ़ैसला", "निर्णय"})
_GENITIVES = frozenset({"की", "का", "के"})
# The active perfect of the announcement's light verb: करना's and लेना's (निर्णय लिया)
_DONE = frozenset({"की", "कीं", "किया", "किए", "किये", "लिया", "ली", "लिए", "लिये"})
# A vector perfect after "कर" ("घोषणा कर दी है"): the same active perfect
_VECTOR = frozenset({"दी", "दिया", "दिए", "दिये", "ली", "लिया"})
# What may close the perfect's clause: an auxiliary or the sentence's stop
_CLOSES = frozenset({"है", "हैं", "था", "थी", "थे", "।", ".", "|", "॥"})


def announced_perfect(cand: Candidate) -> bool:
    """The trigger's verb complex is its infinitive under an announcement or a decision in the
    active perfect that closes the clause ("बंद करने की भी घोषणा की है", "बंद रखने का फैसला किया
    है", "… देने का निर्णय लिया ।"); not a passive ("… की घोषणा की गई": गई after the perfect), a
    future or habitual ("… का फैसला करेगी", "… की घोषणा करते हैं") nor a noun phrase ("… करने की
    घोषणा के बाद")."""
    verb = [t for t in cand.verb if t not in PARTICLES]
    if len(verb) < 4 or not verb[0].endswith("ने") or verb[1] not in _GENITIVES:
        return False
    if verb[2] not in _ANNOUNCING:
        return False
    rest = verb[3:]
    if rest[0] == "कर" and len(rest) > 1 and rest[1] in _VECTOR:
        rest = rest[1:]
    if rest[0] not in _DONE:
        return False
    return len(rest) == 1 or rest[1] in _CLOSES

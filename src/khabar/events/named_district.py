"""A district the sentence names after its state: the district's measure, not the state's.

Why a module of its own: :func:`khabar.events.issuer.authority` gives an agentless measure the
government of the first place its sentence names, and a state named as the owner of a district
("उत्तर प्रदेश में वाराणसी जिले के ग्रामीण क्षेत्र … को … सील कर दिया गया है", "महाराष्ट्र के अकोला
जिले में … लॉकडाउन करने की घोषणा कर दी गई है") is only where the district lies: the sentence says
in so many words that the measure is the district's, and the district administration takes it
(round sa5's source audit, #124: a Varanasi seal given the Government of Uttar Pradesh).
Round ev174 read the same construction for the police with a genitive only ("महाराष्ट्र के पुणे
स्थित …"); this rule needs the district word after the town, so that it reads "में" as well
and a town merely named after its state ("केरल के कोच्चि में …", a state's order for a city)
keeps the state's reading.

Round sa5 (issue 13), counted on the 280 allowed corpus/hindi-covid-2020 day files (main
982fd6f4): 2 agentless measures whose sentence reads "<state> के/में <town> जिले/जनपद" with the
state's government as the guessed source (the Varanasi seal, the Akola lockdown), both the
district's; "असम में बंगाइगांव के अलावा पांच और जिले" names no district word right after the
town and keeps Assam's government.
"""

from __future__ import annotations

from ..model import Mention
from .clause import SentenceView
from .places import is_state

# What joins a state to the district it owns: the genitive ("महाराष्ट्र के अकोला जिले") or
# the locative ("उत्तर प्रदेश में वाराणसी जिले")
_JOINS = frozenset({"के", "की", "का", "में"})
# The district word that must follow the town: the sentence names a district, not a town
_DISTRICT = frozenset({"जिले", "जिला", "जनपद", "ज़िले", "ज़िला"})


def district_after_state(sv: SentenceView, state: Mention) -> bool:
    """Whether ``state`` (a state or province) is followed, across one joining word, by a linked
    town or district and the word "जिले/जिला/जनपद" right after it ("उत्तर प्रदेश में वाराणसी
    जिले के …"): the measure is that district's, and the state only where it lies."""
    if not is_state(state):
        return False
    later = sorted(
        (m for u in sv.units for m in u.mentions if m.start > state.end and m.entity_id),
        key=lambda m: m.start,
    )
    if not later or (later[0].type != "CITY" and (later[0].type != "REGION" or is_state(later[0]))):
        return False
    town = later[0]
    between = [t.text for t in sv.tokens if state.end <= t.start and t.end <= town.start]
    after = next((t.text for t in sv.tokens if t.start >= town.end), "")
    return len(between) == 1 and between[0] in _JOINS and after in _DISTRICT

"""The state a measure's own paragraph names after the town the article named last.

Why a module of its own (round pl1, issue 13: the place of an inferred authority):
:func:`khabar.events.issuer.authority` gives an agentless measure whose sentence names no
place the administration of the town the article named last (:func:`.issuer.story_town`),
whatever the story named since. A state round-up names its towns one paragraph ("… प्रयागराज
में दोबारा मरीज मिलने के बाद …") and its state the next ("यूपी में चीन सहित विदेश यात्रा से लौटे
91719 लोगों को … चिन्हित किया गया । इन्हें स्वास्थ्य विभाग की रैपिड रिस्पांस टीम की निगरानी में रखा
गया है"); a state bureau's report opens on its dateline town and goes on with the state ("पटना :
… इधर, बिहार में … लौटनेवाले यात्रियों की संख्या … । विदेशों से लौटे इन यात्रियों को पहले सर्विलांस
पर रखा गया है"): each measure is the state's, not the town's. The place of the act's own
sentence comes first (the authority reads it), then its paragraph's, then the article's: a
state named in the measure's paragraph, in a sentence before it and after the last town, which
lies in that state, is where the measure is. A state named aside keeps the town
(``ActorContext.state_aside``: "झारखंड की पहली … महिला", whose it is; "यह भी पढ़ें- हरियाणा: …", a
link's label), and so does one named in an earlier paragraph only (9 changes on the allowed
files, 5 wrong: a jail's quarantine, a RIMS patient, were the town's). A state another town of
the article lies outside is :func:`.issuer._state_of_paragraph`'s (a round-up item). Police acts
keep their force (:func:`.police_place.bare_force`).

Round dl2 (issue 13: a state's figure given a town) adds the state a paragraph means without
naming it: a scope word ("प्रदेश में", "राज्य में", "राज्य के सभी") after the last town
(:func:`scope_word_state`, read by the authority right after :func:`paragraph_state`), and the
state of a town whose surrounding districts a measure spans ("मुंबई के आसपास के जिलों से",
:func:`around_town_state`, read where the sentence's own places are). A town's own measure (its
hospital, its district's sealing) names its town after the scope word and keeps it.
"""

from __future__ import annotations

import re

from ..model import Mention
from .actor_context import ActorContext
from .actors import place_code
from .clause import SentenceView
from .places import state_of_town


def paragraph_state(sv: SentenceView, actors: ActorContext) -> tuple[str, str] | None:
    """(code, English name) of the state the paragraph of ``sv`` named last, in a sentence
    before it and not aside, after the town the article named last, when that town lies in the
    state; else None."""
    state = actors.state
    if state is None or "-" not in state[0] or actors.state_aside:
        return None
    if not actors.paragraph_at <= actors.state_at < sv.start:
        return None
    if not 0 <= actors.locality_at < actors.state_at or actors.locality_state is None:
        return None
    lies_in = place_code(f"kb:{actors.locality_state}")
    return state if lies_in is not None and lies_in[0] == state[0] else None


# Round dl2 (issue 13): the state a scope word stands for. "प्रदेश में", "राज्य में", "राज्यभर में"
# in a sentence of the measure's paragraph after the town the article named last say the
# paragraph goes on state-wide ("लखनऊ, जेएनएन । … प्रदेश में स्वास्थ्य विभाग और अलर्ट हो गया है
# । … वहीं उनके परिवारीजन को भी … निर्देश दिए हैं": the state health department's, not Lucknow's).
# A state's name before the word ("उत्तर प्रदेश में") is the state itself (read by pl1 above); a
# word before it that points away ("दूसरे राज्य में", "किसी राज्य में") is not the story's state;
# a superlative ("प्रदेश में सबसे पहले हॉटस्पॉट बनाए गए": a town first in its state) ranks the
# town, and says nothing of who acts (tuned on the 280 allowed day files, round dl2).
_SCOPE_WORD = re.compile(
    r"(?<!\S)(?:(\S+)\s+)?(?:(?:राज्य|प्रदेश)\s+(?:में|भर|के\s+सभी)|राज्यभर|प्रदेशभर)(?!\S)(\s+\S+)?"
)
_NOT_OURS = frozenset(
    {"उत्तर", "मध्य", "आंध्र", "हिमाचल", "अरुणाचल", "दूसरे", "दूसरा", "अन्य", "किसी", "पड़ोसी", "गृह", "अपने"}
)
_RANKS = frozenset({"सबसे", "सर्वाधिक", "पहला", "पहली", "पहले"})


def scope_word_state(sv: SentenceView, actors: ActorContext, text: str) -> tuple[str, str] | None:
    """(code, English name) of the state the town the article named last lies in, when a
    sentence of ``sv``'s paragraph before it and after that town scopes itself to the state
    ("प्रदेश में", "राज्य में", "राज्यभर", "राज्य के सभी"), no state or government named since
    the town (the word is then that one's: "बिहार में … । … राज्य के सभी पेंशनभोगियों …" under a
    Delhi interview is Bihar's, read by the caller), the town's state known; else None."""
    if actors.locality_state is None or not 0 <= actors.locality_at < sv.start:
        return None
    if max(actors.state_at, actors.government_at) > actors.locality_at:
        return None  # a state or government named since the town is the one the word means
    start = max(actors.paragraph_at, actors.locality_at)
    if start >= sv.start:
        return None
    for m in _SCOPE_WORD.finditer(text, start, sv.start):
        if m.group(1) in _NOT_OURS or (m.group(2) or "").strip() in _RANKS:
            continue
        lies_in = place_code(f"kb:{actors.locality_state}")
        return lies_in if lies_in is not None and "-" in lies_in[0] else None
    return None


# "मुंबई के आसपास के जिलों से भी … संदिग्ध मरीज दो डेडिकेटेड अस्पतालों में भेजे जा रहे हैं": the
# districts around a town are several districts of its state, a measure across them the state's,
# not the named town's (round dl2; 1 instance on the 280 allowed day files, NT-2020-MAR-31)
_AROUND = ("के", "आसपास", "के")
_DISTRICTS = frozenset({"जिलों", "जिले", "जनपदों"})


def around_town_state(sv: SentenceView, m: Mention) -> tuple[str, str] | None:
    """(code, English name) of the state of the town ``m`` when the sentence names the
    districts around it ("मुंबई के आसपास के जिलों"); else None."""
    after = [t.text for t in sv.tokens if t.start >= m.end][:4]
    if tuple(after[:3]) != _AROUND or len(after) < 4 or after[3] not in _DISTRICTS:
        return None
    state = state_of_town(m.entity_id)
    code = place_code(f"kb:{state}") if state else None
    return code if code is not None and "-" in code[0] else None

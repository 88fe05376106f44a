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
"""

from __future__ import annotations

from .actor_context import ActorContext
from .actors import place_code
from .clause import SentenceView


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

"""A named ने-agent that yields to a nearer group the glossary knows, marked ने in the act's own clause.

Why a module of its own: :func:`khabar.events.roles.assign_roles` takes the last ने-phrase that
names an entity as the doer, and a group noun the glossary knows ("पड़ोसियों", "विशेषज्ञों") names
no entity, so an earlier clause's named agent stood in for it: "जब महिला चिकित्सकों ने इसका विरोध
किया तो पड़ोसियों ने उन पर हमला कर दिया" made the doctors the attackers (round rv35's recall
audit, AU-2020-ARP-09), and "मोदी ने ट्वीट किया, दुनियाभर के विशेषज्ञों ने … की सलाह दी है" gave
the experts' advice to the Prime Minister. The nearer ने is the act's own doer when nothing
between it and the trigger closes its clause (an auxiliary, a perfect, "कि"): then the named agent
is another verb's, and :func:`khabar.events.agents._glossed_agent` names the group instead.
"""

from __future__ import annotations

from .clause import SentenceView, Unit
from .glossary import names_actor
from .objects import glossed_span

# words that close a clause between a ने-phrase and a later trigger: the ने is then that
# clause's verb's ("सहारनपुर से 20 लोगों ने भी … हिस्सा लिया था और वे सभी … क्वारंटीन"). The
# tense auxiliaries, not the perfect participles, which also stand inside a phrase ("सरकार द्वारा
# उठाए गए कदमों को पूरा समर्थन")
_CLAUSE_ENDS = frozenset(
    {"था", "थे", "थी", "थीं", "है", "हैं", "कि", "।", "?", ";", "जबकि", "लेकिन", "परंतु", "मगर"}
)


def nearer_group_agent(sv: SentenceView, agent: Unit, first: int, marked: set[int]) -> bool:
    """Whether a ने after the named ``agent`` and before the trigger at ``first`` belongs to no
    named phrase (``marked`` holds the ने-tokens of named units), follows a phrase whose head the
    glossary knows as people, a body or a business (:func:`names_actor`), and has no clause end
    (:data:`_CLAUSE_ENDS`) between it and the trigger."""
    toks = sv.tokens
    for k in range(first - 1, agent.marker_end, -1):
        if toks[k].text in _CLAUSE_ENDS:
            return False
        if toks[k].text != "ने" or k in marked:
            continue
        head = glossed_span(sv, agent.marker_end, k - 1, sv.units, frozenset())
        return head is not None and names_actor(sv.text_of(head, k - 1))
    return False

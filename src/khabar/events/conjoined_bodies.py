"""A body named by a common noun and joined to the target before it ("जिलाधिकारी ने नगर निगम एवं
अन्य संबंधित अधिकारियों को … का निर्देश दिया", "नगर निगम और पुलिस अधिकारियों को"): the Hindi
addresses both, so the body before the conjunction is a target too.

The target's own unit is an entity or an actor word ("अधिकारियों"), and the conjunction rules join
entities only, so a conjunct that only the glossary knows ("नगर निगम", municipal corporation) was
left out and the act named "officials" alone, the wrong party of the two (round ev156, issue 13:
the tuning set Uk's municipal corporation told to run a sanitation drive). The conjunct is read
back from the conjunction to the clause's previous postposition, at most :data:`_REACH` words, and
kept only when the glossary reads it as people, a body or a business (:func:`names_actor`); a list
goes on back over its commas while each item is such a party.
"""

from __future__ import annotations

from ..model import Argument
from .arguments import _NP_STOPS, Roles
from .clause import AND_WORDS, SentenceView, is_break
from .glossary import names_actor
from .targets import _AGENT_MARKS

# The conjunctions of two parties (a list of more has commas before: read back one by one), and
# the words of "and other related …" between the conjunction and the target's head.
_AND = AND_WORDS
_OTHER = frozenset({"अन्य", "संबंधित", "सम्बंधित", "संबद्ध", "सभी"})
# Words that open no noun phrase: a genitive postposition (its owner qualifies the whole
# conjunction: "शहर की हर गली और मुहल्ले को" = every lane and neighbourhood of the town) and an
# agent marker, alone or fused with a pronoun ("इसीलिए हमने दोनों मैचों और कंसर्ट को रद्द"). Review
# rv22 (issue 13): the 3-word reach took them into the conjunct's Hindi ("की हर गली", "हमने दोनों
# मैचों") twice on the allowed corpus day files, where the glossary read past them.
_NO_OPENERS = frozenset({"के", "की", "का"}) | _AGENT_MARKS
# Words a common-noun body takes ("नगर निगम", "स्वास्थ्य विभाग", "जिला स्वास्थ्य समिति"); a
# longer run before the conjunction is a clause of its own.
_REACH = 3


def body_before_and(sv: SentenceView, start: int, roles: Roles) -> None:
    """Add the glossary parties joined by a conjunction (and the commas of a list) before the
    clause's single named target, in the order written."""
    named = [a for a in roles.args if a.role == "target" and a.entity_id]
    if len(named) != 1 or len(roles.target) != 1:
        return
    toks = sv.tokens
    k = next((i for i, t in enumerate(toks) if t.start == named[0].start), None)
    if k is None:
        return
    j = k - 1
    while j > start and toks[j].text in _OTHER:
        j -= 1
    if j <= start or toks[j].text not in _AND:
        return
    added: list[Argument] = []
    while (conjunct := _conjunct(sv, start, j - 1, roles)) is not None:
        added.insert(0, conjunct)
        roles.args.append(conjunct)
        j = next((i for i, t in enumerate(toks) if t.start == conjunct.start), 0) - 1
        if j <= start or toks[j].text != ",":
            break  # "स्कूल, सिनेमाघर, थियेटर, नाइट क्लब और म्यूजियम": a list goes back by commas
    roles.target[:0] = [a.entity_id for a in added if a.entity_id]


def _conjunct(sv: SentenceView, start: int, end: int, roles: Roles) -> Argument | None:
    """The party the glossary reads in the words ending at ``end`` (back to a postposition, a
    conjunction, a comma or a clause break, at most :data:`_REACH` words), or None."""
    toks = sv.tokens
    if end < start:
        return None
    first = end
    while (
        first - 1 >= start
        and end - first + 1 < _REACH
        and toks[first - 1].text not in _NP_STOPS
        and toks[first - 1].text not in _AND
        and toks[first - 1].text != ","
        and not is_break(toks, first - 1)
    ):
        first -= 1
    while first < end and toks[first].text in _NO_OPENERS:
        first += 1
    # the longest run ending before the conjunction that the glossary reads as a party
    found = next((f for f in range(first, end + 1) if names_actor(sv.text_of(f, end))), None)
    if found is None or any(a.start < toks[end].end and toks[found].start < a.end for a in roles.args):
        return None
    text = sv.text_of(found, end)
    if f"text:{text}" in roles.target:
        return None
    return Argument("target", text, toks[found].start, toks[end].end, f"text:{text}")

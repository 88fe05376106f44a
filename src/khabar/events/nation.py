"""The whole country addressed by a request: "पूरे देश से … अनुरोध", its people.

Why a module of its own: Hindi addresses a nation's people by the country's name for the whole
("मैं पूरे देश से एहतियाती कदम उठाने का अनुरोध करता हूं", "प्रधानमंत्री ने देश से अपील की कि
…"), as English says "I ask the whole country". Such a phrase
names no actor of its own: the rules that take a request's से-addressee
(:func:`khabar.events.addressees._asked_from`, :func:`khabar.events.targets._object_target`)
found no glossed group there and left the request without a target, though the words address
the public of the speaker's country as plainly as "आप सभी से" or "लोगों से" do. They are read
here as those are: the public of the source's jurisdiction
(:func:`khabar.events.objects.public_addressee`), the words its evidence. Only the country
("देश"), alone or as a whole ("पूरे/सारे देश"); a state's or district's name for the whole ("पूरे
राज्य से") as often means its government, and "देशभर से" says where people came from, so they
are left alone. Issue 13, round ev155: the unseen tuning set Ul's Pakistani speaker's request
had an empty target where the gold names the people of Pakistan.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .arguments import Roles
from .clause import SentenceView, is_break
from .objects import PUBLIC_MODES, public_addressee
from .targets import _AGENT_MARKS

if TYPE_CHECKING:
    from .candidates import Candidate

# "पूरे देश", "सारे देश": the whole of it (both are also `targets._NO_ACTOR_WORDS`)
_WHOLE = frozenset({"पूरे", "सारे"})
_COUNTRY = "देश"
_GENITIVE = frozenset({"की", "के", "का"})
# Words that join another clause between the से-phrase and the request ("… से लोग आए हैं और …")
_CLAUSE_LINKS = frozenset({",", "और", "तथा", "कि", "व"})
# Words after "देश से" that make it where someone goes or comes from ("देश से बाहर जाने", "देश से
# लौटे"), as `addressees._FROM_VERBS` reads a से of origin
_FROM = ("आ", "लौट", "निकल", "भाग", "बाहर", "जा", "गए", "गये", "पहुंच")


def whole_nation(words: Sequence[str]) -> bool:
    """Whether ``words`` (the phrase before a request's "से") are the country as a whole: "देश",
    "पूरे देश", "सारे देश"; not a plural ("देशों"), a state or any other phrase."""
    if not words or words[-1] != _COUNTRY or len(words) > 2:
        return False
    return all(w in _WHOLE for w in words[:-1])


def nation_addressed(sv: SentenceView, cand: Candidate, start: int, roles: Roles) -> None:
    """The public of the speaker's country as the addressee of an appeal, advice or a telling
    that names no one else ("मैं पूरे देश से … अनुरोध करता हूं", "प्रधानमंत्री ने देश से अपील की
    कि …"): the country before a "से" in the request's window, after its agent and with no other
    clause between it and the trigger, not a date's "से" nor one of origin ("देश से बाहर", "देश से
    लौटे"); its words the evidence of the public (:func:`khabar.events.objects.public_addressee`),
    which replaces a public inferred with none."""
    if cand.trig.type != "REQUEST" or cand.trig.mode not in PUBLIC_MODES:
        return
    if any(a.role == "target" for a in roles.args) or roles.pronoun_target:
        return
    toks = sv.tokens
    first = start
    for k in range(first + 1, cand.first):
        if toks[k].text != "से" or k + 1 >= len(toks) or toks[k + 1].text.startswith(_FROM):
            continue
        lead = k - 1
        while lead - 1 >= first and toks[lead - 1].text in _WHOLE:
            lead -= 1
        if not whole_nation(sv.texts[lead:k]) or k - 1 in sv.dated:
            continue
        if any(
            is_break(toks, j) or toks[j].text in _CLAUSE_LINKS for j in range(k + 1, cand.first)
        ):
            continue  # "पूरे देश से लोग आए हैं, प्रशासन ने …": another clause's से
        if any(toks[j].text in _AGENT_MARKS for j in range(k + 1, cand.first)):
            continue  # the addressee stands after the agent ("मोदी ने पूरे देश से")
        if lead - 1 >= first and toks[lead - 1].text in _GENITIVE:
            continue  # "भारत के पूरे देश से" never; "दुनिया के देश से": whose, a phrase of its own
        roles.args[:] = [a for a in roles.args if a.role != "target_inferred"]
        roles.target.clear()
        public_addressee(sv, cand, roles, (lead, k - 1))
        return

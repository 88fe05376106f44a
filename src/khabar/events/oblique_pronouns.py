"""Whom "उन पर" and "इन पर" point back at: the oblique pronoun before a पर-target (issue 13, round ta3).

Why a module of its own: the walk back from a trigger (:func:`khabar.events.targets._object_target`)
keeps a dative pronoun ("उन्हें … क्वारंटाइन किया") or "उसके खिलाफ" as a target argument with no
actor, for :mod:`khabar.events.anaphora` to resolve once the article is read; the oblique plural
before पर ("पड़ोसियों ने उन पर हमला कर दिया", "पुलिस ने उन पर गोलियां बरसा दी", "इन पर लगातार
नजर रखी जा रही है") was read as a noun phrase of nothing ("उन" names nobody) and the act lost its
target. Only the plural and only for acts that fall on people (an attack, watching, a case): "इस
पर"/"उस पर" as often means a matter ("इस पर रोक", "इस पर चर्चा"), and a ban or a closure "on
these" is on things. Round ta1's target audit (#120) and round ta3's count on the allowed corpus
day files (docs/events-rounds.md).

The antecedent may be the subject of the sentence's own first clause, told before a correlative
"तो" whose clause has an agent of its own ("जब महिला चिकित्सकों ने इसका विरोध किया तो पड़ोसियों ने
उन पर हमला कर दिया", "यहां लोगों ने सरकारी आदेश का पालन नहीं किया तो पुलिस ने उन पर गोलियां
बरसा दी"): :func:`then_clause` says where that first clause ends, and the anaphora module then
reads its ने-agent as a candidate, which it otherwise never takes in the pronoun's own sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .clause import SentenceView

if TYPE_CHECKING:
    from .arguments import Roles
    from .candidates import Candidate

# The oblique plural pronouns, before a postposition.
OBLIQUE_PLURAL = frozenset({"उन", "इन"})
# Acts that fall on people when their पर-phrase is a pronoun: every attack, and the measures
# that watch or charge people ("इन पर नजर", "उन पर मुकदमा").
_ON_PEOPLE_MODES = frozenset({"surveillance", "charge"})


def oblique_pronoun_target(
    sv: SentenceView, cand: Candidate, k: int, start: int, marks: set[str], roles: Roles
) -> bool:
    """Whether the पर at token ``k`` follows "उन"/"इन" and marks the target of an act on
    people; if so the pronoun is kept as the target argument (no actor yet), as a dative
    pronoun is."""
    toks = sv.tokens
    if toks[k].text != "पर" or "पर" not in marks or k - 1 < start:
        return False
    if toks[k - 1].text not in OBLIQUE_PLURAL:
        return False
    if cand.trig.type != "ASSAULT" and cand.trig.mode not in _ON_PEOPLE_MODES:
        return False
    pron = toks[k - 1]
    roles.args.append(Argument("target", pron.text, pron.start, pron.end, None))
    return True


def then_clause(sv: SentenceView, before: int) -> int | None:
    """The character offset where a correlative "तो" stands before offset ``before`` when the
    clauses on both sides of it have a ने-agent of their own ("जब X ने … तो Y ने उन पर …"):
    the people of the first clause may be whom the pronoun means; None otherwise."""
    toks = [t for t in sv.tokens if t.end <= before]
    then = next((i for i in range(len(toks) - 1, -1, -1) if toks[i].text == "तो"), None)
    if then is None:
        return None
    if not any(t.text == "ने" for t in toks[:then]) or not any(
        t.text == "ने" for t in toks[then + 1 :]
    ):
        return None
    return toks[then].start

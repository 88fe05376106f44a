"""Whom a speaker urges when the urged clause's subject does not open it.

Why a module of its own: :func:`khabar.events.speakers._urges` reads whom "X ने कहा कि …
<polite imperative>" urges from the words right after कि (a को-phrase, an actor unit, or a phrase
the glossary names as people: :func:`khabar.events.addressees.urged_subject`). Hindi often puts
something before that subject: a clause of its own ahead of a comma ("… कहा कि जनता कर्फ्यू वक्त
की जरूरत है, लोग इसमें शामिल हों"), adverbials ("… कहा कि छूट के दौरान भी लोग सोशल
डिस्टेंसिंग का पालन करें", "… कहा कि बुधवार को हाईकोर्ट के खुले रहने के बावजूद अधिवक्ता …
पालन करें"), or modifiers joined by "और" ("… कहा कि सभी प्राइवेट और मल्टीनैशनल कंपनियां अपने
कर्मचारियों को … अनुमति दें"). Round rv29 (issue 13, a precision and field audit of 100 random
events over the 280 allowed corpus day files): 3 of the 30 wrong targets were addressees of such
a clause left out, and of the 43 REQUEST events of those files with a "कहा/बताया कि" clause and no
target, about ten named the urged party in it this way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Argument
from .addressees import _MARKED_AFTER, _PASSIVE_WISH
from .arguments import Roles, add_role
from .clause import AND_WORDS, PARTICLES, SentenceView, is_break, is_place, unit_actors
from .gloss import gloss, names_people
from .glossary import modifier
from .objects import public_addressee

if TYPE_CHECKING:
    from .candidates import Candidate

# Punctuation that closes a clause of its own inside the urged speech: the urged subject belongs to
# the clause of the imperative, after the last of them
_CLAUSE_MARKS = frozenset({",", ";", ":"})
# Words that close an adverbial right before the subject ("… के दौरान भी लोग", "… में अधिकारी",
# "… के बावजूद अधिवक्ता"): the subject may follow one of them
_ADVERBIAL_ENDS = frozenset({"में", "भी", "दौरान", "बावजूद", "लिए", "बाद", "तक", "पर", "से"})
# A condition, a relative or a consequence inside the clause: its subject is not necessarily the
# urged party ("अगर … तो डॉक्टर …", "जिन्हें … वे …", "जब सरकारें … कदम उठायें")
_NOT_URGED = frozenset(
    {"अगर", "यदि", "जब", "तो", "जो", "जिन", "जिस", "जिन्हें", "जिनके", "जिनकी", "जिनका", "जहां", "जहाँ"}
)
_REACH = 6  # words of a subject phrase: "सभी सरकारी और निजी अस्पतालों के डॉक्टर"


def _opens(sv: SentenceView, j: int, start: int) -> bool:
    """Token ``j`` may open the subject: the clause's first word, or the word after an adverbial's
    end or after a date ("बुधवार को")."""
    if j == start:
        return True
    prev = sv.tokens[j - 1]
    if prev.text in _ADVERBIAL_ENDS:
        return True
    return prev.text == "को" and any(tx.end == prev.end for tx in sv.timexes)


def _lead(sv: SentenceView, first: int, start: int) -> int:
    """The first word of the phrase a unit heads: back over modifiers and the "और" that joins two
    of them ("सभी प्राइवेट और मल्टीनैशनल कंपनियां": the word after "और" joined to a modifier is one
    too, by the parallel, though the glossary lacks it)."""
    toks = sv.tokens
    lead = first
    while lead - 1 >= start:
        word = toks[lead - 1].text
        if modifier(word):
            lead -= 1
        elif word in AND_WORDS and lead - 2 >= start and modifier(toks[lead - 2].text):
            lead -= 2
        elif (
            lead - 3 >= start
            and toks[lead - 2].text in AND_WORDS
            and modifier(toks[lead - 3].text)
            and any(c.isalpha() for c in word)
        ):
            lead -= 3
        else:
            break
    return lead


def subject_in_clause(sv: SentenceView, cand: Candidate, k: int, roles: Roles) -> bool:
    """Add to ``roles`` as its target the unmarked subject of the urged clause after token ``k``
    (the कि or the quote's opening) when the subject does not open the clause (see the module
    docstring): in the imperative's own clause (after the last comma), the first actor unit with
    no postposition that is no place and no pronoun, or the first phrase the glossary names as
    people, that opens the clause or follows an adverbial; True when one was added."""
    toks = sv.tokens
    end = len(toks)
    while end > k + 1 and not any(c.isalnum() for c in toks[end - 1].text):
        end -= 1
    start = k + 1
    for j in range(k + 1, end):
        if toks[j].text in _CLAUSE_MARKS:
            start = j + 1
    words = {t.text for t in toks[start:end]}
    if start >= end - 1 or words & (_NOT_URGED | _PASSIVE_WISH):
        return False  # (a passive wish, "… अधिकारी तैनात कर … सुनिश्चित किया जाये", names no doer)
    units = {u.first: u for u in sv.units}
    for j in range(start, end - 1):
        if is_break(toks, j):
            return False
        unit = units.get(j)
        if (
            unit is not None
            and unit.marker is None
            and unit.last + 1 < end
            and toks[unit.last + 1].text not in _MARKED_AFTER
            and not unit.anaphor
            and not is_place(unit)
            and unit_actors(unit)
            and _opens(sv, _lead(sv, j, start), start)
        ):
            add_role(roles, "target", unit, sv, unit_actors(unit))
            return True
        if not _opens(sv, j, start) or toks[j].text in PARTICLES | _ADVERBIAL_ENDS:
            continue
        best = None
        for e in range(j, min(j + _REACH, end - 1)):
            if toks[e].text in _MARKED_AFTER or is_break(toks, e):
                break
            if toks[e + 1].text in _MARKED_AFTER:
                continue
            if names_people(sv.text_of(j, e)) and gloss(sv.text_of(j, e)):
                best = e
        if best is None:
            continue
        text = sv.text_of(j, best)
        if gloss(text) in {"people", "everyone"}:
            public_addressee(sv, cand, roles, (j, best))
            return True
        ident = f"text:{text}"
        roles.args.append(Argument("target", text, toks[j].start, toks[best].end, ident))
        roles.target.append(ident)
        return True
    return False

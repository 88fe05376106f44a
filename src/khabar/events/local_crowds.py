"""People of the story's town as an act's doer: "पुलिस की टीम पर लोगों ने पथराव कर दिया" in a
town's report is done by people there, not by the public of the whole country.

Why: the actor dictionary codes a bare "लोगों"/"नागरिकों" as the home country's public (its
default place), and the glossary calls a bare "नागरिक" citizens. As a target that is often right
(a prime minister's appeal "लोगों से" addresses the country; :mod:`.naming` already gives a town's
authority its residents), but a crowd that beats two men or demands spraying in a town's report
acts where the report is: the tuning set Vf's Gorakhpur report codes its "नागरिक … छिड़काव की मांग
कर रहे हैं" as "residents of Gorakhpur", as the dev gold names a town's people ("residents of
Noida"). Only the bare word is read so (the people are not said to be anyone else's,
:func:`_bare`), and only where the story has a town of its own (:func:`_town`: its dateline's, or
one the crowd's own paragraph names).

Issue 13, round sa10: on the 280 allowed corpus day files, 12 sources were a bare crowd with the
country's public or a bare gloss as their English ("public of India" 10); see
docs/events-rounds.md for those this renames and how many were right.
"""

from __future__ import annotations

from ..model import Argument
from .actor_context import ActorContext
from .glossary import _TOKEN, _words
from .jurisdictions import _home_public, public_of
from .roles import Roles

# The bare people words a crowd is written with ("लोगों ने", "नागरिक … मांग कर रहे हैं"); a word of
# its own before them says whose or which they are ("62.5 फीसदी लोगों", "जवाब देने वाले लोगों",
# "स्विस नागरिकों") and leaves them as they are.
_PEOPLE = frozenset({"लोगों", "लोग", "नागरिकों", "नागरिक"})
# What may stand right before a bare crowd: a case marker or conjunction ending the phrase before
# ("टीम पर लोगों ने", "संख्या से नागरिक"), a sentence's end. Not "हम" ("हम लोगों": the speaker's
# own body) nor a quantifier ("सभी लोगों": everyone), which say the people are not a crowd there.
_BEFORE_A_CROWD = frozenset({"ने", "से", "को", "में", "पर", "और", "तो", "कि", ",", "।", "."})
# The English a ``text:`` phrase of a bare crowd has here: none yet (the glossary's "citizens"
# comes when the actors are named), or the glossary's (the dictionary's public of the home
# country, :func:`.jurisdictions._home_public`, has its English from its id).
_UNNAMED = frozenset({None, "people", "citizens"})


def _bare(arg: Argument, text: str) -> bool:
    """Whether ``arg`` is a crowd written with a bare people word, nothing of its own before it."""
    words = _words(arg.text)
    if not words or not set(words) <= _PEOPLE:
        return False
    before = text[max(0, arg.start - 24) : arg.start].rstrip()
    if not before:
        return True
    if before[-1] in "।.":
        return True  # the sentence's first words ("लोगों ने दोनों की जमकर पिटाई की")
    tokens = _TOKEN.findall(before)
    return bool(tokens) and tokens[-1] in _BEFORE_A_CROWD


def local_crowd(roles: Roles, actors: ActorContext, text: str) -> None:
    """Name a source of ``roles`` that is a bare crowd ("लोगों ने", "नागरिक") the public of the
    story's town (:func:`_town`; :func:`.jurisdictions.public_of`: a town's residents) where it
    had the country's public or a bare gloss; its id, code and Hindi words stay (the argument
    keeps its offsets). Nothing changes where the story has no town of its own."""
    town = _town(actors)
    if town is None:
        return
    for arg in roles.args:
        if arg.role != "source" or not _bare(arg, text):
            continue
        ident = arg.entity_id or ""
        public = ident == _home_public() and arg.en in (None, ident.removeprefix("actor:"))
        if public or (ident.startswith("text:") and arg.en in _UNNAMED):
            arg.en = public_of(town[1])


def _town(actors: ActorContext) -> tuple[str, str] | None:
    """The town a crowd of the story is in: the report's credit dateline's or its first
    dateline's, else the town last named in the crowd's own paragraph. Not a town an earlier
    paragraph named: a live blog's item about Mumbai's airport does not place "लोग … योगदान दे रहे
    हैं" of the next item, the people giving to a national fund (AU-2020-MAR-29.txt)."""
    town = actors.dateline_town or actors.home_town
    if town is None and actors.locality_at >= actors.paragraph_at >= 0:
        town = actors.locality
    return town

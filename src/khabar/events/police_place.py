"""Which police a bare "पुलिस" is, when its sentence names no town before it (round ev174).

A police word with no place of its own was the police of the town the article named last, else
of its dateline, else of the state it named (:func:`.actor_place._code`). Round ev171 left the
bare police of reports where that town is not where the police act; listing every police source
on the 280 allowed corpus day files and reading them found three recurring kinds, each fixed here
in the general form the Hindi gives:

* the article named a force with its place ("दिल्ली पुलिस ने जानकारी दी है कि … । पुलिस जल्द ही
  लोगों को मस्जिद से निकालेगी", "दिल्ली पुलिस की हिदायत थी कि … । … पुलिस ने केस दर्ज कर लिया"):
  the later bare police are that force while no town is named since (they were the police of
  nowhere, or of the dateline's town);
* a paragraph about one foreign country, no home place named since ("… छूट के बाद पूरे स्‍पेन में
  … बच्‍चों ने … खुली हवा में सांस ली । … पुलिस ने … तोड़ने वालों को रोका"): that country's
  police, as a bare "सरकार" there is its government (round ev63); they were India's "police";
* a state named as the seat of the story after the town, the town outside that state ("दिल्ली
  स्थित मरकज से हिमाचल समेत देशभर में गए लोगों … । हिमाचल में ही … । … मामले दर्ज किए
  जाएंगे"): the state's police, not the police of the town named only as where something lies.

Why a module of its own: :mod:`.coding` keeps the scan and :mod:`.actor_place` the chain of
rules for one hit; this is the one question of which force, asked before that chain runs.
"""

from __future__ import annotations

from .actor_context import ActorContext, _home_here
from .actors import ActorDictionary, ActorWord, place_code

# The English pattern of the dictionary's force word ("पुलिस", "पुलिसकर्मी", "पुलिस प्रशासन"):
# the one whose named place a later bare mention goes on with. Not an officer's title (SHO, SP,
# commissioner: a person of the force), not a station ("थाना": one station of the town)
_FORCE = "{place} Police"


def is_force(word: ActorWord) -> bool:
    """Whether the dictionary word is the police force word of a place."""
    return word.sector == "COP" and word.en == _FORCE


def note_force(ctx: ActorContext | None, word: ActorWord, code: str, name: str, at: int) -> None:
    """Remember a force named with its place ("दिल्ली पुलिस", "स्पेन की पुलिस") at offset ``at``:
    a later bare police word is that force while no town is named since."""
    if ctx is None or not is_force(word):
        return
    place = code.split()[0]
    ctx.police_named = ((place, name.removesuffix(" Police")), at)


def police_place(
    word: ActorWord,
    ctx: ActorContext | None,
    lex: ActorDictionary,
    local: tuple[str, str] | None,
    near: bool,
    before: list[str] | None = None,
) -> tuple[str, str] | None:
    """The place whose police the bare police word ``word`` is: ``local`` (the town of its
    sentence, ``near``, or the one the article named last or its dateline's) unless the article
    says otherwise in one of the three ways the module names. ``before``: the two words
    written before it; a word there that is no function word ("न्यू साउथ वेल्स पुलिस फोर्स", a
    place the KB lacks) names a force of its own, left to the chain as it was."""
    if not is_force(word) or ctx is None or near or not _bare_before(before or []):
        return local
    return bare_force(ctx, lex, local)


# "स्थानीय पुलिस": the local police of where the story is (a foreign report's are that country's)
_LOCAL = frozenset({"स्थानीय"})
# The first word of a compound postposition ("के खिलाफ पुलिस ने", "के बाद पुलिस", "की ओर से")
_COMPOUND = frozenset({"के", "की", "का"})


def _bare_before(before: list[str]) -> bool:
    """Whether the words ``before`` a force word leave it bare: nothing, a function word or a
    mark right before it, "स्थानीय", or a compound postposition ("के खिलाफ")."""
    from ..clean.cues import HINDI_STOPWORDS

    if not before:
        return True
    last = before[-1]
    if last in HINDI_STOPWORDS or last in _LOCAL or not any(c.isalpha() for c in last):
        return True
    return len(before) == 2 and before[0] in _COMPOUND


def bare_force(
    ctx: ActorContext, lex: ActorDictionary, local: tuple[str, str] | None
) -> tuple[str, str] | None:
    """The place whose police act where a sentence names none: ``local`` (the town the article
    named last, or its dateline's) unless the paragraph is abroad, a force was named since, or
    a state was named since as the story's seat with the town outside it. Also asked for an
    agentless police act (:func:`.issuer.authority`)."""
    if ctx.abroad is not None and ctx.abroad_at >= ctx.paragraph_at and not _home_here(ctx, lex):
        return ctx.abroad  # "… पूरे स्‍पेन में … । … पुलिस ने … रोका": Spain's police
    named = ctx.police_named
    if named is not None and named[1] >= ctx.locality_at:
        return named[0]  # "दिल्ली पुलिस ने … । पुलिस जल्द ही …": the force named, no town since
    state = ctx.state
    if (
        local is not None
        and state is not None
        and "-" in state[0]
        and ctx.state_seat
        and ctx.state_at > ctx.locality_at >= 0
        and ctx.locality_state is not None
        and (seat := place_code(f"kb:{ctx.locality_state}")) is not None
        and seat[0] != state[0]
        and local[0] != state[0]
    ):
        return state  # "दिल्ली स्थित मरकज … । हिमाचल में ही … । … मामले दर्ज": Himachal's
    return local

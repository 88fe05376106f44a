"""The place of an agentless measure's own clause, before a place of another clause of its
sentence: "महाराष्ट्र के सिद्धि विनायक मंदिर श्रद्धालुओं के लिए बंद, उज्जैन में भस्मआरती में
श्रद्धालुओं के शामिल होने पर रोक लगाई गई" bans the Ujjain ritual in Ujjain, not in Maharashtra.

Why a module of its own (round src8, issue 13: sources defaulted to the wrong government):
:func:`khabar.events.issuer.authority` takes the first place the sentence names whose authority
may act, in the order written. A round-up sentence of two measures joined by a comma (or by
"वहीं", "जबकि") names the first measure's place first, and the second measure took it. Here the
units of the sentence are ordered so that those of the measure's own clause come first; the
sentence's other places stay behind them, for a clause that names none. A comma inside a list of
places ("मुंबई, ठाणे, पुणे में …") is no clause boundary: the word before it must not be a place.
"""

from __future__ import annotations

from .clause import SentenceView, Unit, is_break

# The tokens that end one measure's clause in a round-up sentence besides the clause breaks of
# :data:`khabar.events.clause.CLAUSE_BREAKS`: a comma, and the "while" of a second thread
_COMMAS = frozenset({",", "，"})
_THREADS = frozenset({"वहीं", "वहीँ"})
_PLACE_TYPES = frozenset({"COUNTRY", "REGION", "CITY"})
_WHERE = "में"


def _boundary(sv: SentenceView, k: int, place_ends: frozenset[int]) -> bool:
    """Whether token ``k`` closes a clause: a clause break, a "वहीं", or a comma that does not
    follow a place (a list's comma)."""
    text = sv.tokens[k].text
    if text in _COMMAS:
        return k - 1 not in place_ends
    return text in _THREADS or is_break(sv.tokens, k)


def own_clause_first(sv: SentenceView, at: int) -> list[Unit]:
    """``sv.units`` with the units of the clause holding token ``at`` (the measure's trigger)
    first, when that clause names a place (a country, region or city) and another clause of the
    sentence names one before it; else ``sv.units`` unchanged, in order."""
    units = sv.units
    placed = [u for u in units if any(m.type in _PLACE_TYPES for m in u.mentions)]
    if len(placed) < 2 or not 0 <= at < len(sv.tokens):
        return units
    place_ends = frozenset(u.last for u in placed)
    start = next((k + 1 for k in range(at - 1, -1, -1) if _boundary(sv, k, place_ends)), 0)
    end = next(
        (k for k in range(at + 1, len(sv.tokens)) if _boundary(sv, k, place_ends)),
        len(sv.tokens),
    )
    toks = sv.tokens
    if start == 0 or toks[start - 1].text not in _COMMAS:
        return units  # only a comma joins two measures of a round-up (not "लेकिन", "जबकि")
    opener = next((u for u in placed if u.first == start), None)
    if opener is None or opener.last + 1 >= len(toks) or toks[opener.last + 1].text != _WHERE:
        return units  # the clause opens with its own place: "…, उज्जैन में … रोक लगाई गई"
    own = [u for u in units if start <= u.first and u.last < end]
    mine = {id(u) for u in own}
    if not any(id(u) in mine for u in placed) or not any(u.last < start for u in placed):
        return units
    return own + [u for u in units if id(u) not in mine]

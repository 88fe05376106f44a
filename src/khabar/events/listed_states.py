"""Each of several states named as where an agentless measure was taken issues it.

Why a module of its own: :func:`khabar.events.issuer.authority` reads the first place a sentence
names as the jurisdiction of a measure whose issuer it does not name, and gives its government.
Where the sentence lists two or more states as the places of one measure ("पंजाब और महाराष्ट्र में
कर्फ्यू लगा दिया गया", "दिल्ली के स्कूल, कॉलेज व सिनेमाघर और उत्तराखंड व जम्मू-कश्मीर में सभी
स्कूल 31 मार्च तक बंद कर दिए गए हैं"), each state closed its own (a state's schools, a curfew in a
state are its government's act), so the one first named is part of the answer: the tuning pool
X's gold names all three governments of the second sentence, as its coders name each state of a
list that acts in so many words (seven state governments for "राजस्थान, पंजाब, … और बिहार ने …
लॉक डाउन की घोषणा की है"). Round src7 (issue 13): the construction stands three times among the
2,824 events of the 280 allowed corpus day files (the third "वाशिंगटन और फ्लोरिडा में इमरजेंसी
लागू की गई थी", two US states), each given one state's government at main.

Only the states (and the NCT, as "दिल्ली" names it) written before the measure's trigger in its
own clause, marked "में" (where) or, for a closure, a genitive (whose schools), none of them
where people came from, a place one of a larger set ("दिल्ली सहित …") or a dateline; and only
where the guessed issuer is the government of one of them, so that an issuer found another way
(a metro's operator, the railways, a district) stays.
"""

from __future__ import annotations

from .actors import place_code, territory_of_city
from .clause import SentenceView, Unit, is_break
from .places import is_state, origin_places

# A state's genitive before what a closure shuts ("दिल्ली के स्कूल … बंद"): its own; for other
# measures a genitive is as often whose people they are ("महाराष्ट्र के मजदूरों को …")
_CLOSING = frozenset({"close"})
_WHERE = frozenset({"में"})
_WHOSE = frozenset({"के", "की", "का"})
# "X सहित", "X समेत": one of a larger set (as :func:`khabar.events.issuer._among` reads it)
_INCLUDING = frozenset({"सहित", "समेत"})
# How far into a sentence a dateline may end ("रांची / …"), as :mod:`khabar.events.issuer` reads
_DATELINE = 4
# The fewest states that make a list
_LIST = 2


def _state_of(unit: Unit, came_from: set[int]) -> list[tuple[str, str]]:
    """(code, name) of each state, or the NCT, the unit names; [] where any of its KB places is
    another place or a place people came from."""
    out: list[tuple[str, str]] = []
    for m in unit.mentions:
        if not (m.entity_id or "").startswith("kb:"):
            continue  # a word the tagger took for a place the KB lacks ("… व सिनेमाघर और …")
        placed = place_code(m.entity_id)
        if placed is None or m.start in came_from:
            return []
        if is_state(m):
            out.append(placed)
        elif m.type == "CITY" and (whole := territory_of_city(placed)) is not None:
            out.append(whole)  # "दिल्ली": the NCT, a government of its own
        else:
            return []
    return out


def listed_state_governments(
    sv: SentenceView, first: int, mode: str, issuer: tuple[str, str, str]
) -> list[tuple[str, str, str]] | None:
    """(id, code, name) of the government of each state the measure's clause lists before its
    trigger (token ``first``) as where it was taken, in the order written, when there are at
    least two and the guessed ``issuer`` is the government of one of them; else None."""
    code = issuer[1].split()
    if len(code) != 2 or code[1] != "GOV" or "-" not in code[0]:
        return None
    toks = sv.tokens
    start = first
    while start > 0 and not is_break(toks, start - 1):
        start -= 1
    came_from = origin_places(toks, [m for u in sv.units for m in u.mentions])
    marks = _WHERE | _WHOSE if mode in _CLOSING else _WHERE
    states: list[tuple[str, str]] = []
    for u in sv.units:
        if u.first < start or u.last >= first or not u.mentions or u.marker not in marks:
            continue
        if u.last + 1 < len(toks) and toks[u.last + 1].text in _INCLUDING:
            return None
        if u.first < _DATELINE and u.last + 1 < len(toks) and toks[u.last + 1].text in {":", "/"}:
            continue
        for placed in _state_of(u, came_from):
            if placed not in states:
                states.append(placed)
    if len(states) < _LIST or code[0] not in {s[0] for s in states}:
        return None
    out = []
    for place, name in states:
        gov = f"Government of {name}"
        out.append((f"actor:{gov}", f"{place} GOV", gov))
    return out

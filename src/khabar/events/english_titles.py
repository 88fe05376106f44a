"""A formal title whose country follows "of": "President of the Russian Federation Vladimir
Putin", "Prime Minister of India Narendra Modi", "Emir of Qatar Sheikh Tamim".

Round en17 (issue 13). A Kremlin or foreign-ministry readout, and the agencies that carry it,
give each leader the full title of the office, the country after "of" and right before the name.
"US President Donald Trump" already lost its country chunk (english._drop_title_countries) and
"Xi and Russian President Putin" kept its conjuncts (english_chunks._group); the "of" form did
neither, so "President of the Russian Federation Vladimir Putin and President of the People's
Republic of China Xi Jinping held talks via videoconference" had Xi alone as its source, and the
countries stood as actors of their own. Read on the round's blind Kremlin readout
(tests/test_events_english_wire_en17.py); the form is in 5 NGEC synthetic stories ("President
of Ukraine Petro Poroshenko", "President of Finland Olli Rehn", "Emir of Qatar Sheikh Hamad").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .english_chunks import _Chunk

Tok = tuple[int, int, str]

# Offices written "<Office> of <country>"; "Secretary of State" or "Minister of the Interior"
# name no country (the word after "of" is no COUNTRY mention), so no list of ministries is needed
OF_TITLES = frozenset({"president", "minister", "premier", "chancellor", "king", "emir",
                       "sultan", "leader"})


# the words of a bare title, which names no actor of its own ("Federal Chancellor", "Prime
# Minister"); a country's adjective before it makes it one (NGEC: "met with Venezuelan President
# of the Bolivarian Republic Hugo Chavez" lost its second party when the chunk was dropped)
_BARE = OF_TITLES | {"prime", "federal", "vice", "deputy", "crown"}


def of_title_country(toks: Sequence[Tok], first: int, last: int, person_first: int) -> bool:
    """Whether the country chunk at tokens ``first``-``last`` closes a capitalised title's "of"
    phrase right before the person chunk at ``person_first`` ("President of the Russian
    Federation Vladimir Putin"): the country is the title's, not an actor."""
    k = first - 1
    if k >= 0 and toks[k][2].lower() == "the":
        k -= 1
    return (last + 1 == person_first and k >= 1 and toks[k][2] == "of"
            and toks[k - 1][2].lower() in OF_TITLES and toks[k - 1][2][:1].isupper())


def of_title_between(between: Sequence[str]) -> bool:
    """Whether the words between two conjoined names hold a capitalised title with its "of"
    ("and President of the People's Republic of China"): the "of" breaks no group."""
    return any(w.lower() in OF_TITLES and w[:1].isupper() for w in between)


def title_of_person(title: _Chunk, named: Sequence[_Chunk], toks: Sequence[Tok]) -> bool:
    """Whether the light chunk ``title`` ("President", "Prime Minister") opens such a title of the
    next named chunk, a person ("President of the People's Republic of China Xi Jinping"): the
    office of the name after it, no unnamed actor beside it (it broke the names' "and" group)."""
    after = [n for n in named if n.first > title.last]
    words = [t[2] for t in toks[title.first : title.last + 1]]
    if title.entity is not None or not after or not (
            words[-1].lower() in OF_TITLES and all(
                w[:1].isupper() and w.lower() in _BARE for w in words)):
        return False  # "Venezuelan President of the Bolivarian Republic": the adjective's actor
    nxt = min(after, key=lambda n: n.first)
    between = [t[2] for t in toks[title.last + 1 : nxt.first]]
    return (len(between) >= 2 and between[0] == "of" and "person" in (nxt.entity or "")
            and all(w in {"of", "the"} or w[:1].isupper() for w in between[1:]))

"""The caller after "from" of a call received: "Xi later took a telephone call from U.S.
President Donald Trump", "Modi received a phone call from his French counterpart Emmanuel
Macron".

Round en18 (issue 13). A call verb's partner was read after "with" ("spoke with Trump by
phone") or right after the verb ("phoned Trump"); a call the subject received names the caller
after "from", and the call came out with its subject alone (a one-person call that merges with
nothing). Only a person counts: "a phone call from Delhi" names where the call came from, not
who made it. Read on the round's blind correction story (tests/test_events_english_wire_en18.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .english_chunks import _Chunk

Tok = tuple[int, int, str]
_PERSON = ("kb:person/", "name:person:")
# the call noun after a call trigger's word ("telephone call from", "phone calls from")
_CALL_NOUNS = frozenset({"call", "calls"})
# words that may stand between "from" and the caller's name as a title does (closed classes:
# "from his French counterpart Emmanuel Macron", "from the U.S. President")
_BEFORE_NAME = frozenset({"his", "her", "their", "the", "counterpart", "."})


def caller_from(toks: Sequence[Tok], chunks: Sequence[_Chunk], last: int,
                limit: int) -> list[_Chunk]:
    """The person named after "from" right after a call trigger ending at token ``last`` (an
    optional call noun between), titles between allowed; else no one."""
    k = last + 1
    if k < limit and toks[k][2].lower() in _CALL_NOUNS:
        k += 1
    if k >= limit or toks[k][2].lower() != "from":
        return []
    for c in chunks:
        if c.first <= k or c.first >= limit:
            continue
        between = toks[k + 1 : c.first]
        if not all(t[2][:1].isupper() or t[2].lower() in _BEFORE_NAME for t in between):
            return []
        return [c] if (c.entity or "").startswith(_PERSON) else []
    return []

"""A coordinated clause whose subject names the sentence's subject again: "Putin accepted Xi's
invitation to visit China in the first half of the year, he said, and Putin will also attend the
APEC summit in Shenzhen in November".

Round en17 (issue 13). Rounds en13-en16 read the second act after "and" + the subject's pronoun
+ a modal (", and he will also attend"); a live blog or an agency's copy repeats the name
instead, and the act after it was lost (and its November dated the acceptance). The name counts
only when it is the sentence's first named person, the one the first act is told of, so
"Modi accepted ..., and Kishida will attend the summit" (another subject) stays unread. Read
on the round's blind live blog (tests/test_events_english_wire_en17.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .english_chunks import _Chunk

Tok = tuple[int, int, str]
_PERSON = ("kb:person/", "name:person:")


def named_again(toks: Sequence[Tok], chunks: Sequence[_Chunk], k: int,
                modals: frozenset[str]) -> int | None:
    """The last token of the name right after the "and" at token ``k`` when it names the
    sentence's first named person again and a modal follows it ("and Putin will"); else None."""
    people = [c for c in chunks if (c.entity or "").startswith(_PERSON)]
    again = next((c for c in people if c.first == k + 1), None)
    if again is None or people[0].last >= k or people[0].entity != again.entity:
        return None
    after = again.last + 1
    return again.last if after < len(toks) - 2 and toks[after][2].lower() in modals else None

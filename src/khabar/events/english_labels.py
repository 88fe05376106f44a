"""A factbox bullet's label is no actor: "* WHAT: The talks were held in Berlin on Monday".

Round en18 (issue 13). A wire factbox opens each bullet with a capitals label and a colon
("* WHAT:", "* WHEN:", "* NEXT:"); the label, a capitalised word the KB does not know, was read as
a text actor and became the subject of the bullet's act ("text:WHAT" held talks). Only an
all-capitals word of the sentence's opening (after bullet marks) right before a colon, and only as
a text actor: a KB name before a colon ("UN: ...") stays as it was. Read on the round's blind
factbox (tests/test_events_english_wire_en18.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .english_chunks import _Chunk

Tok = tuple[int, int, str]
_BULLETS = frozenset({"*", "-", "•", "–", "—"})


def label_at(toks: Sequence[Tok]) -> int | None:
    """The token of a bullet's capitals label ("WHEN" in "* WHEN: ..."), else None."""
    k = 0
    while k < len(toks) and toks[k][2] in _BULLETS:
        k += 1
    if k + 1 < len(toks) and toks[k + 1][2] == ":" and toks[k][2].isalpha() and (
        toks[k][2].isupper() and len(toks[k][2]) > 1
    ):
        return k
    return None


def without_label(toks: Sequence[Tok], chunks: list[_Chunk], k: int) -> list[_Chunk]:
    """``chunks`` less the text actor on the label at token ``k``."""
    return [c for c in chunks if not (c.first <= k <= c.last
                                      and (c.entity or "text:").startswith("text:"))]

"""Bracketed Latin-script glosses after a Hindi word, dropped before the events rules read a
sentence. Kept apart from :mod:`khabar.events.clause` (the sentence view that calls it) because
it is one outlet habit with its own offsets bookkeeping, and clause.py was at the 900-line limit.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable

from ..wordtokens import Token

_TEXT = operator.attrgetter("text")  # a token's text, read in C

# The longest bracketed gloss dropped, in tokens inside the brackets.
_GLOSS_REACH = 7
_LATIN = re.compile(r"[A-Za-z0-9.&-]+")


def drop_glosses(
    tokens: list[Token], named: Iterable[int] = ()
) -> tuple[list[Token], list[tuple[int, int]]]:
    """The tokens without bracketed Latin-script glosses after a Hindi word, and the dropped
    (start, end) spans. Some outlets gloss a keyword for search engines ("लॉकडाउन (Lockdown in
    india) बढ़ा दिया", "रेड जोन (red zone) घोषित किया": NT-2020 and PK-2020 files of
    corpus/hindi-covid-2020); the gloss repeats the word, and left in it parts a noun from its
    light verb. Offsets still point into the original text; a Hindi aside in brackets stays, and
    so does a gloss where a person or organisation mention starts (``named``: "भारतीय उद्योग
    परिसंघ (CII) ने": the acronym may be the only linked name of the agent)."""
    if "(" not in map(_TEXT, tokens):  # read in C (round sc50)
        return list(tokens), []  # no bracket (most sentences): nothing to drop
    starts = sorted(named)
    out: list[Token] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.text == "(" and out and not _LATIN.fullmatch(out[-1].text):
            k = i + 1
            while k < min(len(tokens), i + 1 + _GLOSS_REACH) and _LATIN.fullmatch(tokens[k].text):
                k += 1
            end = tokens[k].end if k < len(tokens) else -1
            if (
                k > i + 1
                and end > 0
                and tokens[k].text == ")"
                and not _any_in(starts, tok.start, end)
            ):
                spans.append((tok.start, end))
                i = k + 1
                continue
        out.append(tok)
        i += 1
    return out, spans


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    """Whether any of the sorted offsets lies in [lo, hi)."""
    at = bisect.bisect_left(starts, lo)
    return at < len(starts) and starts[at] < hi

"""Characters of each class counted per span, from one array of per-character classes.

Why: clean (script letters of new lines, ``clean.lines``) and lang (script letters of an
article's blocks, ``lang.langid.script_counts``) each read every character's class from a table
once and then need, for many spans, how many characters of each class they hold (round sp1,
issue 16). Running sums per class answer every span in one step; this is that step, shared.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def per_span(
    kinds: np.ndarray, spans: Sequence[tuple[int, int]], low: int
) -> list[tuple[int, int, int]]:
    """For each span (offsets into the text, ``kinds`` starting at offset ``low``), how many of
    its characters have class 1, 2 and 3 (class 0 is not counted)."""
    import numpy as np

    at = [x - low for span in spans for x in span]
    per_kind: list[list[int]] = []
    for kind, found in enumerate(np.bincount(kinds, minlength=4).tolist()):
        if kind == 0:
            continue
        if not found:  # many texts hold no Latin letter, most no Arabic one
            per_kind.append([0] * len(at))
            continue
        running = np.zeros(len(kinds) + 1, dtype=np.int64)
        np.cumsum(kinds == kind, out=running[1:])
        per_kind.append(running[at].tolist())
    first, second, third = per_kind
    return [
        (first[k + 1] - first[k], second[k + 1] - second[k], third[k + 1] - third[k])
        for k in range(0, len(at), 2)
    ]

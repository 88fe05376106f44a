"""A list of items under a prose intro ("Key dates ahead:" then "- Feb 4: Xi and Putin hold
video talks"): the intro and its items are body, not page furniture.

Round en11 (issue 13). A timeline report tells its story as a short intro closed by a colon and
bullet lines without full stops; `classify.classify_lines` found no prose line to anchor the page
and labelled all of it boilerplate. The items count only under an intro that reads as prose (a
sentence before it, enough words and stop words) and only when two or more items of several words
follow it, each opening with a short label and a colon (a timeline's "- April: ..."), so a menu
("- Home", "- World"), a "Related:"/"Also read:" list, a caption or a list of bare clauses stays
what it was. Latin-script pages only: the Hindi corpus was tuned without this rule and keeps its
labels. Read on the round's blind timeline report (tests/test_events_english_wire_en11.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import Line

# An item opens with a bullet and a short label closed by a colon ("- Feb 4:", "- November:"): a
# timeline's entries. A list of bare clauses ("- The lifting of the prohibition ...;", NGEC
# story 884) stays as it was: read as acts, its "the workers' right to strike" was a strike.
_BULLET = re.compile(r"[-\u2013\u2022*]\s+[^\s:][^:]{0,24}:\s+\S")
_INTRO_MIN_WORDS = 8  # "China's leader spoke to ... on Wednesday. Key dates ahead:" has 17
_INTRO_MIN_STOP = 0.12  # classify.GOOD_MIN_STOP: prose, not a link list
_ITEM_MIN_WORDS = 4  # "- April: Trump expected in Beijing" (a menu item has one or two)
_MIN_ITEMS = 2


def listed_items(lines: Sequence[Line], labels: list[str]) -> list[str]:
    """``labels`` with the intro and items of each list under a prose intro made "body"."""
    letters = sum(ln.letters for ln in lines) or 1
    if sum(ln.deva_ratio * ln.letters for ln in lines) / letters > 0.5:
        return labels
    out = list(labels)
    for i, ln in enumerate(lines):
        text = ln.text.rstrip()
        if out[i] not in ("boilerplate", "body") or not text.endswith(":"):
            continue
        if ln.words < _INTRO_MIN_WORDS or ln.stop_density < _INTRO_MIN_STOP or ln.sentence_ends < 1:
            continue
        items = []
        for k in range(i + 1, len(lines)):
            if not _BULLET.match(lines[k].text) or lines[k].words < _ITEM_MIN_WORDS:
                break
            items.append(k)
        if len(items) >= _MIN_ITEMS and all(out[k] == "boilerplate" for k in items):
            for k in [i, *items]:
                out[k] = "body"
    return out

"""A round-up item's own town: "X से प्राप्त रिपोर्ट के अनुसार" names where the item was
reported from, not where people came from.

Why a module of its own (round sa13, issue 13): :func:`khabar.events.places.origin_places`
reads a place followed by से as an origin ("कोलकाता से घर लौटा था") and keeps it out of the
jurisdiction of a measure. A wire round-up opens its items from other states with the town the
report came from ("शिलांग से प्राप्त रिपोर्ट के अनुसार, … एक 38 वर्षीय व्यक्ति को अलग रखा गया
है", "आइजोल से प्राप्त खबर के अनुसार, मिजोरम में …"): that town is the item's dateline, the
place its measures are taken in, and skipped as an origin the item fell back to the round-up's
own dateline (Delhi's government for Shillong's isolation: round sa12's LEFT kind, the end audit
au2's too). Which words: से, then a word of receiving ("प्राप्त", "मिली", "मिले"), then a word
of a report ("रिपोर्ट", "खबर", "खबरों", "सूचना", "समाचार", "जानकारी"), then "के अनुसार" or
"के मुताबिक"; a place so marked stays a candidate for the measure's place, but only where it
opens the sentence (an item's own opening: "बीआरडी मेडिकल कॉलेज गोरखपुर से मिली रिपोर्ट के
अनुसार" inside a Basti report cites a laboratory's test result) and is the sentence's one place: a state or town the item names besides ("आइजोल से प्राप्त खबर के
अनुसार, मिजोरम में … सीमाओं को सील कर दिया जाएगा", "कोहिमा से … नगालैंड में … निगरानी") is its
scene, and the report's town read as a candidate beside it took the state's measures to the
capital's district (the first version: 4 of 5 changed events on the allowed files wrong).
"""

from __future__ import annotations

from typing import Any

_RECEIVED = frozenset({"प्राप्त", "मिली", "मिले"})
_REPORT = frozenset({"रिपोर्ट", "रिपोर्टों", "खबर", "खबरों", "सूचना", "समाचार", "जानकारी"})
_ACCORDING = frozenset({"अनुसार", "मुताबिक"})


def reported_from(tokens: list[Any], j: int, first: int, places: int) -> bool:
    """Whether the से at token ``j`` opens "से प्राप्त रिपोर्ट के अनुसार" after a place whose first
    token is ``first``, the sentence's first, in a sentence naming no other place (``places``:
    how many place mentions it has): the place is where the report came from, not an origin."""
    if places != 1 or first != 0:
        return False
    words = [t.text for t in tokens[j + 1 : j + 5]] + ["", "", "", ""]
    return (
        words[0] in _RECEIVED and words[1] in _REPORT and words[2] == "के"
        and words[3] in _ACCORDING
    )

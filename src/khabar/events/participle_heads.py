"""A participle before a count or a genitive owner qualifies the head noun, not what follows it.

Why (round gl3, issue 13): Hindi puts a participle such as फंसे (stranded) first in its noun
phrase, before a count and before a genitive owner: "यहां फंसे यूपी के लगभग 7500 छात्र" are about
7500 stranded students of Uttar Pradesh, "अमेरिका में फंसे भारत के 118 लोगों" 118 stranded people
of India, "… में फंसे 119 भारतीयों" 119 stranded Indians. Read word by word the participle went
to the owner ("students of the stranded Uttar Pradesh", "118 people of stranded India") or
before the number ("stranded 119 Indians", "about stranded 7500 students"). On the 280 allowed
corpus day files फंसे or संक्रमित stands before a written count 49 times and before a place's
genitive 7 times; 3 events of the dump of main 3f25ed66 said one on the wrong word. Only
participles the glossary also lists as modifiers with a past participle's English (फंसे
"stranded", संक्रमित "infected") move: लौटे, आए or रह रहे are read with their origin or place
(``gloss_phrases._participle``), and "6 living people of Indonesia" would be no English at all.
"""

from __future__ import annotations

import re
from functools import cache

from .glossary import _NUMBER, _norm, _place_en, glossary

_GENITIVE = frozenset({"के", "की", "का"})
_LINKS = frozenset({"में", "से"})
# the approximators a count may start with ("लगभग 7500"), as gloss_phrases reads them
_ABOUT = frozenset({"करीब", "लगभग", "तकरीबन"})
# "यहां फंसे यूपी के … छात्र": an adverb of place before the participle says where the speaker
# is, no word of the phrase's English
_HERE = frozenset({"यहां", "यहाँ", "वहां", "वहाँ"})


@cache
def _participles() -> dict[str, str]:
    """The one-word glossary modifiers whose English is a past participle ("stranded")."""
    return {
        f[0]: e.en
        for e in glossary().entries
        if e.kind == "mod" and e.en.endswith("ed") and " " not in e.en
        for f in e.forms
        if len(f) == 1
    }


def participle_en(words: list[str]) -> str | None:
    """The English of the last of ``words`` when it is such a participle standing alone, not
    linked to a place or an origin before it ("बिहार में फंसे" is a phrase of its own)."""
    if not words or (len(words) > 1 and words[-2] in _LINKS):
        return None
    return _participles().get(_norm(words[-1]))


def _count_end(words: list[str]) -> int:
    """How many words at the start of ``words`` write a count ("लगभग 7500"): 0 when none."""
    k = 1 if words[:1] and words[0] in _ABOUT else 0
    return k + 1 if k < len(words) and _NUMBER.fullmatch(words[k]) else 0


def head_participle(words: list[str]) -> tuple[list[str], str | None] | None:
    """``words`` with a leading participle moved after the count, or to the head when a place's
    genitive follows it, and that place's English (to be said "of" it); None when the phrase
    does not start so. "फंसे भारत के 118 लोगों" -> (["118", "फंसे", "लोगों"], "India")."""
    if words[:1] and words[0] in _HERE:
        words = words[1:]
    if len(words) < 3 or _norm(words[0]) not in _participles():
        return None
    rest, owner = words[1:], None
    at = next((i for i, w in enumerate(rest) if w in _GENITIVE), -1)
    if at > 0 and not _GENITIVE & set(rest[at + 1 :]):
        owner = _place_en(tuple(rest[:at]))
        if owner is None:
            return None
        rest = rest[at + 1 :]
    counted = _count_end(rest)
    if owner is None and not counted:
        return None
    if counted >= len(rest):
        return None
    return [*rest[:counted], words[0], *rest[counted:]], owner


# a count said at the start of an English phrase: "about 7500 ", "119 ", "15 thousand "
_COUNT_SAID = re.compile(r"(?:about )?\d[\d,.]*(?: (?:hundred|thousand|lakh|crore))? ")


def count_first(en: str) -> str:
    """``en`` with a leading participle put after the count it was lent before: "stranded about
    7500 students of Uttar Pradesh" -> "about 7500 stranded students of Uttar Pradesh"."""
    first, _, rest = en.partition(" ")
    if first not in set(_participles().values()):
        return en
    m = _COUNT_SAID.match(rest)
    return f"{m.group()}{first} {rest[m.end() :]}" if m else en

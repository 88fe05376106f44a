"""A group target said with the participle and place the words right before its span give.

Why a module of its own (round nm13, issue 13): an argument is often the actor dictionary's group
word alone ("कर्मचारियों", "लोगों") while the Hindi before it says which of them the act is about
with a relative participle and its place: "रेस्तरां में मौजूद सभी कर्मचारियों" (the employees
present in the restaurant), "होटल में ठहरे अन्य लोगों" (the other people staying in the hotel),
"इंदौर में तैनात 3000 पुलिसकर्मियों". :func:`khabar.events.group_words.group_said` reads the
modifiers before a group but stops at such a participle, a phrase of its own, so the English
said only "all employees in Delhi", "other people in Amritsar". This module says the whole phrase
with the glossary (:func:`khabar.events.gloss.gloss`, whose relative participles of kind ``rel``
link a place to the head after them), for :func:`khabar.events.naming.name_actors`. The span is
left as it is: the party, its id and its code do not change, only its English name.

The phrase is said only when its gloss keeps the participle with a place or origin the glossary
can say ("रास्ते में फंसे लोगों": no glossary word for the road, the name is left as it was): the
English never says more than the Hindi, and a place the participle names is the group's own, so
no jurisdiction's place is added to it.
"""

from __future__ import annotations

import re
from functools import cache

from ..model import Argument
from .gloss import gloss
from .gloss_phrases import _singular
from .glossary import _NUMBER, _TOKEN, glossary

# Characters before the span read for the phrase: a place of up to four words, its postposition,
# a participle of two and a few modifiers ("कोविड लेवल अस्पताल में भर्ती सभी अन्य" is 36).
_REACH = 90
# Where the words before a span stop belonging to its noun phrase (a comma too: "…, होटल में").
_BOUNDARY = re.compile(r"[।.!?\n;:|,]")
# The postpositions that link a participle to its place ("में") or origin ("से").
_LINKS = frozenset({"में", "से"})
# Words of the place read before the postposition: the gloss says the longest tail it can.
_PLACE_WORDS = 4


@cache
def _participles() -> dict[tuple[str, ...], str]:
    """The glossary's relative participles (kind ``rel``), each form with its English, read once
    per process."""
    return {f: e.en for e in glossary().entries if e.kind == "rel" for f in e.forms}


def _describing(word: str) -> bool:
    """A word that may stand between a participle and the group's head: a number, or one of the
    glossary's quantifiers and modifiers ("सभी", "अन्य", "करीब")."""
    if _NUMBER.fullmatch(word):
        return True
    return any(f == (word,) and e.kind in {"det", "mod"} for f, e in glossary().index.get(word, ()))


def _participle_before(words: list[str]) -> tuple[int, str] | None:
    """(index of the linking postposition, the participle's English) when ``words`` end with
    "<में|से> <participle> [हुए] <modifiers>"; None otherwise. A participle the glossary also
    has as a modifier ("फंसे" = stranded) is read as the participle where a link is before it."""
    pos = len(words)
    while pos > 0:
        end = pos - 1 if words[pos - 1] in {"हुए", "हुई"} else pos
        for form, en in _participles().items():
            start = end - len(form)
            if start > 0 and tuple(words[start:end]) == form and words[start - 1] in _LINKS:
                return start - 1, en
        if not _describing(words[pos - 1]):
            return None
        pos -= 1
    return None


def _one_place(said: str, place: list[str]) -> str:
    """``said`` with its place in the singular when the Hindi names one ("होटल में": in the
    hotel): the glossary gives a noun whose oblique singular and plural forms are one its plural
    English ("hotels"); a place in the oblique plural ("होटलों में") stays plural."""
    if not place or place[-1].endswith(("ों", "ओं")):
        return said
    plural = gloss(" ".join(place[-1:]))
    one = _singular(plural) if plural else None
    if not plural or not one or one == plural:
        return said
    for link in (" in ", " from "):
        if said.endswith(f"{link}{plural}"):
            return f"{said[: -len(plural)]}the {one}"
    return said


def participle_placed(arg: Argument, text: str, name: str | None) -> str | None:
    """The English of a group target with the relative participle and its place right before its
    head ("रेस्तरां में मौजूद सभी [कर्मचारियों]" = all employees present in the restaurant; the
    span may hold the participle, "दूसरे राज्यों में [फंसे मजदूरों]"); None when no such
    participle is there, the glossary cannot say it, or ``name`` (the English the other rules
    gave) says the same words in another order already ("stranded students in Rajasthan"). A
    span that holds the participle and its place has its name's place put in the singular where
    the Hindi names one (:func:`_one_place`)."""
    if arg.role != "target" or not arg.text or arg.end <= arg.start:
        return None
    if not (arg.entity_id or "").startswith(("actor:", "text:")) or not text.startswith(arg.text, arg.start):
        return None
    window = _BOUNDARY.split(text[max(0, arg.start - _REACH) : arg.start])[-1]
    before = _TOKEN.findall(window)
    words = [*before, *_TOKEN.findall(arg.text)]
    found = _participle_before(words[:-1])
    if found is None:
        return None
    link, verb = found
    place = words[max(0, link - _PLACE_WORDS) : link]
    if link >= len(before):
        # the span holds the participle and its place, and its gloss said them: only the
        # number of the place is mended ("होटल में ठहरे यात्रियों" = staying in the hotel)
        one = _one_place(name or "", place)
        return one if one != name else None
    said = gloss(" ".join([*place, *words[link:]]))
    head = gloss(" ".join(words[link + 1 :]))
    if not said or not head or said == head or f" {verb} " not in f" {said} ":
        return None
    said = _one_place(said, place)
    return None if sorted(said.split()) == sorted((name or "").split()) else said

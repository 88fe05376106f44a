"""A phrase target said with the owner or kind its genitive names right before its span.

Why a module of its own (round nm13, issue 13): a phrase target (``text:``) is often only the
words after a genitive ("चालक दल के [सदस्यों]", "परिवार के [सभी 12 सदस्यों]", "संक्रमितों के
[दोनों गांवों]", "शराब की [दुकानों]"), and its English said the head alone ("members", "all 12
members in Firozabad", "both villages in Jaunpur", "shops in Mumbai"): whose members, whose
villages, which shops, which the Hindi says, was lost. A group of the actor dictionary has its
owner said by :func:`khabar.events.group_words.group_said`; this module does the same for a
phrase target, for :func:`khabar.events.naming.name_actors`: the glossary says the owner with
the span (:func:`khabar.events.gloss.gloss`) and that English takes the place of the span's own
in the name, whatever place the name was given after it. The span is left as it is: the party,
its id and its code do not change, only its English name.

Not said: an owner that is a place (the place rules name it, in English's "in <place>": "देश के
170 जिलों" = 170 districts in India, never "of the country"), one the glossary cannot say, or a
gloss that does not keep the span's own English whole ("संक्रमित के दो भाई" glossed "infected two
brothers" reads the owner as a modifier).
"""

from __future__ import annotations

import re

from ..model import Argument
from .gloss import gloss
from .glossary import _TOKEN, _place_en

# Characters before the span read for the owner: a genitive and up to four words before it.
_REACH = 60
# Where the words before a span stop belonging to its noun phrase.
_BOUNDARY = re.compile(r"[।.!?\n;:|,]")
_GENITIVE = frozenset({"के", "की", "का"})
# The most words of an owner read before its genitive ("इंदिरा गांधी राष्ट्रीय वन अकादमी के").
_OWNER_WORDS = 4
# Words that end an owner read back: postpositions, a genitive of its own, and conjunctions ("स्पा
# और नाई की [दुकानें]": a list's last owner is not all of it, and the gloss read the list as the
# head's, "spas and shops")
_NOT_OWNER = frozenset(
    {"में", "से", "पर", "को", "ने", "तक", "द्वारा", "लिए", "बाद", "के", "की", "का", "और", "व", "तथा", "एवं", "या"}
)
# Place nouns: a place owner is the place rules' ("राज्य के सभी स्कूलों" = all schools in Bihar)
_PLACE_WORDS = frozenset(
    {
        "देश", "राज्य", "राज्यों", "प्रदेश", "जिले", "जिला", "जिलों", "शहर", "नगर", "गांव",
        "इलाके", "क्षेत्र", "यहां", "वहां", "दुनिया", "विश्व", "मोहल्ले", "कस्बे", "महानगर",
        "जनपद", "प्रखंड", "ब्लॉक", "तहसील", "भर",
    }
)  # fmt: skip


# A comparative after a number's से ("15 से अधिक देशों"): the owner read back stops at the से
_MORE_THAN = frozenset({"अधिक", "ज्यादा", "ज़्यादा", "कम"})


# Borders: "दोनों देशों की सीमाओं" is a state's borders with both countries as often as theirs
# (PK-2020-MAR-09: Mizoram's with Myanmar and Bangladesh); the genitive does not say which
_BORDERS = frozenset({"border", "borders"})


def _owner_words(text: str, start: int) -> list[str]:
    """The words right before a genitive that ends just before ``start``, at most
    :data:`_OWNER_WORDS`, back to a word that belongs to no owner; [] when no genitive is there."""
    window = _BOUNDARY.split(text[max(0, start - _REACH) : start])[-1]
    words = _TOKEN.findall(window)
    if len(words) < 2 or words[-1] not in _GENITIVE:
        return []
    owner: list[str] = []
    for word in reversed(words[:-1]):
        if word in _NOT_OWNER or len(owner) == _OWNER_WORDS:
            break
        owner.insert(0, word)
    return owner


def owner_said(arg: Argument, text: str, name: str | None) -> str | None:
    """``name`` (a phrase target's English) with the span's gloss said with the owner or kind
    of the genitive right before the span ("चालक दल के [सदस्यों]" = members of the crew); None
    when there is none, it is a place, the glossary says nothing more of it, or the name says an
    owner already ("five people of the family": another rule read it)."""
    if arg.role != "target" or not name or not arg.text or arg.end <= arg.start:
        return None
    if not (arg.entity_id or "").startswith("text:") or not text.startswith(arg.text, arg.start):
        return None
    if _GENITIVE & set(arg.text.split()) or _NOT_OWNER & set(arg.text.split()) - _GENITIVE:
        return None  # a span with its own genitive or list: its gloss reads the owner already
    owner = _owner_words(text, arg.start)
    core = gloss(arg.text)
    if not owner or not core or " of " in core or core.split()[-1] in _BORDERS:
        return None
    at = re.search(rf"(?<!\S){re.escape(core)}(?!\S)", name)
    if at is None or name[at.end() :].startswith(" of "):
        return None
    genitive = text[: arg.start].split()[-1]
    # the longest owner the glossary says, the place nouns and places excepted
    for k in range(len(owner), 0, -1):
        part = owner[len(owner) - k :]
        if part[-1] in _PLACE_WORDS or _place_en(tuple(part)) or _place_en(tuple(part[-1:])):
            return None
        if part[0] in _MORE_THAN:
            return None  # "15 से अधिक देशों के": the count is cut off at its से, "of countries"
        said = gloss(" ".join([*part, genitive, arg.text]))
        if said and said != core and re.search(rf"(?<!\S){re.escape(core)}(?!\S)", said):
            return None if said in name else name[: at.start()] + said + name[at.end() :]
    return None

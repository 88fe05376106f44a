"""A target said with the conjuncts of its list that its span left out.

Why a module of its own (round nm14, issue 13): a target's span often starts at the last conjunct
of a list written before it, and its English said that conjunct alone: "फ्रांस, जर्मनी और [स्पेन के
नागरिकों]" was "public of Spain", "यूएई, कतर, ओमान और [कुवैत से आने वाले यात्रियों]" "passengers
arriving from Kuwait", "… सिनेमा हॉल, चिड़िया घर, [पार्क, म्यूजियम]" "parks and museums in Bihar".
The party is the list's: the nationals of all three countries, all the closed places. For
:func:`khabar.events.naming.name_actors` this module reads the list back from the span and says
the whole of it with the glossary (:func:`khabar.events.gloss.gloss`); its English takes the
place of the span's own in the name. The span, the party's id and its code do not change.

Two lists are read: places that own, send or hold the span's head ("<place>, <place> और <place>
के/से/में/समेत …": every conjunct a place of the KB, said as one list in the gloss) and nouns in
a list with a comma ("A, B और [C]", "A, [B और C]": the gloss of the whole list ends as the span's
own). Not read: a list with no comma ("करदाताओं और [कारोबारियों]" is as often two clauses' words
as one list), a conjunct the glossary cannot say, and a list another target of the event names
already ("डीटीसी, [क्लस्टर बसों], [दिल्ली मेट्रो] और [अस्पतालों]": each its own party).

A list's last conjunct "(<count>) अन्य लोगों" ("मजदूरों, छात्रों और अन्य लोगों", "कांधलवी और सात अन्य
लोगों"), its own party after the list is split, is said as what it is: "other people", "seven
other people", not the public of the country or the town the actor dictionary's "लोगों" gives
(:func:`others_listed`; 3 targets of the 280 allowed corpus day files, "public of Delhi" for
Maulana Saad's seven co-accused among them).
"""

from __future__ import annotations

import re

from ..model import Argument, Event
from .gloss import gloss
from .glossary import _TOKEN, _place_en

# Characters before the span read for the list (twelve countries fit: the longest list of the
# allowed files, NT-2020-MAR-11's travel advisory, is 150 characters).
_REACH = 250
# Where the words before a span stop belonging to its sentence.
_BOUNDARY = re.compile(r"[।.!?\n;:|]")
_CONJUNCTIONS = frozenset({"और", "व", "एवं", "तथा"})
_SEPARATORS = _CONJUNCTIONS | {","}
# The most words of one conjunct ("कोचिंग संस्थान", "दक्षिण कोरिया", "सभी सरकारी कार्यालय").
_CONJUNCT_WORDS = 3
# Words no conjunct holds: postpositions, the agent's ने, a clause's verbs and particles.
_STOP = frozenset(
    {
        "में", "से", "पर", "को", "ने", "तक", "द्वारा", "लिए", "बाद", "के", "की", "का", "कि",
        "है", "हैं", "था", "थे", "थी", "दिया", "दिए", "दी", "गया", "गए", "गई", "किया", "किए",
        "कर", "ही", "भी", "तो", "जो", "यह", "वह", "ये", "वे", "इन", "उन", "आदि", "-",
    }
)  # fmt: skip
_BRACKETS = frozenset({"(", ")"})
# What follows a place that owns, sends or holds the head ("जापान के नागरिकों", "कुवैत से आने
# वाले", "फ्लोरिडा समेत आठ प्रांतों", "इंडोनेशिया आदि देशों में")
_AFTER_PLACE = frozenset({"के", "की", "का", "से", "में", "समेत", "सहित", "आदि"})
# The most words of a place name read at the span's start ("संयुक्त अरब अमीरात").
_PLACE_WORDS = 3


def _conjuncts(text: str, start: int) -> list[tuple[list[str], str]] | None:
    """The conjuncts of the list written right before ``start``, left to right, each with the
    separator after it (a comma or a conjunction); None when no separator ends the words before
    the span or two stand in a row. The leftmost conjunct holds up to :data:`_CONJUNCT_WORDS`
    words back to a stop word (:data:`_STOP`)."""
    window = _BOUNDARY.split(text[max(0, start - _REACH) : start])[-1]
    words = _TOKEN.findall(window)
    if not words or words[-1] not in _SEPARATORS:
        return None
    found: list[tuple[list[str], str]] = []
    current: list[str] = []
    separator = words[-1]
    for word in reversed(words[:-1]):
        if word in _SEPARATORS:
            if not current:
                return None
            found.insert(0, (current, separator))
            current, separator = [], word
            continue
        if word in _BRACKETS:
            return None  # "संयुक्त अरब अमीरात (यूएई), कनाडा": a name in brackets, no list read
        if word in _STOP or len(current) == _CONJUNCT_WORDS:
            break
        current.insert(0, word)
    if current:
        found.insert(0, (current, separator))
    return found or None


def _place_prefix(words: list[str]) -> str | None:
    """The English of the place the span's first words name, when a postposition or an
    "including" follows it (:data:`_AFTER_PLACE`); None otherwise."""
    for k in range(min(_PLACE_WORDS, len(words) - 1), 0, -1):
        if words[k] in _AFTER_PLACE and (place := _place_en(tuple(words[:k]))):
            return place
    return None


def _places(conjuncts: list[list[str]]) -> list[str] | None:
    """The English of each conjunct, every one a place of the KB (the leftmost one's longest
    place ending it: "भारत ने मंगलवार को फ्रांस" stops at को already); None when one is not."""
    said = []
    for i, words in enumerate(conjuncts):
        tails = range(len(words)) if i == 0 else (0,)
        place = next((p for k in tails if (p := _place_en(tuple(words[k:])))), None)
        if place is None:
            return None
        said.append(place)
    return said


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _others_inside(ev: Event, arg: Argument, begin: int) -> bool:
    """Another target or partner of the event written between ``begin`` and the span."""
    return any(
        a is not arg and a.role in {"target", "partner"} and begin <= a.start < arg.start
        for a in ev.arguments
    )


# The last conjunct of a list that names the others: "अन्य" and people, after a count or not
_OTHER = "अन्य"
_PEOPLE = frozenset({"लोगों", "लोग", "व्यक्तियों"})


def others_listed(arg: Argument) -> str | None:
    """The English of a list's last conjunct "(<count>) अन्य लोगों" where the argument is the
    public's part of a coordinated list ("… छात्रों और अन्य लोगों" = other people); None for any
    other argument, or one the glossary cannot say."""
    ident = arg.entity_id or ""
    words = _TOKEN.findall(arg.text)
    if arg.role != "target" or not ident.startswith("actor:public") or not _SEPARATORS & set(words):
        return None
    if len(words) < 3 or words[-2] != _OTHER or words[-1] not in _PEOPLE:
        return None
    counted = words[-3] not in _SEPARATORS
    return (gloss(" ".join(words[-3:])) if counted else None) or gloss(" ".join(words[-2:]))


def list_said(arg: Argument, text: str, name: str | None, ev: Event) -> str | None:
    """``name`` (a target's English; None for a group the actor dictionary names later) with its
    span's gloss said for the whole list written before the span ("फ्रांस, जर्मनी और [स्पेन के
    नागरिकों]" = citizens of France, Germany and Spain: the gloss alone where the name does not
    hold the span's own); None when no list is there, it is not read (module docstring), or the
    glossary does not say all of it. A list of nouns needs a name that holds the span's gloss."""
    if arg.role != "target" or not arg.text or arg.end <= arg.start:
        return None
    if (others := others_listed(arg)) is not None:
        return others
    read = _conjuncts(text, arg.start)
    span = _TOKEN.findall(arg.text)
    if read is None or not span or any(len(w) == 1 and w[0][:1].isdigit() for w, _ in read):
        return None  # "28, 257 भारतीयों": a count before a count is no list of names
    comma = any(sep == "," for _, sep in read)
    core = gloss(arg.text)
    head_place = _place_prefix(span)
    places = _places([words for words, _ in read]) if head_place else None
    if head_place and places is None and len(read) > 1 and len(read[0][0]) == 1:
        # a word before the list that is no place: the speech verb of "… ने कहा, यूएई, कतर,
        # ओमान और [कुवैत से आने वाले यात्रियों]"
        read = read[1:]
        places = _places([words for words, _ in read])
    first, rest = read[0], read[1:]
    for k in range(len(first[0]) if places is None else 1):
        # the leftmost conjunct from its longest: "सभी स्कूल" before "स्कूल"
        listed = [(first[0][k:], first[1]), *rest]
        begin = text.rfind(listed[0][0][0], max(0, arg.start - _REACH), arg.start)
        if begin < 0 or _others_inside(ev, arg, begin):
            return None
        widened = " ".join(w for words, sep in listed for w in [*words, sep])
        said = gloss(f"{widened} {' '.join(span)}")
        if not said or said == core:
            continue
        if places is not None and head_place is not None:
            if _listed([*places, head_place]) not in said:
                return None
            return name.replace(core, said) if name and core and core in name else said
        if comma and name and core and said.endswith(core) and core in name:
            return name.replace(core, said, 1)
    return None

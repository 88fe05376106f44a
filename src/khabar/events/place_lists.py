"""Places listed before a participle's postposition: "इटली और ईरान से आने वाले सभी यात्रियों".

Why (round nm1, issue 13): a relative participle's place or origin is often a list of places
("यूएई, कतर, ओमान से आने वाले यात्रियों", "सिंगापुर और इंडोनेशिया से लौटे तीन लोगों"). The
argument reader read the phrase back from its head across the participle's postposition only to
the conjunction, and the gloss split the phrase at every conjunction, so the target kept the last
place alone ("all passengers arriving from Iran") or said the earlier places as targets of their
own ("Singapore and three people returning from Indonesia"): the English lost places its own
Hindi names. A list counts as one place or origin here when every conjunct is a place the KB
names (one to three words) and the list ends right before the postposition; the phrase is then
read with its last place and that place's English replaced by the list's.

:func:`listed_start` widens an argument's first token over such a list (for
:func:`khabar.events.arguments._with_participle`); :func:`listed_places` says the phrase (for
:func:`khabar.events.gloss_phrases._phrase`, which passes its own reader to avoid a cycle).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from .glossary import _DIGITS, _NUMBER, _TOKEN, Glossary, _lookup, _place_en, known_word

_LIST_JOINTS = frozenset({",", "और", "तथा", "एवं", "व"})
_GENITIVES = frozenset({"के", "की", "का"})
_LINKS = frozenset({"से", "में"}) | _GENITIVES
_PLACE_WORDS = (3, 2, 1)  # "संयुक्त अरब अमीरात", "दक्षिण कोरिया", "इटली"


def _place_ending(words: Sequence[str], end: int, floor: int) -> int | None:
    """First index of a KB place whose last word is ``words[end]``, not before ``floor``."""
    for n in _PLACE_WORDS:
        first = end - n + 1
        if first >= floor and _place_en(tuple(words[first : end + 1])):
            return first
    return None


def _places_before(words: Sequence[str], first: int, floor: int) -> int:
    """Index of the first place of a list of places joined by commas or conjunctions that ends
    with the place starting at ``first``; ``first`` when no place is joined before it."""
    k = first
    while k - 2 >= floor and words[k - 1] in _LIST_JOINTS:
        begin = _place_ending(words, k - 2, floor)
        if begin is None:
            break
        k = begin
    return k


def listed_start(tokens: Sequence[Any], start: int, first: int) -> int:
    """``first`` moved back over the places listed before the place it starts with, when that
    place is followed by a participle's से or में ("इटली और ईरान से आने वाले …"); ``first``
    otherwise. No token before ``start`` is taken."""
    words = [t.text for t in tokens]
    for n in _PLACE_WORDS:
        end = first + n
        if end < len(words) and words[end] in _LINKS and _place_en(tuple(words[first:end])):
            begin = _places_before(words, first, start)
            # a list with a conjunct no KB place names is not taken in part
            cut = begin - 1 > start and words[begin - 1] in _LIST_JOINTS and _a_name(words[begin - 2])
            return first if cut else begin
    return first


def listed_places(
    words: list[str],
    g: Glossary,
    read: Callable[[list[str], Glossary], tuple[str, bool] | None],
) -> tuple[str, bool] | None:
    """(English, names a place) of a phrase that opens with a list of two or more places right
    before a से or में ("सिंगापुर और इंडोनेशिया से लौटे तीन लोगों" = "three people returning from
    Singapore and Indonesia"), read by ``read`` with the last place and said with them all; None
    for any other phrase, or when the last place's English is not said once in the reading."""
    at = next((k for k, w in enumerate(words) if w in _LINKS), None)
    if at is None or at < 3 or not (_LIST_JOINTS & set(words[:at])):
        return None
    last = _place_ending(words, at - 1, 0)
    if last is None or _places_before(words, last, 0) != 0:
        return None
    places: list[str] = []
    k = last
    while k > 0:  # each step is sound: _places_before read the whole list back to 0
        begin = _place_ending(words, k - 2, 0) or 0
        places.insert(0, _place_en(tuple(words[begin : k - 1])) or "")
        k = begin
    named = _place_en(tuple(words[last:at])) or ""
    got = read(words[last:], g)
    if got is None or not named or got[0].count(named) != 1 or named in places:
        return None
    said = f"{', '.join(places)} and {named}"
    before = got[0].split(f" in {named}", 1)[0].split()
    if words[at] in _GENITIVES and before and _people_word(before[-1]):
        # "फ्रांस, जर्मनी और स्पेन के नागरिकों": citizens of them all, as the gloss says a
        # people noun owned by conjuncts (one place's "in" is where a thing or place is)
        return got[0].replace(f" in {named}", f" of {said}"), got[1]
    return got[0].replace(named, said), got[1]


def _a_name(word: str) -> bool:
    """Whether a word before a list's joint may be a place the KB lacks: no number, no number
    word and no word of the glossary."""
    from .gloss_phrases import _SMALL_NUMBERS  # which imports this module

    plain = word.translate(_DIGITS)
    return not (_NUMBER.fullmatch(plain) or plain in _SMALL_NUMBERS or known_word(word))


def _people_word(word: str) -> bool:
    """Whether an English word is a glossary noun of people ("citizens", "employees")."""
    from .gloss_phrases import _people  # which imports this module

    return word in _people()


# Characters read back for the owning places: the longest place list before a genitive on the
# 280 allowed corpus day files (round nm1: "मालदीव, म्यांमार, … साउथ अफ्रीका और पेरु के", ten
# places, about 100 characters) fits; a longer window only finds places of another phrase.
_OWNER_REACH = 120


def places_owning(arg_text: str, start: int, text: str, own: str) -> str | None:
    """The English of a target phrase with the place or places that own it in the genitive right
    before its span ("दिल्ली के सभी स्कूलों" = "all schools in Delhi", "आगरा और फीरोजाबाद के कई
    क्षेत्रों" = "several areas in Agra and Firozabad", "ईरान, इटली, दक्षिण कोरिया और जापान के वीजा"),
    glossed as one phrase; None when no KB place stands right before a genitive there, or the
    gloss cannot say the whole. The argument readers leave such an owner out of the span (a
    quantifier or number between it and the head), and the English then took the source's place
    or none ("all schools in India", "visas in China"): round nm1, issue 13. None too when the
    English the target has (``own``) names the last place already."""
    from .gloss import gloss  # gloss reads this module's listed_places through gloss_phrases

    words = _TOKEN.findall(text[max(0, start - _OWNER_REACH) : start])
    if len(words) < 2 or words[-1] not in _GENITIVES:
        return None
    floor = 1 if start > _OWNER_REACH else 0  # never a word the window cut off
    first = _place_ending(words, len(words) - 2, floor)
    if first is None:
        return None
    first = _places_before(words, first, floor)
    if first > 1 and words[first - 1] in _LIST_JOINTS and _a_name(words[first - 2]):
        # a list with a conjunct no KB place names ("मालदीव, म्यांमार, बांग्लादेश … के"): not
        # said in part; a count before the joint is another phrase's ("गाजियाबाद के 13,
        # गौतमबुद्ध नगर के 12 क्लस्टर", "… चार व सीतापुर के एक क्षेत्र")
        return None
    said = gloss(" ".join([*words[first:], arg_text]))
    last = _place_ending(words, len(words) - 2, first)
    named = _place_en(tuple(words[last : len(words) - 1])) if last is not None else None
    if not said or not named or named not in said or named in own:
        return None  # "बिहार के बाहर फंसे": the English says the place already
    return said


# Words of one listed locality's name before the shared locality noun ("थुआ", "ईंटल कलां"): as
# many as gloss_phrases._NAME_REACH reads before the noun itself ("तिलक विहार", "नया भोजपुर")
_LISTED_NAME_WORDS = 3
# The locality nouns a list of names shares: villages, areas and colonies are named by proper
# names; "सेक्टर" after a list names industries ("मैन्युफैक्चरिंग और कंस्ट्रक्शन सेक्टर", the one
# wrong list of the 280 allowed corpus day files with sectors, round nm3), and markets are named
# by trades as often as by names
_NAMED_BY_NAMES = frozenset({"village", "villages", "area", "areas", "colony"})


def listed_localities(
    parts: list[list[str]],
    g: Glossary,
    name_before: Callable[[list[str], int, Glossary], tuple[int, str] | None],
) -> tuple[str, bool] | None:
    """(English, names a place) of a list of locality names that share the locality noun of its
    last conjunct ("थुआ, डाहौला तथा कुचराना कलां गांवों" = "Thua, Dahaula and Kuchrana Kalan
    villages"), each name spelt as ``name_before`` (gloss_phrases._locality_name, passed to avoid
    a cycle) spells the last; None for any other conjuncts.

    Why (round nm3, issue 13): the gloss said a name only right before a locality noun, so such
    a list had no English as a whole and the argument readers kept its last conjunct alone
    ("Kuchrana Kalan villages"): every side audit of the session saw lists of villages, blocks or
    zones cut to their last name. Each earlier conjunct must be one to three name-like words the
    glossary does not know (a KB place is said in its English), so a conjunct that is a noun, a
    number or a clause keeps the list out."""
    from .names import name_like, romanise  # names reads the glossary this module also feeds

    if len(parts) < 2:
        return None
    last = name_before(parts[-1], 0, g)
    if last is None:
        return None
    n, latin = last
    head = _lookup(parts[-1], n, g)
    if head is None or n + head[0] != len(parts[-1]) or head[1] not in _NAMED_BY_NAMES:
        return None
    names: list[str] = []
    for part in parts[:-1]:
        if not 0 < len(part) <= _LISTED_NAME_WORDS:
            return None
        said = _place_en(tuple(part))
        if said is None and all(name_like(w) and _lookup(part, i, g) is None for i, w in enumerate(part)):
            said = romanise(" ".join(part))
        if not said:
            return None
        names.append(said)
    return f"{', '.join(names)} and {latin} {head[1]}", False

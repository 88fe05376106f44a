"""English glosses of actor phrases that name no entity ("सभी मॉल", "115 मजदूरों").

Why: most targets of everyday measures and appeals are no linked name but a noun phrase kept as
text ("सार्वजनिक परिवहन सेवाओं को निलंबित", "गांव के लोगों से अपील"); analysts reading
English exports need an English name for them, and the Hindi alone says nothing to them. A
committed glossary of common news nouns and modifiers (``data/actors/gloss_hi_en.yaml``, mined
from corpus frequency by ``tools/mine_target_heads.py`` and judged by hand) glosses the phrase
head and its modifiers word by word, numbers kept: "115 मजदूरों" -> "115 workers", "सभी बार,
कैफे" -> "all bars, cafes". A place named in the phrase is given its English (KB) name; "A के
B" is "B of A" ("B in A" when A is a place).

Words the glossary does not know are left out of the English (the Hindi stays on the argument);
a phrase whose head is unknown gets no gloss at all rather than a wrong one. The English of an
event's actors, read with the event and the article (the jurisdiction of its source), is
:mod:`khabar.events.naming`'s.

The work is split by concern: this module says a phrase (:func:`gloss`, once per phrase and place
in a process) and holds the readings of a phrase as a whole (a rule's violators, "X न करने
वालों", a radius around a place, a distance within which); the rules that put its words together
are :mod:`khabar.events.gloss_phrases`', the glossary file and its word lookups
:mod:`khabar.events.glossary`'s. Three readers of a phrase's English are here too: whether it
names people (:func:`names_people`), the English of an event's ``text:`` actor
(:func:`text_english`, for :mod:`khabar.events.names`), and the day of an article's date on
which an office's holder is looked up (:func:`day_of`, for naming, parties and the stage).

Check the glossary: ``python -m khabar.events.gloss check [FILE]``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..model import Event
from .age_words import age_first
from .gloss_phrases import (
    _CONJUNCTIONS,
    _GENITIVE,
    _MANY,
    _SMALL_NUMBERS,
    _WALE,
    _many_things,
    _one_thing,
    _phrase,
    _plural,
    _singular,
)
from .glossary import _DIGITS, _NUMBER, Glossary, _builtin, _words, glossary, read_glossary
from .participle_heads import head_participle

# A correlative relative clause naming who breaks a rule ("जो भी तोड़ेगा उसके खिलाफ", "जो लोग
# इस आदेश का पालन नहीं करेंगे"): its English is "violators", of what the clause names.
_BREAKS = ("तोड़", "उल्लंघन", "पालन नहीं", "नहीं मान")
_BROKEN = (
    ("लॉकडाउन", "the lockdown"),
    ("कर्फ्यू", "the curfew"),
    ("आदेश", "the order"),
    ("नियम", "the rules"),
)


def _violators_of(words: list[str]) -> str | None:
    """ "लॉकडाउन का उल्लंघन करने वालों" = "violators of the lockdown", not "violators": what
    they break is said, and coders name it ("lockdown violators"). Issue 13, round ev43: 14
    "X का उल्लंघन करने वाले/वालों" on corpus day files, 9 of them a lockdown, curfew, order
    or rules; other things broken ("निर्देशों") keep the bare "violators"."""
    # what is broken first: it is cheap, and glossing the rest for every phrase would gloss
    # each phrase's tails again (most of the events stage's glossing time, measured)
    of = next((en for hi, en in _BROKEN if words and words[0].startswith(hi)), None)
    if of is None:
        return None
    rest = words[2:] if len(words) > 2 and words[1] in _GENITIVE else words[1:]
    if not rest or gloss(" ".join(rest)) != "violators":
        return None  # "लॉकडाउन तोड़ने वालों" has no genitive
    return f"violators of {of}"


def _relative(words: list[str]) -> str | None:
    clause = " ".join(words)
    if not words or words[0] != "जो" or not any(b in clause for b in _BREAKS):
        return None
    of = next((en for hi, en in _BROKEN if hi in clause), None)
    return f"violators of {of}" if of else "violators"


# "X न/नहीं <verb>ने वालों" = those who do not X: never glossary forms (न and नहीं would then be
# glossary words the argument readers carry a phrase across, see the glossary's ev34 note), so
# read here. Round ev76 (issue 13): the kinds seen on the corpus day files outside the gold's
# days ("का पालन न करने वालों" 3, "ऐसा न करने वालों", "सूचना न देने वालों") and the brief's
# "मास्क न पहनने वालों"; a verb not listed keeps no English (precision over recall).
_NEGATIONS = frozenset({"न", "नहीं", "ना"})
_NOT_DOING = {
    ("मास्क", "पहनने"): "people not wearing masks",
    ("मास्क", "लगाने"): "people not wearing masks",
    ("पालन", "करने"): "violators",
    ("ऐसा", "करने"): "people not complying",
    ("सूचना", "देने"): "people not reporting",
    ("जानकारी", "देने"): "people not reporting",
}


def _not_doing(words: list[str]) -> str | None:
    """ "मास्क न पहनने वालों" = "people not wearing masks", "लॉकडाउन का पालन नहीं करने वालों" =
    "violators of the lockdown" (:data:`_NOT_DOING`); None for any other phrase."""
    if len(words) < 4 or words[-1] not in _WALE or words[-3] not in _NEGATIONS:
        return None
    en = _NOT_DOING.get((words[-4], words[-2]))
    if en is None:
        return None
    if en == "violators":  # what is not followed, as for "X का उल्लंघन करने वालों"
        of = next((e for hi, e in _BROKEN if words[0].startswith(hi)), None)
        return f"violators of {of}" if of else en
    return en


_POSSESSIVES = frozenset({"हमारे", "हमारी", "हमारा", "अपने", "अपनी", "अपना"})


# The direct plural of a head the glossary lists in its oblique plural only ("सभी राज्य" beside
# "राज्यों", "सभी जिलाधिकारी" beside "जिलाधिकारियों"): after a plural quantifier the direct form is
# the plural, and takes the oblique form's English (round ev87, issue 13: found by ev83 on corpus
# day files outside the gold's days; alone the direct form may be a singular, so not then). A
# masculine noun in -आ makes its direct plural in -ए ("सभी जिले" beside "जिलों", round ev122:
# "सभी जिले" 3 on the allowed corpus day files, no English; alone "जिले" is as often the oblique
# singular, "जिले में", so again only after a plural quantifier)
_MATRAS = frozenset("ािीुूृेैोौंँः़्")


def _counts_or_says(word: str, g: Glossary) -> bool:
    """Whether ``word`` is a quantifier, a number or a glossary word (no name of a place)."""
    digits = word.translate(_DIGITS)
    return word in _MANY or word in g.index or bool(_NUMBER.fullmatch(digits))


def _direct_plural(words: list[str], g: Glossary) -> list[str]:
    """``words`` with a last word unknown to the glossary after a plural quantifier
    (:func:`_many_things`) replaced by its oblique plural when the glossary has that as a noun
    (consonant + ों: राज्य -> राज्यों; ी -> ियों: जिलाधिकारी -> जिलाधिकारियों; े -> ों: जिले ->
    जिलों)."""
    # a last word the glossary knows only as a modifier ("राज्य सरकारों", round ev204) is a head
    # here, unknown as such: "सभी राज्य" are all states still
    if len(words) < 2:
        return words
    alone = [e.kind for f, e in g.index.get(words[-1], ()) if f == (words[-1],)]
    said = words[-1] in g.index and not (alone and all(k == "mod" for k in alone))
    if said or not _many_things(words):
        return words
    last = words[-1]
    if last[-1:] == "ी":
        oblique = last[:-1] + "ियों"
    elif last[-1:] == "े" and len(last) > 2 and all(_counts_or_says(w, g) for w in words[:-1]):
        # not after a name: "चार सीवान जिले के" is four of Siwan district, not four districts
        oblique = last[:-1] + "ों"
    elif last[-1:] and last[-1] not in _MATRAS and not last[-1].isdigit():
        oblique = last + "ों"
    else:
        return words
    if any(f == (oblique,) and e.kind == "noun" for f, e in g.index.get(oblique, ())):
        return [*words[:-1], oblique]
    return words


def gloss(text: str, place: str | None = None, g: Glossary | None = None) -> str | None:
    """The English of a Hindi noun phrase, qualified "in <place>" (the jurisdiction of the act
    it is the target of) when it names no place of its own; None when its head is unknown.
    With the built-in glossary, once per phrase and place in a process (:func:`_gloss_builtin`)."""
    if g is None:
        return _gloss_builtin(text, place)
    return _gloss(text, place, g)


@lru_cache(maxsize=65536)
def _gloss_builtin(text: str, place: str | None) -> str | None:
    """:func:`gloss` with the built-in glossary and KB, both fixed for the process: the events
    stage glossed the same phrase again for each check that reads its English (round sc47: 1,865
    glosses of 1,077 phrase-place pairs over ``benchmarks/scale.py --days 16``). The phrase is
    read once whatever the place (:func:`_reading_builtin`)."""
    return _placed(_reading_builtin(text), place)


@lru_cache(maxsize=65536)
def _reading_builtin(text: str) -> tuple[str, bool] | None:
    """:func:`_reading` with the built-in glossary, once per phrase in a process: a phrase is
    glossed with several places (round sp9, issue 16: 893 phrase-place pairs of 700 phrases over
    ``benchmarks/scale.py --days 16``), and only the last step reads the place."""
    return _reading(text, glossary())


def _gloss(text: str, place: str | None, g: Glossary) -> str | None:
    """:func:`gloss` with the glossary ``g``."""
    return _placed(_reading(text, g), place)


def _placed(reading: tuple[str, bool] | None, place: str | None) -> str | None:
    """The English of a phrase's reading (:func:`_reading`), "in <place>" when it takes one."""
    if reading is None:
        return None
    en, placeable = reading
    return f"{en} in {place}" if place and placeable else en


def _reading(text: str, g: Glossary) -> tuple[str, bool] | None:
    """(English, whether a place qualifies it) of a phrase with the glossary ``g``, whatever the
    place: a phrase naming a place of its own takes no other; None when its head is unknown."""
    # "दूसरे राज्यों में हमारे फंसे हुए लोगों": the speaker's possessive says nothing of who they
    # are and hid the participle's place from it (round ev62, a corpus day file)
    words = [w for w in _words(text) if w not in _POSSESSIVES] or _words(text)
    words = _direct_plural(age_first(words), g)  # "27 वर्षीय एक युवक": one 27-year-old (nm13)
    relative = _relative(words) or _violators_of(words) or _not_doing(words)
    if relative:
        return relative, True
    radius = _radius(words, g) or _within(words, g)
    if radius is not None:
        return radius, True
    # "फंसे भारत के 118 लोगों": the participle qualifies the head, not the owner (round gl3)
    moved = head_participle(words)
    got = _phrase(moved[0], g) if moved is not None else None
    if got is not None and moved is not None and moved[1] is not None:
        got = f"{got[0]} of {moved[1]}", True
    got = got or _phrase(words, g)
    if got is None:
        return None
    en, own_place = got
    if _one_thing(words) or _marked_singular(words, g):
        en = _singular(en) or en
    elif _many_things(words):
        en = _plural(en) or en
    if en.split()[0] == "every":
        # "हरेक इलाकों", "हर जिलों": Hindi may put the head in the plural, English says "every
        # area" (round ev102: "every areas" on the tuning set Te)
        en = _singular(en) or en
    return _AGE.sub(r"\1-year-old", en), not own_place


def _marked_singular(words: list[str], g: Glossary) -> bool:
    """Whether the head is a feminine noun in its direct singular, whose direct plural is another
    form of the same glossary entry ("कंपनी" beside "कंपनियां", "परीक्षा" beside "परीक्षाएं"): the
    glossary gives such an entry its plural English, which said "companies" for "कंपनी ने …"
    (round nm1, issue 13: the audit sa1's #106; 9 such heads on the 280 allowed corpus day
    files). Not after a quantifier (:func:`_many_things` reads "सभी … सेवा" as many), nor in a
    list (each conjunct keeps the entry's English)."""
    if len(words) > 1 and (_many_things(words) or _CONJUNCTIONS & set(words)):
        return False
    head = words[-1] if words else ""
    if head.endswith("ी"):
        plural = (head[:-1] + "ियां",)
    elif head.endswith("ा"):
        plural = (head + "एं",)
    else:
        return False
    return any(
        f == (head,) and any(p == plural for p, e2 in g.index.get(plural[0], ()) if e2 is e)
        for f, e in g.index.get(head, ())
    )


# An age is one hyphenated English word ("32 वर्षीय व्यक्ति" = "32-year-old person"), as
# ``group_words`` writes the ages it reads before a head (round ev163); the glossary's word by
# word English put a space after the number
_AGE = re.compile(r"(\S+) year-old")


# A measure bound to a radius around a place ("अस्पताल के एक किलोमीटर के दायरे में कर्फ्यू",
# "घर के तीन किमी के दायरे को सील"): its target is the area, not the whole town nor "दायरे"
# (the event gold's convention: "area within 1 km of the hospital"). Issue 13, round ev59: 13
# such radii on the whole corpus, most of them of a curfew, a seal or a containment zone.
RADII = frozenset({"दायरे", "दायरा", "दायरें", "परिधि", "रेडियस"})
_UNITS = {"किलोमीटर": "km", "किमी": "km", "मीटर": "m"}


def _radius(words: list[str], g: Glossary) -> str | None:
    """ "अस्पताल (के) एक किलोमीटर के दायरे" = "area within 1 km of the hospital"; "area
    within 3 km" when what it is around is unsaid or the glossary cannot say it."""
    if len(words) < 4 or words[-1] not in RADII or words[-2] not in {"के", "की"}:
        return None
    unit = _UNITS.get(words[-3])
    raw = words[-4].translate(_DIGITS)
    number = _SMALL_NUMBERS.get(raw) or (raw if _NUMBER.fullmatch(raw) else None)
    if unit is None or number is None:
        return None
    around = words[:-4]
    if around and around[-1] in _GENITIVE:
        around = around[:-1]
    area = f"area within {number} {unit}"
    got = _phrase(around, g) if around else None
    if got is None:
        return area
    en = got[0]
    if _one_thing(around) or en.split()[0] not in {"all", "the"}:
        en = _singular(en) or en  # "अस्पताल": the hospital the report is about
    return f"{area} of the {en}" if not en.startswith("the ") else f"{area} of {en}"


# "<distance> के भीतर आने वाले <head>": the head that falls within a distance, not one arriving
# ("3 किलोमीटर के भीतर आने वाले सभी लोगों की स्क्रीनिंग" = "screening of everyone within 3 km",
# was "everyone"; "एक किलोमीटर के दायरे में आने वाले हरेक इलाकों" = "every area within 1 km").
# Issue 13, round ev122: 9 such phrases on the allowed corpus day files (भीतर, दायरे में; with
# आने वाले, मौजूद or nothing between the distance and the head)
_INSIDE = (("भीतर",), ("अंदर",), ("दायरे", "में"))
_FALLING = (("आने", "वाले"), ("आने", "वाली"), ("आने", "वालों"), ("मौजूद",), ("स्थित",))


def _within(words: list[str], g: Glossary) -> str | None:
    """ "<n> <unit> के भीतर (आने वाले) <head>" = "<head> within <n> <unit>" ("of the <X>" when a
    glossable X before a genitive names what the distance is from); None for anything else."""
    for k in range(2, len(words) - 2):
        if words[k] != "के" or words[k - 1] not in _UNITS:
            continue
        raw = words[k - 2].translate(_DIGITS)
        number = _SMALL_NUMBERS.get(raw) or (raw if _NUMBER.fullmatch(raw) else None)
        inside = next((f for f in _INSIDE if tuple(words[k + 1 : k + 1 + len(f)]) == f), None)
        if number is None or inside is None:
            continue
        rest = words[k + 1 + len(inside) :]
        falling = next((f for f in _FALLING if tuple(rest[: len(f)]) == f), ())
        head = _gloss(" ".join(rest[len(falling) :]), None, g) if rest[len(falling) :] else None
        if head is None:
            return None
        within = f"{head} within {number} {_UNITS[words[k - 1]]}"
        around = words[: k - 2]
        if len(around) < 2 or around[-1] not in _GENITIVE:
            return within
        got = _phrase(around[:-1], g)
        if got is None:
            return within
        en = (_singular(got[0]) or got[0]) if _one_thing(around[:-1]) else got[0]
        return f"{within} of {en}" if en.startswith("the ") else f"{within} of the {en}"
    return None


def names_people(text: str) -> bool:
    """Whether a phrase ends in a glossary noun of people ("लोगों", "यात्रियों") or is a
    relative clause of who breaks a rule ("जो भी तोड़ेगा")."""
    words = _words(text)
    if _relative(words):
        return True
    g = glossary()
    return any(
        entry.people and tuple(words[k:]) == form
        for k in range(len(words))
        for form, entry in g.index.get(words[k], ())
    )


def day_of(dct: str | None) -> date | None:
    """The day of an article's date (``YYYY-MM-DD…``), or None when it has none or a bad one:
    who held an office is looked up on the day the article was written."""
    try:
        return date.fromisoformat(dct[:10]) if dct else None
    except ValueError:
        return None


def text_english(event: Event, ident: str) -> str | None:
    """The English of a ``text:`` actor of an event: the gloss its argument carries, else the
    id's phrase glossed alone (an actor without an argument of its own)."""
    for arg in event.arguments:
        if arg.entity_id == ident and arg.en:
            return arg.en
    return gloss(ident.split(":", 1)[1])


def _glossary_size(path: Path) -> str:
    g = read_glossary(path)
    return f"{len(g.entries)} entries, {sum(len(e.forms) for e in g.entries)} forms"


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.events.gloss check [FILE]``: check a glossary, print its size."""
    from .actors import check_command

    return check_command(argv, "khabar.events.gloss", _builtin(), _glossary_size)


if __name__ == "__main__":
    raise SystemExit(main())

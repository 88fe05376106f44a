"""Definite reference for groups: "इन मजदूरों", "उक्त व्यक्ति", "ये लोग" said as the earlier mention.

Why a module of its own: a report names a group once with what makes it that group ("बिहार के
प्रवासी मजदूरों", "वाराणसी के 55 वर्षीय व्यक्ति", "डॉक्टरों की टीम") and then goes on with a
demonstrative and the bare noun ("इन मजदूरों को …", "उक्त व्यक्ति को …", "इस टीम ने …"). The
clause analysis keeps the demonstrative phrase as the side's words and naming said only its noun,
in the source's jurisdiction ("the workers in Bihar", "the person", no English for "इस टीम"):
what the Hindi told of them an earlier sentence says. :mod:`.anaphora` follows a target's
demonstrative phrase to a people phrase of the sentences right before it and takes that phrase as
the actor (round ev89); this module only names, on both sides, a demonstrative phrase that is left
as it was, and a bare noun of a group that begins its phrase with nothing of its own before it
("अधिकारियों ने …" after "वुहान के अधिकारियों ने कहा"; not "लोगों", often the public): its noun's
nearest earlier mention in the article, with the same noun (or a noun the
glossary says in the same English: "श्रमिकों" for "मजदूरों"), lends what the words before it say
of the group (:func:`khabar.events.group_words.group_said`: a modifier, a participle, an age, an
origin, a people's adjective, a possessor body; :func:`khabar.events.group_words.team_of` for a
team: whose team). A demonstrative mention between is read past (it is the same group); kept only
where the nearest other mention says something: a bare mention of the noun between (nothing more
said of it) leaves the name as it was, and so does a mention too far back (:data:`_REACH`), one person for a plural
("एक छात्र" for "छात्रों"), and what only counts them ("सैकड़ों", "अन्य", "सभी": not lent).

Round ev201 (issue 13): rounds ev192 and ev198 counted tuning-set sides right only by the Hindi
head whose qualifier an earlier sentence gives, and sides named by such a demonstrative phrase.
"""

from __future__ import annotations

import re

from ..model import Argument, Event
from .gloss_phrases import _singular
from .glossary import _DIGITS, _TOKEN, _words, glossary
from .group_words import _TEAMS, group_said, team_of

# Words that make a noun phrase point back at a group named before: the demonstratives and
# "उक्त" (the said), "संबंधित" (the concerned) before people.
DEMONSTRATIVES = frozenset(
    {"इन", "उन", "इस", "उस", "ये", "वे", "यह", "वह", "उक्त", "इन्हीं", "उन्हीं", "इसी", "उसी"}
    | {"संबंधित"}
)
# Quantifiers that may stand between the demonstrative and the noun ("इन सभी मजदूरों", "इन
# दोनों युवकों"): they count the group the earlier mention names.
_BETWEEN = frozenset({"सभी", "सारे", "दोनों", "तीनों", "चारों", "पांचों"})
# Characters before the phrase an earlier mention is looked for in: about the report's earlier
# paragraphs, as :data:`khabar.events.group_words._ONE_PERSON_REACH` and the locality rule's
# reach (round ev53); on the allowed corpus day files of round ev201, 3000 added one side (a
# "वरिष्ठ अधिकारियों" more than 1500 characters back), not read as sure, so not kept.
_REACH = 1500
_BREAKS = frozenset("।.!?|\n")  # a sentence's end between the demonstrative and the span
_NEAR = 30  # characters before a span read for its demonstrative: two or three short words


# Nouns of people at large: a bare "लोगों" is as often the public as the people named before.
_ANYONE = frozenset({"people", "person", "public"})


# What may stand right before a bare noun that begins its own phrase: a postposition or a
# conjunction of the phrase before it, a subject pronoun, a particle ("… ने मरीजों से बात",
# "उन्होंने महिलाओं को …"); any other word ("पुलिस अधिकारियों", "ओबीसी कर्मचारी", "पुराने
# मरीजों") is part of its phrase, which says who they are or is another group; a genitive before
# it ("यूएनडीपी के कर्मियों") names their owner, whom the words say already.
_EDGE = frozenset(
    {"को", "से", "में", "पर", "ने", "तक", "द्वारा", "लिए", "लिये", "साथ"}
    | {"और", "व", "एवं", "तथा", "या", "भी", "ही", "तो", "कि", "उन्होंने", "इन्होंने", ","}
)


def _bare(arg: Argument, text: str) -> bool:
    """Whether a side is one bare noun of people ("मजदूरों का आरोप था", "मरीजों से बात") that
    begins its phrase (the sentence's start or a word of :data:`_EDGE` before it) and whose own
    words say nothing more (:func:`group_said`)."""
    words = _words(arg.text)
    core = _plural_en(words[0]) if len(words) == 1 else None
    if core is None or group_said(arg, text, core, core) is not None:
        return False
    before = list(_TOKEN.finditer(text, max(0, arg.start - _NEAR), arg.start))
    if not before or _BREAKS & set(text[before[-1].end() - 1 : arg.start]):
        return True  # the sentence's first word (a full stop may end the token before)
    return before[-1].group() in _EDGE


def _demonstrative_at(arg: Argument, text: str) -> int | None:
    """The start offset of the demonstrative that makes the side's phrase point back: the
    phrase's first word ("इन मजदूरों") or the word right before its span ("इन [मजदूरों]"), with
    only quantifiers of :data:`_BETWEEN` between it and the noun; None when there is none."""
    words = _words(arg.text)
    if len(words) >= 2 and words[0] in DEMONSTRATIVES:
        return arg.start if all(w in _BETWEEN for w in words[1:-1]) else None
    if not words or any(w not in _BETWEEN for w in words[:-1]):
        return None
    before = list(_TOKEN.finditer(text, max(0, arg.start - _NEAR), arg.start))
    j = len(before) - 1
    while j >= 0 and before[j].group() in _BETWEEN:
        j -= 1
    if j < 0 or before[j].group() not in DEMONSTRATIVES:
        return None
    return None if _BREAKS & set(text[before[j].end() : arg.start]) else before[j].start()


def _english_head(word: str) -> str | None:
    """The singular English of a people noun of the glossary ("मजदूरों", "श्रमिक" -> "worker"),
    or of a team noun ("टीम" -> "team"); None for any other word."""
    if word in _TEAMS:
        return _TEAMS[word].removesuffix("s")
    for form, entry in glossary().index.get(word, ()):
        if form == (word,) and entry.people and entry.kind == "noun":
            last = entry.en.split()[-1]
            return _singular(last) or last
    return None


def said_before(arg: Argument, text: str, name: str | None) -> str | None:
    """The English of a source or target said by a demonstrative phrase of a group (``name``
    its English so far, None when it had none), with what the nearest earlier mention of its
    noun says (:func:`group_said`, :func:`team_of`); None when there is nothing to add."""
    at = _demonstrative_at(arg, text)
    words = _words(arg.text)
    if not words:
        return None
    head = _english_head(words[-1])
    if head is None:
        return None
    if at is None and head not in _ANYONE and _bare(arg, text):
        at = arg.start
    if at is None:
        return None
    for m in reversed(list(_TOKEN.finditer(text, max(0, at - _REACH), at))):
        if _english_head(m.group()) != head:
            continue
        earlier = Argument(arg.role, m.group(), m.start(), m.end(), None)
        if _demonstrative_at(earlier, text) is not None:
            continue  # it points back as well: the same group, read further back
        if words[-1] in _TEAMS:
            team = team_of(earlier, text)
            return team if team else None
        core = _plural_en(words[-1])
        if core is None:
            return None
        first = _count_start(text, m.start())
        pointer = text[at:].split(maxsplit=1)[0]
        if _one_of_many(text[first : m.start()], m.group(), words[-1], pointer):
            return None  # "समस्तीपुर के एक छात्र ने बताया … छात्रों का कहना": one of them
        counted = Argument(arg.role, text[first : m.end()], first, m.end(), None)
        said = group_said(counted, text, core, core)
        return _lent(said, core, name)
    return None


# Counts and quantifiers right before the earlier mention's noun ("लगभग 7500 छात्र", "सैकड़ों
# मजदूर", "एक कर्मचारी"): they say how many were named then, not who they are, so they are read
# past (to the words that say who) and not lent; their English is dropped from what is lent.
_COUNT_WORDS = frozenset({"लगभग", "करीब", "तकरीबन", "एक", "कई", "सैकड़ों", "हजारों", "हज़ारों"})
_COUNT_EN = frozenset(
    {"one", "a", "an", "several", "many", "some", "few", "hundreds", "thousands", "about"}
    | {"all", "other", "both", "more", "than", "percent", "the", "these", "those", "such"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
_NUMERAL = re.compile(r"[\d.,]+")  # a count said in figures ("7500", "22.12")
_COUNT_REACH = 3  # words: "करीब 500 से अधिक" is said in fewer than this before the noun anyway


def _count_start(text: str, start: int) -> int:
    """The start of the counts and quantifiers right before offset ``start`` (itself if none)."""
    first = start
    for _ in range(_COUNT_REACH):
        toks = list(_TOKEN.finditer(text, max(0, first - 20), first))
        if not toks or text[toks[-1].end() : first].strip():
            break
        word = toks[-1].group()
        if word not in _COUNT_WORDS and not word.translate(_DIGITS).replace(",", "").isdigit():
            break
        first = toks[-1].start()
    return first


_PLURAL_ENDS = ("ों", "ओं")


# Demonstratives of one ("इस व्यक्ति", "उक्त युवक"): a plural mention before is not the one meant.
_ONE = frozenset({"इस", "उस", "यह", "वह", "उक्त", "इसी", "उसी"})


def _one_of_many(counted: str, earlier: str, word: str, pointer: str) -> bool:
    """Whether the earlier mention and the side differ in number: one ("एक छात्र") for a plural
    side ("छात्रों"), or a plural ("व्यक्तियों") for a demonstrative of one (``pointer``, the word
    at the phrase's start: "इस व्यक्ति")."""
    if "एक" in counted.split() and word.endswith(_PLURAL_ENDS):
        return True
    return pointer in _ONE and earlier.endswith(_PLURAL_ENDS)


def _lent(said: str | None, core: str, name: str | None) -> str | None:
    """The side's English with what the earlier mention said of the group (``said``, its
    English around ``core``), counts and quantifiers left out; None when it says no more."""
    if said is None or core not in said:
        return None
    pre, post = said.split(core, 1)
    if post.startswith(" of ") and post[4:5].islower() and not post.startswith(" of the "):
        post = ""  # "of states": a kind of owner ("नौ राज्यों के"), no one in particular
    kept = [w for w in pre.split() if w not in _COUNT_EN and not _NUMERAL.fullmatch(w)]
    while kept and kept[-1] == "of":
        kept.pop()  # "hundreds of": the count's own "of"
    said = " ".join([*kept, core]) + post
    if said == core:
        return None  # the nearest mention says no more than the noun: nothing to lend
    noun = core if not name or core in name else _singular(core) or core
    if name and " in " in name and any(_of_place(w, name) for w in kept):
        name = name.split(" in ", 1)[0]  # "Bihari workers": not "in Bihar", where they are from
    if name and said.replace("the ", "") == name.replace("the ", ""):
        return None
    if name and noun in name and " of " not in said:
        said = said.replace(core, noun, 1)
        return name.replace(noun, said, 1) if said not in name else None
    return said


def _of_place(adjective: str, name: str) -> bool:
    """Whether a capitalised word lent ("Bihari") is the people's adjective of the place the
    name puts them in ("workers in Bihar"): its first four letters are the place's."""
    place = name.split(" in ", 1)[1]
    return adjective[:1].isupper() and len(adjective) > 4 and place.startswith(adjective[:4])


def _plural_en(word: str) -> str | None:
    """The glossary English of a people noun as its entry says it ("मजदूरों" -> "workers")."""
    for form, entry in glossary().index.get(word, ()):
        if form == (word,) and entry.people and entry.kind == "noun":
            return str(entry.en)
    return None


def name_pointing_groups(ev: Event, text: str) -> None:
    """Say each source and target of ``ev`` that is a demonstrative phrase of a group with what
    its earlier mention says (:func:`said_before`): a group or a phrase (no KB entity, no person)
    that :mod:`.anaphora` found no antecedent for (a resolved one has a ``target_antecedent``)."""
    for arg in ev.arguments:
        ident = arg.entity_id or ""
        if arg.role not in {"source", "target"} or not ident.startswith(("actor:", "text:")):
            continue
        for a in ev.arguments:  # a loop, no generator made per argument (round sp27, issue 16)
            if a.role == "target_antecedent" and a.entity_id == ident:
                break
        else:  # no antecedent resolved it
            arg.en = said_before(arg, text, arg.en) or arg.en

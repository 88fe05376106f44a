"""Offices whose holder the article names: a later mention of the office is that person.

The held-out sets' rule (issue 13): "offices stay offices unless the text names the person". A
report names an official once in full ("रांची के उपायुक्त राय महिमापत रे ने …") and then by the
office alone ("उपायुक्त ने कहा कि …", "रांची के उपायुक्त ने … निर्देश दिये"); every such act is
the person's. :mod:`.coding` already reads a bare office word after a title that was followed
right away by a tagged name (:func:`.coding._holder`). Two kinds slipped past it (round ti2):

- one word between the office and the tagged name: a title the tagger leaves out of the name
  ("मुख्यमंत्री कैप्टन अमरिंदर सिंह") or a first name it missed ("उपायुक्त राय महिमापत रे", the
  tagger's name starts at महिमापत). The holder was not recorded, so every later bare office stayed
  the office (:func:`name_past_word`);
- the office said again with its place ("रांची के उपायुक्त ने") or by another word for the same
  office ("मध्यप्रदेश सीएम ने" after "मुख्यमंत्री शिवराज सिंह चौहान"): coded to the place the
  holder's office was coded with, it is that person (:func:`same_office_holder`). A deputy's or a
  former holder's office ("अपर मुख्य सचिव", "पूर्व मुख्यमंत्री") is another person's, never the
  holder's (:func:`another_holder`).

Why a module of its own: :mod:`.coding` is near its size bound, and the holder's reading is one
concern (the article's named officials) that the coder calls with two lines.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Mention
from .actor_context import ActorContext
from .actors import ActorDictionary, ActorWord

# Words that end the office's phrase rather than sit inside a name: postpositions, conjunctions
# and the particles a report puts after an office ("मुख्यमंत्री ने", "मंत्री और सचिव", "डीएम भी").
_NOT_NAME_WORDS = frozenset(
    {
        "ने", "के", "की", "का", "को", "से", "में", "पर", "और", "व", "एवं", "तथा", "भी", "ही",
        "तो", "या", "अथवा", "सहित", "समेत", "संग", "साथ", "द्वारा", "ओर", "तक", "लिए", "बाद",
        "पहले", "जी", "रहे", "रही", "थे", "थी", "था", "हैं", "है", "हुए", "कहा", "बताया",
    }
)  # fmt: skip
# a word of Devanagari letters and signs, no digit or danda (str.isalpha fails on vowel signs)
_DEVANAGARI_WORD = re.compile("[\u0900-\u0963\u0970-\u097f]+")
# Words before an office that make it another person's: a deputy, an additional or a former
# holder ("अपर मुख्य सचिव" is not the chief secretary the article named; "पूर्व मुख्यमंत्री" is
# not the chief minister). Read on the 280 allowed corpus day files (round ti2).
_OTHER_HOLDER = frozenset(
    {"अपर", "अतिरिक्त", "उप", "सहायक", "संयुक्त", "पूर्व", "निवर्तमान"}
)  # not "प्रभारी": "प्रभारी मंत्री" is the minister in charge the article named ("जिले के प्रभारी
# गन्ना मंत्री …", DJ-2020-ARP-26.txt), the same person


def name_past_word(
    texts: list[str], after: int, names_at: dict[int, Mention], lex: ActorDictionary
) -> Mention | None:
    """The tagged name one word after an office (the word at ``after``): "कैप्टन अमरिंदर सिंह",
    "राय महिमापत रे". None where that word ends the phrase (a postposition, a conjunction, a
    particle), is punctuation or a number, or starts an actor word itself ("जिलाधिकारी एसपी …")."""
    if after + 1 >= len(texts):
        return None
    named = names_at.get(after + 1)
    if named is None or named.type != "PERSON":
        return None
    word = texts[after]
    if word in _NOT_NAME_WORDS or word in lex.index or not _DEVANAGARI_WORD.fullmatch(word):
        return None
    return named


def another_holder(tokens: list[Any], i: int) -> bool:
    """The office at token ``i`` is a deputy's, an additional or a former holder's ("अपर मुख्य
    सचिव", "पूर्व मुख्यमंत्री"): not the person the article named in the office itself."""
    return i > 0 and tokens[i - 1].text in _OTHER_HOLDER


def same_office_holder(
    ctx: ActorContext | None,
    word: ActorWord,
    office: tuple[str, str],
    tokens: list[Any],
    span: tuple[int, int],
) -> Mention | None:
    """The one person the article's item last named with an office word of the same English
    (``word.en``) whose office was coded with this mention's code (``office``: code and English
    name, as :mod:`.coding` coded it), as an inferred mention over the office's tokens; None for
    an office of a group, a code no holder has or two have, or a deputy's or a former holder's
    office (``_OTHER_HOLDER`` before it)."""
    i, last = span
    if ctx is None or not word.person or word.group:
        return None
    if another_holder(tokens, i):
        return None
    people = [
        m
        for w, m in ctx.holders.items()
        if w.en == word.en and m.entity_id and ctx.person_codes.get(m.entity_id) == office[0]
    ]
    if len(people) != 1:
        return None
    return holder_mention(tokens, span, people[0], office[0])


def holder_mention(
    tokens: list[Any], span: tuple[int, int], person: Mention, role: str | None
) -> Mention:
    """The office's tokens ``span`` as an inferred mention of its named holder ``person``, coded
    ``role``: the one shape both readings of a bare office (here and :func:`.coding._holder`)
    give."""
    i, last = span
    return Mention(
        start=tokens[i].start,
        end=tokens[last].end,
        text=" ".join(t.text for t in tokens[i : last + 1]),
        type="PERSON",
        entity_id=person.entity_id,
        canonical=person.canonical,
        kind="role_only",
        inferred=True,
        role=role,
        source="actors",
    )

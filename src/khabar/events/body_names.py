"""The English name of a body the KB lacks whose Hindi name is made of common nouns.

Why (round nm15, issue 13): an organisation the entity tagger found and the KB does not hold gets
an id spelt from its Hindi ("name:organization:ngr-vks-vn-vs-vbg"), and when its words are Hindi
nouns rather than English loan words (:func:`khabar.events.names._organisation_name` says those)
the event's actor had no English name at all: an analyst reads the id as no name, and the
reference scorer gets none. 18 of the 88 actor slots with no English on the 280 allowed corpus day
files at main ab08fa98 were such ids; the commonest kind among them is a department, ministry,
bureau or party written in words the glossaries know ("नगर विकास एवं आवास विभाग", "ड्रग विभाग",
"आव्रजन ब्यूरो", "भाजपा संसदीय दल"). Such a name is said here by the glossary's own phrase rules
(:func:`khabar.events.name_glosses.named_phrase`, the main glossary and the naming-only one), in
the singular (a body is one) and in title case, as English news names a body ("Urban Development
and Housing Department"). Only when every word of the name is known (an unknown word would be
dropped from the name: "ड्रग विभाग" read by the main glossary alone was "department") and the
head is a body noun: a place, a person tagged as a body ("डायरेक्टर हेल्थ डॉ. जी दीवान") or a
group ("लातिन अमेरिकी देशों") keeps what it had.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from ..model import Mention
from .gloss_phrases import _CONJUNCTIONS, _singular
from .glossary import _norm, _words, known_word
from .name_glosses import _merged, named_phrase

# English heads of a body's name: the last word of the gloss (round nm15: the heads of the
# organisation ids with no English on the 280 allowed corpus day files, and their kin)
_BODY_HEADS = frozenset(
    {"department", "ministry", "bureau", "board", "corporation", "party", "university", "council"}
)
# English words a name keeps in lower case inside it
_SMALL = frozenset({"and", "of", "for", "the", "in", "on"})


@cache
def _naming_vocabulary() -> frozenset[str]:
    """Every word of the main and the naming-only glossary's forms (once per process)."""
    return frozenset(w for e in _merged().entries for f in e.forms for w in f)


def _known(word: str) -> bool:
    return word in _CONJUNCTIONS or _norm(word) in _naming_vocabulary() or known_word(word)


def _title(en: str) -> str:
    """ "urban development and housing department" -> "Urban Development and Housing
    Department"; a word with a capital already (BJP, Noida) kept as it is."""
    words = en.split()
    return " ".join(
        w if (w in _SMALL and k) or not w.islower() else w[:1].upper() + w[1:]
        for k, w in enumerate(words)
    )


def body_name(mentions: Sequence[Mention]) -> str | None:
    """The title-cased gloss of the longest organisation mention whose words the glossaries
    all know and whose English head is a body noun; None when there is none."""
    texts = sorted(
        {m.text for m in mentions if m.type == "ORGANIZATION"}, key=lambda t: (-len(t), t)
    )
    for text in texts:
        words = _words(text)
        if not words or not all(map(_known, words)):
            continue
        en = _said(words)
        if en is not None:
            return _title(en)
    return None


def _said(words: list[str]) -> str | None:
    """The English of a body's name: its gloss, the head singular; a name whose modifiers are
    joined ("नगर विकास एवं आवास विभाग") said conjunct by conjunct before the one head ("urban
    development and housing department"). None when the head is no body noun or the gloss
    keeps one word only (a modifier it could not say was dropped: "गृह मंत्रालय" is no
    "ministry")."""
    cuts = [k for k, w in enumerate(words) if w in _CONJUNCTIONS]
    last = words[cuts[-1] + 1 :] if cuts else words
    en = named_phrase(" ".join(last))
    if not en or " in " in en or " of " in en:
        return None  # a place or owner read into it: no body's own name
    en = _singular(en) or en
    head = en.split()[-1]
    if head not in _BODY_HEADS or len(en.split()) < len(last):
        return None
    mods: list[str] = []
    for a, b in zip([-1, *cuts], cuts, strict=False):
        part = words[a + 1 : b]
        said = named_phrase(" ".join([*part, last[-1]])) if part else None
        said = (_singular(said) or said) if said else None
        if not said or not said.endswith(" " + head) or len(said.split()) <= len(part):
            return None
        mods.append(said.removesuffix(" " + head))
    return ", ".join(mods) + " and " + en if mods else en

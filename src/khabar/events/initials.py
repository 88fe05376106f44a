"""Stops that belong to a name or an abbreviation, not to the clause: "प्रभु एन. सिंह",
"एस.के. सिंह", "डॉ. आर.के. शर्मा", "आई.ए.एस.", "एस.पी.", "सी.एम.ओ.".

Hindi news writes initials and abbreviations with a full stop, and the events stage cuts a clause
at every "." it does not know to be something else. Round ev159 (issue 13) found "जिलाधिकारी
प्रभु एन. सिंह ने … के साथ बैठक की" giving no event at all, though the entity mention "प्रभु एन.
सिंह" was found whole: the stop after "एन" cut the agent off from its verb. The sentence splitter
(:mod:`khabar.lang.sentences`) already tells such a stop from a sentence's end with the lists of
:mod:`khabar.lang.lexicon`; this module reads the same lists for the clause, so the two stages
agree on what an initial is (no second list to drift apart).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ..lang.lexicon import (
    ABBREVIATIONS,
    AMBIGUOUS_LETTER_NAMES,
    LETTER_NAMES,
    MAY_END,
    SENTENCE_FINAL_LETTER_NAMES,
    abbrev_key,
)

# Abbreviations that may also end a sentence ("आदि.", "रु.", "etc."): a stop after them may be
# the clause's end, so they are left to the other rules
_TITLES = ABBREVIATIONS - MAY_END
# The longest Devanagari piece of a chain read as one letter ("प्र" of "उ.प्र.", "म" of "म.प्र."):
# one akshara, at most three code points, as the sentence splitter's ``_is_initial_chain`` reads it
_AKSHARA = 3


class _Tok(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


def _letter(word: str) -> bool:
    """One piece of a chain of initials: a Latin letter, a Devanagari letter name ("के", "आई")
    or one Devanagari akshara ("प्र")."""
    if len(word) == 1 and word.isascii() and word.isalpha():
        return True
    return word in LETTER_NAMES or (
        0 < len(word) <= _AKSHARA and all("\u0900" <= c <= "\u097f" for c in word)
    )


def _devanagari(tok: _Tok) -> bool:
    return "\u0900" <= tok.text[:1] <= "\u097f"


def _glued(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


def initial_stop(tokens: Sequence[_Tok], k: int) -> bool:
    """Whether the "." at ``k`` is written after an initial or an abbreviation (glued to it, the
    sentence going on after it), so it closes no clause: after a title or rank of the sentence
    splitter's list ("डॉ.", "प्रो."), after a letter name that is no common word ("एन.", "एस.",
    "आर."), after one that is also a word but ends no sentence before a Hindi word ("पी. विजयन",
    "के. विजय राघवन"), or inside a chain of letters each with its stop ("एस.के.", "ए.के.",
    "आई.ए.एस.", "सी.एम.ओ.", "उ.प्र."), or inside a word ("नवभारतटाइम्स.कॉम"). The letter names that end sentences as words (आई "came",
    the honorific जी) count only inside a chain: "… सामने आई. इसके बाद" is a sentence's end."""
    if not 0 < k < len(tokens) - 1:
        return False
    before, stop = tokens[k - 1], tokens[k]
    if stop.text != "." or not _glued(before, stop):
        return False
    if _glued(stop, tokens[k + 1]) and before.text[-1:].isalpha() and tokens[k + 1].text[:1].isalpha():
        # a stop inside a word, written with no space on either side: the splitter ends the
        # sentence at a typed "है.इसके", so one left inside a sentence is a name's, as in the
        # mention "नवभारतटाइम्स.कॉम" (12 of the 44 stops inside mentions on the allowed files)
        return True
    word = before.text
    if abbrev_key(word) in _TITLES:
        return True
    if not _letter(word):
        return False
    if word in LETTER_NAMES and word not in AMBIGUOUS_LETTER_NAMES:
        return True
    if word in LETTER_NAMES and word not in SENTENCE_FINAL_LETTER_NAMES and _devanagari(tokens[k + 1]):
        return True  # "मुख्यमंत्री पी. विजयन", "सलाहकार के. विजय राघवन"
    # a chain: a glued stop before the letter ("के" of "एस.के."), or a glued letter and its stop
    # after this one ("ए" of "ए.के.")
    if k >= 2 and tokens[k - 2].text == "." and _glued(tokens[k - 2], before):
        return True
    return (
        k + 2 < len(tokens)
        and _glued(stop, tokens[k + 1])
        and _letter(tokens[k + 1].text)
        and tokens[k + 2].text == "."
        and _glued(tokens[k + 1], tokens[k + 2])
    )

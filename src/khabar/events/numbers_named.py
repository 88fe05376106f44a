"""A number's own digits standing inside a trigger form of several words.

Why: a helpline is issued with its numbers written out between the noun and the verb ("रेलवे
प्रशासन ने … के लिए हेल्पलाइन नंबर 9794840529 तथा 0551-2284764 जारी किया है", "सरकार ने
व्हाट्सएप्प हेल्पलाइन नंबर 9013151515 जारी किया है"), so the lexicon's "हेल्पलाइन नंबर जारी" and
"नंबर जारी" (round ev141) never matched them: a core miss of round rv41's audit draw, 4 such
clauses on the 280 allowed corpus day files (none read before). The digits say which number, not
what was done with it, so the form matcher (:func:`khabar.events.light_reach._matched`) passes
over them as it passes over a particle. Only right after the word "नंबर" itself, so a count or a
date elsewhere in a form ("धारा 144", "3 मई तक") is never skipped; only digits (a leading "+" and
inner hyphens allowed, as a telephone number is written) and the joiners of a list of them.
"""

from __future__ import annotations

import re

from .clause import Token

# the word a telephone number is named by, in both spellings of the corpus
_NUMBER_WORDS = frozenset({"नंबर", "नम्बर"})
# one written number: "9794840529", "0551-2284764", "+91-11-23978046", Devanagari digits
_DIGITS = re.compile(r"\+?[0-9०-९][0-9०-९-]*")
# what joins the numbers of a list ("9794840529 तथा 0551-2284764", "1,075"; the tokenizer cuts
# a digit group's comma off as a token of its own)
_JOINERS = frozenset({"तथा", "और", "व", ",", "/"})


def digits_end(toks: list[Token], k: int) -> int:
    """The index after the numbers written at ``k`` right after the word "नंबर", or ``k`` itself
    where none stands there (``k`` is the token after a form's word already matched)."""
    if not 0 < k < len(toks) or toks[k - 1].text not in _NUMBER_WORDS:
        return k
    if not _DIGITS.fullmatch(toks[k].text):
        return k
    k += 1
    while k + 1 < len(toks) and toks[k].text in _JOINERS and _DIGITS.fullmatch(toks[k + 1].text):
        k += 2
    return k

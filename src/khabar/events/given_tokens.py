"""Where the events stage may take a sentence's tokens from the entities stage instead of
tokenising it again (round sp19, issue 16).

Why: both stages tokenise every sentence, and the events tokenizer (:func:`.clause.tokenize`)
was 14% of the events stage. The entities stage keeps its tokens per sentence
(:mod:`khabar.wordtokens`); where the two token definitions give the same tokens, the events
stage takes them (one tokenisation per sentence). On the 3,488 sentences of the allowed day
files of ``benchmarks/scale.py --days 16`` the two agree on 86%; :data:`_DIVERGES` admits 2,738
(78.5%, 74% of the tokens): it leaves out a sentence with a joiner or a precomposed nukta letter
(the events texts rewrite them), a dash, a number with a comma or a word that mixes scripts.

The two definitions (the entities' ``tagger._TOKEN``, the events' ``clause._TOKEN``):

* entities: a run of Devanagari (``D``: U+0900-U+0963, U+0966-U+097F and the two joiners), a
  Latin word (letters with ``.&'`` inside), one Latin letter, a number (``\\d+`` with ``.`` or
  ``,`` between digits), or any other non-space character alone; whitespace and dashes between;
* events: a run of anything but whitespace, the punctuation ``P`` (``।॥|.,;:!?“”"‘’'()``) and
  the skipped brackets ``[]{}<>``; or one punctuation mark; and the joiners and precomposed
  nukta letters rewritten in the token texts.

:data:`_DIVERGES` finds any place where they may differ; a sentence where it finds none has the
same tokens under both, with the same offsets and texts. Why that is safe: such a sentence holds
only whitespace, ``P``, Devanagari without joiners or precomposed nukta letters (so no text is
rewritten), ASCII letters and ASCII digits (any other character, a dash or a bracket among them,
is found). Then between two spaces or marks a run is all Devanagari, all letters or all digits
(a Devanagari character next to a letter or digit, a letter next to a digit, are found), so the
events' run is one entities token: the Devanagari run is the same run; the Latin word cannot
hold a ``.`` or ``'`` (a letter, marks and a letter are found) and so is the letter run; the
number cannot hold ``.`` or ``,`` (a digit, a mark and a digit are found) and its ``\\d+``
stops where the ASCII digits do (a Devanagari digit after them is found). Each mark of ``P`` is
then an entities token alone (``\\S``), as it is an events token, and the gaps are whitespace
in both. A sentence it finds something in is tokenised by the events tokenizer, as before
(tests/test_speed_sp19.py checks the rule on random strings of every kind of character and on
corpus sentences).
"""

from __future__ import annotations

import re

from ..wordtokens import Token

# Devanagari as the entities tokenizer reads it, less the characters the events tokenizer
# rewrites in its texts (the joiners U+200C/U+200D, the precomposed nukta letters U+0958-U+095F)
_PLAIN_DEVANAGARI = "\u0900-\u0957\u0960-\u0963\u0966-\u097f"
# the events tokenizer's punctuation marks (``clause._TOKEN``), in a character class
_MARKS = "।॥|.,;:!?“”\"‘’'()"
_D, _A = _PLAIN_DEVANAGARI, "A-Za-z0-9"
# A place where the two token definitions may differ (see the module docstring): a character
# that is neither Devanagari, whitespace nor a mark, then what makes it one: any character but a
# letter or digit; a letter or digit after Devanagari; a letter before Devanagari, a digit or
# "U.S"; a digit before Devanagari, a letter or "2,500". The pattern opens with that one class,
# so the search skips the sentence's Devanagari, spaces and marks in its C loop and asks the
# branches only at another character (3.1 ms over the 3,488 sentences of scale.py's --days 16
# against 17.0 ms for the same branches each opening with its own class behind a lookahead).
_DIVERGES = re.compile(
    rf"[^{_D}\s{_MARKS}]"
    rf"(?:(?<=[^{_D}{_A}\s{_MARKS}])"  # a dash, a bracket, a joiner, any other character
    rf"|(?<=[{_D}].)"  # Devanagari, then a letter or digit
    rf"|(?<=[A-Za-z])(?=[{_D}0-9]|[.']+[A-Za-z])"  # a letter, then Devanagari, a digit or "U.S"
    rf"|(?<=[0-9])(?=[{_D}A-Za-z]|[.,]\d))"  # a digit, then Devanagari, a letter or "2,500"
)


def taken_tokens(
    kept: dict[tuple[int, int], list[Token]], text: str, start: int, end: int
) -> list[Token] | None:
    """The entities stage's tokens of ``text[start:end]`` where they are the events tokenizer's
    too (a new list: a view may change its own), else None (not kept, or they may differ)."""
    tokens = kept.get((start, end))
    if tokens is None or _DIVERGES.search(text, start, end) or _respelt(text, start, end):
        return None
    return list(tokens)


# The marks the events tokenizer rewrites (clause.py builds its rewrites from these, so that this
# test and the tokenizer cannot drift apart): a vowel sign, nasal sign, nukta or virama typed twice,
# read once (``clause._DOUBLED_MARK``, round rv36), and a vowel typed as two signs, ा + े or ा + ै in
# either order, the anusvara maybe between, read as ो or ौ (``clause._TWO_SIGNS``, round nrm1).
MARK_TWICE = "([\u0900-\u0903\u093c-\u094d])\\1"
TWO_SIGN_VOWEL = "\u093e\u0902?[\u0947\u0948]|[\u0947\u0948]\u0902?\u093e"
_REWRITTEN_MARKS = re.compile(f"{MARK_TWICE}|{TWO_SIGN_VOWEL}")


def _respelt(text: str, start: int, end: int) -> bool:
    """Whether the sentence holds a word the events tokenizer respells (``clause._RESPELT``, round
    rv30: the pronoun written without its nasal, "उन्होने"; ``clause._DOUBLED_MARK``, round rv36:
    a mark typed twice, "पहुंंच"; ``clause._TWO_SIGNS``, round nrm1: a vowel typed as two signs,
    "देशेां"); its texts differ from the entities'."""
    return text.find("न्होने", start, end) >= 0 or _REWRITTEN_MARKS.search(text, start, end) is not None

"""Sentence splitting for Hindi (and English) news text, with offsets.

Every later stage cites evidence by sentence, so spans must be absolute offsets into
``Article.text``; indic-nlp-library's ``sentence_tokenize`` returns strings and cannot give them.
Hindi news ends sentences with the danda "।", but many outlets (and wire copy such as the ANI text
in seed 000) use the Latin period, so the period is a terminator here and the hard part is telling
an ending period from an abbreviation ("डॉ.", "Dr."), an initial ("ए.के. शर्मा", "U.S."), a
decimal ("1.5") or an address ("www.example.com"). Rules, in order:

* a line break always ends a sentence: khabar's inputs carry one paragraph or headline per line,
  and a headline has no terminator;
* "।" and "॥" always end one (with closing quotes or brackets that follow them);
* "?", "!", "|" (a danda typed as a pipe), "…" and "..." end one when whitespace follows;
* "." ends one when whitespace follows (or a Devanagari letter, for the "है.इसके" typo), unless
  the word before it is an abbreviation, an initial or a chain of initials (a letter name that
  is also a word, such as के or पी, is an initial before a Hindi word unless it is आई or जी:
  round ev159), a list number at the
  start of the sentence, or the next word cannot start a sentence (a Hindi postposition such as
  "ने"/"की", the copula "है", or a lower-case Latin word);
* nothing inside a URL or e-mail address ends a sentence;
* a piece with no letter or digit (a stray "।") joins the sentence before it on the same line.
"""

from __future__ import annotations

import re

import regex

from .lexicon import (
    ABBREVIATIONS,
    AMBIGUOUS_LETTER_NAMES,
    CONTINUATION_WORDS,
    ENGLISH_STARTERS,
    LETTER_NAMES,
    MAY_END,
    SENTENCE_FINAL_LETTER_NAMES,
    abbrev_key,
    url_spans,
)

# A line break: "\r\n" or one of the characters ``str.splitlines`` breaks at. Stdlib ``re``
# patterns that open with a class, not ``regex`` ones and not an alternation, so the search
# skips ahead to the class (round sp6, issue 16: ``regex``'s scanner was 13% of the lang stage's
# instructions over scale.py --days 16); the same matches as ``\r\n|[\n\r...]``.
_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029](?:(?<=\r)\n)?")
# A run of terminators, then the closing quotes and brackets that belong to the sentence.
_TERMINATORS = re.compile(r"[।॥?!|.…][।॥?!|.…]*[\"'”’»›)\]}]*")
_CLOSERS = "\"'”’»›)]}"
_OPENERS = "\"'“‘«‹([{"
_NEXT_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")
_DEVANAGARI_LETTER = regex.compile(r"[\u0900-\u0963\u0971-\u097F]")


def split_sentences(text: str, start: int = 0, end: int | None = None, *,
                    soft_breaks: bool = False) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, as absolute, whitespace-trimmed offsets.
    ``soft_breaks``: the window is a hard-wrapped paragraph the clean stage joined
    (:mod:`khabar.clean.wrapped`), whose line breaks are spaces, not sentence ends.

    Spans are ordered, do not overlap, and together cover every non-space character of the
    window. Never raises on odd input; an empty or all-space window gives ``[]``.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    spans: list[tuple[int, int]] = []
    # A window with no line break (every block the clean stage makes: it cuts lines at "\n")
    # is one line. ``str.splitlines`` breaks at exactly ``_LINE_BREAK``'s characters
    # (tests/test_speed_sp18.py checks every code point) and gives an unbroken string back as
    # itself, from a scan in C where ``re`` tested its class at every character (round sp18,
    # issue 16: 3% of the lang stage on scale.py --days 16); the same spans.
    window = text[start:end]
    if soft_breaks or window.splitlines() == [window]:
        _split_line(text, start, end, spans)
        return spans
    line_start = start
    for m in _LINE_BREAK.finditer(text, start, end):
        _split_line(text, line_start, m.start(), spans)
        line_start = m.end()
    _split_line(text, line_start, end, spans)
    return spans


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """Append the sentences of one line (no line breaks inside) to ``out``."""
    s, e = _trim(text, start, end)
    if s >= e:
        return
    protected = url_spans(text, s, e)
    first = len(out)
    sent_start = s
    for m in _TERMINATORS.finditer(text, s, e):
        # a line without a URL (nearly every one) makes no generator per terminator (round sp18)
        if protected and any(ps <= m.start() < pe for ps, pe in protected):
            continue
        cut = m.end()
        if _ends_sentence(text, m.start(), cut, sent_start, e):
            _append(text, sent_start, cut, out, first)
            sent_start = cut
    _append(text, sent_start, e, out, first)


def _append(text: str, s: int, e: int, out: list[tuple[int, int]], first: int) -> None:
    """Add the trimmed span; a piece with no letter or digit joins the previous sentence."""
    s, e = _trim(text, s, e)
    if s >= e:
        return
    if len(out) > first and not any(ch.isalnum() for ch in text[s:e]):
        out[-1] = (out[-1][0], e)
        return
    out.append((s, e))


def _ends_sentence(text: str, run_start: int, cut: int, sent_start: int, line_end: int) -> bool:
    """Whether the terminator run ``text[run_start:cut]`` ends the current sentence."""
    run = text[run_start:cut].rstrip(_CLOSERS)
    spaced = cut >= line_end or text[cut].isspace()
    if "।" in run or "॥" in run:
        return True
    if "?" in run or "!" in run:
        return spaced
    if "|" in run:
        before = text[run_start - 1] if run_start > sent_start else " "
        return spaced and (before.isspace() or bool(_DEVANAGARI_LETTER.match(before)))
    nxt = _next_word(text, cut, line_end)
    if "…" in run or len(run) > 1:
        return spaced and not _continues(nxt)
    return _period_ends(text, run_start, cut, sent_start, line_end, spaced, nxt)


def _period_ends(
    text: str, dot: int, cut: int, sent_start: int, line_end: int, spaced: bool, nxt: str
) -> bool:
    """Whether the single period at ``dot`` ends a sentence."""
    word_start = dot
    while word_start > sent_start and not text[word_start - 1].isspace():
        word_start -= 1
    prev = text[word_start:dot].lstrip(_OPENERS)
    if not spaced:
        # "है.इसके": a period glued between two Devanagari words ends a sentence, unless it is
        # part of a chain of initials ("ए.के.शर्मा") or follows an abbreviation ("डॉ.शर्मा").
        glued = bool(_DEVANAGARI_LETTER.match(text[cut])) and bool(prev)
        if not glued or not _DEVANAGARI_LETTER.match(prev[-1]):
            return False
        tail = prev.rsplit(".", 1)[-1]
        next_is_initial = text[cut + len(nxt) : cut + len(nxt) + 1] == "."
        return not (
            tail in LETTER_NAMES
            or abbrev_key(tail) in ABBREVIATIONS
            or "." in prev
            or next_is_initial
        )
    if not prev:
        return True  # "है ." — a period typed after a space, as a danda often is
    if "." in prev and _is_initial_chain(prev):
        return nxt in ENGLISH_STARTERS  # "in the U.S. He said" ends; "U.S. President" does not
    low = abbrev_key(prev)
    if low in MAY_END:
        return not (_continues(nxt) or nxt[:1].isdigit())
    if low in ABBREVIATIONS:
        return False
    if len(prev) == 1 and prev.isascii() and prev.isupper():
        return False  # "John F. Kennedy"
    if prev in LETTER_NAMES and prev not in AMBIGUOUS_LETTER_NAMES:
        return False  # "एम. करुणानिधि"
    if prev in LETTER_NAMES and prev not in SENTENCE_FINAL_LETTER_NAMES and _devanagari(nxt):
        return False  # "मुख्यमंत्री पी. विजयन": a letter name that ends no sentence (round ev159)
    if prev.isdigit() and len(prev) <= 3 and not text[sent_start:word_start].strip():
        return False  # "1. पहला बिंदु" — a list number
    return not _continues(nxt)


def _devanagari(word: str) -> bool:
    """Whether ``word`` starts with a Devanagari letter (a Hindi name may follow an initial)."""
    return bool(word) and bool(_DEVANAGARI_LETTER.match(word[0]))


def _is_initial_chain(word: str) -> bool:
    """'U.S', 'e.g', 'ए.के', 'उ.प्र': every piece a single Latin letter, a Devanagari letter
    name, or a Devanagari piece of at most three code points (one akshara: "प्र", "म")."""
    return all(
        (len(p) == 1 and p.isascii() and p.isalpha())
        or p in LETTER_NAMES
        or (0 < len(p) <= 3 and bool(_DEVANAGARI_LETTER.match(p)))
        for p in word.split(".")
    )


def _next_word(text: str, pos: int, line_end: int) -> str:
    """The word that starts after ``pos`` (spaces and opening quotes skipped), or ''."""
    while pos < line_end and (text[pos].isspace() or text[pos] in _OPENERS):
        pos += 1
    m = _NEXT_WORD.match(text, pos, line_end)
    return m.group() if m else ""


def _continues(word: str) -> bool:
    """Whether ``word`` cannot start a sentence: a postposition/copula or lower-case Latin."""
    if not word:
        return False
    return word in CONTINUATION_WORDS or (word[0].isascii() and word[0].islower())


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e

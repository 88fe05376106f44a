"""Physical lines of a text with the features the line classifier reads.

A crawl's plain text has one paragraph (or one page widget) per physical line, so the line is the
unit: every non-empty line becomes one :class:`~khabar.model.Block`. Features follow jusText
(length, stop-word density, link-list shape) adapted to plain text, where no markup tells a link
from prose: script ratios, sentence punctuation and separator density stand in for link density.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

from ..spancounts import per_span
from .cues import ENGLISH_STOPWORDS, HINDI_STOPWORDS

# The Devanagari ranges first: ``re`` tries a class's items in order, and a range test refuses or
# takes a Devanagari character before a Unicode category lookup would (the same set; round sc50).
# Written ``[…][…]*``, not ``[…]+``, the same runs: ``re`` scans ahead for a pattern's opening
# class only when the class itself opens it, not a repeat of it, and otherwise tries the pattern
# at every position, spaces and signs included (round sp4, issue 16: findall over the 2,324
# lines of scale.py --days 16's files 20.7 -> 17.2 ms).
_WORD_CHAR = r"[\u0900-\u0963\u0966-\u097F\w]"
_WORD = re.compile(_WORD_CHAR + _WORD_CHAR + "*", re.UNICODE)
# Sentence ends: danda, full stop, ?, !, closing quote after one of them.
_SENT_END = re.compile(r"[।.?!॥]['\"”’)]*(?=\s|$)")
_SEPARATORS = re.compile(r"[|,•·»›/]")
# Letters by script, counted with regexes (a per-character Python loop was 60% of cleaning time).
# Devanagari letters are counted as runs (their lengths summed): a third of the time of one
# match per letter, the same count.
_DEVA_LETTER = re.compile(r"[\u0900-\u0963\u0971-\u097F\uA8E0-\uA8FF]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u0900-\u097F\uA8E0-\uA8FF]")


@dataclass(slots=True)
class Line:
    """A non-empty physical line: ``start``/``end`` span its text without surrounding blanks."""

    start: int
    end: int
    number: int  # 1-based physical line number in the whole text
    text: str
    words: int
    letters: int
    deva_ratio: float  # Devanagari letters / letters
    latin_ratio: float  # Latin letters / letters
    stop_density: float  # stop words / words
    sentence_ends: int
    ends_sentence: bool  # the last visible character closes a sentence
    separator_ratio: float  # list separators per word (link lists, breadcrumbs)
    blank_before: int  # blank lines immediately before this one

    @property
    def chars(self) -> int:
        return len(self.text)


DEFAULT_STOPWORDS: frozenset[str] = HINDI_STOPWORDS | ENGLISH_STOPWORDS


@functools.cache
def _justext_stoplist(language: str) -> frozenset[str]:
    import justext

    try:
        return frozenset(justext.get_stoplist(language))
    except ValueError:  # jusText has no list for this language
        return frozenset()


def page_stopwords(text: str) -> frozenset[str]:
    """Stop words for a page: Hindi and English always, plus jusText's list for the page's
    language when it is another one (German, French, ...), detected with CLD2 on its first 20 kB.
    """
    import pycld2

    try:
        reliable, _, details = pycld2.detect(text[:20000].encode("utf-8", "replace"))
    except pycld2.error:
        return DEFAULT_STOPWORDS
    name = details[0][0].capitalize() if reliable and details else ""
    if not name or name in ("English", "Hindi", "Unknown"):
        return DEFAULT_STOPWORDS
    return DEFAULT_STOPWORDS | _justext_stoplist(name)


_Features = tuple[int, int, float, float, float, int, bool, float]
# Features of recent lines: a daily dump's lines are read once to split the dump and again, with
# the same stop words, when each of its articles is cleaned (a third of the clean stage's time
# on the corpus). A line's features depend on its text and stop words only; long lines are not
# kept (they are rare, and keeping them would hold much memory).
_SEEN: dict[tuple[str, frozenset[str]], _Features] = {}
_MAX_SEEN = 8192
_MAX_SEEN_CHARS = 4000
# The words (runs of ``_WORD``) of the most recent lines measured: the clean steps that read a
# line's words again (:func:`line_words`) take them from here. Fewer than the features: a line is
# read again within its own dump file and article (about 30 lines a file on the corpus), and a
# line's words take twenty times the memory of its features.
_WORDS: dict[str, list[str]] = {}
_MAX_WORDS = 1024


def _features(text: str, stopwords: frozenset[str],
              scripts: tuple[int, int, int] | None = None) -> _Features:
    if len(text) > _MAX_SEEN_CHARS:
        return _measure(text, stopwords, scripts=scripts)
    key = (text, stopwords)
    found = _SEEN.get(key)
    if found is None:
        if len(_SEEN) >= _MAX_SEEN:
            _SEEN.clear()
        words = _WORDS.get(text)
        if words is None:
            if len(_WORDS) >= _MAX_WORDS:
                _WORDS.clear()
            words = _WORDS[text] = _WORD.findall(text)
        found = _SEEN[key] = _measure(text, stopwords, words, scripts)
    return found


def _seen(text: str, stopwords: frozenset[str]) -> bool:
    return len(text) <= _MAX_SEEN_CHARS and (text, stopwords) in _SEEN


@functools.cache
def _script_table() -> np.ndarray:
    """Per code point of the Basic Multilingual Plane: 1 where ``_DEVA_LETTER`` matches it, 2
    ``_LATIN_LETTER``, 3 ``_OTHER_LETTER``, else 0 (the classes are disjoint), found by the
    patterns themselves over every such code point (a few ms, once per process). numpy is
    imported here, not with the module: opening the store and listing the stages import no
    numpy (tests/test_speed_sc42.py); ``ingest --jobs N`` builds this just before its first
    fork (:func:`warm`)."""
    import numpy as np

    every = "".join(map(chr, range(0x10000)))
    table = np.zeros(0x10000, dtype=np.uint8)
    for kind, pattern in enumerate((_DEVA_LETTER, _LATIN_LETTER, _OTHER_LETTER), start=1):
        for m in pattern.finditer(every):
            table[m.start() : m.end()] = kind
    return table


def _script_counts(text: str, spans: list[tuple[int, int]]
                   ) -> list[tuple[int, int, int]] | None:
    """The Devanagari letters, Latin letters and other letters (the three patterns'
    characters) of each span of ``text``, from one numpy pass over the text the spans cover;
    None when that text holds a code point beyond the Basic Multilingual Plane (the patterns
    then count each line).

    Why (round sp1, issue 16): the three patterns tried their classes at every character of
    every new line, a sixth of the clean stage's regex time on ``scale.py --days 16``."""
    import numpy as np

    low, high = min(a for a, _ in spans), max(b for _, b in spans)
    points = np.frombuffer(text[low:high].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if len(points) and int(points.max()) > 0xFFFF:
        return None
    return per_span(_script_table().take(points), spans, low)


def warm() -> None:
    """Set up what measuring a line needs (numpy, the utf-32 codec, :func:`_script_table`) in
    this process, once; a worker forked after it starts with it done.

    Why (round sp5, issue 16): ``ingest --jobs 2`` forks its first worker, the cutter, before
    this process has measured any line (round sc42), so both loaded these: 0.05-0.11 CPU-s
    of numpy's import and 0.03 of the table in the cutter's first task, twice in all where
    ``--jobs 1`` pays them once. The stage pool calls this just before it forks
    (:meth:`khabar.stagepool.StagePool.submit`)."""
    _script_counts("a", [(0, 1)])


def line_words(text: str) -> list[str]:
    """The runs of ``_WORD``'s characters in ``text`` (its words, Devanagari and ``\\w``, in
    order): those measuring a recent line found, else found now. Callers must not change the
    list.

    Why (round sp1, issue 16): a line's words were found four times, by four patterns of one
    character class (measuring it, its template key, its norm, its content words): a fifth of
    the clean stage's regex time on ``scale.py --days 16``. Its norm and key are its words
    joined, its content words those of two or more characters, so each is read off the list."""
    words = _WORDS.get(text)
    return _WORD.findall(text) if words is None else words


def _measure(text: str, stopwords: frozenset[str], words: list[str] | None = None,
             scripts: tuple[int, int, int] | None = None) -> _Features:
    """The features of ``text``; ``words``: its ``_WORD`` runs, and ``scripts``: its
    :func:`_script_counts`, when the caller found them."""
    if words is None:
        words = _WORD.findall(text)
    n_words = len(words)
    if scripts is None:
        scripts = (sum(map(len, _DEVA_LETTER.findall(text))), len(_LATIN_LETTER.findall(text)),
                   len(_OTHER_LETTER.findall(text)))
    deva, latin, other = scripts
    letters = deva + latin + other
    # a word or its lower case among the stop words, read in C (round sp1: a generator's line
    # per word before, the same count)
    known = stopwords.__contains__
    if text.lower() == text:
        # no character of the line changes when lowered (Devanagari has no case), so neither
        # does any word of it: one lookup a word (round sp6, issue 16; the same count)
        stops = sum(map(known, words))
    else:
        stops = sum(map(operator.or_, map(known, words), map(known, map(str.lower, words))))
    ends = len(_SENT_END.findall(text))
    stripped = text.rstrip()
    ends_sentence = bool(stripped) and bool(_SENT_END.search(stripped[-3:] + " "))
    seps = len(_SEPARATORS.findall(text))
    return (
        n_words,
        letters,
        deva / letters if letters else 0.0,
        latin / letters if letters else 0.0,
        stops / n_words if n_words else 0.0,
        ends,
        ends_sentence,
        seps / n_words if n_words else 0.0,
    )


def make_line(
    text: str, start: int, end: int, number: int, blank_before: int = 0,
    stopwords: frozenset[str] = DEFAULT_STOPWORDS, scripts: tuple[int, int, int] | None = None,
) -> Line:
    """Features of ``text[start:end]`` (already stripped) as a :class:`Line`; ``scripts``: its
    :func:`_script_counts`, when the caller has them."""
    piece = text[start:end]
    words, letters, deva, latin, stop, ends, ends_sentence, seps = _features(piece, stopwords,
                                                                             scripts)
    return Line(start, end, number, piece, words, letters, deva, latin, stop, ends,
                ends_sentence, seps, blank_before)


def split_lines(
    text: str, start: int = 0, end: int | None = None,
    stopwords: frozenset[str] = DEFAULT_STOPWORDS,
) -> list[Line]:
    """The non-empty physical lines of ``text[start:end]``, stripped, with their features.

    Line numbers count from the start of ``text`` (not of the slice) so they match the file.
    Unicode line separators other than ``\\n``/``\\r\\n`` are not line breaks here: the gold and
    every editor count ``\\n`` only.
    """
    stop = len(text) if end is None else end
    number = text.count("\n", 0, start) + 1
    found: list[tuple[int, int, int, int]] = []  # each line's span, number, blanks before
    pos = start
    blanks = 0
    while pos < stop:
        nl = text.find("\n", pos, stop)
        line_end = stop if nl < 0 else nl
        a, b = pos, line_end
        # A letter or digit (``isalnum``: categories L and N) is neither a space nor a format
        # character, nor zero-width: asked first, in C, it ends each edge's walk and settles
        # the emptiness test without a category lookup, for nearly every line (round sp11,
        # issue 16; the same lines, tests/test_clean_speed_sp11.py).
        while a < b and not text[a].isalnum() and (
                text[a].isspace() or unicodedata.category(text[a]) == "Cf"):
            a += 1
        while b > a and not text[b - 1].isalnum() and (
                text[b - 1].isspace() or unicodedata.category(text[b - 1]) == "Cf"):
            b -= 1
        # zero-width characters alone do not make a line non-empty
        if a < b and (text[a].isalnum() or any(
                not unicodedata.category(c).startswith(("Z", "C")) for c in text[a:b])):
            found.append((a, b, number, blanks))
            blanks = 0
        else:
            blanks += 1
        number += 1
        pos = line_end + 1
    # the script letters of the lines not measured before, counted in one pass (round sp1)
    new = [(a, b) for a, b, _, _ in found if not _seen(text[a:b], stopwords)]
    counted = dict(zip(new, _script_counts(text, new) or (), strict=False)) if new else {}
    return [make_line(text, a, b, n, before, stopwords, counted.get((a, b)))
            for a, b, n, before in found]

"""Per-outlet template learning: lines and shingles an outlet repeats on many pages are furniture.

No cue list foresees every outlet's promo, app banner or author bio, but an outlet repeats its
page template on every article. :class:`OutletTemplates` counts, per outlet, in how many documents
each normalised line (digits folded, so dates and counters do not hide a repeat) and each word
4-gram shingle occurs; a line is template when it, or nearly all its shingles, recur in a large
share of the outlet's documents. The counts serialise with :meth:`to_dict`/:meth:`from_dict` so
the store can keep them between runs; within a run the stage learns as articles stream.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from typing import Any

from .lines import _WORD, line_words

# Thresholds, tuned on the Hindi COVID-2020 corpus (76 plain-text days per outlet) and checked on
# the seeds: a line must recur in >= 4 documents and >= 30% of the outlet's documents seen, with
# >= 5 documents seen. The most repeated content lines of that corpus (a stock sentence such as
# "स्वास्थ्य मंत्रालय ने कहा", a recurring list heading) reach 5-9% of an outlet's days, so 30%
# leaves a wide margin while page furniture (menus, share widgets) is on ~100% of pages.
MIN_DOCS = 5
MIN_COUNT = 4
MIN_SHARE = 0.3
# A long line is template when this share of its shingles is template (an author bio reworded
# in one place, a footer with a changing date).
SHINGLE_SHARE = 0.8
SHINGLE_WORDS = 4
# Lines of more than this many characters are not counted (a 2 kB paragraph is never furniture
# worth a key, and it keeps memory small).
MAX_LINE_CHARS = 1500
# Bound per outlet on distinct keys kept: when reached, keys seen once are dropped.
MAX_KEYS = 200_000
# Short all-Devanagari lines of up to this many words are never template: on the corpus they are
# datelines ("नई दिल्ली", on 78% of one outlet's days) and section names, which are content.
PLACE_MAX_WORDS = 3

# ``\d\d*``, not ``\d+``: ``re`` then scans for a digit instead of trying the pattern at every
# position (round sp4, issue 16: its sub over the 2,324 lines of scale.py --days 16's files
# 7.4 -> 4.6 ms); the same runs. The words are lines._WORD's (imported above).
_DIGITS = re.compile(r"\d\d*")
_DEVA_ONLY = re.compile(r"^[\u0900-\u097F\s]+$")


# A line's template key and its shingles in the order they occur (see :func:`line_keys`).
LineKeys = tuple[int, list[int]]


# Keys are CRC-32 checksums: stable across processes (unlike hash()), cheap, and a rare
# collision only makes two unrelated lines share a count.
def line_keys(text: str) -> LineKeys:
    """The line key and the shingles of ``text``, with its digits folded once for both.

    Each word is encoded once and shingles are joined as bytes: the UTF-8 of words joined by a
    space is their UTF-8 forms joined by a space byte, so the checksums are those of the joined
    text (tests/test_clean_templates_speed.py compares them on real lines). The shingles come
    as a list in text order: a pure function of the line, so a worker process computes it
    (:func:`khabar.clean.stage.cut_one`), and a set built from it here is built exactly as one
    built there (the same insertions in the same order), so the counts keep their order.
    """
    # The key is the line's word characters (those of _WORD) without underscores, casefolded:
    # its words joined, so one list of words serves the key and, when casefolding changes
    # nothing (Devanagari has no case), the shingles too. Before: a sub of the non-word
    # characters, then a findall of the casefolded line (tests/test_clean_templates_speed.py
    # keeps it). The words are the line's as measuring it found them (:func:`line_words`), with
    # each run of digits folded to "0": digits are word characters, so folding them in the
    # line first gives the same runs, the same folds (round sp1); no word holds a NUL.
    found = line_words(text)
    joined = "\0".join(found)
    folded_joined = _DIGITS.sub("0", joined)
    raw = found if folded_joined == joined else folded_joined.split("\0")
    # A line that casefolds to itself holds no character casefolding changes (no character's
    # folding is longer and begins with it: tests/test_clean_speed_sp6.py checks every code
    # point), so neither do its words joined: one casefold a line, not two (round sp6, issue 16).
    unfolded = text.casefold() == text
    letters = "".join(raw).replace("_", "")
    folded = letters if unfolded else letters.casefold()
    key = zlib.crc32(folded.encode("utf-8")) if folded else 0
    # digits have no case, so the line with its digits folded casefolds to itself exactly when
    # the line does
    words = raw if unfolded else _WORD.findall(_DIGITS.sub("0", text).casefold())
    if len(words) < 2 * SHINGLE_WORDS:
        return key, []
    # each word encoded, each shingle's words joined and checksummed by map: in C, no Python
    # line per word (round sc53, issue 16: 0.067 -> 0.061 CPU-s over 2,324 corpus lines)
    encoded = list(map(str.encode, words))
    windows = zip(*(encoded[k:] for k in range(SHINGLE_WORDS)), strict=False)
    return key, list(map(zlib.crc32, map(b" ".join, windows)))


def counted_keys(lines: Iterable[str]) -> list[LineKeys | None]:
    """:func:`line_keys` of each line, ``None`` for a line too long to be counted."""
    return [None if len(line) > MAX_LINE_CHARS else line_keys(line) for line in lines]


def _key_and_shingles(text: str) -> tuple[int, set[int]]:
    """The line key and the set of shingles of ``text``."""
    key, shingles = line_keys(text)
    return key, set(shingles)


class OutletTemplates:
    """Document frequencies of lines and shingles, per outlet."""

    def __init__(self) -> None:
        self._docs: Counter[str] = Counter()
        self._lines: dict[str, Counter[int]] = {}
        self._shingles: dict[str, Counter[int]] = {}
        # The key and shingles of each line of the document observed last: the clean stage
        # observes a document and then asks about each of its lines, and both are pure
        # functions of the line's text (a third of the template work was computing them twice).
        self._seen: dict[str, tuple[int, set[int]]] = {}

    def docs(self, outlet: str) -> int:
        return self._docs[outlet]

    def observe(self, outlet: str, lines: Iterable[str]) -> None:
        """Count one document of ``outlet`` with these (non-empty) lines."""
        texts = list(lines)
        self.observe_keyed(outlet, texts, counted_keys(texts))

    def observe_keyed(self, outlet: str, lines: Sequence[str],
                      keyed: Sequence[LineKeys | None]) -> None:
        """:meth:`observe` with each line's :func:`counted_keys` already computed."""
        keys: set[int] = set()
        shingles: set[int] = set()
        seen: dict[str, tuple[int, set[int]]] = {}
        for line, entry in zip(lines, keyed, strict=True):
            if entry is None:
                continue
            key, line_shingles = seen[line] = (entry[0], set(entry[1]))
            if key:
                keys.add(key)
            shingles |= line_shingles
        self._seen = seen
        self._docs[outlet] += 1
        for table, new in ((self._lines, keys), (self._shingles, shingles)):
            counts = table.setdefault(outlet, Counter())
            counts.update(new)
            if len(counts) > MAX_KEYS:
                for k in [k for k, v in counts.items() if v <= 1]:
                    del counts[k]

    def _frequent(self, outlet: str, count: int) -> bool:
        docs = self._docs[outlet]
        return count >= MIN_COUNT and count >= MIN_SHARE * docs

    def is_template(self, outlet: str, line: str) -> bool:
        """True when ``line`` is part of ``outlet``'s page template."""
        if self._docs[outlet] < MIN_DOCS or len(line) > MAX_LINE_CHARS:
            return False
        # the word count first: it turns most lines away after three splits, where the pattern
        # reads a whole Devanagari line to its end (round sp1; the same test)
        if len(line.split(None, PLACE_MAX_WORDS)) <= PLACE_MAX_WORDS and _DEVA_ONLY.match(line):
            return False
        key, shingles = self._seen.get(line) or _key_and_shingles(line)
        lines = self._lines.get(outlet)
        if self._frequent(outlet, lines.get(key, 0) if lines is not None else 0):
            return True
        if not shingles:
            return False
        # _frequent over the shingles, read in C: its two comparisons are one against the
        # larger bound (a count is at least both exactly when it is at least the larger), each
        # shingle's count got and compared by ``map`` (round sc34 inlined a call per shingle,
        # the main process's largest own cost in finishing clean under `ingest --jobs 2`;
        # round sp11, issue 16: the loop that replaced it, a Python line per shingle).
        counts = self._shingles.get(outlet)
        if counts is None:
            return False
        bound = max(MIN_COUNT, MIN_SHARE * self._docs[outlet])
        hits = sum(map(bound.__le__, map(counts.get, shingles, repeat(0))))
        return hits >= SHINGLE_SHARE * len(shingles)

    def predicate(self, outlet: str | None) -> Callable[[str], bool] | None:
        """``is_template`` bound to one outlet, or None when nothing is known about it."""
        if not outlet or self._docs[outlet] < MIN_DOCS:
            return None
        return lambda line: self.is_template(outlet, line)

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": dict(self._docs),
            "lines": {o: dict(c) for o, c in self._lines.items()},
            "shingles": {o: dict(c) for o, c in self._shingles.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> OutletTemplates:
        obj = cls()
        obj._docs = Counter({str(k): int(v) for k, v in data.get("docs", {}).items()})
        # JSON turns the integer keys into strings; accept both.
        obj._lines = {o: Counter({int(k): v for k, v in c.items()})
                      for o, c in data.get("lines", {}).items()}
        obj._shingles = {o: Counter({int(k): v for k, v in c.items()})
                         for o, c in data.get("shingles", {}).items()}
        return obj

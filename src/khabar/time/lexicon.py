"""Temporal lexicons (``khabar/data/time/<lang>.yaml``) and the regex pieces built from them.

A lexicon maps written forms to meanings (month numbers, unit codes, offsets); the grammar only sees
regex alternations and lookup functions from here. Loaded once per process (``functools.cache``).
Hindi forms are matched loosely where news spelling varies: the nukta is optional, anusvara and
chandrabindu are interchangeable, and ASCII or Devanagari digits are both read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..yamlload import safe_load

NUKTA = "\u093c"
# Characters that continue a Devanagari or Latin word: letters, digits and the combining vowel signs
# (Python's \w does not cover the signs, so \b is useless for Hindi). The Devanagari ranges
# first: ``re`` tries a class's items in order, and most characters of a Hindi text are refused or
# taken by a range test before a Unicode category lookup (the same set; round sc50, issue 16).
WORD_CHARS = r"\u0900-\u0963\u0966-\u097F\w"
LB = rf"(?<![{WORD_CHARS}])"
RB = rf"(?![{WORD_CHARS}])"
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


# Cached: a pure function of its string, asked for every lexicon lookup of every rule match
# (5,235 folds of 662 distinct forms over scale.py's --days 16 sample; round sc50, issue
# 16); bounded, as the forms a corpus writes are open-ended.
@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Key for lexicon lookup: NFC, no nukta, chandrabindu as anusvara, lower case, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = unicodedata.normalize("NFD", text).replace(NUKTA, "")
    text = unicodedata.normalize("NFC", text).replace("\u0901", "\u0902")
    return " ".join(text.lower().split())


def word_pattern(word: str) -> str:
    """A regex for one lexicon entry that tolerates the spelling variation described above."""
    out = []
    for ch in fold(word):
        if ch == " ":
            out.append(r"\s+")
        elif ch == "\u0902":
            out.append("[\u0902\u0901]")
        elif "\u0915" <= ch <= "\u0939":  # a consonant: an optional nukta may follow
            out.append(re.escape(ch) + NUKTA + "?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(words: list[str]) -> str:
    """Longest-first alternation, so "देर रात" is preferred to "रात"."""
    unique = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(word_pattern(w) for w in unique) + ")"


@dataclass(frozen=True)
class Lexicon:
    lang: str
    data: dict[str, Any]

    def table(self, key: str) -> dict[str, str]:
        """Folded written form -> meaning (the YAML key, as a string) for a ``meaning: [forms]`` map."""
        out: dict[str, str] = {}
        for meaning, forms in (self.data.get(key) or {}).items():
            for form in forms:
                out[fold(form)] = str(meaning)
        return out

    def words(self, key: str) -> list[str]:
        value = self.data.get(key) or []
        if isinstance(value, dict):
            return [w for forms in value.values() for w in forms]
        return list(value)

    def pattern(self, key: str) -> str:
        return alternation(self.words(key))

    def lookup(self, key: str, written: str) -> str | None:
        return _tables(self.lang, key).get(fold(written))


@cache
def load(lang: str) -> Lexicon:
    """The lexicon of ``lang`` ("hi" or "en"), parsed once per process."""
    path = resources.files("khabar") / "data" / "time" / f"{lang}.yaml"
    data = safe_load(path.read_text(encoding="utf-8"))
    return Lexicon(lang, data)


@cache
def _tables(lang: str, key: str) -> dict[str, str]:
    return load(lang).table(key)


def parse_number(written: str, lang: str) -> float | None:
    """A written amount: digits (ASCII or Devanagari), number words, डेढ़/ढाई, साढ़े/सवा/पौने + N."""
    text = fold(written).translate(DEVANAGARI_DIGITS)
    parts = text.split()
    if len(parts) >= 2:
        prefix = load(lang).lookup("fraction_prefixes", parts[0])
        if prefix is not None:
            base = parse_number(" ".join(parts[1:]), lang)
            return None if base is None else base + float(prefix)
    digits = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits)
    for key in ("numbers", "fractions"):
        found = load(lang).lookup(key, text)
        if found is not None:
            return float(found)
    return None

"""Unicode normalisation and matching keys for Hindi text, with a map back to the original.

Hindi text reaches us in several encodings of the same word: a nukta letter precomposed (ज़,
U+095B) or decomposed (ज + ़ U+093C), chandrabindu or anusvara (हँसी/हंसी), a half nasal or an
anusvara (हिन्दी/हिंदी), ZWJ/ZWNJ and soft hyphens pasted from web pages, Devanagari or ASCII
digits. Entity linking and deduplication must treat these as the same, but every fact must still
cite offsets into the untouched ``Article.text``; so normalisation returns a new string *and* an
offset map, and the original is never modified.

Two levels:

* ``normalise(text)``: canonical form, NFC. NFC *decomposes* the precomposed nukta letters
  U+0958–U+095F (they are composition exclusions), so the one nukta form we keep is the
  decomposed one, consonant + U+093C, which is also what any NFC text (our ``Article.text``)
  already holds. Nothing else changes: this is safe for display.
* ``normalise(text, fold=True)`` / ``match_key(s)``: a lossy *matching key* on top: chandrabindu
  → anusvara, half nasal before a consonant → anusvara, nukta dropped (फ़्रांस = फ्रांस), candra-o
  ॉ/ऑ → ा/आ (मॉस्को = मास्को), ZWJ/ZWNJ/ZWSP/soft hyphen/BOM removed, Devanagari digits → ASCII,
  ॥ and "|" → "।", dash variants → "-", curly quotes → straight, whitespace runs → one space,
  Latin case folded. Never shown to users; only compared.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_DELETE = frozenset("\u200b\u200c\u200d\u00ad\ufeff\u2060")
_NASALS = frozenset("ङञणनम")
_VIRAMA = "\u094d"
_ANUSVARA = "\u0902"
_CHAR_FOLD: dict[str, str] = {
    "\u0901": _ANUSVARA,  # chandrabindu
    "\u093c": "",  # nukta
    "\u0929": "न",  # NFC keeps these three nukta letters precomposed
    "\u0931": "र",
    "\u0934": "ळ",
    "\u0949": "\u093e",  # candra o sign ॉ → ा
    "\u0911": "आ",  # candra O ऑ → आ
    "\u0945": "\u0947",  # candra e sign ॅ → े
    "\u0965": "।",
    "|": "।",
    "\u0970": ".",  # Devanagari abbreviation sign
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u201c": '"',
    "\u201d": '"',
    "\u2018": "'",
    "\u2019": "'",
}
_CHAR_FOLD.update({chr(0x0966 + d): str(d) for d in range(10)})


def _is_consonant(ch: str) -> bool:
    return "\u0915" <= ch <= "\u0939" or "\u0958" <= ch <= "\u095f"


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised string with, for each of its characters, the original span it came from.

    ``starts``/``ends`` are ``None`` when the text is unchanged (the common case for NFC input
    without folding), so the map costs nothing then.
    """

    text: str
    original: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def to_original(self, i: int) -> int:
        """Offset in the original of normalised offset ``i`` (``len(text)`` maps to the end)."""
        if self.starts is None:
            return min(max(i, 0), len(self.original))
        if i >= len(self.text):
            return len(self.original)
        return self.starts[max(i, 0)]

    def span_to_original(self, s: int, e: int) -> tuple[int, int]:
        """The original span covering normalised ``text[s:e]`` (whole source characters)."""
        if self.starts is None or self.ends is None:
            return self.to_original(s), self.to_original(e)
        if s >= e:
            p = self.to_original(s)
            return p, p
        return self.starts[max(s, 0)], self.ends[min(e, len(self.text)) - 1]


def normalise(text: str, *, fold: bool = False) -> Normalised:
    """NFC (and, with ``fold``, the matching-key folding) of ``text`` with an offset map."""
    if not fold and unicodedata.is_normalized("NFC", text):
        return Normalised(text, text)
    chars, starts, ends = _nfc_with_spans(text)
    if fold:
        chars, starts, ends = _fold(chars, starts, ends)
    return Normalised("".join(chars), text, tuple(starts), tuple(ends))


def match_key(s: str) -> str:
    """The folded form used to compare names and aliases ("हिन्दी" and "हिंदी" give one key)."""
    return normalise(s, fold=True).text.strip()


def _nfc_with_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """NFC per combining sequence (a starter and its marks), which NFC never crosses in Indic
    text; a sequence whose length changes maps all its output characters to its whole span."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = text[i:j]
        out = (
            piece
            if unicodedata.is_normalized("NFC", piece)
            else unicodedata.normalize("NFC", piece)
        )
        if len(out) == len(piece):
            chars.extend(out)
            starts.extend(range(i, j))
            ends.extend(range(i + 1, j + 1))
        else:
            chars.extend(out)
            starts.extend([i] * len(out))
            ends.extend([j] * len(out))
        i = j
    return chars, starts, ends


def _fold(
    chars: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    keep = [k for k, ch in enumerate(chars) if ch not in _DELETE]  # first, so "न्\u200dद" folds
    chars = [chars[k] for k in keep]
    starts = [starts[k] for k in keep]
    ends = [ends[k] for k in keep]
    out: list[str] = []
    o_starts: list[int] = []
    o_ends: list[int] = []
    n = len(chars)
    i = 0
    while i < n:
        ch = chars[i]
        if ch in _NASALS and i + 2 < n and chars[i + 1] == _VIRAMA and _is_consonant(chars[i + 2]):
            out.append(_ANUSVARA)  # हिन्दी → हिंदी
            o_starts.append(starts[i])
            o_ends.append(ends[i + 1])
            i += 2
            continue
        if ch.isspace():
            j = i
            while j < n and chars[j].isspace():
                j += 1
            out.append(" ")
            o_starts.append(starts[i])
            o_ends.append(ends[j - 1])
            i = j
            continue
        if ch == "\u093e" and i + 1 < n and chars[i + 1] == "\u0945":
            out.append("\u093e")  # "डाॅ": ा + ॅ typed for ॉ, which folds to ा
            o_starts.append(starts[i])
            o_ends.append(ends[i + 1])
            i += 2
            continue
        rep = _CHAR_FOLD.get(ch)
        if rep is None:
            rep = ch.casefold()
        for r in rep:
            out.append(r)
            o_starts.append(starts[i])
            o_ends.append(ends[i])
        i += 1
    return out, o_starts, o_ends

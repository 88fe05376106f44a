"""Spelling-insensitive keys for names, within Devanagari and across scripts.

Hindi news spells one name many ways: ट्रंप/ट्रम्प (anusvara or a nasal consonant), मॉस्को/मास्को
(the English-loan vowel ॉ), ज़ेलेंस्की/जेलेंस्की (nukta or not), long or short i/u. English text
writes the same people in Latin script. Two keys make such variants meet:

- :func:`deva_key` folds Devanagari spelling variants that never distinguish two names in news;
- :func:`latin_key` maps either script to a rough Latin phonetic skeleton: Devanagari is
  romanised to IAST (:func:`iast`, with indic-transliteration's tables) after our own
  schwa-deletion rule (Hindi drops the inherent vowel word-finally and in V C a C V, so पुतिन is
  "putin", not "putina"), and both sides then go through the same English-loanword and pinyin
  folds (x/sh, zh/j, w/v, aspiration, vowel length).

Keys are for lookup only; what is stored and shown is always the text as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_VIRAMA = "\u094d"
_NUKTA = "\u093c"
_ANUSVARA = "\u0902"
_CHANDRABINDU = "\u0901"
# Devanagari consonants (including the precomposed nukta letters, decomposed before use).
_CONS = "".join(chr(c) for c in range(0x0915, 0x093A))
_MATRAS = "".join(chr(c) for c in range(0x093E, 0x094D)) + "\u0962\u0963"
_NASALS = "ङञणनम"

_DEVA_FOLD = str.maketrans(
    {
        "\u0949": "\u094b",  # ॉ -> ो (English loan o: मॉस्को/मोस्को)
        "\u0911": "\u0913",  # ऑ -> ओ
        "\u0940": "\u093f",  # ी -> ि
        "\u0942": "\u0941",  # ू -> ु
        "\u0908": "\u0907",  # ई -> इ
        "\u090a": "\u0909",  # ऊ -> उ
        "\u0937": "\u0936",  # ष -> श
        _CHANDRABINDU: _ANUSVARA,
        "\u200c": None,  # ZWNJ
        "\u200d": None,  # ZWJ
        _NUKTA: None,
    }
)
# A nasal consonant + virama before another consonant is written as anusvara just as often.
_HALF_NASAL = re.compile(f"[{_NASALS}]{_VIRAMA}(?=[{_CONS}])")
_SPACE_OR_DASH = re.compile(r"[\s\-‐‑–—_.]+")


# Bounded: keys are asked for every word and word n-gram of every article; an unbounded cache
# grows with the vocabulary of the whole corpus (hundreds of MB on corpus/hindi-covid-2020).
@lru_cache(maxsize=65536)
def deva_key(text: str) -> str:
    """A Devanagari lookup key: NFD-folded, nukta-free, anusvara for half nasals, short vowels."""
    s = unicodedata.normalize("NFD", text)
    s = s.translate(_DEVA_FOLD)
    s = unicodedata.normalize("NFC", s)
    if _VIRAMA in s:  # a half nasal has one (the same key; round sp6: most words have none)
        s = _HALF_NASAL.sub(_ANUSVARA, s)
    s = _SPACE_OR_DASH.sub(" ", s).strip().casefold()
    return s


_DEVANAGARI = re.compile("[\u0900-\u097f]")


def is_devanagari(text: str) -> bool:
    """Whether any character is in the Devanagari block (one regex search: asked for every word
    and n-gram, where a generator over the characters cost a tenth of the entities stage)."""
    return _DEVANAGARI.search(text) is not None


def _syllables(word: str) -> list[tuple[str, str]]:
    """Split a Devanagari word into (onset, vowel) aksharas; vowel "a" marks the inherent schwa."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if ch in _CONS:
            onset = ch
            i += 1
            if i < len(word) and word[i] == _NUKTA:  # ड़, ढ़ (not composed under NFC)
                onset += _NUKTA
                i += 1
            while i + 1 < len(word) and word[i] == _VIRAMA and word[i + 1] in _CONS:
                onset += word[i] + word[i + 1]
                i += 2
                if i < len(word) and word[i] == _NUKTA:
                    onset += _NUKTA
                    i += 1
            if i < len(word) and word[i] == _VIRAMA:
                out.append((onset, _VIRAMA))
                i += 1
            elif i < len(word) and word[i] in _MATRAS:
                out.append((onset, word[i]))
                i += 1
            else:
                out.append((onset, "a"))
        else:
            out.append(("", ch))
            i += 1
    return out


# Second members of Hindi place-name compounds, each pronounced as a word of its own: the schwa
# rule runs on the stem and on the member apart (कुशीनगर = Kushi + nagar, not "Kushingar";
# चंदननगर = Chandan + nagar). Round ev76: 14 KB place names ending in नगर were misspelt so.
_COMPOUND_TAILS = ("नगर",)
_SIGNS = "\u0900\u0901\u0902\u0903"  # candrabindu, anusvara, visarga: they close a syllable
_SHORT_FINALS = ("\u093f", "\u0941")  # ि, ु: a name's last short vowel (delete_schwa)
_DEVA_RUN = re.compile("([^\u0900-\u097f]+)")


def delete_schwa(word: str, short_final: bool = False) -> str:
    """Mark the inherent vowels Hindi does not pronounce with a virama (our own rule set).

    Word-final schwa goes (पुतिन -> putin); a medial schwa between a vowel-carrying syllable and a
    consonant with a vowel goes too (जिनपिंग -> jinping), scanning right to left as Ohala's rule
    does, also after a word-initial vowel letter (अजमेर -> ajmer, इमरान -> imran). A schwa stays
    before a consonant cluster, where three consonants would meet (राजस्थान, समस्तीपुर), when it
    carries an anusvara (बाराबंकी: Barabanki) and before a vowel letter (मुंबई: Mumbai, not
    "Mumbi"); a compound's second member (:data:`_COMPOUND_TAILS`) is a word of its own.
    Anusvara and other signs stay with their syllable. Round ev76 (issue 13): these kinds,
    counted on the KB's Hindi/English name pairs, moved the rule's matches as the README says.

    ``short_final`` (names only, :func:`khabar.events.names.rule_spelling`): the schwa before a
    word's last syllable stays when that syllable ends the word in a short i or u, which a name
    pronounces (शांतनु Shantanu, अग्रहरि Agrahari, प्रजापति Prajapati, not Shantnu, Agrahri,
    Prajapti; round kb29). The phonetic key (:func:`latin_key`) keeps the plain rule.
    """
    runs = _DEVA_RUN.split(word)
    if len(runs) > 1:  # "फेस-3", "कोविड19": each Devanagari run is a word of its own
        return "".join(delete_schwa(r) if is_devanagari(r) else r for r in runs)
    for tail in _COMPOUND_TAILS:
        if len(word) > len(tail) + 1 and word.endswith(tail):
            return delete_schwa(word[: -len(tail)], short_final) + delete_schwa(tail)
    sylls = _syllables(word)
    cons_idx = [k for k, (onset, _) in enumerate(sylls) if onset]
    if len(cons_idx) < 2 and not (cons_idx and cons_idx[0] > 0):
        return word
    vowels = [v for _, v in sylls]

    last = cons_idx[-1]
    tail_ok = all(not o and v in _SIGNS for o, v in sylls[last + 1 :])
    if (
        vowels[last] == "a"
        and last == len(sylls) - 1
        and tail_ok
        and not (_VIRAMA in sylls[last][0] and sylls[last][0][-1] in "रय")
    ):
        vowels[last] = _VIRAMA
    first = 0 if cons_idx[0] > 0 else 1  # a word-initial vowel letter is the first syllable
    kept = (
        len(sylls) - 2
        if short_final and last == len(sylls) - 1 and vowels[last] in _SHORT_FINALS
        else None
    )
    for pos in range(len(cons_idx) - 2, first - 1, -1):
        k = cons_idx[pos]
        prev_k = cons_idx[pos - 1] if pos > 0 else k - 1
        next_k = cons_idx[pos + 1]
        if (
            vowels[k] == "a"
            and k != kept
            and next_k == k + 1
            and _VIRAMA not in sylls[k][0]
            and _VIRAMA not in sylls[next_k][0]
            and vowels[next_k] != _VIRAMA
            and not (pos > 0 and vowels[prev_k] == _VIRAMA)
            and (pos > 0 or sylls[prev_k][1] not in _SIGNS)
        ):
            vowels[k] = _VIRAMA
    parts = []
    for (onset, _), v in zip(sylls, vowels, strict=True):
        parts.append(onset + ("" if v == "a" else v))
    return "".join(parts)


# English-loanword and pinyin folds applied to every Latin form, so "Xi"/"shi", "Zelenskyy"/
# "jelenski", "Vladimir"/"wladimir" meet. Order matters: digraphs first.
_LATIN_RULES: tuple[tuple[str, str], ...] = (
    (r"^x", "sh"),
    (r"zh", "j"),
    (r"^q", "ch"),
    (r"ph", "f"),
    (r"sch", "sh"),
    (r"ck", "k"),
    (r"ee|ii|ie$|y$|yy$", "i"),
    (r"oo|uu|ou", "u"),
    (r"aa", "a"),
    (r"ow$", "o"),
    (r"w", "v"),
    (r"z", "j"),
    (r"q", "k"),
    (r"c(?!h)", "k"),
    (r"x", "ks"),
    (r"([kgtdpbj])h", r"\1"),
    (r"(.)\1+", r"\1"),
    (r"m(?=[pb])", "n"),
)
# Per rule, the substrings one of which any match of it holds (None: any string may match): a
# rule whose substrings are all absent is skipped, as its sub would change nothing (round sc50,
# issue 16: 18 subs for each of the 2,183 distinct words scale.py --days 16 romanises).
_LATIN_NEEDS: tuple[tuple[str, ...] | None, ...] = (
    ("x",), ("zh",), ("q",), ("ph",), ("sch",), ("ck",), ("ee", "ii", "ie", "y"),
    ("oo", "uu", "ou"), ("aa",), ("ow",), ("w",), ("z",), ("q",), ("c",), ("x",), ("h",), None,
    ("m",),
)
_LATIN_COMPILED = tuple(
    (re.compile(p), r, needs) for (p, r), needs in zip(_LATIN_RULES, _LATIN_NEEDS, strict=True)
)
_NOT_A_TO_Z = re.compile(r"[^a-z]")


# Devanagari to IAST, as ``indic_transliteration.sanscript.transliterate(text, DEVANAGARI, IAST)``
# computes it (its ``SchemeMap``'s tables and its ``_brahmic`` loop), without importing that
# library: its import parses all of its 88 schemes from TOML, 0.13-0.16 CPU-s in every process
# that romanises a name (round sp5, issue 16: a fifth of what the stages load before the first
# article, on the serial start of ``ingest``). Copied from indic-transliteration 2.3.82 (MIT
# licence, copyright (c) 2016 the Python Packaging Authority, as its LICENSE.txt reads);
# ``tests/test_translit_iast_sp5.py`` checks the tables and the output against the library.
# Keys are escaped where the character is a combining mark or not its own NFC form (the
# precomposed nukta letters क़ ... य़ are, and stand beside their decomposed spelling).
_IAST_MARKS: dict[str, str] = {
    '\u093e': 'ā', '\u093f': 'i', '\u0940': 'ī', '\u0941': 'u', '\u0942': 'ū', '\u0943': 'ṛ',
    '\u0944': 'ṝ', '\u0962': 'ḷ', '\u0963': 'ḹ', '\u0946': 'è', '\u0947': 'e', '\u0948': 'ai',
    '\u094a': 'ò', '\u094b': 'o', '\u094c': 'au',
}
_IAST_SIGNS: dict[str, str] = {
    'अ': 'a', 'आ': 'ā', 'इ': 'i', 'ई': 'ī', 'उ': 'u', 'ऊ': 'ū', 'ऋ': 'ṛ', 'ॠ': 'ṝ', 'ऌ': 'ḷ',
    'ॡ': 'ḹ', 'ऎ': 'è', 'ए': 'e', 'ऐ': 'ai', 'ऒ': 'ò', 'ओ': 'o', 'औ': 'au', '\u0902': 'ṃ',
    '\u0903': 'ḥ', '\u0901': '~', 'ꣳ': 'm\u0310', 'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh',
    'ङ': 'ṅ', 'च': 'c', 'छ': 'ch', 'ज': 'j', 'झ': 'jh', 'ञ': 'ñ', 'ट': 'ṭ', 'ठ': 'ṭh', 'ड': 'ḍ',
    'ढ': 'ḍh', 'ण': 'ṇ', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n', 'प': 'p', 'फ': 'ph',
    'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'व': 'v', 'श': 'ś', 'ष': 'ṣ',
    'स': 's', 'ह': 'h', 'ळ': 'ḻ', '\u0915\u094d\u0937': 'kṣ', '\u091c\u094d\u091e': 'jñ',
    '०': '0', '१': '1', '२': '2', '३': '3', '४': '4', '५': '5', '६': '6', '७': '7', '८': '8',
    '९': '9', 'ॐ': 'oṃ', 'ऽ': "'", '।': '|', '॥': '||', '\u0951': '\u032d', '\u0952': '\u0331',
    '\u1cd9': '\u0300', '\u1ce1': '\u0300', '᳓': '\u0301', '\ua8e1': '¹', '\ua8e2': '²',
    '\ua8e3': '³', '\ua8e4': '⁴', '\ua8e5': '⁵', '\ua8e6': '⁶', '\ua8e7': '⁷', '\ua8e8': '⁸',
    '\ua8e9': '⁹', '\ua8ea': 'ᵃ', '\ua8eb': 'ᵘ', '\ua8ec': 'ᵏ', '\ua8ed': 'ⁿ', '\ua8ee': 'ᵖ',
    '\ua8ef': 'ʳ', '\ua8f0': 'ᵛ', '\ua8f1': 'ˢ', '\u0958': 'q', '\u0915\u093c': 'q',
    '\u0959': 'k\u035fh', '\u0916\u093c': 'k\u035fh', '\u095a': 'ġ', '\u0917\u093c': 'ġ',
    '\u095b': 'z', '\u091c\u093c': 'z', '\u095c': 'r\u0324', '\u0921\u093c': 'r\u0324',
    '\u0922\u093c': 'r\u0324h', '\u095e': 'f', '\u092b\u093c': 'f', '\u095f': 'ẏ',
    '\u092f\u093c': 'ẏ', 'ऱ': 'ṟ', '\u0930\u093c': 'ṟ', 'ऴ': 'l\u0324', '\u0933\u093c': 'l\u0324',
    'ऩ': 'ṉ', '\u0928\u093c': 'ṉ',
}
_IAST_CONSONANTS = frozenset((
    'क', 'ख', 'ग', 'घ', 'ङ', 'च', 'छ', 'ज', 'झ', 'ञ', 'ट', 'ठ', 'ड', 'ढ', 'ण', 'त', 'थ', 'द', 'ध',
    'न', 'प', 'फ', 'ब', 'भ', 'म', 'य', 'र', 'ल', 'व', 'श', 'ष', 'स', 'ह', 'ळ',
    '\u0915\u094d\u0937', '\u091c\u094d\u091e', '\u0958', '\u0915\u093c', '\u0959',
    '\u0916\u093c', '\u095a', '\u0917\u093c', '\u095b', '\u091c\u093c', '\u095c', '\u0921\u093c',
    '\u0922\u093c', '\u095e', '\u092b\u093c', '\u095f', '\u092f\u093c', 'ऱ', '\u0930\u093c', 'ऴ',
    '\u0933\u093c', 'ऩ', '\u0928\u093c',
))
_IAST_YOGAVAHAS = "\u0902\u0903\u0901\u1cf5\u1cf6\ua8f3"
_IAST_ACCENTS = "\u0951\u0952\u1cd9\u1ce1\u1cd3" + "".join(map(chr, range(0xA8E1, 0xA8F2)))
_IAST_ACCENTED = re.compile(f"([{_IAST_YOGAVAHAS}])([{_IAST_ACCENTS}])")
_IAST_LONGEST = max(map(len, _IAST_SIGNS))


def iast(text: str) -> str:
    """``text``'s Devanagari in IAST, everything else as it is (see :data:`_IAST_SIGNS`): the
    longest sign read first, a consonant's inherent "a" written unless a vowel mark or the
    virama follows it."""
    if _IAST_ACCENTED.search(text):  # a Vedic accent goes before the sign it follows
        text = _IAST_ACCENTED.sub(r"\2\1", text)
    out: list[str] = []
    append = out.append
    consonant = False  # the sign before was a consonant, its "a" not yet written
    i, n = 0, len(text)
    while i < n:
        for size in range(min(_IAST_LONGEST, n - i), 1, -1):
            sign = text[i : i + size]
            if sign in _IAST_SIGNS:
                break
        else:
            sign = text[i]
        if sign in _IAST_MARKS:
            append(_IAST_MARKS[sign])
        elif sign == _VIRAMA:
            pass  # IAST writes no virama: it only takes the "a" away
        else:
            if consonant:
                append("a")
            append(_IAST_SIGNS.get(sign, sign))
        consonant = sign in _IAST_CONSONANTS
        i += len(sign)
    if consonant:
        append("a")
    return "".join(out)


def _latin_fold(word: str) -> str:
    s = unicodedata.normalize("NFD", word.casefold())
    if not s.isascii():  # an ASCII string has no combining mark
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _NOT_A_TO_Z.sub("", s)
    for pattern, repl, needs in _LATIN_COMPILED:
        # whether the word holds any of the rule's substrings, asked in C (round sp15, issue 16:
        # a generator per rule and new word before; the same test)
        if needs is None or any(map(s.__contains__, needs)):
            s = pattern.sub(repl, s)
    return s


@lru_cache(maxsize=65536)
def latin_key(text: str) -> str:
    """A script-independent phonetic key: "पुतिन" and "Putin" give the same string."""
    words = [w for w in _SPACE_OR_DASH.split(unicodedata.normalize("NFC", text)) if w]
    return " ".join(o for o in map(_latin_word, words) if o)


# Kept per word, not only per name: unknown names share their words (a surname, a place), and
# romanising a Devanagari word costs a tenth of a millisecond.
@lru_cache(maxsize=65536)
def _latin_word(w: str) -> str:
    """:func:`latin_key` of one word."""
    if is_devanagari(w):
        d = unicodedata.normalize("NFD", w).replace(_NUKTA, "")
        d = d.replace("\u0949", "\u094b").replace("\u0911", "\u0913")
        d = unicodedata.normalize("NFC", delete_schwa(d))
        w = iast(d)
        w = (
            w.replace("ś", "sh")
            .replace("ṣ", "sh")
            .replace("c", "ch")
            .replace("chh", "ch")
            .replace("ṃ", "n")
        )
    return _latin_fold(w)

"""Language identification for articles and paragraphs, offline.

pycld2 (CLD2, model compiled into the wheel, Apache-2.0) is fast and good on whole articles, but
on a short Devanagari paragraph it confuses Hindi, Marathi and Nepali, and it answers "unknown"
for a one-line headline. Khabar is Hindi-first, so a Devanagari article wrongly called Marathi
would be set aside as unsupported. We therefore decide in two steps:

1. the script that holds most letters (Devanagari, Latin, Arabic or other) picks the family;
   Hindi news quotes English names and words, so a plurality, not all, decides;
2. inside Devanagari, counts of frequent function words that only one of Hindi, Marathi and
   Nepali uses ("है/में/ने" vs "आहे/आणि/मध्ये" vs "छ/थियो/लाई") decide when they are clear;
   otherwise CLD2's answer stands when it names a Devanagari language, and otherwise Hindi is
   the prior (confidence 0.5). Arabic script with the Urdu-only letters ے ں ہ ٹ ڈ ڑ is Urdu.

Codes are ISO 639-1 where one exists ("hi", "en", "ur", "mr", "ne", ...), "und" when unsure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import pycld2
import regex

from ..spancounts import per_span
from .letterclass import bmp_letter_class
from .lexicon import word_set

if TYPE_CHECKING:
    import numpy as np

_LETTERS = regex.compile(r"[\p{L}\p{M}]+")
# Letters with their vowel signs: a Devanagari word is half matras, which \p{L} alone would miss.
# Runs, not single characters, so findall returns few matches; the script classes are explicit
# ranges for the stdlib ``re`` (twice as fast as ``regex`` property classes: this is the stage's
# hot spot). Devanagari letters and signs (not danda, digits, abbreviation sign); Latin letters
# incl. Latin-1, Extended-A/B and Additional; Arabic letters and harakat incl. Urdu letters.
_DEVA = re.compile(r"[\u0900-\u0963\u0971-\u097f\ua8e0-\ua8ff]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]+")
_ARABIC = re.compile(
    r"[\u0620-\u065f\u0670-\u06d3\u06d5\u06e5\u06e6\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f"
    r"\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]+"
)
# ``_LETTERS``' runs in a text with no character above U+FFFF, read by ``re`` from a bitmap in
# half the time (round sp6, issue 16: :mod:`.letterclass`); ``_ABOVE_BMP`` tells the texts apart.
_BMP_LETTERS = re.compile(f"[{bmp_letter_class()}]+")
_ABOVE_BMP = re.compile("[\U00010000-\U0010ffff]")
# The same three classes as code point ranges, for :func:`script_counts` (the tests check both
# agree on every code point).
_SCRIPT_RANGES = (
    ((0x0900, 0x0963), (0x0971, 0x097F), (0xA8E0, 0xA8FF)),
    ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x24F), (0x1E00, 0x1EFF)),
    ((0x0620, 0x065F), (0x0670, 0x06D3), (0x06D5, 0x06D5), (0x06E5, 0x06E6), (0x06EE, 0x06EF),
     (0x06FA, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFC)),
)


@cache
def _script_of() -> np.ndarray:
    """Per code point of the Basic Multilingual Plane and one more slot for every code point
    above it (none is in a class): 1 Devanagari, 2 Latin, 3 Arabic script, 0 none of them.
    Built on first use: what ``ingest`` does before its workers fork imports no numpy."""
    import numpy as np

    table = np.zeros(0x10001, dtype=np.uint8)
    for kind, ranges in enumerate(_SCRIPT_RANGES, start=1):
        for low, high in ranges:
            table[low : high + 1] = kind
    return table


_URDU_LETTERS = frozenset("ےںہٹڈڑھ")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# Function words used by exactly one of the three Devanagari languages of our inputs, chosen from
# grammars and tuned on the hindi-covid-2020 corpus (Hindi words that are also Marathi, "होता",
# "होती", or Nepali suffixes, "सप्लाई", were dropped: with these lists none of its 12,714 lines
# comes out Marathi or Nepali, against 151 with CLD2 alone) and on UDHR article 1 in each language.
_CUES: dict[str, frozenset[str]] = {
    "hi": word_set(
        "है हैं था थे थी में ने नहीं और के का लिए कहा गया गई रहा रही रहे यह वह इस उस साथ बाद किया भी हुए हुई"
    ),
    "mr": word_set(
        "आहे आहेत आणि नाही मध्ये म्हणून त्यांनी त्यांच्या त्यांना करण्यात झाले "
        "झाली झाला असे तसेच केले केली यांनी हे पण आता येथे सांगितले आले"
    ),
    "ne": word_set(
        "छ छन् थियो थिए र मा लाई पनि भएको गरेको गर्न हुन्छ छैन यो त्यो भन्ने गरी भने हुने "
        "गर्ने रहेको बताए भयो गरे हुन् पर्छ गर्नु पर्यो"
    ),
}
_CUE_OF: dict[str, str] = {w: lang for lang, cues in _CUES.items() for w in cues}
_SUFFIX_CUES: dict[str, tuple[str, ...]] = {
    "mr": ("च्या", "ांनी", "ांना"),
    "ne": ("हरू", "हरु"),  # not "लाई": Hindi "सप्लाई" ends so
}
# Below this many words, CLD2's Devanagari guesses without any cue word were wrong more often than
# right on the hindi-covid-2020 corpus (table rows and headlines called Marathi or Nepali).
_MIN_WORDS_FOR_CLD2 = 12
_SUFFIX_LAST = frozenset(s[-1] for suffixes in _SUFFIX_CUES.values() for s in suffixes)
# Cue counts settle within a few hundred words; more only costs time on long articles.
_MAX_CUE_WORDS = 2000
_EN_CUES = word_set("the of and to in is was for on that with said by at from has are")


@dataclass(frozen=True, slots=True)
class ScriptShares:
    """Share of letters and marks (0..1) in each script; ``letters`` is how many were counted."""

    devanagari: float
    latin: float
    arabic: float
    other: float
    letters: int

    @property
    def mixed(self) -> bool:
        """Two scripts each hold at least a fifth of the letters (e.g. Hinglish, code-switching)."""
        shares = sorted((self.devanagari, self.latin, self.arabic, self.other), reverse=True)
        return shares[1] >= 0.2


def script_shares(text: str) -> ScriptShares:
    """Share of Devanagari, Latin, Arabic-script and other letters in ``text``."""
    return _shares(text, sum(map(len, _letter_runs(text))))


def _shares(text: str, letters: int) -> ScriptShares:
    if letters == 0:
        return shares_of((0, 0, 0, 0))
    return shares_of((letters, _count(_DEVA, text), _count(_LATIN, text), _count(_ARABIC, text)))


# Letters (and marks), then the Devanagari, Latin and Arabic-script characters among them.
Counts = tuple[int, int, int, int]
# Cue words of each Devanagari language (keys in :data:`_CUES` order) among a text's words.
CueCounts = dict[str, int]


def shares_of(counts: Counts) -> ScriptShares:
    """The script shares of a text from its :func:`letter_counts` (sums of counts of texts
    joined by a newline are the joined text's: no run of letters crosses the newline)."""
    letters, deva, latin, arabic = counts
    if letters == 0:
        return ScriptShares(0.0, 0.0, 0.0, 0.0, 0)
    other = max(letters - deva - latin - arabic, 0)
    return ScriptShares(deva / letters, latin / letters, arabic / letters, other / letters, letters)


def letter_counts(text: str, scripts: tuple[int, int, int] | None = None,
                  bmp: bool = False) -> tuple[list[str], Counts]:
    """The words :func:`detect_language` reads in ``text`` (zero-width joiners dropped) and the
    :data:`Counts` its shares come from; ``scripts``: its :func:`script_counts`, when the
    caller has them; ``bmp``: the caller knows ``text`` holds no character above U+FFFF
    (:func:`content_scripts`), so it is not searched for one."""
    joined = text.replace("\u200d", "").replace("\u200c", "")
    words = _BMP_LETTERS.findall(joined) if bmp else _letter_runs(joined)
    if scripts is None:
        scripts = (_count(_DEVA, text), _count(_LATIN, text), _count(_ARABIC, text))
    return words, (sum(map(len, words)), *scripts)


def _letter_runs(text: str) -> list[str]:
    """``_LETTERS.findall(text)``, by ``re`` where no character lies above U+FFFF."""
    return (_LETTERS if _ABOVE_BMP.search(text) else _BMP_LETTERS).findall(text)


def script_counts(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The Devanagari, Latin and Arabic-script characters (those of ``_DEVA``, ``_LATIN`` and
    ``_ARABIC``) of each span of ``text``, from one pass over the text the spans cover.

    Why (round sp1, issue 16): the three patterns searched every block of an article apart, each
    trying its class at every character (a third of the lang stage on ``scale.py --days 16``,
    though most blocks hold no Latin or Arabic letter); here each character's class is read
    from a table and counted by numpy, the same counts in a third of the time."""
    return content_scripts(text, spans)[0]


def content_scripts(text: str, spans: Sequence[tuple[int, int]]
                    ) -> tuple[list[tuple[int, int, int]], bool]:
    """:func:`script_counts`, and whether the text the spans cover holds no character above
    U+FFFF (then none of the spans does).

    Why (round sp18, issue 16): :func:`_letter_runs` searched each block for such a character
    before it chose its pattern, a pass of ``re`` over every character of the content (3% of
    the lang stage on ``scale.py --days 16``); the code points read here for the counts answer
    it for the whole content at once (one numpy maximum). Where one is found, each block is
    searched as before, so the words are the same (tests/test_speed_sp18.py)."""
    if not spans:
        return [], True
    import numpy as np

    low = min(s for s, _ in spans)
    points = np.frombuffer(text[low : max(e for _, e in spans)]
                           .encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    bmp = not len(points) or int(points.max()) <= 0xFFFF
    return per_span(_script_of().take(np.minimum(points, 0x10000)), spans, low), bmp


def _count(pattern: re.Pattern[str] | regex.Pattern[str], text: str) -> int:
    return sum(map(len, pattern.findall(text)))


def detect_language(text: str) -> tuple[str, float]:
    """``(code, confidence)`` for ``text``; ``("und", 0.0)`` when there is nothing to go on."""
    code, confidence, _ = language_and_shares(text)
    return code, confidence


def language_and_shares(text: str) -> tuple[str, float, ScriptShares]:
    """:func:`detect_language` and :func:`script_shares` of ``text`` from one count of its
    letters (the lang stage asks both of every article's content; the shares are the same:
    the zero-width joiners dropped before finding words are no letters)."""
    return language_of(text, *letter_counts(text))


def language_of(text: str, words: list[str], counts: Counts,
                cues: CueCounts | None = None) -> tuple[str, float, ScriptShares]:
    """:func:`language_and_shares` of ``text`` from its :func:`letter_counts`, when the caller
    has them (the lang stage sums its blocks' for the article's content); ``cues``: the
    :func:`cue_counts` of ``words``, when the caller has them too (the same sum)."""
    shares = shares_of(counts)
    return (*_language(text, words, shares, cues), shares)


def cue_counts(words: list[str]) -> CueCounts:
    """How many of ``words`` (the first :data:`_MAX_CUE_WORDS`) are cues of each Devanagari
    language. Counts of the words of texts joined by a newline are the sums of each text's
    (no word crosses the newline) while all of them are within the first
    :data:`_MAX_CUE_WORDS`: the lang stage sums its blocks' instead of counting the article's
    words again (round sc37, issue 16: the article's count was half of :func:`_devanagari`).

    Each word's language (:func:`_cue_of`) is a pure function of the word, kept per process
    (:data:`_WORD_CUES`): only the words this process has not met are classified in Python,
    and the counting is ``Counter`` over a ``map`` in C. Why (round sp16, issue 16): a Python
    line per distinct word of every block was a fifth of the lang stage on ``scale.py --days
    16``; news repeats its words across articles (the 56,599 cue-counted words of its 227
    allowed articles are 4,888 distinct). The counts are the word-by-word ones
    (tests/test_lang_speed_sp16.py)."""
    head = words[:_MAX_CUE_WORDS]
    known = _WORD_CUES
    new = set(head).difference(known)
    if new:
        if len(known) + len(new) > _MAX_WORD_CUES:
            known.clear()
            new = set(head)
        for w in new:
            known[w] = _cue_of(w)
    counts = dict.fromkeys(_CUES, 0)
    # only the cue words' languages counted: "" (most words) dropped by ``filter`` in C
    for lang, times in Counter(filter(None, map(known.__getitem__, head))).items():
        counts[lang] += times
    return counts


def _cue_of(word: str) -> str:
    """The language ``word`` is a cue of ("" for none): a cue word's, else the language one of
    whose suffixes it ends with (no suffix of one language ends with another's, checked at
    import, so at most one language's does)."""
    lang = _CUE_OF.get(word)
    if lang is not None:
        return lang
    if len(word) > 4 and word[-1] in _SUFFIX_LAST:
        for lang, suffixes in _SUFFIX_CUES.items():
            if word.endswith(suffixes):
                return lang
    return ""


# Each word's :func:`_cue_of` in this process, cleared when it would pass _MAX_WORD_CUES words
# (a bound on a long run's memory: a few MB).
_WORD_CUES: dict[str, str] = {}
_MAX_WORD_CUES = 65_536
assert not any(a != b and x.endswith(y) for a, xs in _SUFFIX_CUES.items() for x in xs
               for b, ys in _SUFFIX_CUES.items() for y in ys), "suffixes of two languages overlap"


def sum_cues(parts: list[CueCounts]) -> CueCounts:
    """The :func:`cue_counts` of words joined from ``parts``' (see there when that holds)."""
    counts = dict.fromkeys(_CUES, 0)
    for part in parts:
        for lang, times in part.items():
            counts[lang] += times
    return counts


def _language(text: str, words: list[str], shares: ScriptShares,
              cues: CueCounts | None = None) -> tuple[str, float]:
    if shares.letters < 3:
        return "und", 0.0
    family = _family(shares)
    if family == "devanagari":
        return _devanagari(text, words, cues)
    if family == "arabic":
        if any(ch in _URDU_LETTERS for ch in text):
            return "ur", 0.9
        code, conf = _cld2(text)
        return (code, conf) if code != "und" else ("ar", 0.4)
    short = len(words) < _MIN_WORDS_FOR_CLD2
    code, conf = _cld2(text, short=short)
    if family == "latin" and code != "en":
        hits = sum(1 for w in words if w.lower() in _EN_CUES)
        if hits and (code == "und" or short):
            return "en", min(0.9, 0.4 + 0.1 * hits)
        if short:
            # a name or a date line ("Meerut", "Wed, Mar 4, 2020"): CLD2 guesses other
            # Latin-script languages on these; only English is plausible in our inputs
            return "und", 0.0
    return code, conf


def _family(shares: ScriptShares) -> str:
    """The script that holds most letters (the first of a tie, in this order)."""
    return max(
        ("devanagari", shares.devanagari),
        ("latin", shares.latin),
        ("arabic", shares.arabic),
        ("other", shares.other),
        key=lambda kv: kv[1],
    )[0]


def reads_cues(counts: Counts) -> bool:
    """Whether :func:`language_of` reads the Devanagari cue words of a text with these
    :data:`Counts` (so a caller's :func:`cue_counts` would be used)."""
    shares = shares_of(counts)
    return shares.letters >= 3 and _family(shares) == "devanagari"


def _devanagari(text: str, words: list[str], counts: CueCounts | None = None
                ) -> tuple[str, float]:
    if counts is None:
        counts = cue_counts(words)
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= 2 and top >= 2 * second:
        return best, min(0.99, 0.6 + 0.4 * (top - second) / (top + second))
    if top == 1 and second == 0:
        return best, 0.6
    code, conf = _cld2(text)
    if code in _CUES and len(words) >= _MIN_WORDS_FOR_CLD2:
        return code, conf
    return "hi", 0.5


def _cld2(text: str, *, short: bool = False) -> tuple[str, float]:
    """CLD2's top language as an ISO code and a confidence; "und" when it has no answer, or
    when ``short`` and CLD2 itself says the answer is unreliable (a name, a date line)."""
    clean = _CONTROL.sub(" ", text).encode("utf-8", "ignore").decode("utf-8")
    try:
        reliable, _, details = pycld2.detect(clean)
    except pycld2.error:
        return "und", 0.0
    _, code, percent, _ = details[0]
    code = code.split("-")[0].lower()
    if code in ("un", "xx", "") or (short and not reliable):
        return "und", 0.0
    return code, round(percent / 100 * (1.0 if reliable else 0.6), 3)

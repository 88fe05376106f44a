"""A romaniser learnt from the KB's own Hindi/English name pairs, for name words no table knows.

Why: an actor with no KB entry is named by :func:`khabar.events.names.romanise`, which spells a
word the name tables do not know by rule (:func:`khabar.events.names.rule_spelling`: schwa
deletion and hand folds). The strict actor score needs the English news spelling, so
"Hindpirhi" for Hindpiri or "Shahin Bag" for Shaheen Bagh is wrong however right the Hindi is, and
every further fix by hand is one more rule (rounds ev76, ev99). The KB pairs thousands of Hindi
and English labels of persons and places (GeoNames' romanisations are the English press's), so
the letters' custom can be learnt instead (round tr1, issue 13):

* each word is cut into units (a consonant with its nukta and its vowel sign or virama, or an
  independent vowel; an anusvara, candrabindu or visarga stays with the unit before it);
* the rule spelling and the English word of a pair are each cut into one piece per unit by
  dynamic programming (:func:`align`: each piece as close as it can be, by edit distance, to the
  rule's spelling of its unit alone), so each unit has its rule piece and its English piece;
* each unit's English piece is counted, per Hindi word, in contexts of its rule piece from the
  most specific to the widest (with the unit before and after it; with the one after; with the
  one before; with the kinds of unit around it), and a context's most frequent piece is kept
  when it is confident (:data:`MIN_COUNT`, :data:`MIN_SHARE`, :data:`MIN_WIDE`).

A word is spelt unit by unit: the most specific confident context's piece, else the rule's
piece. A piece may change letters (v/w, j/z, k/c, a/e: Pawar, Sanchez, Merkel) but not the
word's run of vowels and consonants (:func:`_shape`): whether a schwa is spoken, or a "-iya"
written "-ia", depends on the whole word or on the name's part (given name or surname), which
the rule reads (``translit.delete_schwa``, ``names._surname``) and a unit's neighbours do not
show. Only the tuned part of the KB's words (a fixed hash, :func:`part`) is learnt from, so
``tools/romaniser_exact.py`` can judge it on the held-out part.

Build (after a KB change): ``python -m khabar.events.romaniser build [OUT]``; check a table:
``python -m khabar.events.romaniser check [FILE]``. The table is one ``context<TAB>latin<TAB>
count/total`` line per context (``#`` starts a comment); a malformed line is an E061 error naming
the line.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from ..clean.cues import HINDI_STOPWORDS
from ..entities.translit import is_devanagari
from ..errors import E, KhabarError

TABLE = "romaniser_hi_en.tsv"
# A context's answer is kept when at least MIN_COUNT Hindi words show it and it is at least
# MIN_SHARE of its context's words. Tuned by 4-fold cross-validation inside the tuned part of the
# KB's person and place words (tools/romaniser_exact.py), never on the held-out part (round tr1:
# 2/0.8 persons 278/498, 0.7 277, 0.9 275, 3/0.8 274; the rule 268).
MIN_COUNT = 2
MIN_SHARE = 0.8
# The widest context (the kinds of the units around) pools unlike words, so it needs more
# witnesses: with 2, two foreign places' "-ja" = "-za" made आहूजा "Ahuza" (a dev tune source);
# 3 gives the same cross-validated figures as 2 (round tr1).
MIN_WIDE = 3
# KB entity types whose labels are romanised names: persons, and places below the country
# (countries' English names are mostly exonyms, Germany for जर्मनी, not romanisations).
PERSON_TYPES = frozenset({"PERSON"})
PLACE_TYPES = frozenset({"CITY", "REGION", "LOCATION"})
# Smallest similarity (difflib ratio) between the rule spelling and the English word for a pair to
# be one name (names._MIN_SIMILARITY: a title or an initial against a name is no pair).
_MIN_SIMILARITY = 0.5
_CONS = {chr(c) for c in range(0x0915, 0x093A)} | {chr(c) for c in range(0x0958, 0x0960)}
_NUKTA, _VIRAMA = "\u093c", "\u094d"
_SIGNS = "\u0901\u0902\u0903"  # candrabindu, anusvara, visarga
_MATRAS = {chr(c) for c in range(0x093E, 0x094D)} | {"\u0962", "\u0963"}
_LONGEST_PIECE = 6
_LETTERS = re.compile("[\u0901-\u094d\u0958-\u0963]+")


def _bad(where: str, detail: str) -> KhabarError:
    return KhabarError(E.E061, where=where, detail=detail)


def units(word: str) -> list[str]:
    """A Devanagari word cut into units: consonant (+ nukta) + vowel sign or virama, or an
    independent vowel; signs of nasality stay with the unit before them. A word with anything
    but Devanagari letters and signs in it ("फेस-3", a joiner) has none: the rule spells it."""
    word = unicodedata.normalize("NFC", word).replace("ॉ", "ो").replace("ऑ", "ओ")
    if not _LETTERS.fullmatch(word):
        return []
    out: list[str] = []
    i = 0
    while i < len(word):
        unit = word[i]
        i += 1
        if unit in _CONS:
            if i < len(word) and word[i] == _NUKTA:
                unit += word[i]
                i += 1
            if i < len(word) and (word[i] in _MATRAS or word[i] == _VIRAMA):
                unit += word[i]
                i += 1
        while i < len(word) and word[i] in _SIGNS:
            unit += word[i]
            i += 1
        out.append(unit)
    return out


_KINDS = frozenset({"B", "C", "M", "H", "V"})  # a unit's kinds before it (B: the word's start)


def _kind(unit: str) -> str:
    """The kind of a unit, for the widest context: a bare consonant (C), one with a vowel sign
    (M), with a virama (H), an independent vowel (V), the word's start (B) or end (E)."""
    if unit in ("^", "$"):
        return "B" if unit == "^" else "E"
    if unit[0] not in _CONS:
        return "V"
    if _VIRAMA in unit:
        return "H"
    return "M" if any(c in _MATRAS for c in unit) else "C"


def contexts(us: list[str], i: int, rule: str) -> list[str]:
    """The contexts of unit ``i`` whose rule piece is ``rule``, most specific first (a
    context's text is its key)."""
    prev = us[i - 1] if i else "^"
    nxt = us[i + 1] if i + 1 < len(us) else "$"
    u = f"{us[i]}={rule}"
    return [f"{prev}|{u}|{nxt}", f"*|{u}|{nxt}", f"{prev}|{u}|*", f"{_kind(prev)}|{u}|{_kind(nxt)}"]


def _prefix_edits(a: str, b: str) -> list[int]:
    """The edit distance of each prefix of ``a`` to ``b``, the empty one first: the rows of one
    table (its row ``i`` ends in the distance of ``a[:i]``), so that :func:`align` reads every
    piece starting at one place from one table instead of one table a piece (round sp25, issue
    16: a cold pass of the events stage spent 1.3% of its line events aligning 13 new words)."""
    row = list(range(len(b) + 1))
    out = [row[-1]]
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        out.append(row[-1])
    return out


def _unit_spellings(unit: str) -> tuple[str, ...]:
    """The rule's spelling of a unit alone, with and without a bare consonant's schwa."""
    from .names import rule_spelling

    latin = rule_spelling(unit).lower()
    if _kind(unit) == "C" and latin.endswith("a") and len(latin) > 1:
        return (latin, latin[:-1])
    return (latin,)


_VOWEL_RUNS = re.compile("[aeiou]+")
_CONSONANT_RUNS = re.compile("[^aeiouV]+")


def _shape(piece: str) -> str:
    """A piece's runs of vowels and consonants ("sha" CV, "on" VC, "a" V)."""
    return _CONSONANT_RUNS.sub("C", _VOWEL_RUNS.sub("V", piece))


def align(us: list[str], english: str) -> list[str] | None:
    """The English word cut into one piece per unit, the pieces as close as can be to the
    units' rule spellings (least total edit distance; ties: the earlier cut shorter); None when
    the word is longer than the units can carry."""
    en = english.lower()
    n, m = len(us), len(en)
    if m > n * _LONGEST_PIECE:
        return None
    inf = 10**9
    best = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[0] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0
    for i, unit in enumerate(us):
        spells = _unit_spellings(unit)
        for j in range(m + 1):
            if best[i][j] == inf:
                continue
            end = min(m, j + _LONGEST_PIECE)
            # the least distance of each piece en[j:k] to the unit's spellings, k = j .. end
            tables = [_prefix_edits(en[j:end], s) for s in spells]
            least = tables[0] if len(tables) == 1 else list(map(min, *tables))
            for k in range(j, end + 1):
                cost = best[i][j] + least[k - j]
                if cost < best[i + 1][k]:
                    best[i + 1][k], back[i + 1][k] = cost, j
    if best[n][m] == inf:
        return None
    pieces, k = [], m
    for i in range(n, 0, -1):
        j = back[i][k]
        pieces.append(en[j:k])
        k = j
    return pieces[::-1]


def part(word: str) -> str:
    """'held' for one word in four (by a fixed hash of the NFC word), else 'tune'."""
    word = unicodedata.normalize("NFC", word)
    return "held" if int(hashlib.sha1(word.encode()).hexdigest(), 16) % 4 == 0 else "tune"


def aligned_words(
    types: frozenset[str], countries: frozenset[str] | None = None
) -> dict[str, set[str]]:
    """Hindi name word -> its English spellings in the labels of the KB's entities of ``types``
    (equal word counts aligned by position; capitalised English words, no Hindi function words)."""
    from ..config import Config
    from ..entities.kb import load_kb

    kb = load_kb(Config())
    out: dict[str, set[str]] = {}
    for ident in sorted(kb.entries):
        entry = kb.entries[ident]
        if entry.type not in types or (countries is not None and entry.country not in countries):
            continue
        for hi in entry.hi:
            for en in (entry.name, *entry.en):
                hw, ew = hi.split(), en.replace("-", " ").split()
                if len(hw) != len(ew) or not all(is_devanagari(w) for w in hw):
                    continue
                for h, e in zip(hw, ew, strict=True):
                    if e.isascii() and e.isalpha() and e[0].isupper() and h not in HINDI_STOPWORDS:
                        out.setdefault(unicodedata.normalize("NFC", h), set()).add(e)
    return out


def training_pairs(words: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(Hindi, English) pairs of the tuned part that are one name (close to the rule spelling)."""
    from .names import _similarity, rule_spelling

    out = []
    for hi in sorted(words):
        if part(hi) != "tune":
            continue
        rule = rule_spelling(hi)
        out += [(hi, e) for e in sorted(words[hi]) if _similarity(rule, e) >= _MIN_SIMILARITY]
    return out


def learn(
    pairs: Iterable[tuple[str, str]],
    min_count: int = MIN_COUNT,
    min_share: float = MIN_SHARE,
    min_wide: int = MIN_WIDE,
) -> dict[str, tuple[str, int, int]]:
    """Context -> (Latin piece, its count, the context's count), confident contexts only."""
    from .names import rule_spelling

    # evidence is counted in Hindi words, not pairs: a word with two English labels ("हिंद"
    # Indian, Indo: a translation, not a spelling) is one witness, not two
    seen: dict[str, dict[str, set[str]]] = {}
    for hi, en in pairs:
        us = units(hi)
        if not us:
            continue
        pieces, rules = align(us, en), align(us, rule_spelling(hi))
        if pieces is None or rules is None:
            continue
        for i, piece in enumerate(pieces):
            for ctx in contexts(us, i, rules[i]):
                seen.setdefault(ctx, {}).setdefault(piece, set()).add(hi)
    counts = {ctx: Counter({p: len(ws) for p, ws in by.items()}) for ctx, by in seen.items()}
    out: dict[str, tuple[str, int, int]] = {}
    for ctx in sorted(counts):
        total = len(set().union(*seen[ctx].values()))
        piece, n = min(counts[ctx].items(), key=lambda kv: (-kv[1], kv[0]))
        rule = ctx.split("|")[1].split("=", 1)[1]
        wide = ctx.split("|")[0] in _KINDS
        if n < (min_wide if wide else min_count) or n / total < min_share:
            continue  # not confident
        if _shape(piece) != _shape(rule):
            continue  # never taken: :func:`spell` keeps the rule's vowels and consonants
        if piece == rule and wide:
            continue  # the widest context saying what the rule says: no entry is the same
        out[ctx] = (piece, n, total)
    return out


def spell(word: str, table: dict[str, tuple[str, int, int]] | None = None) -> str | None:
    """The learnt spelling of one Devanagari word ("पवार" -> "Pawar"), or None for a word with
    anything but Devanagari letters in it (the rule spelling then stands)."""
    from .names import rule_spelling

    table = learnt_table() if table is None else table
    us = units(word)
    rules = align(us, rule_spelling(word)) if us else None
    if rules is None:
        return None
    out = []
    for i, rule in enumerate(rules):
        hits = (table[c][0] for c in contexts(us, i, rule) if c in table)
        # the vowels and consonants stay as the rule has them (module docstring)
        hit = next((h for h in hits if _shape(h) == _shape(rule)), rule)
        out.append(hit)
    latin = "".join(out)
    if not latin.isascii() or not latin[:1].isalpha():
        return None
    return latin[:1].upper() + latin[1:]


def write_table(table: dict[str, tuple[str, int, int]], out: Path) -> int:
    """Write a learnt table, contexts sorted (the same KB gives the same bytes)."""
    lines = [
        "# Devanagari unit in context -> Latin piece, learnt from the tuned part of the KB's",
        "# person and place labels. Built by: python -m khabar.events.romaniser build",
        "# context (before|unit|after)\tlatin\tcount/total",
        *(f"{ctx}\t{p}\t{n}/{t}" for ctx, (p, n, t) in sorted(table.items())),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(table)


def build(out: Path) -> int:
    """Write the table learnt from the KB's tuned part; the number of contexts."""
    persons, places = aligned_words(PERSON_TYPES), aligned_words(PLACE_TYPES)
    pairs = sorted(set(training_pairs(persons)) | set(training_pairs(places)))
    return write_table(learn(pairs), out)


def read_table(path: Path, text: str | None = None) -> dict[str, tuple[str, int, int]]:
    """Parse a learnt table; a malformed line is an E061 error naming its file and line."""
    text = path.read_text(encoding="utf-8") if text is None else text
    out: dict[str, tuple[str, int, int]] = {}
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path}:{n}"
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].count("|") != 2:
            raise _bad(where, "expected 'before|unit|after<TAB>latin<TAB>count/total'")
        ctx, piece, share = parts
        if not is_devanagari(ctx.split("|")[1]):
            raise _bad(where, f"{ctx.split('|')[1]!r} is no Devanagari unit")
        if piece and not (piece.isascii() and piece.isalpha() and piece.islower()):
            raise _bad(where, f"{piece!r} is not lower-case Latin letters")
        n_t = share.split("/")
        if len(n_t) != 2 or not (n_t[0].isdigit() and n_t[1].isdigit()) or int(n_t[0]) > int(n_t[1]):
            raise _bad(where, f"{share!r} is not count/total")
        if ctx in out:
            raise _bad(where, f"{ctx} is given twice")
        out[ctx] = (piece, int(n_t[0]), int(n_t[1]))
    return out


def _builtin() -> Path:
    return Path(str(resources.files("khabar") / "data" / "actors" / TABLE))


@cache
def learnt_table() -> dict[str, tuple[str, int, int]]:
    """The built-in learnt table, loaded once per process."""
    return read_table(_builtin())


@lru_cache(maxsize=65536)
def learnt_spelling(word: str) -> str | None:
    """:func:`spell` with the built-in table, remembered per word (news repeats its names)."""
    return spell(word)


def main(argv: list[str] | None = None) -> int:
    """``build [OUT]`` writes the table from the KB; ``check [FILE]`` checks one."""
    from .actors import check_command

    return check_command(
        argv, "khabar.events.romaniser", _builtin(),
        lambda p: f"{len(read_table(p))} contexts", build=lambda p: f"{build(p)} contexts",
    )


if __name__ == "__main__":
    raise SystemExit(main())

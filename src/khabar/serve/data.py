"""The read model behind the HTTP API and the web pages: one store connection per worker thread,
the query API of :mod:`khabar.query`, and caches that make repeated requests cheap.

Merging events across articles is the one expensive read (it looks at every article with
events), so the merged events are computed once per store generation and every events, timeline
and story request filters that list. Story views, entity profiles and searches are kept in a
bounded LRU keyed by the same generation. The generation changes when any article or story row
is written (an ingest through the API or by another process), so nothing stale is served.
"""

from __future__ import annotations

import base64
import re
import sqlite3
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..config import Config
from ..errors import E, KhabarError
from ..store.db import Store

if TYPE_CHECKING:
    from ..entities.kb import KB
    from ..events.merge import MergedEvent

T = TypeVar("T")

# Entries kept per cache: story views are the largest (a few hundred kB for a big story); 512 of
# them stay well under 200 MB on the whole Hindi corpus (3,527 articles, about 1,900 stories).
CACHE_ENTRIES = 512
MAX_PAGE = 200
# Hits a search keeps, best first: FTS5 builds a snippet for each, and on the corpus a common word
# ("कोरोना", in most of its 3,528 articles) took 0.9 s at 1,000 hits.
SEARCH_HITS = 200
# Seconds a read of the store's generation is trusted: one small query a second instead of one
# per request (measured: a tenth of the per-request cost of a cached story under load).
GENERATION_TTL = 1.0
BUCKETS = ("day", "week", "month")
SERIES = ("type", "modality")
_ISO_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_MONTH = re.compile(r"\d{4}-\d{2}(-\d{2})?$")


def check_date(name: str, value: str | None) -> str | None:
    """A date filter must be YYYY, YYYY-MM or YYYY-MM-DD; anything else is a 400, not a miss."""
    if value is None:
        return None
    if not _ISO_PREFIX.fullmatch(value):
        raise KhabarError(E.E050, detail=f"{name}={value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    try:
        date.fromisoformat((value + "-01-01")[:10])
    except ValueError:
        raise KhabarError(E.E050, detail=f"{name}={value!r} is not a date") from None
    return value


def display_name(ev: MergedEvent, ident: str) -> str:
    """An actor's name for people: the event's name for it, else the words of a coded actor or a
    text argument (``actor:Delhi Police`` → Delhi Police), never a bare id prefix."""
    if ident in ev.names:
        return ev.names[ident]
    prefix, _, rest = ident.partition(":")
    return rest if prefix in ("actor", "text") and rest else ident


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset an opaque cursor stands for; a cursor this server did not write is a 400."""
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, number = text.partition(":")
        if kind == "o" and number.isdigit() and len(number) < 12:
            return int(number)
    except (ValueError, UnicodeDecodeError):
        pass
    raise KhabarError(E.E050, detail=f"cursor={cursor!r} (use next_cursor of a previous page)")


def page(items: Sequence[T], cursor: str | None, limit: int) -> tuple[list[T], str | None]:
    """One page of ``items`` and the cursor of the next (None at the end)."""
    start = decode_cursor(cursor)
    chunk = list(items[start : start + limit])
    return chunk, encode_cursor(start + limit) if start + limit < len(items) else None


def period(day: str | None, bucket: str) -> str:
    """The bucket a date falls in: the day, the Monday of its ISO week, or the month."""
    if not day:
        return "undated"
    if bucket == "month" or len(day) < 10:
        return day[:7] if len(day) >= 7 else day
    if bucket == "week":
        d = date.fromisoformat(day[:10])
        return (d - timedelta(days=d.weekday())).isoformat()
    return day[:10]


class Reader:
    """Read access to one store for a multi-threaded server."""

    def __init__(self, config: Config) -> None:
        if not Path(config.db_path).exists():
            raise KhabarError(E.E020, where=str(config.db_path), detail="no such store (run khabar ingest first)")
        self.config = config
        self._local = threading.local()
        self._lock = threading.Lock()
        self._events: tuple[tuple[Any, ...], list[MergedEvent]] | None = None
        self._cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._generation: tuple[Any, ...] = ()
        self._generation_at = -GENERATION_TTL

    # -- plumbing ----------------------------------------------------------------------------
    @property
    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.config.db_path)
            self._local.store = store
        return store

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn

    def generation(self) -> tuple[Any, ...]:
        """Changes whenever an article version or a story is written. Read from the store at most
        every GENERATION_TTL seconds (writes by another process show within that time; an ingest
        through the API calls :meth:`invalidate`)."""
        now = time.monotonic()
        if now - self._generation_at >= GENERATION_TTL:
            row = self.conn.execute(
                "SELECT (SELECT max(rowid) FROM articles), (SELECT count(*) FROM articles),"
                " (SELECT count(*) FROM story_members), (SELECT count(*) FROM stories)"
            ).fetchone()
            self._generation, self._generation_at = tuple(row), now
        return self._generation

    def invalidate(self) -> None:
        self._generation_at = -GENERATION_TTL

    def peek(self, key: tuple[Any, ...]) -> Any | None:
        """A cached value without computing it (None when absent): lets async handlers answer
        a hit without a trip through the thread pool."""
        full = (self.generation(), *key)
        with self._lock:
            return self._cache.get(full)

    def cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        full = (self.generation(), *key)
        with self._lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                cached: T = self._cache[full]
                return cached
        value = compute()
        with self._lock:
            self._cache[full] = value
            while len(self._cache) > CACHE_ENTRIES:
                self._cache.popitem(last=False)
        return value

    @property
    def kb(self) -> KB:
        from ..entities.kb import load_kb

        return load_kb(self.config)

    # -- events ------------------------------------------------------------------------------
    def all_events(self) -> list[MergedEvent]:
        gen = self.generation()
        with self._lock:
            if self._events is not None and self._events[0] == gen:
                return self._events[1]
        from ..query import merged_events

        merged = merged_events(self.store, self.config)
        with self._lock:
            self._events = (gen, merged)
        return merged

    def events(self, actors: Sequence[str] = (), type_: str | None = None, since: str | None = None,
               until: str | None = None, modality: str | None = None, outlet: str | None = None,
               language: str | None = None, code: str | None = None,
               articles: set[str] | None = None) -> list[MergedEvent]:
        """Merged events filtered as asked; every filter given must hold."""
        from ..events.merge import filter_events
        from ..query import actor_filter

        found = filter_events(self.all_events(), (), type_, check_date("since", since),
                              check_date("until", until), modality)
        if actors:
            keep = actor_filter(self.store, self.config, actors)
            found = [ev for ev in found if keep(ev)]
        if outlet or language:
            ids = self.article_ids(outlet=outlet, language=language)
            found = [ev for ev in found if ids.intersection(ev.articles)]
        if articles is not None:
            found = [ev for ev in found if articles.intersection(ev.articles)]
        if code:
            found = [ev for ev in found if self._has_code(ev, code)]
        return found

    def _has_code(self, ev: MergedEvent, code: str) -> bool:
        """An actor of the event has ``code``: the events stage's actor codes ("IND COP" matches
        "IND-Delhi COP"; a bare sector "COP" any police), else the KB-derived CAMEO prefix
        ("IND", "INDGOV") for named actors the events stage did not code."""
        from ..events.actors import code_matches, is_code
        from ..export.gdelt import event_actor_codes

        if (is_code(code) or code.strip().isalpha()) and any(
                code_matches(c, code.strip()) for c in ev.codes.values()):
            return True
        wanted = code.replace(" ", "").upper()
        return any(c.startswith(wanted) for c in event_actor_codes(ev, self.kb))

    def article_ids(self, outlet: str | None = None, language: str | None = None) -> set[str]:
        sql, params = "SELECT id FROM articles WHERE is_current = 1", []
        if outlet:
            sql += " AND outlet = ?"
            params.append(outlet)
        if language:
            sql += " AND language = ?"
            params.append(language)
        return {r[0] for r in self.conn.execute(sql, params)}

    def timeline(self, actor: str | None, other: str | None, code: str | None, bucket: str,
                 by: str, **filters: Any) -> dict[str, Any]:
        """Events of an actor, a dyad or an actor code, counted per period and per type or
        modality; each event keeps its first report's evidence for the chart to link to."""
        if bucket not in BUCKETS:
            raise KhabarError(E.E050, detail=f"bucket={bucket!r} (expected one of {', '.join(BUCKETS)})")
        if by not in SERIES:
            raise KhabarError(E.E050, detail=f"by={by!r} (expected one of {', '.join(SERIES)})")
        if not (actor or code):
            raise KhabarError(E.E050, detail="timeline needs actor=NAME (and other=NAME for a dyad) or code=IND")
        actors = [a for a in (actor, other) if a]

        def compute() -> dict[str, Any]:
            events = self.events(actors, code=code, **filters)
            events.sort(key=lambda ev: (ev.date is None, ev.date or "", ev.id))
            when = self.chart_dates(events)
            counts: Counter[tuple[str, str]] = Counter()
            for ev in events:
                counts[(period(when[ev.id], bucket), _series_key(ev, by))] += 1
            periods = sorted({p for p, _ in counts}, key=lambda p: (p == "undated", p))
            keys = sorted({k for _, k in counts})
            return {
                "actor": actor, "other": other, "code": code, "bucket": bucket, "by": by,
                "periods": periods, "series": keys,
                "counts": [{"period": p, "key": k, "count": n} for (p, k), n in sorted(counts.items())],
                "events": events,
            }

        return self.cached(("timeline", tuple(actors), code, bucket, by, tuple(sorted(filters.items()))), compute)

    def chart_dates(self, events: Sequence[MergedEvent]) -> dict[str, str | None]:
        """The date an event is charted at: its own when it names a month or a day, else the
        date of the first article reporting it (as GDELT dates events it cannot date)."""
        dct = self.cached(("dct",), lambda: dict(self.conn.execute(
            "SELECT id, dct FROM articles WHERE is_current = 1")))
        return {ev.id: ev.date if ev.date and _MONTH.match(ev.date)
                else next((dct.get(r.article_id) for r in ev.reports if dct.get(r.article_id)), None)
                for ev in events}

    # -- stories -----------------------------------------------------------------------------
    def stories(self, since: str | None = None, until: str | None = None, entity: str | None = None,
                language: str | None = None, outlet: str | None = None) -> list[dict[str, Any]]:
        """Active stories newest first, each with its count of independent sources (members that
        are no copy of another: a wire story printed by five outlets counts once)."""
        from ..query import stories as list_stories

        def compute() -> list[dict[str, Any]]:
            found = list_stories(self.store, since=check_date("since", since), entity=entity,
                                 lang=language, config=self.config)
            if until:
                found = [s for s in found if (s.first_date or "") <= until]
            if outlet:
                found = [s for s in found if outlet in s.outlets]
            independent = dict(self.conn.execute(
                "SELECT story_id, count(*) FROM story_members WHERE duplicate_of IS NULL GROUP BY story_id"))
            return [{"id": s.id, "title": s.title, "first_date": s.first_date, "last_date": s.last_date,
                     "articles": s.n_articles, "independent_sources": independent.get(s.id, 0),
                     "outlets": s.outlets, "languages": s.languages} for s in found]

        check_date("until", until)
        return self.cached(("stories", since, until, entity, language, outlet), compute)

    def story(self, story_id: str) -> Any:
        from ..query import story

        return self.cached(("story", story_id), lambda: story(self.store, story_id))

    def story_events(self, story_id: str) -> list[MergedEvent]:
        view = self.story(story_id)
        return self.events(articles={a["id"] for a in view.articles})

    # -- entities, search --------------------------------------------------------------------
    def entity(self, name: str) -> dict[str, Any]:
        from ..query import entity_profile

        def compute() -> dict[str, Any]:
            profile = entity_profile(self.store, self.config, name)
            entry = self.kb.get(profile["id"]) if profile["id"].startswith("kb:") else None
            profile["names"] = {"hi": list(entry.hi) if entry else [], "en": list(entry.en) if entry else []}
            if entry is None:  # a name the KB lacks: its variants in the text, by script
                for variant in profile["variants"]:
                    profile["names"]["hi" if _devanagari(variant) else "en"].append(variant)
            return profile

        return self.cached(("entity", name), compute)

    def search(self, q: str) -> dict[str, Any]:
        """Full-text search, cross-script through the KB: a name the KB knows ("Putin") is searched
        by all its names in both scripts (पुतिन), and the articles mentioning the entity come
        first. Anything else is an FTS5 query as typed."""
        q = q.strip()
        if not q:
            raise KhabarError(E.E050, detail="q is empty")

        def compute() -> dict[str, Any]:
            entity_id = self.resolve_name(q)
            entry = self.kb.get(entity_id) if entity_id and entity_id.startswith("kb:") else None
            names = sorted({q, *(entry.hi if entry else ()), *(entry.en if entry else ()),
                            *([entry.name] if entry else ())})
            fts = " OR ".join('"' + n.replace('"', "") + '"' for n in names) if entry else q
            rows = [dict(r) for r in self.store.search(fts, limit=SEARCH_HITS)]
            if entity_id:
                mentioning = {r[0] for r in self.conn.execute(
                    "SELECT DISTINCT a.id FROM mentions m JOIN articles a ON a.rowid = m.article_rowid"
                    " AND a.is_current = 1 WHERE m.entity_id = ?", (entity_id,))}
                rows.sort(key=lambda r: r["id"] not in mentioning)
                for r in rows:
                    r["mentions_entity"] = r["id"] in mentioning
            return {"query": q, "entity": entity_id, "entity_name": entry.name if entry else None,
                    "searched": names if entry else [q], "hits": rows}

        return self.cached(("search", q), compute)

    def resolve_name(self, name: str) -> str | None:
        """The entity a name stands for, as :func:`khabar.query.resolve_entity_ids` answers, but
        with its fallback (every mention's text compared by match key, 0.5 s on the corpus) done
        once per store generation: a search for a plain word ("लॉकडाउन") must not pay it."""
        from ..lang.normalise import match_key
        from ..query import resolve_entity_ids

        if ":" in name or self.kb.resolve(name):
            ids = resolve_entity_ids(self.store, self.config, name)
            return ids[0] if ids else None

        def local_names() -> dict[str, str]:
            index: dict[str, str] = {}
            for r in self.conn.execute(
                "SELECT m.entity_id, m.text, m.canonical, count(*) AS n FROM mentions m JOIN articles a"
                " ON a.rowid = m.article_rowid AND a.is_current = 1 WHERE m.entity_id IS NOT NULL"
                " GROUP BY m.entity_id, m.text, m.canonical ORDER BY n DESC, m.entity_id"
            ):
                for text in (r["text"], r["canonical"] or ""):
                    index.setdefault(match_key(text), r["entity_id"])
            return index

        return self.cached(("local-names",), local_names).get(match_key(name))

    def story_of(self, article_ids: Sequence[str]) -> dict[str, str]:
        """The story each article belongs to."""
        if not article_ids:
            return {}
        marks = ",".join("?" * len(article_ids))
        return dict(self.conn.execute(
            f"SELECT article_id, story_id FROM story_members WHERE article_id IN ({marks})", list(article_ids)))


def _series_key(ev: MergedEvent, by: str) -> str:
    return (ev.type or "untyped") if by == "type" else ev.modality


def _devanagari(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


def event_json(ev: MergedEvent) -> dict[str, Any]:
    """A merged event as the API returns it: actors with display names, each report's evidence."""
    return {
        "id": ev.id, "type": ev.type, "mode": ev.mode, "date": ev.date, "modality": ev.modality,
        "source": [{"id": a, "name": display_name(ev, a)} for a in ev.source],
        "target": [{"id": a, "name": display_name(ev, a)} for a in ev.target],
        "location": [{"id": a, "name": display_name(ev, a)} for a in ev.location],
        "confidence": ev.confidence, "articles": ev.articles,
        "evidence": [{"article_id": r.article_id, "outlet": r.outlet, "start": r.evidence_start,
                      "end": r.evidence_end, "text": r.evidence, "trigger": r.trigger,
                      "modality": r.modality, "date": r.date} for r in ev.reports],
    }

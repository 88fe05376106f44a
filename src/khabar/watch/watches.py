"""Watches and the alerts they raise, kept in the store.

A watch names an actor (any spelling the KB knows, or a country, which covers its leaders),
optionally a second actor, an event type, a modality and a place. After each ingest or follow
cycle every merged event that matches is compared with what was already alerted, report by
report (``article id : event id``): an event none of whose reports was alerted fires a ``new``
alert; an event that gained a report from an article not alerted before fires again as ``new
source``; anything else is silent. Merged-event ids change when reports join, so identity is
kept on the reports, which do not.

A watch added to a store that already holds matching events takes them as known: alerts start
with the next new event (``khabar events`` shows the old ones).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..errors import E, KhabarError
from ..events.actors import check_sector, code_matches, is_code, sector_of
from ..store.db import Store

if TYPE_CHECKING:
    from ..events.merge import MergedEvent

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS watches (
        name TEXT PRIMARY KEY, spec TEXT NOT NULL, created TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS watch_alerts (
        watch TEXT NOT NULL, report TEXT NOT NULL,   -- article id ':' event id
        article_id TEXT NOT NULL, merged_id TEXT NOT NULL, at TEXT NOT NULL,
        PRIMARY KEY (watch, report)
    )""",
)
MODALITIES = ("happened", "planned", "expected", "proposed", "possible", "ongoing", "denied",
              "hypothetical", "reported")


@dataclass(frozen=True)
class Watch:
    name: str
    actor: str
    other: str | None = None  # --with: the second actor of a dyad
    type: str | None = None  # PLOVER type, e.g. CONSULT
    modality: str | None = None
    place: str | None = None
    sinks: tuple[str, ...] = ()  # "jsonl:PATH", "webhook:URL"; the terminal always
    sector: str | None = None  # an actor of this sector takes part (COP, GOV, …: actor codes)

    def describe(self) -> str:
        parts = [self.actor] + ([f"with {self.other}"] if self.other else [])
        parts += [f"{k} {v}" for k, v in (("type", self.type), ("modality", self.modality),
                                           ("place", self.place), ("sector", self.sector)) if v]
        return " ".join(parts)


@dataclass
class Alert:
    """One alert: the merged event with all its evidence, and which reports are new."""

    watch: str
    kind: str  # "new" or "new source"
    event: dict[str, Any]
    reports: list[dict[str, Any]]
    new_articles: list[str] = field(default_factory=list)

    def line(self) -> str:
        ev = self.event
        who = ", ".join(ev["source"]) + (f" → {', '.join(ev['target'])}" if ev["target"] else "")
        outlets = sorted({r["outlet"] or "?" for r in self.reports})
        return (f"ALERT {self.watch}: {self.kind}: {ev['date'] or 'undated'} {ev['type']}/{ev['mode']}"
                f" {who} ({ev['modality']}); {len(self.reports)} reports from {', '.join(outlets)}")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Watchlist:
    """The watches of one store."""

    def __init__(self, store: Store, config: Config) -> None:
        self.store = store
        self.config = config
        self.conn: sqlite3.Connection = store.conn
        with store.transaction():
            for statement in SCHEMA:
                self.conn.execute(statement)

    def add(self, watch: Watch) -> int:
        """Store ``watch``; returns how many stored events already match (taken as known)."""
        if not watch.name.strip() or not watch.actor.strip():
            raise KhabarError(E.E079, where=watch.name, detail="a watch needs a name and an --actor")
        if watch.sector is not None:
            try:
                check_sector(watch.sector)
            except KhabarError as exc:
                raise KhabarError(E.E079, where=watch.name, detail=exc.message) from None
        if watch.modality is not None and watch.modality not in MODALITIES:
            raise KhabarError(E.E079, where=watch.name, detail=f"unknown modality {watch.modality!r}")
        for sink in watch.sinks:
            if not sink.startswith(("jsonl:", "webhook:")):
                raise KhabarError(E.E079, where=watch.name, detail=f"unknown sink {sink!r}")
        if self.get(watch.name) is not None:
            raise KhabarError(E.E079, where=watch.name, detail="a watch of this name exists; remove it first")
        spec = {k: v for k, v in asdict(watch).items() if k != "name"}
        with self.store.transaction():
            self.conn.execute("INSERT INTO watches (name, spec, created) VALUES (?, ?, ?)",
                              (watch.name, json.dumps(spec, ensure_ascii=False), _now()))
        known = self.check(only=[watch])  # baseline: what is stored already is not news
        return len(known)

    def remove(self, name: str) -> None:
        if self.get(name) is None:
            raise KhabarError(E.E080, detail=name)
        with self.store.transaction():
            self.conn.execute("DELETE FROM watches WHERE name = ?", (name,))
            self.conn.execute("DELETE FROM watch_alerts WHERE watch = ?", (name,))

    def get(self, name: str) -> Watch | None:
        row = self.conn.execute("SELECT spec FROM watches WHERE name = ?", (name,)).fetchone()
        return _watch(name, row[0]) if row else None

    def all(self) -> list[Watch]:
        return [_watch(r[0], r[1]) for r in self.conn.execute("SELECT name, spec FROM watches ORDER BY name")]

    def check(self, only: Sequence[Watch] | None = None) -> list[Alert]:
        """Alerts for events that are new to each watch (or gained a new source), recorded as
        sent; in watch-name order, then date order."""
        from ..events.merge import merge_events
        from ..query import articles_with

        watches = list(only) if only is not None else self.all()
        if not watches:
            return []
        merged = merge_events(articles_with(self.store, "events"))
        urls = dict(self.conn.execute("SELECT id, url FROM articles WHERE is_current = 1").fetchall())
        alerts: list[Alert] = []
        for watch in watches:
            ids = self._resolve(watch)
            for ev in merged:
                if event_matches(watch, ev, ids):
                    alert = self._record(watch, ev, urls)
                    if alert is not None:
                        alerts.append(alert)
        return alerts

    def _resolve(self, watch: Watch) -> dict[str, frozenset[str]]:
        from ..query import actor_ids

        names = {"actor": watch.actor, "other": watch.other, "place": watch.place}
        return {k: actor_ids(self.store, self.config, v) for k, v in names.items() if v}

    def _record(self, watch: Watch, ev: MergedEvent, urls: dict[str, str | None]) -> Alert | None:
        keys = {f"{r.article_id}:{r.event_id}": r.article_id for r in ev.reports}
        rows = self.conn.execute(
            f"SELECT report, article_id FROM watch_alerts WHERE watch = ? AND report IN ({','.join('?' * len(keys))})",
            [watch.name, *keys],
        ).fetchall()
        known_reports = {r[0] for r in rows}
        known_articles = {r[1] for r in rows}
        fresh = {k: a for k, a in keys.items() if k not in known_reports}
        if not fresh:
            return None
        with self.store.transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO watch_alerts (watch, report, article_id, merged_id, at) VALUES (?, ?, ?, ?, ?)",
                [(watch.name, k, a, ev.id, _now()) for k, a in sorted(fresh.items())],
            )
        new_articles = sorted(set(fresh.values()) - known_articles)
        if known_reports and not new_articles:
            return None  # another sentence of an article already alerted: not news
        return Alert(watch.name, "new source" if known_reports else "new", _event_dict(ev),
                     [_report_dict(r, urls) for r in ev.reports], new_articles)


def event_matches(watch: Watch, ev: MergedEvent, ids: dict[str, frozenset[str]]) -> bool:
    """Whether a merged event is one ``watch`` asks for. ``ids`` holds the entity ids each of the
    watch's names resolves to (a country: also its leaders). Every filter lives here."""
    if watch.type and (ev.type or "").upper() != watch.type.upper():
        return False
    if watch.modality and ev.modality != watch.modality:
        return False
    codes = list(ev.codes.values())
    if watch.sector and not any(sector_of(c) == watch.sector.upper() for c in codes):
        return False
    actors = ev.actors()
    if not _named(ids.get("actor"), watch.actor, actors, ev):
        return False
    if watch.other and not _named(ids.get("other"), watch.other, actors, ev):
        return False
    return not watch.place or _named(ids.get("place"), watch.place, set(ev.location), ev)


def _named(ids: frozenset[str] | None, query: str, among: set[str], ev: MergedEvent) -> bool:
    """An actor by entity id, by actor code ("IND COP", "IND-Delhi COP": events' actor codes),
    else by display name."""
    if is_code(query):
        return any(code_matches(ev.codes[a], query) for a in among if a in ev.codes)
    if ids:
        return bool(ids & among)
    q = query.casefold()  # not a known entity: match display names
    return any(q in ev.names.get(a, a).casefold() for a in among)


def _watch(name: str, spec: str) -> Watch:
    data = json.loads(spec)
    data["sinks"] = tuple(data.get("sinks", ()))
    return Watch(name=name, **data)


def _event_dict(ev: MergedEvent) -> dict[str, Any]:
    name = lambda i: ev.names.get(i, i)  # noqa: E731
    return {"id": ev.id, "type": ev.type, "mode": ev.mode, "date": ev.date, "modality": ev.modality,
            "source": [name(i) for i in ev.source], "target": [name(i) for i in ev.target],
            "location": [name(i) for i in ev.location], "actor_ids": ev.source + ev.target}


def _report_dict(r: Any, urls: dict[str, str | None]) -> dict[str, Any]:
    return {"article_id": r.article_id, "outlet": r.outlet, "url": urls.get(r.article_id),
            "evidence": r.evidence, "start": r.evidence_start, "end": r.evidence_end,
            "trigger": r.trigger, "modality": r.modality, "date": r.date}

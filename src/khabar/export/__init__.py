"""Exports of a khabar store that analysts' tools read, and the import that reverses one.

``khabar export --format``:

- ``jsonl``: every object, one JSON document a line: a header, each current article with all its
  facts (mentions, dates, events, quotes, with offsets), each merged event, the original inputs
  and the rows of the story tables. ``khabar import`` of this file into an empty store gives the same counts.
- ``csv``: the merged events, one row each, with actors, CAMEO code and first evidence.
- ``parquet``: the same event table as Parquet (needs the ``parquet`` extra, pyarrow).
- ``gdelt``: a GDELT 2.0-style event table (:mod:`khabar.export.gdelt`).

Filters (``since``, ``story``, ``type``) select the articles and events written; a filtered
JSON Lines export leaves the story tables out, since they describe the whole store.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..config import Config
from ..errors import E, KhabarError
from ..model import Article
from ..store.db import Store

__all__ = ["EVENT_COLUMNS", "FORMATS", "export", "import_jsonl", "event_records"]

FORMATS = ("jsonl", "csv", "parquet", "gdelt")
EXPORT_VERSION = 1
EVENT_COLUMNS = ["id", "date", "type", "mode", "cameo", "modality", "source", "source_names",
                 "target", "target_names", "location", "actor_codes", "reports", "articles",
                 "outlets", "evidence_article", "evidence_start", "evidence_end", "evidence",
                 "confidence"]


def _carried_tables(conn: sqlite3.Connection) -> list[str]:
    """Tables whose rows an export carries verbatim: the original inputs and the story layer."""
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND (name IN ('raw_inputs', 'stories')"
        " OR name LIKE 'story\\_%' ESCAPE '\\') ORDER BY name")]


def _selected_articles(store: Store, config: Config, since: str | None, story: str | None,
                       type_: str | None) -> list[Article]:
    where, params = ["1"], []
    if since:
        where.append("dct >= ?")
        params.append(since)
    if story:
        from ..stories.persist import get_story, story_members

        if get_story(store.conn, story) is None:
            raise KhabarError(E.E024, detail=story)
        ids = [a for a, _ in story_members(store.conn, story)]
        where.append(f"id IN ({','.join('?' * len(ids))})")
        params.extend(ids)
    if type_:
        where.append("rowid IN (SELECT article_rowid FROM events WHERE upper(type) = ?)")
        params.append(type_.upper())
    arts = list(store.iter_articles(" AND ".join(where), params))
    return sorted(arts, key=lambda a: (a.dct or "", a.id))


def event_records(store: Store, config: Config, since: str | None = None, story: str | None = None,
                  type_: str | None = None) -> list[Any]:
    """The merged events an export writes (filtered like the articles)."""
    from ..query import merged_events

    events = merged_events(store, config, type_=type_, since=since)
    if story:
        ids = {a.id for a in _selected_articles(store, config, None, story, None)}
        events = [ev for ev in events if ids.intersection(ev.articles)]
    return events


def _event_row(ev: Any, kb: Any) -> dict[str, Any]:
    from ..events.lexicon import ontology
    from .gdelt import event_actor_codes

    first = ev.reports[0] if ev.reports else None
    return {
        "id": ev.id, "date": ev.date, "type": ev.type, "mode": ev.mode,
        "cameo": ontology().cameo(ev.type, ev.mode), "modality": ev.modality,
        "source": ";".join(ev.source), "source_names": ";".join(ev.names.get(a, a) for a in ev.source),
        "target": ";".join(ev.target), "target_names": ";".join(ev.names.get(a, a) for a in ev.target),
        "location": ";".join(ev.names.get(a, a) for a in ev.location),
        "actor_codes": ";".join(event_actor_codes(ev, kb)), "reports": len(ev.reports),
        "articles": ";".join(ev.articles),
        "outlets": ";".join(sorted({r.outlet for r in ev.reports if r.outlet})),
        "evidence_article": first.article_id if first else None,
        "evidence_start": first.evidence_start if first else None,
        "evidence_end": first.evidence_end if first else None,
        "evidence": first.evidence if first else None, "confidence": ev.confidence,
    }


@contextmanager
def _output(out: Path | None) -> Iterator[IO[str]]:
    if out is None:
        yield sys.stdout
        return
    try:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    except OSError as exc:
        raise KhabarError(E.E050, detail=f"cannot write {out}: {exc.strerror}") from None


def export(config: Config, fmt: str, out: Path | None = None, since: str | None = None,
           story: str | None = None, type_: str | None = None) -> dict[str, int]:
    """Write the store as ``fmt`` to ``out`` (standard output when None); counts of what was
    written."""
    from ..entities.kb import load_kb
    from ..query import as_json

    if fmt not in FORMATS:
        raise KhabarError(E.E050, detail=f"--format {fmt!r} (expected one of {', '.join(FORMATS)})")
    if fmt == "parquet" and out is None:
        raise KhabarError(E.E050, detail="--format parquet needs --out FILE")
    if not Path(config.db_path).exists():
        raise KhabarError(E.E020, where=str(config.db_path), detail="no such store")
    with Store(config.db_path) as store:
        events = event_records(store, config, since, story, type_)
        kb = load_kb(config)
        if fmt == "jsonl":
            arts = _selected_articles(store, config, since, story, type_)
            filtered = bool(since or story or type_)
            with _output(out) as fh:
                return _write_jsonl(fh, store, arts, [as_json(ev) for ev in events], filtered)
        rows = [_event_row(ev, kb) for ev in events]
        if fmt == "csv":
            with _output(out) as fh:
                writer = csv.DictWriter(fh, EVENT_COLUMNS)
                writer.writeheader()
                writer.writerows(rows)
            return {"events": len(rows)}
        if fmt == "parquet":
            assert out is not None
            _write_parquet(rows, out)
            return {"events": len(rows)}
        from .gdelt import gdelt_rows

        dates = {r["id"]: r["dct"] for r in store.conn.execute(
            "SELECT id, dct FROM articles WHERE is_current = 1")}
        urls = {r["id"]: r["url"] for r in store.conn.execute(
            "SELECT id, url FROM articles WHERE is_current = 1")}
        n = 0
        with _output(out) as fh:
            table = csv.writer(fh, delimiter="\t", lineterminator="\n")
            for row in gdelt_rows(events, kb, dates, urls):
                table.writerow(row)
                n += 1
        return {"events": n}


def _write_parquet(rows: list[dict[str, Any]], out: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise KhabarError(E.E050, detail="--format parquet needs pyarrow: pip install 'khabar[parquet]'") from None
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.string()) for c in EVENT_COLUMNS})
    try:
        pq.write_table(table, out)
    except OSError as exc:
        raise KhabarError(E.E050, detail=f"cannot write {out}: {exc}") from None


def _write_jsonl(fh: IO[str], store: Store, arts: list[Article], events: list[Any],
                 filtered: bool) -> dict[str, int]:
    def line(obj: dict[str, Any]) -> None:
        fh.write(json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str) + "\n")

    counts = {"articles": 0, "events": 0, "rows": 0}
    line({"kind": "khabar-export", "version": EXPORT_VERSION, "schema": store.schema_version})
    for art in arts:
        data = art.to_dict()
        data["extra"] = {k: v for k, v in data["extra"].items() if not k.startswith("_")}
        line({"kind": "article", "data": data})
        counts["articles"] += 1
    for ev in events:
        line({"kind": "event", "data": ev})
        counts["events"] += 1
    if not filtered:
        for table in _carried_tables(store.conn):
            for row in store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
                values = {k: (v.hex() if isinstance(v, bytes) else v) for k, v in dict(row).items()}
                blobs = sorted(k for k, v in dict(row).items() if isinstance(v, bytes))
                line({"kind": "row", "table": table, "data": values, "blobs": blobs})
                counts["rows"] += 1
    return counts


def import_jsonl(config: Config, path: Path) -> dict[str, int]:
    """Load a ``khabar export --format jsonl`` file into an empty store; counts loaded.

    The file is checked whole before anything is written, and written in one transaction, so a bad
    line leaves the store as it was. Merged events are derived data and are not read back: they are
    merged again from the articles' events.
    """
    records = list(_read_export(path))
    with Store(config.db_path) as store:
        if store.conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone():
            raise KhabarError(E.E050, detail=f"import needs an empty store; {config.db_path} has articles")
        tables = set(_carried_tables(store.conn))
        counts = {"articles": 0, "rows": 0}
        with store.transaction():
            for rec in records:
                if rec["kind"] == "article":
                    store.put_article(Article.from_dict(rec["data"]))
                    counts["articles"] += 1
                elif rec["kind"] == "row":
                    _put_row(store.conn, tables, rec)
                    counts["rows"] += 1
    return counts


def _read_export(path: Path) -> Iterator[dict[str, Any]]:
    if not path.is_file():
        raise KhabarError(E.E001, where=str(path))
    with open(path, encoding="utf-8") as fh:
        for n, text in enumerate(fh, start=1):
            try:
                rec = json.loads(text)
            except json.JSONDecodeError as exc:
                raise KhabarError(E.E007, where=f"{path}:{n}", detail=exc.msg) from None
            if n == 1 and (not isinstance(rec, dict) or rec.get("kind") != "khabar-export"):
                raise KhabarError(E.E007, where=f"{path}:1", detail="not a khabar export (no header line)")
            if not isinstance(rec, dict) or rec.get("kind") not in ("khabar-export", "article", "event", "row") \
                    or (rec["kind"] != "khabar-export" and not isinstance(rec.get("data"), dict)):
                raise KhabarError(E.E007, where=f"{path}:{n}", detail="unknown record")
            yield rec


def _put_row(conn: sqlite3.Connection, tables: set[str], rec: dict[str, Any]) -> None:
    table = rec.get("table")
    if table not in tables:
        raise KhabarError(E.E007, detail=f"row of unknown table {table!r}")
    columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    data = dict(rec["data"])
    if not set(data) <= columns:
        raise KhabarError(E.E007, detail=f"unknown columns of {table}: {sorted(set(data) - columns)}")
    for name in rec.get("blobs") or []:
        data[name] = bytes.fromhex(data[name]) if data.get(name) is not None else None
    names = sorted(data)
    conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                 [data[k] for k in names])

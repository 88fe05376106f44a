"""The follower's memory in the store: every URL it has seen, and the spool of fetched responses.

A page URL is written down (``pending``) as soon as a feed or sitemap lists it, before anything
is fetched; its response goes to a WARC file in the spool (``fetched``) and becomes ``stored``
once ingest has committed that file. A follower killed at any point therefore resumes where it
was: pending pages are fetched on the next run even when the feed answers 304, and a spool file
that was written but not ingested is ingested first. A stored page is never fetched again, so
nothing is stored twice. The tables are created here (``IF NOT EXISTS``), apart from the
store's numbered migrations, because only the follower uses them.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from ..store.db import Store

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS follow_urls (
        url TEXT PRIMARY KEY,                 -- canonical URL (discover.canonical)
        kind TEXT NOT NULL,                   -- page, feed, sitemap, site
        state TEXT NOT NULL,                  -- pending, fetched, stored, failed; index docs: index
        etag TEXT, last_modified TEXT,        -- validators for the next conditional GET
        first_seen TEXT NOT NULL, last_fetched TEXT,
        attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT,
        spool TEXT                            -- the WARC file holding the response
    )""",
    "CREATE INDEX IF NOT EXISTS follow_urls_state ON follow_urls (kind, state)",
    """CREATE TABLE IF NOT EXISTS follow_spool (
        path TEXT PRIMARY KEY, created TEXT NOT NULL, ingested TEXT
    )""",
)
# Transient failures (timeouts, 5xx, 429) are retried on later runs up to this many attempts.
MAX_ATTEMPTS = 3


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FollowState:
    """Seen URLs and spool files of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: sqlite3.Connection = store.conn
        with store.transaction():
            for statement in SCHEMA:
                self.conn.execute(statement)

    def add_pages(self, urls: list[str]) -> int:
        """Write newly listed page URLs down as pending; returns how many were new."""
        with self.store.transaction():
            before = self.conn.total_changes
            self.conn.executemany(
                "INSERT OR IGNORE INTO follow_urls (url, kind, state, first_seen) VALUES (?, 'page', 'pending', ?)",
                [(u, _now()) for u in urls],
            )
            return self.conn.total_changes - before

    def ask_again(self, urls: list[str]) -> None:
        """URLs given by hand (``khabar fetch``, ``url:`` sources) are tried again even after a
        failure; stored ones stay stored."""
        with self.store.transaction():
            self.conn.executemany(
                "UPDATE follow_urls SET state = 'pending', attempts = 0 WHERE url = ? AND state = 'failed'",
                [(u,) for u in urls],
            )

    def pending_pages(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT url FROM follow_urls WHERE kind = 'page' AND state = 'pending' ORDER BY first_seen, url"
        )
        return [r[0] for r in rows]

    def page_state(self, url: str) -> str | None:
        row = self.conn.execute("SELECT state FROM follow_urls WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def validators(self, url: str) -> tuple[str | None, str | None]:
        row = self.conn.execute("SELECT etag, last_modified FROM follow_urls WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def save_index(self, url: str, kind: str, etag: str | None, last_modified: str | None) -> None:
        """A feed, sitemap or home page was read: keep its validators for the next cycle."""
        with self.store.transaction():
            self.conn.execute(
                "INSERT INTO follow_urls (url, kind, state, etag, last_modified, first_seen, last_fetched)"
                " VALUES (?, ?, 'index', ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                " etag = excluded.etag, last_modified = excluded.last_modified,"
                " last_fetched = excluded.last_fetched, attempts = 0, last_error = NULL",
                (url, kind, etag, last_modified, _now(), _now()),
            )

    def page_failed(self, url: str, message: str, transient: bool) -> None:
        """A page could not be fetched: failed for good, or pending again until MAX_ATTEMPTS."""
        with self.store.transaction():
            self.conn.execute(
                "INSERT OR IGNORE INTO follow_urls (url, kind, state, first_seen) VALUES (?, 'page', 'pending', ?)",
                (url, _now()),
            )
            self.conn.execute(
                "UPDATE follow_urls SET attempts = attempts + 1, last_error = ?, last_fetched = ?,"
                " state = CASE WHEN ? AND attempts + 1 < ? THEN 'pending' ELSE 'failed' END"
                " WHERE url = ?",
                (message, _now(), int(transient), MAX_ATTEMPTS, url),
            )

    def spool_written(self, path: str, urls: list[str]) -> None:
        """The responses of ``urls`` are in the WARC file ``path``, not yet ingested."""
        with self.store.transaction():
            self.conn.execute("INSERT OR IGNORE INTO follow_spool (path, created) VALUES (?, ?)", (path, _now()))
            self.conn.executemany(
                "INSERT INTO follow_urls (url, kind, state, first_seen, last_fetched, spool)"
                " VALUES (?, 'page', 'fetched', ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                " state = 'fetched', last_fetched = excluded.last_fetched, spool = excluded.spool",
                [(u, _now(), _now(), path) for u in urls],
            )

    def unfinished_spools(self) -> list[str]:
        rows = self.conn.execute("SELECT path FROM follow_spool WHERE ingested IS NULL ORDER BY created, path")
        return [r[0] for r in rows]

    def spool_ingested(self, path: str) -> None:
        with self.store.transaction():
            self.conn.execute("UPDATE follow_spool SET ingested = ? WHERE path = ?", (_now(), path))
            self.conn.execute("UPDATE follow_urls SET state = 'stored' WHERE spool = ? AND state = 'fetched'", (path,))

    def counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT state, count(*) FROM follow_urls GROUP BY state ORDER BY state")
        return {r[0]: r[1] for r in rows}

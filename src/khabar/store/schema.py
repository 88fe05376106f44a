"""The SQLite schema, as numbered migrations applied in order.

``PRAGMA user_version`` holds the schema version. A database written by a newer khabar is refused
(E022) rather than silently misread. Each migration runs in one transaction.

The full-text index tokenises with ``unicode61`` plus the mark categories (``M*``): by default
unicode61 treats Devanagari vowel signs and virama as separators, which cuts "की" to "क" and makes
"कि" match it. With marks kept, Hindi words stay whole and prefix and phrase queries behave.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

FTS_TOKENIZER = "unicode61 categories 'L* N* Co M*'"

_V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE raw_inputs (
    sha256 TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    source_path TEXT NOT NULL,
    record TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    first_seen TEXT NOT NULL,
    data BLOB                                  -- zlib-compressed original bytes
);

CREATE TABLE articles (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    is_current INTEGER NOT NULL DEFAULT 1,
    content_hash TEXT NOT NULL,
    raw_sha256 TEXT,
    source_kind TEXT NOT NULL,
    source_path TEXT NOT NULL,
    record TEXT NOT NULL DEFAULT '',
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    dct TEXT,
    language TEXT,
    status TEXT NOT NULL,
    body TEXT NOT NULL,
    data TEXT NOT NULL,                        -- Article.to_dict() as JSON
    ingested_at TEXT NOT NULL,
    UNIQUE (id, version)
);
CREATE INDEX articles_current ON articles (is_current, dct);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_raw ON articles (raw_sha256);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body, content='articles', content_rowid='rowid', tokenize="{FTS_TOKENIZER}"
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.rowid, coalesce(new.title, ''), new.body);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.rowid, coalesce(old.title, ''), old.body);
END;

CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    args TEXT NOT NULL,
    counts TEXT
);
CREATE TABLE ingest_log (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES ingest_runs (id),
    at TEXT NOT NULL,
    source_path TEXT NOT NULL,
    record TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL,                     -- new, updated, unchanged, failed, warning, no_text
    code TEXT,
    message TEXT,
    article_id TEXT
);
CREATE INDEX ingest_log_run ON ingest_log (run_id, outcome);

-- Facts of each article version, for queries across articles (the Article JSON stays the record).
CREATE TABLE mentions (
    article_rowid INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
    entity_id TEXT, canonical TEXT, kind TEXT, reading TEXT, metonym_for TEXT,
    inferred INTEGER NOT NULL DEFAULT 0, role TEXT
);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_article ON mentions (article_rowid);
CREATE TABLE timexes (
    article_rowid INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
    value TEXT NOT NULL, reference TEXT
);
CREATE INDEX timexes_article ON timexes (article_rowid);
CREATE TABLE events (
    article_rowid INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    event_id TEXT NOT NULL, type TEXT, mode TEXT, date TEXT, modality TEXT NOT NULL,
    source TEXT NOT NULL, target TEXT NOT NULL,  -- JSON lists of entity ids
    trigger TEXT NOT NULL, evidence_start INTEGER NOT NULL, evidence_end INTEGER NOT NULL,
    confidence REAL NOT NULL
);
CREATE INDEX events_article ON events (article_rowid);
CREATE INDEX events_type_date ON events (type, date);
CREATE TABLE quotes (
    article_rowid INTEGER NOT NULL REFERENCES articles (rowid) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL, cue TEXT NOT NULL,
    speaker TEXT, speaker_text TEXT
);
CREATE INDEX quotes_article ON quotes (article_rowid);

-- Per-outlet boilerplate templates learnt by the clean stage, kept between runs.
CREATE TABLE outlet_templates (outlet TEXT PRIMARY KEY, data TEXT NOT NULL);
"""

Migration = Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Migration:
    def apply(conn: sqlite3.Connection) -> None:
        for statement in _split_sql(sql):
            conn.execute(statement)

    return apply


def _split_sql(sql: str) -> list[str]:
    """Split a script into statements (``sqlite3.complete_statement`` respects triggers)."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def _stories(conn: sqlite3.Connection) -> None:
    """Story clustering state and story membership (schema owned by ``khabar.stories``)."""
    from ..stories.tables import SCHEMA_SQL  # not persist: opening a store imports no numpy

    _script(SCHEMA_SQL)(conn)


# Recognising a re-crawled whole file looks up its earlier raw input by path for every input
# (Store.earlier_raw); without an index that scanned the whole table.
_V3 = "CREATE INDEX raw_inputs_source ON raw_inputs (source_path);"

# The English name of each actor of an event (JSON: actor id -> name; khabar.events.names), so
# that SQL over the events table reads "Delhi Police", not only "actor:Delhi Police" or a Hindi
# name's id. Rows stored before it hold '{}' until their article is stored again.
_V4 = "ALTER TABLE events ADD COLUMN actors_en TEXT NOT NULL DEFAULT '{}';"


def _member_signals(conn: sqlite3.Connection) -> None:
    """Story members keep their event signature and event keys (issue 16): the ingest writer now
    keeps the clusterer in memory for a whole run, and a later run that reloads a member must
    judge with what the run that placed it had (the strict member veto, re-checks and splits
    read them). A store created since has the columns from the stories schema already."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(story_members)")}
    for column in ("signature", "events"):
        if column not in have:
            conn.execute(f"ALTER TABLE story_members ADD COLUMN {column} TEXT")


def _member_why(conn: sqlite3.Connection) -> None:
    """Each story member keeps how it joined in its own row (issue 16; schema owned by
    ``khabar.stories``: :func:`khabar.stories.tables.why_to_members`)."""
    from ..stories.tables import why_to_members

    why_to_members(conn)


MIGRATIONS: list[Migration] = [
    _script(_V1), _stories, _script(_V3), _script(_V4), _member_signals, _member_why
]

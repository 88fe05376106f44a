"""The story layer's SQL tables (:data:`SCHEMA_SQL`), apart from :mod:`khabar.stories.persist`
so that the store can create them without importing the clusterer (and numpy): opening a store
is the serial start of ``ingest --jobs N``, before any worker runs (round sc42), nor does its migration of the members' ``why`` (:func:`why_to_members`)."""

from __future__ import annotations

import json
import sqlite3

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    title TEXT,
    first_date TEXT,
    last_date TEXT,
    n_articles INTEGER NOT NULL,
    outlets TEXT NOT NULL,          -- JSON list
    languages TEXT NOT NULL,        -- JSON list
    state TEXT NOT NULL,            -- JSON: centroid, entities, events, dates, langs, outlets, embedding
    status TEXT NOT NULL DEFAULT 'active',   -- active | merged
    merged_into TEXT
);
CREATE INDEX IF NOT EXISTS stories_span ON stories(status, last_date);
CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    date TEXT,
    outlet TEXT,
    lang TEXT,
    title TEXT,
    duplicate_of TEXT,
    vector TEXT NOT NULL,           -- JSON term -> weight
    entities TEXT NOT NULL,         -- JSON list of kb ids
    signature TEXT,                 -- JSON event signature (NULL: stored before it was kept)
    events TEXT,                    -- JSON list of event keys
    why TEXT                        -- JSON: how it joined (Story.why), written when placed or moved
);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members(story_id);
CREATE TABLE IF NOT EXISTS story_entities (
    entity_id TEXT NOT NULL,
    story_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (entity_id, story_id)
);
CREATE INDEX IF NOT EXISTS story_entities_story ON story_entities(story_id);
CREATE TABLE IF NOT EXISTS story_redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS story_splits (
    parent_id TEXT NOT NULL, child_id TEXT NOT NULL, PRIMARY KEY (parent_id, child_id)
);
CREATE TABLE IF NOT EXISTS story_duplicates (
    article_id TEXT PRIMARY KEY,
    of_id TEXT NOT NULL,
    kind TEXT NOT NULL,             -- exact | near | syndicated
    similarity REAL NOT NULL,
    wire TEXT
);
CREATE TABLE IF NOT EXISTS story_minhash (
    article_id TEXT PRIMARY KEY,
    day INTEGER NOT NULL,           -- date ordinal, 0 when undated
    text_key TEXT NOT NULL,
    outlet TEXT,
    wire TEXT,
    sig BLOB
);
CREATE INDEX IF NOT EXISTS story_minhash_day ON story_minhash(day);
CREATE TABLE IF NOT EXISTS story_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS story_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _why_json(why: dict[str, object] | None) -> str | None:
    return json.dumps(why, ensure_ascii=False) if why is not None else None


def why_to_members(conn: sqlite3.Connection) -> None:
    """Schema 6 (issue 16): each member's ``why`` moves from its story's state JSON into its
    own ``story_members`` row. Kept in the state, the record of a long-running story grew with
    every article it ever had, was held in memory and rewritten on every save; in the row it is
    written once, when the member is placed or moved, and loaded only with members in memory.
    Stories are read one at a time (merged ones first, so the story a member now belongs to has
    the last word), and a record is kept only on the row of a member of that story."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(story_members)")}
    if "why" not in have:
        conn.execute("ALTER TABLE story_members ADD COLUMN why TEXT")
    ids = [r[0] for r in conn.execute("SELECT id FROM stories ORDER BY status = 'active', seq, id")]
    for sid in ids:
        (state,) = conn.execute("SELECT state FROM stories WHERE id = ?", (sid,)).fetchone()
        st = json.loads(state)
        why = st.pop("why", None)
        if why is None:
            continue
        conn.executemany(
            "UPDATE story_members SET why = ? WHERE article_id = ? AND story_id = ?",
            [(_why_json(w), aid, sid) for aid, w in sorted(why.items())],
        )
        conn.execute(
            "UPDATE stories SET state = ? WHERE id = ?", (json.dumps(st, ensure_ascii=False), sid)
        )

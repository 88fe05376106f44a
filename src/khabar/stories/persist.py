"""The story layer's SQL tables, and how the online clusterer's state goes in and out of them.

The store runs :data:`SCHEMA_SQL` as one of its migrations and hands us its connection. Ingest
calls :func:`assign` for every batch of newly stored articles: it loads only the stories active
around the batch's dates (plus their members, the near-duplicate signatures of that window and
the document frequencies of the batch's terms), places each article, re-checks touched stories
for splits and writes back only what changed. Earlier stories are never rebuilt, so a day's
ingest costs the same on an empty store and on a year of news: of a long-running story only the
members of the window are loaded (the others are counted, see :attr:`Story.retired`), and only
the member rows that are new or moved by a merge or split are written.

Ids are stable for users: ``story_redirects`` maps a merged story's id to the story it joined
(:func:`resolve` follows the chain) and ``story_splits`` records which story a part came from.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..config import Config
from ..errors import E, KhabarError
from ..model import Article
from .cluster import ACTIVE_DAYS, Assignment, Member, Story, StoryClusterer, arrival_key
from .dedup import DupLink
from .features import get_embedder
from .prepare import prepared
from .signature import Signature

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
    entities TEXT NOT NULL          -- JSON list of kb ids
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


@dataclass(frozen=True)
class StorySummary:
    """One row of ``khabar stories``."""

    id: str
    title: str | None
    first_date: str | None
    last_date: str | None
    n_articles: int
    outlets: list[str]
    languages: list[str]


def _db(fn: str, exc: sqlite3.Error) -> KhabarError:
    return KhabarError(E.E020, where=fn, detail=str(exc))


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def _story_state(story: Story) -> str:
    return json.dumps(
        {
            "centroid": story.centroid,
            # sorted: the counters fill in set (hash-seeded) order, the stored text must not vary
            "entities": dict(sorted(story.entities.items())),
            "events": dict(sorted(story.events.items())),
            "dates": dict(sorted(story.dates.items())),
            "langs": dict(sorted(story.langs.items())),
            "outlets": dict(sorted(story.outlets.items())),
            "embedding": story.emb_sum.tolist() if story.emb_sum is not None else None,
            "signature": story.signature.to_json(),
            "why": story.why,
        },
        ensure_ascii=False,
    )


def _meta(conn: sqlite3.Connection, key: str, default: str) -> str:
    row = conn.execute("SELECT value FROM story_meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else default


def load_state(
    conn: sqlite3.Connection,
    config: Config,
    since: dt.date | None = None,
    until: dt.date | None = None,
    terms: Sequence[str] = (),
) -> StoryClusterer:
    """A clusterer holding the stories active in [since, until] (all when unbounded).

    Of each story only the members dated from :data:`ACTIVE_DAYS` before ``since`` on (and the
    undated ones) are loaded; the older ones are counted into :attr:`Story.retired`.
    """
    cl = StoryClusterer(embedder=get_embedder(config))
    try:
        cl.n_docs = int(_meta(conn, "n_docs", "0"))
        cl.seq = int(_meta(conn, "seq", "0"))
        lo, hi = _iso(since) or "0000", _iso(until) or "9999"
        oldest = (since - dt.timedelta(days=ACTIVE_DAYS)).isoformat() if since else "0000"
        rows = conn.execute(
            "SELECT id, seq, title, first_date, last_date, outlets, state FROM stories"
            " WHERE status = 'active'"
            " AND (last_date IS NULL OR (last_date >= ? AND first_date <= ?))",
            (lo, hi),
        ).fetchall()
        retired = _retired_counts(conn, [r[0] for r in rows], oldest)
        for sid, seq, stored_title, first, last, outlets, state_json in rows:
            st = json.loads(state_json)
            story = Story(sid, seq, _date(first), _date(last))
            story.centroid = st["centroid"]
            story.entities = Counter(st["entities"])
            story.events = Counter(st["events"])
            story.dates = Counter(st["dates"])
            story.langs = Counter(st["langs"])
            story.saved_title = stored_title
            story.signature = Signature.from_json(st.get("signature") or {})
            story.why = st.get("why") or {}
            story.retired = retired.get(sid, 0)
            if st["embedding"] is not None:
                story.emb_sum = np.asarray(st["embedding"], dtype=np.float32)
            for aid, date, outlet, lang, title, dup, vec, ents in conn.execute(
                "SELECT article_id, date, outlet, lang, title, duplicate_of, vector, entities"
                " FROM story_members WHERE story_id = ? AND (date IS NULL OR date >= ?)",
                (sid, oldest),
            ):
                story.members[aid] = Member(
                    aid,
                    json.loads(vec),
                    frozenset(json.loads(ents)),
                    _date(date),
                    outlet,
                    lang,
                    title,
                    dup,
                )
            if "outlets" in st:
                story.outlets = Counter(st["outlets"])
            else:  # stored before outlets were counted: one per listed outlet at least
                story.outlets = Counter(json.loads(outlets))
                story.outlets |= Counter(m.outlet for m in story.members.values() if m.outlet)
            cl.load_story(story)
        day_lo = since.toordinal() if since else 0
        day_hi = until.toordinal() if until else 10**7
        for aid, day, key, outlet, wire, sig in conn.execute(
            "SELECT article_id, day, text_key, outlet, wire, sig FROM story_minhash"
            " WHERE day BETWEEN ? AND ?",
            (day_lo, day_hi),
        ):
            hv = np.frombuffer(sig, dtype=np.uint64).copy() if sig is not None else None
            date = dt.date.fromordinal(day) if day else None
            cl.dups.add(aid, key, hv, outlet=outlet, wire=wire, date=date)
        uniq = sorted(set(terms))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i : i + 500]
            marks = ",".join("?" * len(chunk))
            for term, df in conn.execute(
                f"SELECT term, df FROM story_df WHERE term IN ({marks})", chunk
            ):
                cl.df[term] = df
    except sqlite3.Error as exc:
        raise _db("load_state", exc) from None
    return cl


def _retired_counts(
    conn: sqlite3.Connection, story_ids: Sequence[str], oldest: str
) -> dict[str, int]:
    """Members dated before ``oldest`` per story: left in the store, counted in memory."""
    counts: dict[str, int] = {}
    for i in range(0, len(story_ids), 500):
        chunk = list(story_ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        counts.update(
            conn.execute(
                f"SELECT story_id, COUNT(*) FROM story_members WHERE story_id IN ({marks})"
                " AND date < ? GROUP BY story_id",
                [*chunk, oldest],
            )
        )
    return counts


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT story_save")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO story_save")
        conn.execute("RELEASE story_save")
        raise
    conn.execute("RELEASE story_save")


def save_state(conn: sqlite3.Connection, cl: StoryClusterer) -> None:
    """Write back what changed since :func:`load_state`, all or nothing.

    A SAVEPOINT rather than ``with conn``: it nests inside the caller's transaction (ingest writes
    a batch and its story placement together) and still commits on its own when there is none.
    """
    try:
        with _savepoint(conn):
            for sid in sorted(cl.dirty):
                story = cl.stories.get(sid) or next((s for s in cl.evicted if s.id == sid), None)
                if story is None:
                    continue
                _save_story(conn, story, cl.unsaved)
            for old, new in cl.redirects.items():
                conn.execute(
                    "UPDATE stories SET status = 'merged', merged_into = ? WHERE id = ?", (new, old)
                )
                # members of the merged story that were not in memory (retired) follow it
                conn.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", (new, old))
                conn.execute("INSERT OR REPLACE INTO story_redirects VALUES (?, ?)", (old, new))
                conn.execute("UPDATE story_redirects SET new_id = ? WHERE new_id = ?", (new, old))
                conn.execute("DELETE FROM story_entities WHERE story_id = ?", (old,))
            conn.executemany("INSERT OR IGNORE INTO story_splits VALUES (?, ?)", cl.splits)
            conn.executemany(
                "INSERT OR REPLACE INTO story_duplicates VALUES (?, ?, ?, ?, ?)",
                [(d.article_id, d.of_id, d.kind, d.similarity, d.wire) for d in cl.dup_links],
            )
            for aid in cl.new_articles:
                key, sig, outlet, wire, day = cl.dups.entry(aid)
                conn.execute(
                    "INSERT OR REPLACE INTO story_minhash VALUES (?, ?, ?, ?, ?, ?)",
                    (aid, day, key, outlet, wire, sig.tobytes() if sig is not None else None),
                )
            conn.executemany(
                "INSERT INTO story_df VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df",
                sorted(cl.df_delta.items()),
            )
            conn.executemany(
                "INSERT OR REPLACE INTO story_meta VALUES (?, ?)",
                [("n_docs", str(cl.n_docs)), ("seq", str(cl.seq))],
            )
    except sqlite3.Error as exc:
        raise _db("save_state", exc) from None
    cl.dirty.clear()
    cl.dup_links.clear()
    cl.new_articles.clear()
    cl.unsaved.clear()
    cl.df_delta.clear()


def _save_story(conn: sqlite3.Connection, story: Story, unsaved: set[str]) -> None:
    """Write a story's row and those of its members in ``unsaved`` (new or moved); the rows of
    its other members are already stored with this story's id."""
    outlets = sorted(story.outlets)
    if len(unsaved) < len(story.members):
        members = [story.members[a] for a in unsaved if a in story.members]
    else:
        members = [m for a, m in story.members.items() if a in unsaved]
    langs = sorted(story.langs)
    conn.execute(
        "INSERT OR REPLACE INTO stories (id, seq, title, first_date, last_date, n_articles, outlets,"
        " languages, state, status, merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL)",
        (
            story.id,
            story.seq,
            story.title(),
            _iso(story.first),
            _iso(story.last),
            story.size,
            json.dumps(outlets, ensure_ascii=False),
            json.dumps(langs),
            _story_state(story),
        ),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO story_members VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                m.article_id,
                story.id,
                _iso(m.date),
                m.outlet,
                m.lang,
                m.title,
                m.duplicate_of,
                json.dumps(m.vector, ensure_ascii=False),
                json.dumps(sorted(m.entities)),
            )
            for m in members
        ],
    )
    conn.execute("DELETE FROM story_entities WHERE story_id = ?", (story.id,))
    conn.executemany(
        "INSERT INTO story_entities VALUES (?, ?, ?)",
        [(e, story.id, c) for e, c in sorted(story.entities.items())],  # rows in a stable order
    )


def assign(
    conn: sqlite3.Connection, articles: Sequence[Article], config: Config
) -> list[Assignment]:
    """Place a batch of newly stored articles into stories and persist the result.

    An article already placed (re-ingested unchanged) keeps its story and is reported with kind
    ``existing``; nothing about it is counted twice.
    """
    if not articles:
        return []
    ready = {a.id: prepared(a, config) for a in articles}
    feats = {aid: p.features for aid, p in ready.items()}
    dates = [f.date for f in feats.values() if f.date]
    pad = dt.timedelta(days=ACTIVE_DAYS)
    since = min(dates) - pad if dates else None
    until = max(dates) + pad if dates else None
    terms = [t for f in feats.values() for t in f.terms]
    cl = load_state(conn, config, since, until, terms)
    placed = _placed(conn, [a.id for a in articles])
    out = []
    # A canonical order (see arrival_key) makes a batch's stories independent of the order its
    # files were given in; across batches, news arrives in date order anyway.
    sigs = {aid: p.signature for aid, p in ready.items()}
    for art in sorted(articles, key=lambda a: arrival_key(a, sigs[a.id])):
        if art.id in placed:
            out.append(Assignment(art.id, resolve(conn, placed[art.id]), "existing", 1.0))
            continue
        out.append(cl.add(art, feats[art.id], sigs[art.id], ready[art.id].fingerprint))
    position = {a.id: n for n, a in enumerate(articles)}
    out.sort(key=lambda a: position[a.article_id])
    cl.check_splits(list(cl.dirty))
    save_state(conn, cl)
    final = {a.id: cl.story_of.get(a.id) for a in articles}
    return [
        Assignment(
            a.article_id, final.get(a.article_id) or a.story_id, a.kind, a.score, a.dup, a.merged
        )
        for a in out
    ]


def _placed(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = list(ids[i : i + 500])
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT article_id, story_id FROM story_members WHERE article_id IN ({marks})", chunk
        )
        found.update(dict(rows))
    return found


def resolve(conn: sqlite3.Connection, story_id: str) -> str:
    """The current id of a story (follows merge redirects)."""
    seen = set()
    while story_id not in seen:
        seen.add(story_id)
        row = conn.execute(
            "SELECT new_id FROM story_redirects WHERE old_id = ?", (story_id,)
        ).fetchone()
        if row is None:
            break
        story_id = row[0]
    return story_id


def _summary(row: tuple[Any, ...]) -> StorySummary:
    sid, title, first, last, n, outlets, langs = row
    return StorySummary(sid, title, first, last, n, json.loads(outlets), json.loads(langs))


_COLUMNS = "s.id, s.title, s.first_date, s.last_date, s.n_articles, s.outlets, s.languages"


def list_stories(
    conn: sqlite3.Connection,
    since: str | None = None,
    entity: str | None = None,
    lang: str | None = None,
) -> list[StorySummary]:
    """Active stories, newest first; ``since`` an ISO date, ``entity`` a kb id, ``lang`` a code."""
    sql = f"SELECT {_COLUMNS} FROM stories s"
    args: list[Any] = []
    where = ["s.status = 'active'"]
    if entity:
        sql += " JOIN story_entities e ON e.story_id = s.id AND e.entity_id = ?"
        args.append(entity)
    if since:
        where.append("s.last_date >= ?")
        args.append(since)
    if lang:
        where.append("EXISTS (SELECT 1 FROM json_each(s.languages) WHERE value = ?)")
        args.append(lang)
    sql += " WHERE " + " AND ".join(where) + " ORDER BY s.last_date DESC, s.n_articles DESC, s.id"
    try:
        return [_summary(r) for r in conn.execute(sql, args)]
    except sqlite3.Error as exc:
        raise _db("list_stories", exc) from None


def get_story(conn: sqlite3.Connection, story_id: str) -> StorySummary | None:
    """One story by id (a merged id answers with the story it joined)."""
    sid = resolve(conn, story_id)
    row = conn.execute(f"SELECT {_COLUMNS} FROM stories s WHERE s.id = ?", (sid,)).fetchone()
    return _summary(row) if row else None


def story_why(conn: sqlite3.Connection, story_id: str) -> dict[str, dict[str, Any]]:
    """How each member joined the story (kept with the story's state; see ``Story.why``)."""
    try:
        row = conn.execute("SELECT state FROM stories WHERE id = ?", (story_id,)).fetchone()
    except sqlite3.Error as exc:
        raise _db("story_why", exc) from None
    why: dict[str, dict[str, Any]] = json.loads(row[0]).get("why") or {} if row else {}
    return why


def story_members(conn: sqlite3.Connection, story_id: str) -> list[tuple[str, str | None]]:
    """(article id, id of the article it duplicates) of a story's members, in date order."""
    return [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT article_id, duplicate_of FROM story_members WHERE story_id = ?"
            " ORDER BY date, article_id",
            (resolve(conn, story_id),),
        )
    ]


def duplicates_of(conn: sqlite3.Connection, article_ids: Sequence[str]) -> list[DupLink]:
    """The duplicate links recorded for these articles."""
    marks = ",".join("?" * len(article_ids))
    rows = conn.execute(
        f"SELECT article_id, of_id, kind, similarity, wire FROM story_duplicates"
        f" WHERE article_id IN ({marks})",
        list(article_ids),
    )
    return [DupLink(*r) for r in rows]

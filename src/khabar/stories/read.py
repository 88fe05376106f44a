"""Reading stories back from the store: the ``stories`` and ``story`` commands' SQL, apart from
the writer.

Why a module of its own: :mod:`khabar.stories.persist` builds stories, and importing it loads
the clusterer, MinHash signatures and numpy (0.1 s); a query command that only lists stories or
shows one pays none of that (issue 16: query commands under 0.5 s with process start).
:mod:`~khabar.stories.persist` re-exports these names, so callers of either module agree.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..errors import E, KhabarError


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
    """How each member joined the story (kept with each member's row; see ``Story.why``)."""
    try:
        rows = conn.execute(
            "SELECT article_id, why FROM story_members WHERE story_id = ? AND why IS NOT NULL"
            " ORDER BY rowid",
            (story_id,),
        ).fetchall()
    except sqlite3.Error as exc:
        raise _db("story_why", exc) from None
    return {aid: json.loads(why) for aid, why in rows}


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

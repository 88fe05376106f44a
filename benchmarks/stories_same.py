"""Whether two stores hold the same stories, table by table: the check that a speed change of the
writer left its output identical.

    python benchmarks/stories_same.py before.db after.db

Two stores made by ``khabar ingest`` of the same input with two checkouts (or the growth run's
``--digest``, which prints the digest of its store) must agree on every story table, row for
row and byte for byte: the stories (ids, titles, spans, sums), which story each article is in
and why, duplicates, redirects, splits, the MinHash window and the document frequencies. Exit
status 1 when a table differs.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
from pathlib import Path

# Every table the story writer fills, with the key its rows are read in (never rowid: a run
# may write rows in another order and still be the same).
TABLES = {
    "stories": "id",
    "story_members": "article_id",
    "story_entities": "entity_id, story_id",
    "story_redirects": "old_id",
    "story_splits": "parent_id, child_id",
    "story_duplicates": "article_id",
    "story_minhash": "article_id",
    "story_df": "term",
    "story_meta": "key",
}


def digest(conn: sqlite3.Connection) -> dict[str, str]:
    """Table -> row count and SHA-256 of its rows in key order."""
    out = {}
    for table, key in TABLES.items():
        h = hashlib.sha256()
        n = 0
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY {key}"):  # noqa: S608 (fixed names)
            h.update(repr(tuple(row)).encode("utf-8"))
            n += 1
        out[table] = f"{n} rows {h.hexdigest()[:16]}"
    return out


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    found = []
    for path in sys.argv[1:]:
        if not Path(path).is_file():
            sys.exit(f"no store at {path}")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        found.append(digest(conn))
        conn.close()
    same = True
    for table in TABLES:
        a, b = found[0][table], found[1][table]
        mark = "same" if a == b else "DIFFERENT"
        same &= a == b
        print(f"{table:>18}  {mark:9}  {a}" + ("" if a == b else f"  vs  {b}"))
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()

"""A canonical text dump of a khabar store, for comparing two runs byte for byte.

Every table is dumped in rowid order (the order rows were written), so a change of order is a
difference too. Wall-clock columns (when a run started, when a row was logged) are left out:
they are the only thing two equal runs may differ in.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Columns holding the time of the run, not a result of it.
_CLOCK_COLUMNS = {"started", "finished", "at", "first_seen", "ingested_at"}


def dump(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out: list[str] = []
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info('{table}')")
                       if r[1] not in _CLOCK_COLUMNS]
            out.append(f"## {table} ({', '.join(columns)})")
            cols = ", ".join(f'"{c}"' for c in columns)
            try:
                rows = conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY rowid')
            except sqlite3.OperationalError:  # a WITHOUT ROWID table: its key orders it
                rows = conn.execute(f'SELECT {cols} FROM "{table}" ORDER BY 1')
            out.extend(repr(tuple(row)) for row in rows)
        return "\n".join(out) + "\n"
    finally:
        conn.close()

"""Store rows serialised in a worker (``khabar.store.db.attach_rows``) are the rows the writer
would make: the writer's process only copies them into SQLite."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path

from khabar.config import Config
from khabar.executor import _work
from khabar.model import Article
from khabar.store.db import ROW_KEY, RowForm, Store

from .conftest import EXAMPLES


def _rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return [*conn.execute("SELECT id, data FROM articles ORDER BY id"),
                *conn.execute("SELECT article_rowid, event_id, actors_en FROM events ORDER BY 1, 2")]


def _analysed(path: Path) -> Article:
    art = Article(id=path.stem, text=path.read_text(encoding="utf-8"), source_path=str(path))
    result = _work([art], Config(), ("clean", "lang", "entities", "time", "events"), str(path), True)
    result = pickle.loads(pickle.dumps(result))  # what crosses the process boundary
    assert not isinstance(result, Exception) and hasattr(result, "articles")
    return result.articles[0]  # type: ignore[union-attr]


def test_rows_made_in_a_worker_store_what_the_writer_would(tmp_path: Path) -> None:
    seeds = sorted(EXAMPLES.glob("*.txt"))
    made = [_analysed(p) for p in seeds]
    assert all(isinstance(a.extra.get(ROW_KEY), RowForm) for a in made)
    assert any(a.events for a in made)  # real text: the events' English names are in the rows
    plain = [pickle.loads(pickle.dumps(a)) for a in made]
    for art in plain:
        del art.extra[ROW_KEY]
    for name, articles in (("worker", made), ("writer", plain)):
        with Store(tmp_path / f"{name}.db") as store, store.transaction():
            for art in articles:
                store.put_article(art)
    assert _rows(tmp_path / "worker.db") == _rows(tmp_path / "writer.db")
    assert all(ROW_KEY not in a.extra for a in made)  # taken off when stored, never stored


def test_a_row_made_before_the_id_changed_is_made_again(tmp_path: Path) -> None:
    """A stale form (its article renamed after the worker, e.g. by a re-crawl's identity) is
    not stored: the writer serialises the article as it is."""
    art = _analysed(sorted(EXAMPLES.glob("*.txt"))[0])
    art.id = "renamed"
    with Store(tmp_path / "k.db") as store, store.transaction():
        store.put_article(art)
    (stored_id, data), *_ = _rows(tmp_path / "k.db")
    assert stored_id == "renamed" and '"id": "renamed"' in str(data)

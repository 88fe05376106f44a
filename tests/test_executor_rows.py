"""Store rows serialised in a worker (``khabar.store.db.attach_rows``) are the rows the writer
would make: the writer's process only copies them into SQLite."""

from __future__ import annotations

import pickle
import sqlite3
import unicodedata
import zlib
from pathlib import Path

from khabar.config import Config
from khabar.model import Article
from khabar.stagepool import _work
from khabar.store.db import ROW_KEY, RowForm, Store

from .conftest import EXAMPLES


def _rows(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return [*conn.execute("SELECT id, data, content_hash, body FROM articles ORDER BY id"),
                *conn.execute("SELECT article_rowid, event_id, source, target, actors_en FROM events"
                              " ORDER BY 1, 2")]


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
    (stored_id, data, *_), *_ = _rows(tmp_path / "k.db")
    assert stored_id == "renamed" and '"id": "renamed"' in str(data)


def test_body_and_hash_made_in_a_worker_are_the_writers(tmp_path: Path) -> None:
    """The worker also makes the stored body (NFC) and the text's hash (round sc28): a report
    typed with precomposed nukta letters (NFC writes them as two code points) stores the same
    body and hash either way, and ``id`` keys the same row."""
    text = ("दिल्ली में कोरोना के 120 नए मामले\n\n"
            "नई दिल्ली। राजधानी में शुक्रवार को कोरोना संक्रमण के 120 नए मामले सामने आए। स्वास्थ्य"
            " विभाग ने बताया कि ज़िले के अस्पतालों में बिस्तर बढ़ाए गए हैं और फ़िलहाल किसी मरीज़ की"
            " मौत नहीं हुई है।\n").replace("ज़", "\u095b").replace("फ़", "\u095e")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    made = _analysed(path)
    form = made.extra[ROW_KEY]
    assert isinstance(form, RowForm) and "\u095b" in made.body
    assert "\u095b" not in form.body and form.body == unicodedata.normalize("NFC", made.body)
    plain = pickle.loads(pickle.dumps(made))
    del plain.extra[ROW_KEY]
    for name, art in (("worker", made), ("writer", plain)):
        with Store(tmp_path / f"{name}.db") as store, store.transaction():
            store.put_article(art)
    assert _rows(tmp_path / "worker.db") == _rows(tmp_path / "writer.db")


def test_raw_input_compressed_with_the_stages_is_what_the_writer_stores(tmp_path: Path) -> None:
    """Round sc28: a stage task also compresses its record's raw input; the writer stores those
    bytes as it would have made them, and a record without them is compressed there."""
    from khabar.ingest.readers import RawRecord, compress_raw

    data = ("भोपाल। प्रदेश में गुरुवार को कोरोना के 214 नए मरीज़ मिले, जबकि 96 लोग"
            " अस्पताल से छुट्टी पाकर घर लौटे।\n").encode() * 20
    art = Article(id="bhopal", text=data.decode(), source_path="bhopal.txt")
    result = _work([art], Config(), ("clean", "lang"), "bhopal.txt", True, False, data)
    result = pickle.loads(pickle.dumps(result))
    assert not isinstance(result, Exception) and result.packed == zlib.compress(data, 6)  # type: ignore[union-attr]
    raw = RawRecord.of("text", data)
    made_here = raw.compressed()
    raw.packed = result.packed  # type: ignore[union-attr]
    assert raw.compressed() == made_here == compress_raw(data)
    assert zlib.decompress(raw.compressed()) == data

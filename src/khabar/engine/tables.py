"""The Parquet layout of a ``khabar run --out DIR``: what each table holds, and how rows are made.

Two kinds of tables, for two readers:

* ``inputs/`` and ``records/`` carry everything ``khabar load`` needs to write the store exactly
  as ``khabar ingest`` would: ``inputs`` has one row per item read, in input order (``seq``):
  a read failure, an input read twice in the run, or a record with its raw bytes (compressed as
  the store keeps them) and its cleaned articles; ``records`` has, per ``seq``, the articles the
  per-article stages made of them (JSON, the store's own format) or the one-line E099 report.
* ``articles/``, ``mentions/``, ``timexes/``, ``events/`` and ``quotes/`` are flat views for
  analysis with any Parquet reader (DuckDB, pandas, Spark): one row per article or per derived
  fact, each with its ``article_id`` and character offsets into the article's text (evidence).
  Their columns follow :mod:`khabar.model`'s fields; nested values (lists, dicts) are JSON text.

Every table has a fixed schema derived from the model, so parts written by different workers
always concatenate, whatever values (or nulls) a part happened to hold.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from ..model import Article, Event, Mention, Quote, Timex
from ..store.db import plain

INPUTS = pa.schema([
    ("seq", pa.int64()), ("kind", pa.string()),  # article, failure, unchanged
    ("source_path", pa.string()), ("record", pa.string()), ("where", pa.string()),
    ("code", pa.string()), ("message", pa.string()), ("article_id", pa.string()),
    ("raw_sha256", pa.string()), ("raw_kind", pa.string()), ("raw_data", pa.binary()),
    ("raw_size", pa.int64()),
    ("articles", pa.string()),  # JSON list of the cleaned articles
    ("error", pa.string()),  # E099 of the clean stage
])
RECORDS = pa.schema([("seq", pa.int64()), ("articles", pa.string()), ("error", pa.string())])

# The flat views: the model class whose fields make the columns, and the Article field holding
# the items (None: the article itself, less its nested lists).
VIEWS: dict[str, tuple[type, str | None]] = {
    "articles": (Article, None),
    "mentions": (Mention, "mentions"),
    "timexes": (Timex, "timexes"),
    "events": (Event, "events"),
    "quotes": (Quote, "quotes"),
}
_NESTED = ("blocks", "sentences", "mentions", "timexes", "events", "quotes")


def _arrow_type(annotation: str) -> pa.DataType:
    """A column type from a field's annotation (model.py's annotations are strings)."""
    base = annotation.replace(" | None", "").strip()
    return {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}.get(base, pa.string())


def _view_schema(kind: type) -> pa.Schema:
    fields = [("seq", pa.int64()), ("article_id", pa.string())]
    for f in dataclasses.fields(kind):
        if kind is Article and f.name in _NESTED:
            continue
        name = "article_id" if kind is Article and f.name == "id" else f.name
        if name != "article_id":
            fields.append((name, _arrow_type(str(f.type))))
    return pa.schema(fields)


VIEW_SCHEMAS = {name: _view_schema(kind) for name, (kind, _) in VIEWS.items()}


def _cell(value: Any, kind: pa.DataType) -> Any:
    if value is None or not pa.types.is_string(kind) or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def view_rows(seq: int, articles: Iterable[dict[str, Any]], view: str) -> list[dict[str, Any]]:
    """The rows of one flat view for the (processed) articles of record ``seq``."""
    schema = VIEW_SCHEMAS[view]
    items_field = VIEWS[view][1]
    rows = []
    for art in articles:
        items = [art] if items_field is None else art.get(items_field) or []
        for item in items:
            row = {"seq": seq, "article_id": art["id"]}
            for field in schema:
                if field.name not in row:
                    row[field.name] = _cell(item.get(field.name), field.type)
            rows.append(row)
    return rows


def view_table(records: pa.Table, view: str) -> pa.Table:
    """The flat view ``view`` of a batch of the ``records`` table."""
    rows: list[dict[str, Any]] = []
    for seq, articles in zip(records.column("seq").to_pylist(),
                             records.column("articles").to_pylist(), strict=True):
        if articles:
            rows.extend(view_rows(seq, json.loads(articles), view))
    return pa.Table.from_pylist(rows, schema=VIEW_SCHEMAS[view])


def articles_json(articles: Iterable[Article]) -> str:
    return json.dumps([plain(a) for a in articles], ensure_ascii=False)


def articles_from_json(text: str | None) -> list[Article]:
    return [Article.from_dict(d) for d in json.loads(text)] if text else []

"""``khabar load DIR``: bring a ``khabar run`` folder into the store, as ``khabar ingest`` would.

The rows are replayed in input order (``seq``) through the same writer ingest uses: raw bytes and
articles committed in batches of ``Config.commit_every``, every outcome logged, then the stories
placed incrementally and the outlet templates saved. So a run followed by a load gives the store
an ingest gives (``tests/test_ray_engine.py`` compares them table by table), and a load stopped
half-way is resumed by loading again: a record whose raw bytes are already stored is skipped as
``unchanged``, as a re-ingest skips it. The inputs are read one part at a time; the processed
records too, read in ``seq`` order alongside (see :func:`_records`).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from ..clean.templates import OutletTemplates
from ..config import Config
from ..errors import E, KhabarError
from ..ingest.api import Batch, IngestReport, flush_batch, place_unplaced, record_failure
from ..ingest.readers import RawRecord
from ..store.db import Store
from . import tables


def load(folder: Path, config: Config) -> IngestReport:
    """Write the run in ``folder`` into ``config.db_path``; the report ``khabar ingest`` gives."""
    folder = Path(folder)
    for part in ("manifest.json", "inputs", "records"):
        if not (folder / part).exists():
            raise KhabarError(E.E093, where=str(folder), detail=f"no {part} (made by khabar run)")
    processed = _records(folder / "records")
    pending: tuple[int, str | None, str | None] | None = next(processed, None)
    report = IngestReport()
    with Store(config.db_path) as store:
        run_id = store.start_run([str(folder)])
        batch = Batch()
        unflushed: set[str] = set()
        for row in _inputs(folder / "inputs"):
            if row["kind"] == "failure":
                record_failure(store, run_id, report, row["source_path"], row["record"], row["code"],
                      row["message"])
                continue
            sha = row["raw_sha256"]
            if row["kind"] == "unchanged" or (sha is not None and (sha in unflushed
                                                                   or store.has_raw(sha))):
                report.counts["unchanged"] += 1
                with store.transaction():
                    store.log(run_id, row["source_path"], row["record"], "unchanged",
                              article_id=row["article_id"])
                continue
            while pending is not None and pending[0] < row["seq"]:
                pending = next(processed, None)
            articles_json, error = (pending[1], pending[2]) if pending and pending[0] == row["seq"] \
                else (None, None)
            error = row["error"] or error
            if sha is not None:
                unflushed.add(sha)
                batch.raws[sha] = _raw(row)
            if error is not None:
                record_failure(store, run_id, report, row["source_path"], row["record"], "E099", error)
            batch.articles.extend(tables.articles_from_json(articles_json))
            if len(batch) >= config.commit_every:
                flush_batch(store, run_id, batch, report, config, unflushed)
                batch = Batch()
        flush_batch(store, run_id, batch, report, config, unflushed)
        place_unplaced(store, config)
        templates = folder / "templates.json"
        if templates.exists():
            learnt = OutletTemplates.from_dict(json.loads(templates.read_text(encoding="utf-8")))
            with store.transaction():
                store.save_templates(learnt.to_dict())
        store.finish_run(run_id, dict(report.counts))
    return report


def _inputs(folder: Path) -> Iterator[dict]:
    """The ``inputs`` rows in input order, one part in memory at a time (parts are in order)."""
    for part in sorted(folder.glob("*.parquet")):
        table = ds.dataset(part, schema=tables.INPUTS).to_table().sort_by("seq")
        yield from table.to_pylist()


def _records(folder: Path) -> Iterator[tuple[int, str | None, str | None]]:
    """``(seq, articles JSON, stage error)`` of each processed record, in ``seq`` order.

    ``khabar run`` writes parts of ascending, disjoint ``seq`` ranges, named by their first: they
    are read one at a time. Should the ranges overlap (a run made another way), all parts are
    read and sorted, which is correct and only costs memory."""
    parts = sorted(folder.glob("*.parquet"))  # part-<first seq, 9 digits>: numeric order
    bounds = []
    for part in parts:
        seq = pq.read_table(part, columns=["seq"]).column("seq")
        if len(seq):
            bounds.append((pc.min(seq).as_py(), pc.max(seq).as_py()))
    ordered: Iterator[pa.Table]
    if all(a[1] < b[0] for a, b in zip(bounds, bounds[1:], strict=False)):
        ordered = (pq.read_table(p, schema=tables.RECORDS).sort_by("seq") for p in parts)
    else:
        whole = [pq.read_table(p, schema=tables.RECORDS) for p in parts]
        ordered = iter([pa.concat_tables(whole).sort_by("seq")] if whole else [])
    for table in ordered:
        yield from zip(table.column("seq").to_pylist(), table.column("articles").to_pylist(),
                       table.column("error").to_pylist(), strict=True)


def _raw(row: dict) -> RawRecord:
    return RawRecord(row["raw_sha256"], row["raw_kind"], zlib.decompress(row["raw_data"]))

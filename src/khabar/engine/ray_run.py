"""``khabar run INPUT… --engine ray --out DIR``: the per-article stages on a Ray cluster.

What runs where, and why. Reading and ``clean`` stay in the driver, in input order: ``clean``
learns each outlet's template as articles stream (the labels of article *k* depend on articles
1..*k*), so spreading it would change the output. The driver writes what it read, cleaned, to
``DIR/inputs/`` in parts of :data:`PART_RECORDS` records (its memory is bounded by one part).
Ray Data then reads those parts, runs the stateless stages (lang, entities, time, events) in
:class:`StageActor` s through ``map_batches`` (an actor loads its models once, lazily, on its
first batch; actors are reused across batches), which write ``DIR/records/`` and the flat views
(``articles/``, ``mentions/``, ``timexes/``, ``events/``, ``quotes/``): no process holds the
processed corpus. Rows carry their input ``seq``; order inside Ray does not
matter, ``khabar load`` restores it. The actors also emit each article's near-duplicate band
rows, which Ray hash-repartitions on the band key and turns into copy edges per block; the
driver joins the edges (only they) into groups, written to ``duplicates/`` and
``duplicate_pairs/`` (:mod:`khabar.engine.dedup`).

``manifest.json`` is written last: a folder without it is a run that did not finish, and
``khabar load`` refuses it (E093). The store-side work (story clustering, which is
order-dependent and incremental, with its own windowed near-duplicate index) is done by
``khabar load DIR``, so a run followed by a load stores what ``khabar ingest`` stores (a test
compares them, and the band join's groups with the store's). In local mode (no
``--address``) Ray is started with ``num_cpus`` CPUs and no dashboard, and the actor pool asks
for one CPU less than that: an actor pool that asks for every core leaves none for Ray Data's
read and write tasks and can stall.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from .. import __version__, pipeline
from ..clean.stage import templates_of_run
from ..clean.templates import OutletTemplates
from ..config import Config
from ..errors import E, KhabarError
from ..ingest.readers import Failure, read_paths
from ..model import Article
from ..stagepool import run_stages
from . import dedup, tables

# Records per part of ``inputs/``: the driver's memory bound, and Ray's unit of reading. At ~2 KB
# of Hindi text per article, a part is a few MB (measured on hindi-covid-2020).
PART_RECORDS = 256
# Records per map_batches batch: large enough that a batch's overhead (Arrow conversion, task
# scheduling) is small against its stages (~20 ms an article), small enough to spread a small run.
BATCH_RECORDS = 16


@dataclass
class RunReport:
    """What a run wrote: counts by kind of input, and the one-line failures."""

    counts: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


class StageActor:
    """The per-article stages, as a Ray Data actor: one per worker process, models loaded once
    (lazily, by the stages' module caches) and kept for every batch the actor is given.

    It writes its batch's ``records`` rows, sorted by ``seq``, and the flat views of them
    itself, one Parquet part per table named by the batch's first ``seq``: one pass over the
    data instead of one per table, a retried batch overwrites its own parts, and with Ray's
    order preserved the ``records`` parts hold ascending, disjoint ``seq`` ranges, which lets
    ``khabar load`` read them one part at a time. It returns the batch's near-duplicate band
    rows (:func:`khabar.engine.dedup.band_rows`), the input of the band join."""

    def __init__(self, config: Config, names: Sequence[str], out: str) -> None:
        self.config = config
        self.names = tuple(names)
        self.out = Path(out)

    def __call__(self, batch: pa.Table) -> pa.Table:
        rows: list[dict[str, Any]] = []
        bands: list[dict[str, Any]] = []
        for seq, where, text in zip(batch.column("seq").to_pylist(),
                                    batch.column("where").to_pylist(),
                                    batch.column("articles").to_pylist(), strict=True):
            outcome = run_stages(tables.articles_from_json(text), self.config, self.names, where)
            rows.append({"seq": seq, "articles": tables.articles_json(outcome.articles),
                         "error": outcome.error})
            bands.extend(dedup.band_rows(outcome.articles))
        rows.sort(key=lambda row: row["seq"])
        records = pa.Table.from_pylist(rows, schema=tables.RECORDS)
        if rows:
            parts = {"records": records, **{v: tables.view_table(records, v) for v in tables.VIEWS}}
            for name, table in parts.items():
                folder = self.out / name
                folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(table, folder / f"part-{rows[0]['seq']:09d}.parquet")
        return pa.Table.from_pylist(bands, schema=dedup.BANDS)


def run(paths: Sequence[str | Path], config: Config, out: Path, *, num_cpus: int = 2,
        address: str | None = None) -> RunReport:
    """Read and clean ``paths`` here, run the other stages on Ray, write Parquet into ``out``."""
    ray = _import_ray()
    names = pipeline.available_stages()
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise KhabarError(E.E050, detail=f"--out {out}: the folder is not empty (a run writes"
                          " into a new folder; remove a failed run's folder and run again)")
    templates = OutletTemplates()
    report = RunReport()
    with templates_of_run(templates):
        _write_inputs(_cleaned(read_paths(paths, config), config, report), out / "inputs")
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, num_cpus=None if address else num_cpus,
                 include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    try:
        _run_stages(ray, out, config, names[1:], num_cpus, report.counts["article"])
    finally:
        if started_here:
            ray.shutdown()
    (out / "templates.json").write_text(json.dumps(templates.to_dict(), ensure_ascii=False),
                                        encoding="utf-8")
    manifest = {"khabar": __version__, "stages": names, "inputs": [str(p) for p in paths],
                "counts": report.counts}
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    return report


def _import_ray() -> Any:
    try:
        import ray
    except ModuleNotFoundError:
        raise KhabarError(E.E092) from None
    return ray


def _cleaned(items: Iterable[Article | Failure], config: Config,
             report: RunReport) -> Iterator[dict[str, Any]]:
    """One ``inputs`` row per item read: failures and repeated inputs as they are, records
    with their raw bytes and cleaned articles (``clean`` in input order, here)."""
    seen: set[str] = set()
    for kind in ("article", "failure", "unchanged"):
        report.counts[kind] = 0
    for seq, item in enumerate(items):
        row: dict[str, Any] = {"seq": seq, "source_path": item.source_path, "record": item.record}
        if isinstance(item, Failure):
            report.counts["failure"] += 1
            report.failures.append(item.error.message)
            yield {**row, "kind": "failure", "code": item.error.code.name,
                   "message": item.error.message}
            continue
        raw = item.extra.pop("_raw", None)
        if raw is not None and raw.sha256 in seen:
            report.counts["unchanged"] += 1
            yield {**row, "kind": "unchanged", "article_id": item.id}
            continue
        report.counts["article"] += 1
        where = f"{item.source_path}{':' + item.record if item.record else ''}"
        outcome = run_stages([item], config, ["clean"], where)
        row.update(kind="article", where=where, article_id=item.id,
                   articles=tables.articles_json(outcome.articles), error=outcome.error)
        if raw is not None:
            seen.add(raw.sha256)
            row.update(raw_sha256=raw.sha256, raw_kind=raw.kind, raw_data=raw.compressed(),
                       raw_size=len(raw.data))
        yield row


def _write_inputs(rows: Iterable[dict[str, Any]], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    part: list[dict[str, Any]] = []
    n = 0
    for row in rows:
        part.append(row)
        if len(part) >= PART_RECORDS:
            pq.write_table(pa.Table.from_pylist(part, schema=tables.INPUTS),
                           folder / f"part-{n:05d}.parquet")
            part, n = [], n + 1
    if part or n == 0:
        pq.write_table(pa.Table.from_pylist(part, schema=tables.INPUTS),
                       folder / f"part-{n:05d}.parquet")


def _run_stages(ray: Any, out: Path, config: Config, names: Sequence[str], cpus: int,
                articles: int) -> None:
    """The Ray Data plan: inputs → stages (actors, which write records and views) → band rows
    → hash repartition on the band → copy edges per block; then, here, the groups of the edges
    (:mod:`khabar.engine.dedup`) into ``duplicates/`` (article, group) and ``duplicate_pairs/``
    (the edges, with their estimated Jaccard: the evidence of each group)."""
    from ray.data.expressions import col

    context = ray.data.DataContext.get_current()  # importing ray.data sets its log levels
    logging.getLogger("ray.data").setLevel(logging.ERROR)  # no plan, timing or progress lines
    context.enable_progress_bars = False
    context.execution_options.preserve_order = True  # disjoint, ascending records parts
    todo = ray.data.read_parquet(str(out / "inputs"))
    todo = todo.filter(expr=col("kind") == "article")  # not a failure, not a repeated input
    todo = todo.select_columns(["seq", "where", "articles"])
    with warnings.catch_warnings():  # max_restarts is passed as a "remote arg", deprecated
        warnings.simplefilter("ignore")
        bands = todo.map_batches(
            StageActor, batch_size=BATCH_RECORDS, batch_format="pyarrow",
            fn_constructor_kwargs={"config": config, "names": names, "out": str(out)},
            compute=ray.data.ActorPoolStrategy(size=max(1, cpus - 1)), num_cpus=1,
            max_restarts=0)  # a failed actor fails the run (rerun it), never a silent retry
    rows = articles * (len(dedup.hashranges()) + 1)  # at most: short texts have no bands
    found = bands.repartition(dedup.partitions(rows, cpus), keys=["band"]).map_batches(
        dedup.edges, batch_size=None, batch_format="pyarrow")  # a whole partition per batch
    pairs: dict[tuple[str, str], float] = {}
    for batch in found.iter_batches(batch_size=None, batch_format="pyarrow"):
        for a, b, sim in zip(batch.column("a").to_pylist(), batch.column("b").to_pylist(),
                             batch.column("similarity").to_pylist(), strict=True):
            pairs[(a, b)] = sim  # one pair found under two bands: the same figure
    groups = dedup.components(sorted(pairs))
    for name, table in (
        ("duplicate_pairs", pa.table({"a": [p[0] for p in sorted(pairs)],
                                      "b": [p[1] for p in sorted(pairs)],
                                      "similarity": [pairs[p] for p in sorted(pairs)]},
                                     schema=dedup.EDGES)),
        ("duplicates", pa.table({"article_id": list(groups), "group_id": list(groups.values())},
                                schema=dedup.GROUPS)),
    ):
        (out / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(table, out / name / "part-00000.parquet")

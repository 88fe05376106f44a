"""Ingest: read inputs, run the pipeline, store the results, log every outcome.

This is the one API method behind ``khabar ingest``. Each article goes through the pipeline on its
own, so an unexpected error in one document is logged against that document and the batch goes on.
Input already stored byte for byte (same raw sha256) is skipped before any processing, which makes
re-ingest cheap and idempotent. A file whose id comes from its content (a daily dump or page with
no id of its own) keeps the id of its earlier version when it is a re-crawl of it (see
:mod:`khabar.ingest.identity`), so a changed dump updates versions instead of duplicating.

A :class:`KhabarError` raised by a stage is about the user's setup (a malformed ``--kb`` file),
not about the article: it stops the run with its own one-line code instead of becoming an E099
"internal error" for every article. The user's KB is loaded before the first file for that.

An article over ``config.max_analysis_bytes`` is stored whole but skips the stages (status
``too_large``, one E019 warning): the stages cost more than linear time in an article's size, and
no real article comes near the bound, so a giant record costs only its read and its write.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .. import pipeline
from ..clean.templates import OutletTemplates
from ..config import Config
from ..errors import E, KhabarError
from ..executor import Executor
from ..model import Article
from ..stagepool import Outcome, Task
from ..store.db import Store, templates_json
from .identity import earlier_id
from .readers import Failure, RawRecord, read_paths

Progress = Callable[[str, Counter[str]], None]


@dataclass
class IngestReport:
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)  # one-line messages
    warnings: list[str] = field(default_factory=list)
    stored_ids: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


class Batch:
    """Articles waiting for their transaction, with the raw records they came from."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.raws: dict[str, RawRecord] = {}

    def __len__(self) -> int:
        return len(self.articles)


def ingest(
    paths: Sequence[str | Path],
    config: Config,
    *,
    stdin: IO[bytes] | None = None,
    stages: Sequence[str] | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Ingest ``paths`` (files, directories, ``-`` for stdin) into ``config.db_path``.

    ``jobs`` > 1 runs the stages after ``clean`` in that many worker processes (see
    :mod:`khabar.executor`); the stored tables are the same as with ``jobs=1``.
    """
    report = IngestReport()
    names = list(stages) if stages is not None else pipeline.available_stages()
    if "entities" in names and config.user_kb_paths:
        from ..entities.kb import load_kb

        load_kb(config)  # a bad --kb file is one E030/E031 line before anything is read
    with Store(config.db_path) as store, Executor[_Record](config, names, jobs) as executor, \
            ExitStack() as run_scope:
        templates = _load_templates(store) if "clean" in names else None
        if templates is not None:  # this run's learner, for this run only
            from ..clean.stage import templates_of_run

            run_scope.enter_context(templates_of_run(templates))
        run_id = store.start_run([str(p) for p in paths])
        batch = Batch()
        unflushed: set[str] = set()  # raw inputs of this run not yet committed
        # The templates' stored form, made once the last record is cleaned (then they are final)
        # while the workers still run, and written at the end of the run, as before.
        saved: list[str] = []

        def all_cleaned() -> None:
            if templates is not None:
                saved.append(templates_json(templates.to_dict()))

        records = _records(read_paths(paths, config, stdin=stdin), store, unflushed, executor)
        try:
            for record, outcome in executor.map(records, all_cleaned, _raw_data):
                item = record.item
                if isinstance(item, Failure):
                    record_failure(store, run_id, report, item.source_path, item.record, item.error.code.name, item.error.message)
                elif outcome is None:
                    report.counts["unchanged"] += 1
                    with store.transaction():
                        store.log(run_id, item.source_path, item.record, "unchanged", article_id=item.id)
                else:
                    if record.raw is not None:
                        if outcome.packed is not None:
                            record.raw.packed = outcome.packed
                        batch.raws[record.raw.sha256] = record.raw
                    if outcome.error is not None:
                        record_failure(store, run_id, report, item.source_path, item.record, "E099", outcome.error)
                    batch.articles.extend(outcome.articles)
                    if len(batch) >= config.commit_every:
                        flush_batch(store, run_id, batch, report, config, unflushed)
                        batch = Batch()
                if progress is not None:
                    progress(getattr(item, "source_path", ""), report.counts)
        except KhabarError:
            flush_batch(store, run_id, batch, report, config, unflushed)  # what was read before stays stored
            store.finish_run(run_id, dict(report.counts))
            raise
        flush_batch(store, run_id, batch, report, config, unflushed)
        place_unplaced(store, config)
        if templates is not None:
            with store.transaction():
                store.save_templates(saved[0] if saved else templates.to_dict())
        store.finish_run(run_id, dict(report.counts))
    return report


@dataclass
class _Record:
    """One item read, in input order: a read failure, or an article with the raw input it came
    from (``unchanged`` when that raw input is already stored or earlier in this run)."""

    item: Article | Failure
    raw: RawRecord | None = None


def _raw_data(record: _Record) -> bytes | None:
    """The raw bytes of a record, for a worker to compress (see :meth:`Executor.map`)."""
    return record.raw.data if record.raw is not None else None


def _records(items: Iterable[Article | Failure], store: Store, unflushed: set[str],
             executor: Executor[_Record]) -> Iterator[tuple[_Record, Outcome | Task | None]]:
    """The items read, each with its work: ``None`` for a failure or an unchanged input.

    An input whose raw bytes are stored, or were read earlier in this run and wait for their
    commit, is unchanged: skipped before any stage, whatever the batch size or the executor.
    The executor looks a few items ahead to tell a small input from a large one
    (:meth:`Executor.look_ahead`).
    """
    for item in executor.look_ahead(items):
        if isinstance(item, Failure):
            yield _Record(item), None
            continue
        raw = item.extra.pop("_raw", None)
        if raw is not None and (raw.sha256 in unflushed or store.has_raw(raw.sha256)):
            yield _Record(item), None
            continue
        if raw is not None:
            unflushed.add(raw.sha256)
            _keep_identity(store, item)
        yield _Record(item, raw), _unanalysed(item, executor.config) or executor.start(item)


def _unanalysed(art: Article, config: Config) -> Outcome | None:
    """``art`` stored as read, with status ``too_large`` and an E019 warning, when its text is
    over the analysis bound; ``None`` (analyse it) otherwise.

    A daily dump over the bound whose articles each fit under it is analysed: the bound is about
    the size of one article, the unit of the stages' cost, not of a file. The text is kept whole,
    so its body is searchable and nothing is lost; only the derived facts are missing.
    """
    limit = config.max_analysis_bytes
    size = _utf8_size(art.text, limit)
    if size <= limit:
        return None
    if not _has_line_over(art.text, limit):  # else a piece of it would be over: no need to split
        from ..clean.stage import split_if_dump

        pieces = split_if_dump(art)
        if len(pieces) > 1 and all(_utf8_size(p.text, limit) <= limit for p in pieces):
            return None
    art.status = "too_large"
    where = f"{art.source_path}{':' + art.record if art.record else ''}"
    art.warnings.append(KhabarError(E.E019, where=where, detail=f"{size / 2**20:.1f} MB",
                                    limit=f"{limit / 2**10:.0f} KB").message)
    return Outcome([art])


def _has_line_over(text: str, limit: int) -> bool:
    """Whether one line of ``text`` is over ``limit`` bytes. Checked before splitting a dump,
    whose splitter needs about 35 times the size of a single 30 MB line in memory."""
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if (end - start) * 4 > limit and _utf8_size(text[start:end], limit) > limit:
            return True
        start = end + 1
    return False


def _utf8_size(text: str, limit: int) -> int:
    """The UTF-8 size of ``text``; one surely under ``limit`` (a character is at most 4 bytes)
    is not encoded and answers its length, a lower bound that is enough to say so."""
    if len(text) * 4 <= limit:
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def _load_templates(store: Store) -> OutletTemplates:
    """The outlet templates learnt so far, to continue learning where the previous run left off."""
    saved = store.load_templates()
    return OutletTemplates.from_dict(saved) if saved else OutletTemplates()


def _keep_identity(store: Store, art: Article) -> None:
    """Give a content-hash id article the id of the earlier version it re-crawls, if any."""
    if art.provenance.get("id") != "content-hash" or art.record:
        return
    previous = earlier_id(store, art)
    if previous is not None and previous != art.id:
        art.id = previous
        art.provenance["id"] = "earlier-version"


def record_failure(store: Store, run_id: int, report: IngestReport, path: str, record: str,
                   code: str, message: str) -> None:
    """Count a failed input and log it in the run's table (ingest and ``khabar load`` share it)."""
    report.counts["failed"] += 1
    report.failures.append(message)
    with store.transaction():
        store.log(run_id, path, record, "failed", code, message)


def flush_batch(store: Store, run_id: int, batch: Batch, report: IngestReport, config: Config,
                unflushed: set[str]) -> None:
    """Store a batch in one transaction, then place its articles in stories (the one writer)."""
    if not batch.articles:
        return
    unflushed.difference_update(batch.raws)
    stored: list[Article] = []
    with store.transaction():
        for raw in batch.raws.values():
            store.put_raw(raw.sha256, raw.kind, *_origin(batch.articles, raw.sha256),
                          raw.compressed(), len(raw.data))
        for art in batch.articles:
            result = store.put_article(art)
            report.counts[result.outcome] += 1
            if art.status != "ok":
                report.counts[art.status] += 1
            store.log(run_id, art.source_path, art.record, result.outcome, article_id=art.id)
            for warning in art.warnings:
                report.warnings.append(warning)
                report.counts["warnings"] += 1
                store.log(run_id, art.source_path, art.record, "warning", warning.split(" ", 1)[0],
                          warning, art.id)
            if result.outcome != "unchanged":
                report.stored_ids.append(art.id)
                stored.append(art)
    _after_store(store, stored, config)


def _origin(articles: list[Article], sha256: str) -> tuple[str, str]:
    for art in articles:
        if art.raw_sha256 == sha256:
            return art.source_path, art.record
    return "", ""


def _after_store(store: Store, stored: list[Article], config: Config) -> None:
    """Place the newly stored batch into stories, incrementally (earlier stories are not rebuilt).

    Runs in its own transaction after the articles are committed: a crash here leaves the
    articles stored and unplaced, and :func:`place_unplaced` places them on the next ingest.
    """
    placeable = [a for a in stored if a.status == "ok"]
    if placeable:
        with store.transaction():
            store.stories(config).place(placeable)


def place_unplaced(store: Store, config: Config) -> None:
    """Place stored articles that no story holds yet (left by an interrupted earlier run), then
    end the run's story placement (its last day's split check and save)."""
    unplaced = list(store.iter_articles(
        "status = 'ok' AND id NOT IN (SELECT article_id FROM story_members)"))
    for start in range(0, len(unplaced), config.commit_every):
        _after_store(store, unplaced[start : start + config.commit_every], config)
    with store.transaction():
        store.stories(config).close()

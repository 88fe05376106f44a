"""Run the per-article stages over all cores, in input order, with bounded memory.

Ingest has two kinds of work. The per-article stages after ``clean`` (lang, entities, time,
events) look at one article at a time and carry no state from one article to the next, so any
process can run them. Everything else carries state that depends on input order: ``clean`` learns
per-outlet templates as articles stream (the labels of article *k* depend on articles 1..*k*),
and the writer (store, template counts, story clustering) appends to one SQLite file. So the
caller keeps the order-dependent part of ``clean`` (counting template keys, labelling lines)
and the writer in its own process, in input order, and hands the rest to a
:class:`khabar.stagepool.StagePool`:
the order-free part of ``clean`` first, then the stateless stages (see :class:`Executor`);
that is what makes ``--jobs N`` give the same tables as ``--jobs 1``, byte for byte.

:func:`khabar.stagepool.ordered_map` keeps at most ``window`` articles in flight: the reader is pulled only when
a slot frees up (back-pressure), and results come back in the order the groups went in,
whichever worker finishes first. Workers are this process's children, so their CPU time and memory count
in its resource usage. On Linux they are forked when the pool starts, once this process has
loaded the stage models on a copy of the first cleaned article of an input of more than
:data:`INLINE_FORKED` records (while a bare worker forked at its first record cuts the records
ahead, see :meth:`Executor._warm_up`), so they begin with the modules and models this process
has loaded (copy-on-write) instead of loading them again: with ``spawn``, each worker
importing and loading everything made ``--jobs 2`` cost 21% more CPU than ``--jobs 1``
(``benchmarks/scale.py --days 20 --rounds 3 --baseline``, 575 corpus articles). The SQLite handle they inherit is never used in them (a
worker only runs stages and leaves through ``os._exit``, which closes nothing), and no other
thread runs when they are forked (the pool forks all its workers before its manager thread
starts; with another thread running, they are spawned). Elsewhere (macOS, Windows, where
forking a process that loaded system frameworks is unsafe) they are spawned and each loads its
models lazily on its first article, once, through the stages' own module caches. The pool
itself starts on the first task, so a caller that hands it nothing (a small ingest) never pays
for it.

Why this module holds only :class:`Executor` (and the two process-wide settings ingest's entry
points take from here, :func:`default_jobs` and :func:`collect_less`): the decision where each
record's stages run (here, or in two trips through a pool) and when the workers fork is
ingest's; the pool and the tasks it runs are :mod:`khabar.stagepool`'s, and the worker
processes' set-up (priority, Ctrl-C, pipes, the start method) is :mod:`khabar.workers`'s.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import Generic, TypeVar

from .config import Config
from .model import Article
from .stagepool import Outcome, StagePool, Task, finish_cleaning, run_stages
from .workers import _context

K = TypeVar("K")
T = TypeVar("T")


# Input records in flight for their cut (the first of the two trips, see :class:`Executor`). A
# cut record comes back as the lines and template keys of all its articles (a daily dump holds
# tens), so these are counted in records and kept few: memory stays bounded whatever the
# records hold, and the workers are kept busy by the second trip's window (above), which the
# caller refills as each cut record is finished. Not tuned, a round number: enough that a
# worker finds a cut waiting while the caller finishes the one before.
CUT_RECORDS_PER_WORKER = 8


# Allocations between two young-generation collections. The stages allocate many short-lived
# containers (CRF feature lists, tokens, spans) and few reference cycles, so CPython's default
# (700) collects thousands of times per article batch for little. A small gain, measured on an
# idle 2-core machine (2026-12-03, 420 corpus articles, `benchmarks/scale.py --days 16`): core
# stages 187 -> 194-200 articles per CPU-second in two alternating runs of `--jobs 0`, 1.01x in
# one `--baseline` run; `ingest --jobs 1` 2-5% less CPU (two rounds). A round number, not tuned.
GEN0_THRESHOLD = 50_000


def collect_less() -> None:
    """Collect young garbage less often in this process (see :data:`GEN0_THRESHOLD`); forked
    workers inherit it. A process-wide setting, so only entry points call it (the CLI, the
    benchmarks), never a library function."""
    _, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(GEN0_THRESHOLD, gen1, gen2)


def default_jobs() -> int:
    """All the cores this process may use (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity mask
        return max(1, os.cpu_count() or 1)


# Articles whose stages all run in this process before the worker pool starts: a spawned worker
# (interpreter, imports, models) costs about the CPU of 60 articles (benchmarks/scale.py on the
# Hindi corpus, 2-core machine), so a small ingest (the seeds, one feed refresh) never pays it;
# where workers are forked, these articles load the models the workers then share.
INLINE_ARTICLES = 64
# The same where workers are forked, for an input of at most this many records (a feed refresh,
# the seeds: no worker, no second model load). A larger input (see :meth:`Executor.look_ahead`)
# runs none here. A fork costs milliseconds, not 60 articles; the only reason to run articles
# here first was to load the stage models the workers then share, and that load (0.8 CPU-s:
# the tagger, the time rules, transliteration schemes, compiled patterns) ran on one core while
# the other idled, before any worker existed. Forked at the first task, the worker loads its
# own models lazily on its first articles while this process reads, cuts and finishes
# cleaning (it loads them itself on the first task it takes back, see ordered_map): the load
# runs on both cores at once, once more in all. Round sc41, whole corpus (`benchmarks/scale.py
# --child 2`, 1,645 articles, 2026-12-04, load 2.5-3.6): the serial start (ingest's start to the
# worker's first task) 1.2 -> 0.4 s; the extra load is inside the CPU times' noise at that
# load. Not tuned, a round number (the articles run here before forking since 2026-12-03).
# Since round sc42 the first worker forked is a bare one that cuts records while this process
# loads the models once; the stage workers fork after (see Executor._warm_up).
INLINE_FORKED = 8
# While this process loads the stage models, before the stage workers fork (round sc42, see
# :meth:`Executor._warm_up`), a bare worker cuts the records ahead: up to this much record text
# in flight, counted in units of :data:`CUT_UNIT_BYTES` (a record weighs one unit more than its
# text, so empty ones count too). Sized, not tuned: the load takes about 1.3 CPU-s, in which a
# worker cuts about 1,500 corpus articles (0.85 ms each), some 6 MB of text; 8 MB bounds the
# memory the cuts hold (a few times their text) whatever the records hold.
CUT_UNIT_BYTES = 4096
WARM_CUT_UNITS = 2048
# Articles whose stages this process runs itself before the stage workers fork (see
# :meth:`Executor._warm_up`; at least the first record's). The stages keep per-process caches
# of what they compute per word and name (the tagger's word rows, transliteration keys, KB alias
# keys): forked after one article, the worker filled its own from scratch, so ``--jobs 2``
# computed what ``--jobs 1`` computes once twice, in each process (whole corpus: the tagger's
# word rows computed 29% more often, …). Forked later, the worker inherits the caches of the
# articles run here; those articles are the run's own and the cutter keeps the other core busy
# meanwhile (it cuts ~10 articles while one is analysed here, and 8 MB of text bounds it).
WARM_ARTICLES = 32


class Executor(Generic[K]):
    """How ingest runs the stages ``names`` over the records it reads, with ``jobs`` processes.

    Where they run: all in this process (``jobs=1``, the plain path), or, once more than
    :data:`INLINE_ARTICLES` came by (:data:`INLINE_FORKED` where workers are forked, none where the input is larger), in two
    trips through a :class:`StagePool`. ``clean`` learns outlet templates in input order, so
    only its order-free part (split a dump, read the header, measure the lines, compute their
    template keys: :func:`khabar.clean.stage.cut_record`) goes to a worker first; this process
    finishes cleaning each record as its pieces come back, in input order (count the keys,
    label the lines), and hands the cleaned articles to a worker again for the stateless
    stages after ``clean``. Cleaning was a quarter of this process's CPU under ``--jobs 2``,
    the cut two thirds of it (timers over ``ingest --jobs 2`` of the corpus, 1,645 articles).

    ``jobs`` counts this process: the pool has ``jobs - 1`` workers, and this process runs a
    stage task no worker has started (the oldest: see :func:`.stagepool.ordered_map`) whenever
    it would otherwise wait for a result, and cuts every record itself. With two workers and this
    process on 2 cores, three busy processes shared two cores and this one, the writer, fell
    behind (whole corpus, load 0.6-1.0, 2026-12-04, ``benchmarks/scale.py --days 76``:
    ``--jobs 2`` 15.0 s wall against 22.4 for ``--jobs 1`` before, 14.6 against 22.8 now, and
    23.7 CPU-s in all against 24.9)."""

    def __init__(self, config: Config, names: Sequence[str], jobs: int) -> None:
        self.config = config
        self.names = list(names)
        parallel = jobs > 1 and len(self.names) > 1 and self.names[0] == "clean"
        self.here = self.names[:1] if parallel else self.names
        forked = _context().get_start_method() == "fork"
        self.inline_left = INLINE_FORKED if forked else INLINE_ARTICLES
        self.pool: StagePool[K] | None = (
            StagePool(config, self.names[1:], jobs - 1, helps=True) if parallel else None)
        # the bare pool that cuts records while this process loads the models (see _warm_up)
        self.cutter: StagePool[K] | None = None
        self.warmed = 0  # articles run here before the stage workers fork (see _warm_up)

    def __enter__(self) -> Executor[K]:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        try:
            if self.cutter is not None:
                self.cutter.__exit__(exc_type, *exc)
        finally:
            if self.pool is not None:
                self.pool.__exit__(exc_type, *exc)

    @property
    def warming(self) -> bool:
        """Whether the stage models are still to be loaded here before the stage workers fork
        (while the cutter cuts records ahead)."""
        return self.cutter is not None and not self.cutter._closed

    def look_ahead(self, items: Iterable[T]) -> Iterator[T]:
        """``items`` (the records read), unchanged; where workers are forked, the first
        :data:`INLINE_FORKED` + 1 are read before any is handed on, and an input that has that
        many starts the pool at its first task instead of running articles here first (see
        :data:`INLINE_FORKED`)."""
        items = iter(items)
        if self.pool is None or self.inline_left != INLINE_FORKED:
            yield from items
            return
        head = list(islice(items, INLINE_FORKED + 1))
        if len(head) > INLINE_FORKED:
            self.inline_left = 0
            self.cutter = StagePool(self.config, (), self.pool.jobs, helps=True, warm=False)
        yield from head
        yield from items

    def start(self, art: Article) -> Outcome | Task:
        """Run this process's share of the stages on ``art``; a :class:`Task` for the pool."""
        where = f"{art.source_path}{':' + art.record if art.record else ''}"
        if self.pool is not None and self.inline_left <= 0:
            return Task([art], where, cut=True)
        outcome = run_stages([art], self.config, self.here, where)
        if self.pool is None or outcome.error is not None:
            return outcome
        self.inline_left -= len(outcome.articles)
        return run_stages(outcome.articles, self.config, self.pool.names, where)

    def map(self, records: Iterable[tuple[K, Outcome | Task | None]],
            all_cleaned: Callable[[], None],
            raw_of: Callable[[K], bytes | None] | None = None,
            ) -> Iterator[tuple[K, Outcome | None]]:
        """Each record's outcome, in input order (``None`` passes through); ``all_cleaned`` is
        called once every record is cleaned (the outlet templates are then final). ``raw_of``:
        a record's raw input, compressed with its stages (the outcome's ``packed``)."""
        if self.pool is None:
            yield from ((r, o) for r, o in records if not isinstance(o, Task))
            all_cleaned()
            return
        # The caller cuts every record itself: a cut handed to the worker waited there behind
        # the stage tasks handed before it, and the caller idled for it (whole corpus, load
        # 0.9: `--jobs 2` 18.3 s wall, the caller busy 51% of it, against 15.0 s before).
        records = iter(records)
        head = list(islice(records, 1))  # reads ahead (look_ahead), which decides on the cutter
        records = chain(head, records)
        if self.cutter is not None:
            cutter = self.cutter
            cut = cutter.map(records, WARM_CUT_UNITS,
                             ahead=lambda: WARM_CUT_UNITS if self.warming else 0,
                             weigh=self._cut_weight)
        else:
            cut = self.pool.map(records, CUT_RECORDS_PER_WORKER * self.pool.processes,
                                ahead=0 if self.pool.helps else None)
        yield from self.pool.map(self._finish_cleaning(cut, all_cleaned, raw_of))

    def _cut_weight(self, task: Task) -> int:
        """A record's weight in the cut window: while warming, its text in units of
        :data:`CUT_UNIT_BYTES`; after, a share that keeps :data:`CUT_RECORDS_PER_WORKER` records
        a process in flight, as without the cutter."""
        if self.warming:
            return 1 + sum(len(a.text) for a in task.articles) // CUT_UNIT_BYTES
        assert self.pool is not None
        return max(1, WARM_CUT_UNITS // (CUT_RECORDS_PER_WORKER * self.pool.processes))

    def _warm_up(self, task: Task) -> Outcome:
        """Run ``task`` here, for its result, before the stage workers fork, so they share the
        models it loads and the caches it fills; once :data:`WARM_ARTICLES` articles were run
        here (or on an error), stop the cutter (its threads must end before a fork). Round sc42
        (issue 16): forked before the load (round sc41), the worker and this process each
        loaded the models, ~1.3 CPU-s more in all; loaded before the fork with nothing else
        running, the other core idled meanwhile (before round sc41). So a bare worker forked at
        the first record cuts the records ahead while this loads. Round sc52: the load ran on a
        copy of the first article, its result dropped; the records run here now are the run's
        own (nothing is done twice), and enough of them to fill the caches too (see
        :data:`WARM_ARTICLES`)."""
        assert self.pool is not None and self.cutter is not None
        try:
            done = run_stages(task.articles, self.config, self.pool.names, task.where,
                              for_writer=True, raw=task.raw)
        except BaseException:
            self.cutter.close()
            raise
        self.warmed += len(task.articles)
        if self.warmed >= WARM_ARTICLES or done.error is not None:
            self.cutter.close()
        return done

    def _finish_cleaning(self, cut: Iterable[tuple[K, Outcome | None]],
                         all_cleaned: Callable[[], None],
                         raw_of: Callable[[K], bytes | None] | None = None,
                         ) -> Iterator[tuple[K, Outcome | Task | None]]:
        """Finish cleaning each cut record here, in input order; its articles as a
        :class:`Task` for the stages after ``clean``."""
        for key, outcome in cut:
            if outcome is None or outcome.cuts is None:  # not cut: as it was
                yield key, outcome
                continue
            cleaned = finish_cleaning(outcome.cuts, outcome.where)
            if cleaned.error is not None:
                yield key, cleaned
                continue
            if self.warming and not cleaned.articles:  # nothing to analyse, nor to warm with
                yield key, cleaned
                continue
            task = Task(cleaned.articles, outcome.where,
                        raw=raw_of(key) if raw_of is not None else None)
            yield key, self._warm_up(task) if self.warming else task
        all_cleaned()

"""Speed per stage and end to end, ``--jobs 1`` against ``--jobs N`` side by side in one run.

    python benchmarks/scale.py                  # 8 days per outlet of $KHABAR_DATA/corpus
    python benchmarks/scale.py --days 76        # the whole corpus (~3,500 articles)
    python benchmarks/scale.py --jobs 1,2,4     # the executors to compare
    python benchmarks/scale.py --jobs 0         # per stage (and the writer) only
    python benchmarks/scale.py --worker-nice 0,4  # --jobs 2 with workers at nice +0 and +4
    python benchmarks/scale.py --baseline ../main/src --rounds 3   # against another checkout
    python benchmarks/scale.py --jobs 0 --baseline /tmp/old/src     # per stage, side by side
    python benchmarks/scale.py --jobs 0 --baseline /tmp/old/src --rounds 3  # fastest of 3 each

Per stage: articles per CPU-second and MB of article text per CPU-second, each stage run in this
process over the articles the previous stage made (models loaded before the clock starts, the
load time printed apart), then the story prep the workers do for the writer, then the writer's
two parts (store, stories), its CPU ms per article and the speed-up that bounds on idle cores
(Amdahl: clean and the writer run in order in the main process). End to end: ``khabar
ingest`` on the same files into a new store, once per ``--jobs`` value, each in a fresh process
so no cache carries over; wall time, CPU time of the process and its workers, articles/s,
articles per CPU-second, MB/s, peak resident memory of the main process and of the largest
worker, and the serial tail: wall seconds from the workers' last task to the end of ingest (the
main process finishing the writer's last batches while a core idles), the main process's share
of a core (its CPU over the wall time: below 1, it waited for a core or for a worker), the
workers' niceness above it, the wall seconds the main process waited for a worker's result with
nothing to do (``waited s``: a core idle on an idle machine), the serial start (``start s``:
wall seconds from the start of ingest to a worker's first task), and the load average before and
after each run. Figures are printed
and written to ``benchmarks/out/scale.json``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from khabar import pipeline
from khabar.clean.stage import clean_articles
from khabar.clean.templates import OutletTemplates
from khabar.config import Config, default_data_dir
from khabar.executor import default_jobs
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article

OUT = Path(__file__).resolve().parent / "out" / "scale.json"
# Articles each stage sees before its clock starts, so lazy model loads are timed apart.
WARM_UP = 5


def corpus_sample(days: int) -> list[Path]:
    root = default_data_dir() / "corpus" / "hindi-covid-2020" / "Corpora"
    if not root.is_dir():
        sys.exit(f"corpus not found at {root} (set KHABAR_DATA)")
    files: list[Path] = []
    for outlet in sorted(p for p in root.iterdir() if p.is_dir()):
        files.extend(sorted(outlet.rglob("*.txt"))[:days])
    return files


def _text_mb(articles: list[Article]) -> float:
    return sum(len(a.text.encode("utf-8")) for a in articles) / 1e6


@contextmanager
def held_apart() -> Iterator[None]:
    """Keep what is alive before a timed step out of the collector's passes while it runs.

    The per-stage figures hold every article of the sample (with its tokens, mentions, events)
    alive from one stage to the next, which ``khabar ingest`` never does: it streams batches and
    lets each go once written. CPython's full collections walk every live container, so without
    this the stages here would pay for traversing hundreds of finished articles that ingest has
    already freed (round sc50 measured 0.05-0.07 CPU-s of full collections in entities and ~0.03
    in events over ``--days 16``). ``gc.freeze`` before the clock and ``gc.unfreeze`` after it;
    what the step itself allocates is collected as usual."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def per_stage(files: list[Path], config: Config) -> tuple[list[dict[str, float | str]], float]:
    """CPU time of each stage over the whole sample, in this process; and the models' load.
    Each timed step runs :func:`held_apart` from what earlier steps left alive."""
    from khabar.stories.prepare import attach, prepare

    read = [a for a in read_paths(files, config) if not isinstance(a, Failure)]
    start = time.process_time()
    list(pipeline.run_local([Article(id="w", text=a.text) for a in read[:WARM_UP]], config))
    load = time.process_time() - start
    rows: list[dict[str, float | str]] = []
    with held_apart():
        start = time.process_time()
        articles = list(clean_articles(read, OutletTemplates()))
        cpu = time.process_time() - start
    rows.append({"stage": "clean", "articles": len(articles), "cpu_s": cpu,
                 "articles_per_cpu_s": len(articles) / cpu, "mb_per_cpu_s": _text_mb(read) / cpu})
    given = list(pipeline.get_stage("clean").assigns)
    for name in pipeline.available_stages()[1:]:
        with held_apart():
            start = time.process_time()
            articles = list(pipeline.run_local(articles, config, [name], given=given))
            cpu = time.process_time() - start
        given.extend(pipeline.get_stage(name).assigns)
        rows.append({"stage": name, "articles": len(articles), "cpu_s": cpu,
                     "articles_per_cpu_s": len(articles) / cpu,
                     "mb_per_cpu_s": _text_mb(articles) / cpu})
    total = sum(float(r["cpu_s"]) for r in rows)
    rows.append({"stage": "all stages", "articles": len(articles), "cpu_s": total,
                 "articles_per_cpu_s": len(articles) / total,
                 "mb_per_cpu_s": _text_mb(articles) / total})
    prepare(articles[0], config)  # imports datasketch (and scipy) before the clock starts
    with held_apart():
        start = time.process_time()
        attach(articles, config)
        cpu = time.process_time() - start
    rows.append({"stage": "story prep", "articles": len(articles), "cpu_s": cpu,
                 "articles_per_cpu_s": len(articles) / cpu,
                 "mb_per_cpu_s": _text_mb(articles) / cpu})
    rows.extend(writer(articles, config))
    return rows, load


def amdahl(rows: list[dict[str, float | str]], jobs: int) -> tuple[float, float]:
    """Writer CPU ms per article, and the speed-up ``--jobs`` can reach on idle cores: the
    caller's process runs clean and the writer in order, the workers the rest (story prep
    included), so the run takes at least max(caller's CPU, all CPU / cores)."""
    cpu = {str(r["stage"]): float(r["cpu_s"]) for r in rows}
    n = float(rows[0]["articles"])
    writer_cpu = cpu["store"] + cpu["stories"]
    main = cpu["clean"] + writer_cpu
    total = cpu["all stages"] + cpu["story prep"] + writer_cpu
    return 1000 * writer_cpu / n, total / max(main, total / jobs)


def writer(articles: list[Article], config: Config) -> list[dict[str, float | str]]:
    """CPU time of the writer's two parts, as ingest runs them (transactions of
    ``commit_every`` articles) into a new store: storing the articles, then placing them in
    stories with the store's one story writer for the whole run, closed at the end (their story
    prep already done, as the workers do it; before round sc26 this placed each batch with a
    writer of its own, loading the window every time, which ingest does not). Under ``--jobs N`` these run
    in the main process, so they bound the speed-up. Each part runs :func:`held_apart`."""
    from khabar.store.db import Store
    from khabar.stories.persist import assign

    rows: list[dict[str, float | str]] = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "writer.db") as store:
        batches = [articles[i:i + config.commit_every]
                   for i in range(0, len(articles), config.commit_every)]
        with held_apart():
            start = time.process_time()
            for batch in batches:
                with store.transaction():
                    for art in batch:
                        store.put_article(art)
            cpu = time.process_time() - start
        rows.append({"stage": "store", "articles": len(articles), "cpu_s": cpu,
                     "articles_per_cpu_s": len(articles) / cpu,
                     "mb_per_cpu_s": _text_mb(articles) / cpu})
        with held_apart():
            start = time.process_time()
            if hasattr(store, "stories"):  # one writer for the run, as ingest places (StoryWriter)
                for batch in batches:
                    with store.transaction():
                        store.stories(config).place([a for a in batch if a.status == "ok"])
                with store.transaction():
                    store.stories(config).close()
            else:  # a baseline from before the writer kept its state: a load per batch, as it did
                for batch in batches:
                    with store.transaction():
                        assign(store.conn, [a for a in batch if a.status == "ok"], config)
            cpu = time.process_time() - start
        rows.append({"stage": "stories", "articles": len(articles), "cpu_s": cpu,
                     "articles_per_cpu_s": len(articles) / cpu,
                     "mb_per_cpu_s": _text_mb(articles) / cpu})
    return rows


def end_to_end(files: list[Path], jobs: int, size_mb: float, cores: int,
               src: str | None = None, nice: int | None = None) -> dict[str, float | int | str]:
    """One ``ingest`` in a fresh child process; CPU counted over the child and its workers.
    ``src``: run another checkout's ``src`` instead of this one (``--baseline``); ``nice``: the
    workers' priority below the caller's (``KHABAR_WORKER_NICE``; ``None``: the default).

    On a shared machine the wall clock depends on the other jobs, so the wall time the run would
    take on ``cores`` idle cores is estimated too: the main process (reader, clean, writer) is
    one sequential path, and the whole CPU time is spread over the cores at best, so the run
    takes at least ``max(main CPU, all CPU / cores)``.
    """
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "files.json"
        listing.write_text(json.dumps([str(f) for f in files]), encoding="utf-8")
        env = dict(os.environ)
        if src:
            env["PYTHONPATH"] = src
        if nice is not None:
            env["KHABAR_WORKER_NICE"] = str(nice)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        child = subprocess.run([sys.executable, __file__, "--child", str(jobs), str(listing),
                                str(Path(tmp) / "bench.db")],
                               capture_output=True, text=True, check=True, env=env)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(child.stdout)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stored = int(result["stored"])
    main_cpu = float(result["main_cpu_s"])
    idle_wall = max(main_cpu, cpu / min(cores, jobs + 1)) if jobs > 1 else cpu
    # The main process's own path: its CPU less the stage tasks it ran for the workers while it
    # waited (those fill its waits; on idle cores the workers take them). Its CPU alone
    # overstates the bound by that much: it is busy nearly all the run because it helps.
    own_cpu = main_cpu - float(result.get("helped_cpu_s") or 0.0)
    idle_own = max(own_cpu, cpu / min(cores, jobs)) if jobs > 1 else cpu
    return {"code": "baseline" if src else "this", "jobs": jobs, "articles": stored, "wall_s": wall, "cpu_s": cpu,
            "main_cpu_s": main_cpu, "idle_wall_estimate_s": idle_wall,
            "main_own_cpu_s": own_cpu, "idle_own_estimate_s": idle_own,
            "main_own_ms_per_article": 1000 * own_cpu / max(1, stored),
            "serial_tail_s": result.get("tail_s"), "worker_nice": result.get("worker_nice"),
            "main_waited_s": result.get("waited_s"), "serial_start_s": result.get("start_s"),
            # the caller's CPU over its wall time: the share of a core it got (1: never waited
            # for a core nor for a worker)
            "main_share": main_cpu / wall,
            "articles_per_s": stored / wall, "articles_per_cpu_s": stored / cpu,
            "mb_per_s": size_mb / wall, "peak_main_mb": result["peak_main_mb"],
            "peak_worker_mb": result["peak_worker_mb"]}


def _stages_child(days: int, src: str | None) -> list[dict[str, float | str]]:
    """Per-stage figures measured in a new process (``src``: another checkout's, or this one)."""
    child = subprocess.run([sys.executable, __file__, "--days", str(days), "--stages-child"],
                           capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": src} if src else None)
    rows: list[dict[str, float | str]] = json.loads(child.stdout)["stages"]
    return rows


def _fastest(runs: list[list[dict[str, float | str]]]) -> list[dict[str, float | str]]:
    """Per stage, the run that took the least CPU (on a shared machine the others' load only
    ever adds time)."""
    return [min(same, key=lambda r: float(r["cpu_s"])) for same in zip(*runs, strict=True)]


def baseline_per_stage(days: int, src: str, this: list[dict[str, float | str]], rounds: int = 1
                       ) -> tuple[list[dict[str, float | str]], list[dict[str, float | str]]]:
    """The per-stage figures of another checkout's ``src`` on the same files, measured in a
    child process right after this code's, and printed side by side with them. With
    ``rounds`` > 1 both codes are measured that many times, alternately, each time in a new
    process (so no cache carries over), and each stage's fastest run is kept. Returns this
    code's rows and the baseline's."""
    base_runs, this_runs = [_stages_child(days, src)], [this]
    for _ in range(rounds - 1):
        this_runs.append(_stages_child(days, None))
        base_runs.append(_stages_child(days, src))
    this, rows = _fastest(this_runs), _fastest(base_runs)
    base = {str(r["stage"]): r for r in rows}
    best = f", fastest of {rounds} runs each" if rounds > 1 else ""
    print(f"\n{'stage':<12}{'this art/CPU-s':>16}{'baseline':>10}{'ratio':>7}   (baseline: {src}{best})")
    for r in this:
        b = base.get(str(r["stage"]))
        if b is not None:
            ours, theirs = float(r["articles_per_cpu_s"]), float(b["articles_per_cpu_s"])
            print(f"{r['stage']:<12}{ours:>16.1f}{theirs:>10.1f}{ours / theirs:>7.2f}")
    return this, rows


# Where each forked worker writes when its last task ended (see :func:`_timed_work`).
_MARKS: list[Path] = []
# The main process's id: its own tasks (run while it waits) leave no start mark.
_MARKS_PID: list[int] = [0]


def _pool_module() -> ModuleType:
    """The module of the stage pool and its worker's entry point: ``khabar.stagepool`` since
    round rf9, ``khabar.executor`` in a ``--baseline`` checkout from before it."""
    try:
        return importlib.import_module("khabar.stagepool")
    except ImportError:
        return importlib.import_module("khabar.executor")


def _timed_work(*args: object, **kwargs: object) -> object:
    """A worker's entry point, noting when its task ended. Workers forked from :func:`child`
    run it (it pickles by name from ``__main__``), so the serial tail of the run, from the
    workers' last task to the end of ingest (the writer's last batches), is measured for any
    checkout whose stage pool has ``_work``."""
    began = _MARKS[0].parent / "worker-starts" / str(os.getpid())
    if os.getpid() != _MARKS_PID[0] and not began.exists():
        began.write_text(f"{time.time()!r}", encoding="utf-8")
    try:
        return _pool_module()._timed_original(*args, **kwargs)
    finally:
        (_MARKS[0] / str(os.getpid())).write_text(f"{time.time()!r} {os.nice(0)}",
                                                  encoding="utf-8")


def _mark_worker_ends(marks: Path) -> bool:
    """Route the workers' tasks through :func:`_timed_work` where they are forked."""
    pool = _pool_module()
    if not hasattr(pool, "_work") or pool._context().get_start_method() != "fork":
        return False
    _MARKS.append(marks)
    _MARKS_PID[0] = os.getpid()
    (marks.parent / "worker-starts").mkdir()
    pool._timed_original = pool._work  # type: ignore[attr-defined]
    pool._work = _timed_work  # type: ignore[attr-defined]
    return True


# CPU seconds the main process spent running stage tasks for the workers (see :func:`_note_help`).
_HELPED: list[float] = [0.0]


def _note_help() -> None:
    """Time the stage tasks the main process runs itself while it waits for a worker
    (``StagePool.run_here`` of a task that is not a cut). That work is the workers' and only
    fills the main process's waits: on idle cores the workers would take it, so the main
    process's own path (read, cut, finish cleaning, the writer) is its CPU less this."""
    pool = getattr(_pool_module(), "StagePool", None)
    original = getattr(pool, "run_here", None)
    if pool is None or original is None:
        return

    def run_here(self: object, task: object) -> object:
        start = time.thread_time()
        try:
            return original(self, task)
        finally:
            if not getattr(task, "cut", False):
                _HELPED[0] += time.thread_time() - start

    pool.run_here = run_here


# Wall seconds the main thread spent blocked on a worker's result (see :func:`_note_waits`).
_WAITED: list[float] = [0.0]


def _note_waits() -> None:
    """Time the main thread's waits for a result not ready (``Future.result`` of a pending
    future): moments it had nothing of its own to do and no task to take over, so a core
    idled on an idle machine (round sc40: 1.5-2.8 s of a 14-18 s run of the whole corpus
    before the caller took tasks back from the pool, 0.1-0.2 s after)."""
    from concurrent.futures import Future

    original = Future.result

    def result(self: Future[object], timeout: float | None = None) -> object:
        if self.done() or threading.current_thread() is not threading.main_thread():
            return original(self, timeout)
        start = time.perf_counter()
        try:
            return original(self, timeout)
        finally:
            _WAITED[0] += time.perf_counter() - start

    Future.result = result  # type: ignore[method-assign]


def child(jobs: int, listing: Path, db: Path) -> None:
    """The measured ingest (run by :func:`end_to_end` in a new process)."""
    from khabar.ingest.api import ingest

    files = json.loads(listing.read_text(encoding="utf-8"))
    marks = db.parent / "worker-ends"
    marks.mkdir()
    marked = jobs > 1 and _mark_worker_ends(marks)
    if jobs > 1:
        _note_help()
        _note_waits()
    began = time.time()
    report = ingest(files, Config(db_path=db), jobs=jobs)
    ended = time.time()
    starts = ([float(p.read_text(encoding="utf-8")) for p in (db.parent / "worker-starts").iterdir()]
              if marked else [])
    nices = [p.read_text(encoding="utf-8").split()[1] for p in marks.iterdir()]
    ends = [float(p.read_text(encoding="utf-8").split()[0]) for p in marks.iterdir()]
    own = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({
        "stored": report.counts["new"] + report.counts["updated"],
        "main_cpu_s": own.ru_utime + own.ru_stime,
        # of it, stage tasks run for the workers while waiting for one (see _note_help)
        "helped_cpu_s": _HELPED[0],
        # wall seconds the main thread waited for a worker with nothing to do (see _note_waits)
        "waited_s": _WAITED[0] if jobs > 1 else None,
        # wall seconds from the workers' last task to the end of ingest (None: not measured)
        "tail_s": ended - max(ends) if marked and ends else None,
        # wall seconds from the start of ingest to a worker's first task: the serial start
        # (round sc41; None: not measured)
        "start_s": min(starts) - began if starts else None,
        # the workers' niceness above the caller's, as the workers found it
        # (the main process, which runs tasks too while it waits, leaves a mark at its own 0)
        "worker_nice": max(int(n) for n in nices) - os.nice(0) if nices else None,
        "peak_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        # The largest reaped descendant: the workers (stopped when ingest returns).
        "peak_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--days", type=int, default=8, help="corpus days per outlet (default 8)")
    ap.add_argument("--jobs", default="1,2",
                    help="--jobs values to compare (default 1,2; 0: per stage only)")
    ap.add_argument("--baseline", metavar="SRC",
                    help="another checkout's src/: its per-stage figures side by side, and end to end too, alternately")
    ap.add_argument("--rounds", type=int, default=1,
                    help="rounds, end to end and (with --baseline) per stage (default 1)")
    ap.add_argument("--worker-nice", metavar="N,M",
                    help="for --jobs above 1, one run per workers' niceness above the caller's"
                         " (KHABAR_WORKER_NICE; default: the executor's own), e.g. 0,4")
    ap.add_argument("--child", nargs=3, metavar=("JOBS", "LISTING", "DB"), help=argparse.SUPPRESS)
    ap.add_argument("--stages-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    try:  # as `khabar ingest` does, so the figures are the command's (a baseline may predate it)
        from khabar.executor import collect_less
    except ImportError:
        pass
    else:
        collect_less()
    if args.child:
        child(int(args.child[0]), Path(args.child[1]), Path(args.child[2]))
        return
    files = corpus_sample(args.days)
    if args.stages_child:
        rows, load = per_stage(files, Config())
        print(json.dumps({"stages": rows, "load": load}))
        return
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    cores = default_jobs()
    print(f"input: {len(files)} corpus files, {size_mb:.2f} MB; {cores} cores,"
          f" load average {os.getloadavg()[0]:.2f}, {platform.processor() or platform.machine()}")
    stages, load = per_stage(files, Config())
    print(f"\nmodels and lexicons loaded in {load:.2f} CPU-s (not in the figures below)")
    print(f"{'stage':<12}{'articles':>9}{'CPU s':>8}{'art/CPU-s':>11}{'MB/CPU-s':>10}")
    for r in stages:
        print(f"{r['stage']:<12}{r['articles']:>9}{r['cpu_s']:>8.2f}"
              f"{r['articles_per_cpu_s']:>11.1f}{r['mb_per_cpu_s']:>10.3f}")
    baseline_stages: list[dict[str, float | str]] = []
    if args.baseline:
        stages, baseline_stages = baseline_per_stage(args.days, args.baseline, stages, args.rounds)
    writer_ms, bound = amdahl(stages, cores)
    print(f"writer (store + stories): {writer_ms:.2f} CPU-ms per article; speed-up bound on"
          f" {cores} idle cores (clean and writer in order, the rest spread): {bound:.2f}x")
    codes = [None, args.baseline] if args.baseline else [None]
    jobs = [int(j) for j in args.jobs.split(",") if int(j)]
    nices: list[int | None] = ([int(n) for n in args.worker_nice.split(",")]
                               if args.worker_nice else [None])
    runs = []
    for round_ in range(args.rounds):
        for j in jobs:
            for nice in nices if j > 1 else [None]:
                for src in codes:
                    load_before = os.getloadavg()[0]
                    run = end_to_end(files, j, size_mb, cores, src, nice)
                    run.update({"round": round_ + 1, "load_before": load_before,
                                "load_after": os.getloadavg()[0]})
                    runs.append(run)
    if runs:
        print(f"\n{'code':<9}{'ingest':<10}{'nice':>5}{'articles':>9}{'wall s':>8}{'CPU s':>8}"
              f"{'main CPU s':>12}{'own ms/art':>11}{'main share':>11}{'idle est s':>12}{'own est s':>10}{'art/s':>8}{'art/CPU-s':>11}"
              f"{'MB/s':>7}{'peak main MB':>14}{'peak worker MB':>16}{'load':>11}{'tail s':>8}{'waited s':>9}{'start s':>8}")
    for run in runs:
        nice = "" if run.get("worker_nice") is None else str(run["worker_nice"])
        load = f"{run['load_before']:.1f}-{run['load_after']:.1f}"
        print(f"{run['code']:<9}--jobs {run['jobs']:<3}{nice:>5}{run['articles']:>9}"
              f"{run['wall_s']:>8.1f}{run['cpu_s']:>8.1f}{run['main_cpu_s']:>12.1f}"
              f"{run['main_own_ms_per_article']:>11.2f}"
              f"{run['main_share']:>11.2f}{run['idle_wall_estimate_s']:>12.1f}"
              f"{run['idle_own_estimate_s']:>10.1f}"
              f"{run['articles_per_s']:>8.1f}{run['articles_per_cpu_s']:>11.1f}{run['mb_per_s']:>7.3f}"
              f"{run['peak_main_mb']:>14.0f}{run['peak_worker_mb']:>16.0f}{load:>11}"
              + (f"{run['serial_tail_s']:>8.1f}" if run["serial_tail_s"] is not None else "")
              + (f"{run['main_waited_s']:>9.1f}" if run.get("main_waited_s") is not None else "")
              + (f"{run['serial_start_s']:>8.2f}" if run.get("serial_start_s") is not None else ""))
    speedups = {}
    for r in runs:  # each run against the first --jobs value of its code and round
        base = next(b for b in runs if (b["round"], b["code"]) == (r["round"], r["code"]))
        if r is not base:
            nice = "" if r.get("worker_nice") is None else f" (workers nice +{r['worker_nice']})"
            label = f"{r['code']} round {r['round']}: jobs {r['jobs']}{nice} / jobs {base['jobs']}"
            speedups[label] = {
                "measured": float(r["articles_per_s"]) / float(base["articles_per_s"]),
                "idle_estimate": (float(base["idle_wall_estimate_s"])
                                  / float(r["idle_wall_estimate_s"])),
                "idle_own_estimate": (float(base["idle_own_estimate_s"])
                                      / float(r["idle_own_estimate_s"])),
                "load": [base["load_before"], r["load_after"]],
            }
    for label, ratio in speedups.items():
        low, high = sorted(ratio["load"])
        print(f"speed-up {label}: {ratio['measured']:.2f}x measured (wall clock, same files, same"
              f" run, load average {low:.1f}-{high:.1f}); {ratio['idle_estimate']:.2f}x"
              f" estimated on idle cores, {ratio['idle_own_estimate']:.2f}x from the main"
              f" process's own path (its CPU less the stage tasks it ran for the workers)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"files": len(files), "input_mb": size_mb, "cores": cores,
                               "load_average": os.getloadavg()[0], "model_load_cpu_s": load,
                               "stages": stages, "baseline_stages": baseline_stages,
                               "writer_ms_per_article": writer_ms,
                               "amdahl_bound": bound,
                               "ingest": runs, "speedups": speedups}, indent=2) + "\n",
                   encoding="utf-8")
    print(f"\nwritten to {OUT}")


if __name__ == "__main__":
    main()

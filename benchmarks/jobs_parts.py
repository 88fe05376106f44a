"""Where the CPU of ``ingest --jobs 2`` goes beyond ``--jobs 1``, part by part and process by process.

    python benchmarks/jobs_parts.py                 # whole corpus (76 days per outlet), --jobs 1,2
    python benchmarks/jobs_parts.py --days 16 --rounds 3
    python benchmarks/jobs_parts.py --baseline /tmp/old/src   # another checkout too, alternately

Why: ``benchmarks/scale.py`` gives each run's CPU as one figure, and on a shared machine the same
run differs by 10-20% from one round to the next, more than what ``--jobs 2`` spends beyond
``--jobs 1``. Here each part is timed where it runs (thread CPU) and summed over the processes,
so a part that costs more in two processes shows as such, and the per-word work the entities
stage caches (issue 16, rounds sc52, sc54) is counted, which no load changes.

Each run is a fresh ``ingest`` child (as in ``scale.py``) whose processes each note, in their
own file: the thread CPU of each stage (``lang`` ... ``events``, and ``clean`` whole under
``--jobs 1``), of cutting records and finishing their cleaning (``--jobs 2``'s two halves of
``clean``), of the story preparation and row forms made for the writer (``for writer``: by the
writer itself under ``--jobs 1``, by the stage tasks under ``--jobs 2``), of sealing a result in
a worker and opening it in the main process (``seal``, ``open``), the main process's CPU outside
its main thread (``pool threads``: the pools' threads that hand tasks over and read results), the
garbage collector's passes (``collector``, inside the other parts), ``main other``: the main
thread's CPU outside every part (reading, the writer), and each process's CPU from
``getrusage`` (user, system) and minor page faults (a page written after a fork is copied then).
Work a process inherits at its fork is not counted in it. Cache work, per process, summed: the
tagger's word rows and sentences computed, ``deva_key`` and ``alias_key`` computed (their caches'
misses), KB surface lookups computed.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import os
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

OUT = Path(__file__).resolve().parent / "out" / "jobs_parts.json"
# The timed parts in the order printed; the stages' names are the pipeline's.
STAGES = ("clean", "lang", "entities", "time", "events")
PARTS = (*STAGES, "cut", "finish", "for writer", "seal", "open", "pool threads", "collector")
COUNTS = ("word rows", "sentences tagged", "deva_key", "alias_key", "KB surfaces")

_ACC: dict[str, float] = {}  # this process's figures (reset in a forked child)
_AT_FORK: dict[str, float] = {}  # the cache counts a forked child inherited
_OUT: list[Path] = []
_MAIN: list[int] = []
_SEEN: dict[str, Any] = {}  # the tagger's sentence cache and decoder of this process


def _add(part: str, cpu: float) -> None:
    _ACC[part] = _ACC.get(part, 0.0) + cpu


def _counts() -> dict[str, float]:
    """The entities stage's cache work so far in this process, inherited entries included."""
    from khabar.entities import kbmatch
    from khabar.entities.kb import alias_key
    from khabar.entities.translit import deva_key

    decoder = _SEEN.get("decoder")
    return {"word rows": len(decoder._rows) if decoder is not None else 0,
            "sentences tagged": len(_SEEN.get("tagged") or {}),
            "deva_key": deva_key.cache_info().misses,
            "alias_key": alias_key.cache_info().misses,
            "KB surfaces": len(kbmatch._KBCaches.hits)}


def _note() -> None:
    """Write this process's figures so far (a worker leaves through ``os._exit``: each task's
    end is noted)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    counts = {k: v - _AT_FORK.get(k, 0) for k, v in _counts().items()}
    figures = {**_ACC, **counts, "user": usage.ru_utime, "system": usage.ru_stime,
               "page faults": usage.ru_minflt, "main": os.getpid() == _MAIN[0]}
    (_OUT[0] / f"{os.getpid()}.json").write_text(json.dumps(figures), encoding="utf-8")


def _forked() -> None:
    _ACC.clear()
    _AT_FORK.clear()
    _AT_FORK.update(_counts())


def _timed(name: str, func: Callable[..., Iterator[Any]]) -> Callable[..., Iterator[Any]]:
    """A stage that times its own work: the articles it takes are made first (by the stage
    before it, timed there)."""

    def stage(articles: Iterable[Any], config: Any) -> Iterator[Any]:
        taken = list(articles)
        start = time.thread_time()
        done = list(func(taken, config))
        _add(name, time.thread_time() - start)
        yield from done

    return stage


_DEPTH: dict[str, int] = {}  # calls of each part under way (a part inside itself counts once)


def _wrap(module: Any, name: str, part: str, note: bool = False) -> None:
    original = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        _DEPTH[part] = _DEPTH.get(part, 0) + 1
        try:
            return original(*args, **kwargs)
        finally:
            _DEPTH[part] -= 1
            if not _DEPTH[part]:
                _add(part, time.thread_time() - start)
            if note and os.getpid() != _MAIN[0]:
                _note()

    setattr(module, name, timed)


def _pool_module() -> ModuleType:
    """The module of the stage pool and its worker's entry point: ``khabar.stagepool`` since
    round rf9, ``khabar.executor`` in a ``--baseline`` checkout from before it."""
    try:
        return importlib.import_module("khabar.stagepool")
    except ImportError:
        return importlib.import_module("khabar.executor")


def _sealed(*args: Any, **kwargs: Any) -> bytes:
    """A worker's entry point as the stage pool's ``_sealed_work``, the sealing timed apart
    (module level: it pickles by name from ``__main__``, which forked workers share)."""
    result = _pool_module()._work(*args, **kwargs)
    start = time.thread_time()
    data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    _add("seal", time.thread_time() - start)
    _note()
    return data


def _instrument(out: Path) -> None:
    """Time the parts in this process and the ones it forks (see the module docstring)."""
    from khabar import executor, pipeline
    from khabar.entities import tagger
    from khabar.store import db
    from khabar.stories import prepare

    _OUT.append(out)
    _MAIN.append(os.getpid())
    os.register_at_fork(after_in_child=_forked)
    for name in STAGES:
        st = pipeline.get_stage(name)
        pipeline._REGISTRY[name] = pipeline.Stage(st.name, _timed(name, st.func), st.requires,
                                                  st.assigns)
    for name, key in (("_tagged", "tagged"), ("_decoder", "decoder")):
        original = getattr(tagger, name)

        def seen(*args: Any, _original: Any = original, _key: str = key) -> Any:
            _SEEN[_key] = found = _original(*args)
            return found

        setattr(tagger, name, seen)
    pool = _pool_module()
    _wrap(pool, "cut_stage", "cut", note=True)
    _wrap(executor, "finish_cleaning", "finish")
    # the story preparation and row forms: made by attach and attach_rows in a worker's task,
    # by the writer itself under --jobs 1 (prepare, and the row's JSON and fact rows)
    for module, name in ((prepare, "attach"), (prepare, "prepare"), (db, "attach_rows"),
                         (db, "_data_json"), (db, "fact_rows")):
        _wrap(module, name, "for writer")
    _wrap(pool, "_opened", "open")

    pool._sealed_work = _sealed  # type: ignore[attr-defined]
    began: list[float] = []

    def collecting(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            began[:] = [time.thread_time()]
        elif began:
            _add("collector", time.thread_time() - began[0])

    gc.callbacks.append(collecting)


def child(jobs: int, listing: Path, out: Path) -> None:
    """The measured ingest (a fresh process per run)."""
    from khabar.config import Config
    from khabar.executor import collect_less
    from khabar.ingest.api import ingest

    collect_less()  # as `khabar ingest` does
    _instrument(out)
    files = json.loads(listing.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        ingest(files, Config(db_path=Path(tmp) / "parts.db"), jobs=jobs)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    _add("pool threads", usage.ru_utime + usage.ru_stime - time.thread_time())
    _note()


def run(files: list[Path], jobs: int, src: str | None) -> dict[str, Any]:
    """One ingest of ``files`` with ``jobs``: the main process's figures, the other processes'
    summed, and all of them summed."""
    with tempfile.TemporaryDirectory() as tmp:
        listing, out = Path(tmp) / "files.json", Path(tmp) / "processes"
        out.mkdir()
        listing.write_text(json.dumps([str(f) for f in files]), encoding="utf-8")
        env = dict(os.environ)
        if src:
            env["PYTHONPATH"] = src
        load = os.getloadavg()[0]
        subprocess.run([sys.executable, __file__, "--child", str(jobs), str(listing), str(out)],
                       check=True, env=env)
        processes = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.iterdir())]
    main = next(p for p in processes if p["main"])
    others = [p for p in processes if not p["main"]]
    keys = (*PARTS, *COUNTS, "user", "system", "page faults")
    summed = {k: sum(float(p.get(k, 0.0)) for p in processes) for k in keys}
    rest = {k: sum(float(p.get(k, 0.0)) for p in others) for k in keys}
    for figures in (summed, rest):
        figures["CPU"] = figures["user"] + figures["system"]
    main_cpu = float(main["user"]) + float(main["system"])
    timed = sum(float(main.get(k, 0.0)) for k in PARTS if k != "collector")  # inside the others
    return {"jobs": jobs, "code": "baseline" if src else "this", "processes": len(processes),
            "load": [load, os.getloadavg()[0]], "main": {**main, "CPU": main_cpu,
                                                        "main other": main_cpu - timed},
            "others": rest, "all": summed}


def _row(label: str, values: list[float], digits: int) -> str:
    return f"{label:<18}" + "".join(f"{v:>12.{digits}f}" for v in values)


def report(runs: list[dict[str, Any]]) -> None:
    """Per run: the main process, the others, all; then --jobs 2 all less --jobs 1 all."""
    for one in (r for r in runs if r["jobs"] == 1):
        pair = [r for r in runs if r["round"] == one["round"] and r["code"] == one["code"]
                and r["jobs"] > 1]
        for two in pair:
            print(f"\n{one['code']}, round {one['round']}: --jobs 1 (load {one['load'][0]:.1f}-"
                  f"{one['load'][1]:.1f}) against --jobs {two['jobs']} (load {two['load'][0]:.1f}-"
                  f"{two['load'][1]:.1f}, {two['processes']} processes)")
            print(f"{'CPU s':<18}{'jobs 1':>12}{'main':>12}{'others':>12}{'all':>12}{'extra':>12}")
            for key in (*PARTS, "main other", "user", "system", "CPU"):
                a = float(one["all"].get(key, one["main"].get(key, 0.0)))
                m = float(two["main"].get(key, 0.0))
                o = float(two["others"].get(key, 0.0)) if key != "main other" else 0.0
                print(_row(key, [a, m, o, m + o, m + o - a], 3))
            print(f"{'computed':<18}{'jobs 1':>12}{'main':>12}{'others':>12}{'all':>12}{'extra':>12}")
            for key in (*COUNTS, "page faults"):
                a = float(one["all"][key])
                m, o = float(two["main"].get(key, 0.0)), float(two["others"][key])
                print(_row(key, [a, m, o, m + o, m + o - a], 0))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--days", type=int, default=76, help="corpus days per outlet (default 76)")
    ap.add_argument("--jobs", default="1,2", help="--jobs values, 1 first (default 1,2)")
    ap.add_argument("--rounds", type=int, default=1, help="alternating rounds (default 1)")
    ap.add_argument("--baseline", metavar="SRC", help="another checkout's src/, run alternately")
    ap.add_argument("--child", nargs=3, metavar=("JOBS", "LISTING", "OUT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(int(args.child[0]), Path(args.child[1]), Path(args.child[2]))
        return
    from scale import corpus_sample

    files = corpus_sample(args.days)
    runs = []
    for round_ in range(args.rounds):
        for jobs in (int(j) for j in args.jobs.split(",")):
            for src in [None, args.baseline] if args.baseline else [None]:
                runs.append({**run(files, jobs, src), "round": round_ + 1})
    print(f"input: {len(files)} corpus files")
    report(runs)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(runs, indent=1), encoding="utf-8")
    print(f"\nwritten to {OUT}")


if __name__ == "__main__":
    main()

"""Cost per article as one store grows from 1k to 10k to 100k articles, and the clusterer at 1M.

    python benchmarks/growth.py                        # store 1k -> 10k -> 100k, clusterer 1M
    python benchmarks/growth.py --cluster 300000       # a shorter clusterer run, extrapolated
    python benchmarks/growth.py --sizes 1000,10000 --cluster 0

What is measured is the store side of ingest, the part whose cost could grow with the archive:
the writer's ``Store.put_article`` and the story layer's ``StoryWriter.place`` (check
near-duplicates, place each article, save what changed; the clusterer stays in memory for the
run), run exactly as ``khabar ingest`` runs them, in transactions of ``Config.commit_every``
articles, into one new store. ``--reload`` places each batch as a run of its own instead
(``persist.assign``: load the window from SQLite, place, save), as ingest did before issue 16. The articles are synthetic but made of real text, as ``benchmarks/stories.py`` makes
them: a real headline and 2-4 real paragraphs of corpus/hindi-covid-2020 ($KHABAR_DATA).

The NLP stages (lang, entities, time, events) run ONCE, on a pool of ``--pool`` such articles;
the growth run then stores the processed pool again and again under new ids, each pass dated
``pool / per-day`` days later than the one before. Growth is about the store, dedup and stories
side, and the stages' cost per article does not depend on the store (``benchmarks/scale.py``
measures them). With the defaults (4,000 articles, 200 a day) a pass spans 20 days, more than
the 14-day window of the near-duplicate index and of active stories, so a re-used text never
meets its earlier copy and the stream keeps its real rate of near-duplicates. What a re-used
article does not get again: its dates mentioned in the text keep the values resolved for its
first pass (the story layer does not score them; see ``khabar.stories.cluster.WEIGHTS``). The
story writer keeps stories for follow-ups up to ``persist.HORIZON`` (60 days), so with the
defaults a re-used text can join its earlier story as a follow-up, and such stories run the
whole stream; ``--per-day 60`` makes a pass span 66 days, past that horizon.

Per batch: CPU milliseconds per article (``time.process_time``, so other jobs on a shared
machine matter less than to the wall clock) of five parts: store put; story preparation
(``persist.prepared``: features, event signature and MinHash of each article, which ingest
computes in the process that analysed it, a worker under ``--jobs N``; here in the writer, as
the re-used articles' ids change); near-duplicate check (``NearDupIndex.check_add``); the
stories window (``persist.load_state``, ``load_df`` and ``save_state``); story placement (the
rest of ``assign``: scoring, joins, splits). ``--profile N`` runs cProfile from the N-th
article on (its overhead inflates small Python calls; the parts' figures then include it). Printed for the
1,000 articles before each of ``--sizes``, with the resident memory then and the peak.

Then the clusterer alone (``--cluster N``, default 1M; 0 skips it), in memory, as
``benchmarks/stories.py`` runs it (2,000 articles a day, the end-of-day eviction ingest does):
docs/s at each tenth and peak RSS; when N is under 1M the time for 1M is extrapolated from the
rate over the run's second half, and printed as an estimate. Either part runs alone with
``--sizes 0`` or ``--cluster 0`` (on a shared machine, the two at once in two processes); the
JSON keeps the other part's last figures, and the chart is drawn from both. A store run
writes its batches so far to ``growth-partial.json`` as it goes; ``--sizes 0 --cluster 0``
draws the chart (and prints the checkpoints reached) from a run that had to be stopped.

JSON in ``benchmarks/out/growth.json`` (``growth-reload.json`` with ``--reload``, which draws no
chart; ``--before`` draws an earlier run's total and memory beside this one's); the chart (matplotlib, a dev dependency) in
``benchmarks/growth.png``, the one shown in the README.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import platform
import pstats
import resource
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from stories import corpus_pool, end_of_day, synthetic
from stories_same import digest as stories_digest

from khabar import pipeline
from khabar.config import Config, default_data_dir
from khabar.executor import collect_less
from khabar.model import Article
from khabar.store.db import Store
from khabar.stories import persist
from khabar.stories.cluster import StoryClusterer
from khabar.stories.dedup import NearDupIndex

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out" / "growth.json"
CHART = ROOT / "benchmarks" / "growth.png"
START = dt.date(2020, 3, 1)
# Articles before each checkpoint over which its figure is averaged (5 batches of 200).
SPAN = 1000
# Batches between progress lines (and partial JSON writes).
PROGRESS = 25
PARTS = ("store put", "story preparation", "near-duplicate check", "stories window",
         "story placement")


class Clock:
    """CPU seconds spent inside wrapped functions, by part (wrapping, not editing, the code)."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(PARTS, 0.0)

    def wrap(self, part: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[part] += time.process_time() - start
        return timed

    def take(self) -> dict[str, float]:
        spent, self.spent = self.spent, dict.fromkeys(PARTS, 0.0)
        return spent


def rss_mib() -> float:
    """Resident memory now (not the peak), from /proc; the peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_mib()


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def processed_pool(size: int, per_day: int, config: Config, titles: list[str],
                   paras: list[str]) -> list[Article]:
    """``size`` synthetic articles (real paragraphs), ``per_day`` a day, through every stage
    after clean (the generator sets the blocks clean would)."""
    pool = []
    for n, art in enumerate(synthetic(size, titles, paras, seed=16)):
        art.id = f"pool-{n}"
        art.dct = (START + dt.timedelta(days=n // per_day)).isoformat()
        pool.append(art)
    given = list(pipeline.get_stage("clean").assigns)
    return list(pipeline.run_local(pool, config, pipeline.available_stages()[1:], given=given))


def stream(pool: list[Article], total: int, per_day: int) -> Iterator[Article]:
    """The pool again and again under new ids, each pass ``len(pool) / per_day`` days on."""
    for n in range(total):
        day = START + dt.timedelta(days=n // per_day)
        yield replace(pool[n % len(pool)], id=f"g{n}", dct=day.isoformat(),
                      published=day.isoformat())


def grow(pool: list[Article], sizes: list[int], per_day: int, config: Config, reload: bool,
         profile_from: int | None = None, digest: bool = False
         ) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """The store run: a row per batch, and a row per checkpoint of ``sizes``; profiled
    (cProfile) from article ``profile_from`` on when it is given; ``digest``: print the
    digest of the story tables at the end (``stories_same.py``: same output before and after
    a change)."""
    profiler = cProfile.Profile() if profile_from is not None else None
    clock = Clock()
    patched = {
        (NearDupIndex, "check_add"): "near-duplicate check",
        (persist, "load_state"): "stories window",
        (persist, "save_state"): "stories window",
        (persist, "load_df"): "stories window",
        (persist, "prepared"): "story preparation",
    }
    originals = {key: getattr(*key) for key in patched}
    for (owner, name), part in patched.items():
        setattr(owner, name, clock.wrap(part, getattr(owner, name)))
    batches: list[dict[str, float]] = []
    try:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "growth.db") as store:
            batch: list[Article] = []
            writer = persist.StoryWriter(store.conn, config)

            def place(arts: list[Article]) -> None:
                if reload:
                    persist.assign(store.conn, arts, config)
                else:
                    writer.place(arts)

            for n, art in enumerate(stream(pool, max(sizes), per_day)):
                if profiler is not None and n == profile_from:
                    profiler.enable()
                batch.append(art)
                if len(batch) == config.commit_every:
                    batches.append(_store_batch(store, batch, place, clock, len(batches)))
                    batch = []
                    if len(batches) % PROGRESS == 0:
                        _progress(batches)
            if batch:
                batches.append(_store_batch(store, batch, place, clock, len(batches)))
            with store.transaction():
                writer.close()
            if digest:
                for table, value in stories_digest(store.conn).items():
                    print(f"  digest {table:>18}  {value}", flush=True)
    finally:
        for (owner, name), fn in originals.items():
            setattr(owner, name, fn)
        if profiler is not None:
            profiler.disable()
            _profile_report(profiler)
    return batches, [_checkpoint(batches, size) for size in sizes]


def _profile_report(profiler: cProfile.Profile) -> None:
    """The profile's top functions (own time, then with callees), and the whole of it in
    ``growth.prof`` for ``python -m pstats`` or snakeviz."""
    OUT.parent.mkdir(parents=True, exist_ok=True)
    profiler.dump_stats(OUT.with_name("growth.prof"))
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs()
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(35)
    print(f"profile in {OUT.with_name('growth.prof')}", flush=True)


def _store_batch(store: Store, batch: list[Article], place: Callable[[list[Article]], None],
                 clock: Clock, done: int) -> dict[str, float]:
    start = time.process_time()
    with store.transaction():
        for art in batch:
            store.put_article(art)
    put = time.process_time() - start
    start = time.process_time()
    with store.transaction():
        place(batch)
    assign = time.process_time() - start
    inner = clock.take()
    row = {"articles": done * Config.commit_every + len(batch), "rss_mib": rss_mib(),
           "store put": put,
           "near-duplicate check": inner["near-duplicate check"],
           "stories window": inner["stories window"],
           "story preparation": inner["story preparation"],
           "story placement": assign - sum(inner.values())}
    for part in PARTS:  # CPU seconds of the batch -> ms per article
        row[part] = 1000 * row[part] / len(batch)
    return row


def _progress(batches: list[dict[str, float]]) -> None:
    """A line, and the batches so far in ``growth-partial.json``: a long run on a shared
    machine that has to be stopped still leaves its curve."""
    last = batches[-PROGRESS:]
    total = sum(b[p] for b in last for p in PARTS) / len(last)
    print(f"  {int(batches[-1]['articles']):>9,} articles stored  {total:6.2f} CPU ms/article"
          f"  RSS {batches[-1]['rss_mib']:5.0f} MiB", flush=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.with_name("growth-partial.json").write_text(json.dumps({"batches": batches}) + "\n",
                                                    encoding="utf-8")


def _checkpoint(batches: list[dict[str, float]], size: int) -> dict[str, float]:
    """Mean ms per article over the :data:`SPAN` articles before ``size``."""
    rows = [b for b in batches if size - SPAN < b["articles"] <= size]
    out = {"articles": float(size), "rss_mib": rows[-1]["rss_mib"]}
    for part in PARTS:
        out[part] = sum(r[part] for r in rows) / len(rows)
    out["total"] = sum(out[p] for p in PARTS)
    return out


def cluster_only(n: int, titles: list[str], paras: list[str]) -> dict[str, Any]:
    """The clusterer alone over ``n`` synthetic articles, as benchmarks/stories.py runs it."""
    cl = StoryClusterer()
    tenth = max(1, n // 10)
    points: list[tuple[int, float, float]] = []  # (articles, CPU s, wall s) so far
    cpu0, wall0 = time.process_time(), time.perf_counter()
    last_day = None
    for k, art in enumerate(synthetic(n, titles, paras), 1):
        if art.dct != last_day and last_day is not None:
            end_of_day(cl)
        last_day = art.dct
        cl.add(art)
        if k % tenth == 0 or k == n:
            points.append((k, time.process_time() - cpu0, time.perf_counter() - wall0))
            print(f"  clusterer {k:>9,} articles  {k / points[-1][1]:6.0f} docs/CPU-s"
                  f"  {k / points[-1][2]:6.0f} docs/s  RSS {rss_mib():6.0f} MiB", flush=True)
    end_of_day(cl)
    half = points[len(points) // 2 - 1] if len(points) > 1 else (0, 0.0, 0.0)
    k, cpu, wall = points[-1]
    rate_cpu = (k - half[0]) / (cpu - half[1])
    rate_wall = (k - half[0]) / (wall - half[2])
    return {"articles": n, "cpu_s": cpu, "wall_s": wall, "peak_rss_mib": peak_mib(),
            "points": points, "rate_second_half_per_cpu_s": rate_cpu,
            "million_cpu_s": cpu if n >= 1_000_000 else cpu + (1_000_000 - n) / rate_cpu,
            "million_wall_s": wall if n >= 1_000_000 else wall + (1_000_000 - n) / rate_wall,
            "extrapolated": n < 1_000_000}


def chart(batches: list[dict[str, float]], clustered: dict[str, Any] | None, title: str,
          before: list[dict[str, float]] | None = None) -> None:
    import matplotlib

    matplotlib.use("Agg")  # no display: the PNG only
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    panels = 3 if clustered else 2
    fig, axes = plt.subplots(1, panels, figsize=(5.2 * panels, 4.2), dpi=110)
    x = [b["articles"] for b in batches]
    smooth = 5  # batches (1,000 articles): a shared machine's noise, not the store's

    def rolling(values: list[float]) -> list[float]:
        return [sum(values[max(0, i - smooth + 1):i + 1]) / len(values[max(0, i - smooth + 1):i + 1])
                for i in range(len(values))]

    total = [sum(b[p] for p in PARTS) for b in batches]
    for part in PARTS:
        axes[0].plot(x, rolling([b[part] for b in batches]), label=part, linewidth=1.2)
    axes[0].plot(x, rolling(total), label="total", color="black", linewidth=1.8)
    if before:
        axes[0].plot([b["articles"] for b in before],
                     rolling([sum(b.get(p, 0.0) for p in PARTS) for b in before]),
                     label="total before (--before)", color="grey", linestyle="--", linewidth=1.4)
    axes[0].set(xscale="log", xlabel="articles in the store", ylabel="CPU ms per article",
                title="cost per article as the store grows")
    axes[0].set_ylim(bottom=0)
    axes[0].legend(fontsize=8)
    axes[1].plot(x, [b["rss_mib"] for b in batches], color="tab:purple", label="resident")
    if before:
        axes[1].plot([b["articles"] for b in before], [b["rss_mib"] for b in before],
                     label="resident before (--before)", color="grey", linestyle="--", linewidth=1.4)
        axes[1].legend(fontsize=8)
    axes[1].set(xscale="log", xlabel="articles in the store", ylabel="resident MiB",
                title="memory of the ingest process")
    axes[1].set_ylim(bottom=0)
    if clustered:
        pts = clustered["points"]
        rates = [(k - pk) / (c - pc) for (k, c, _), (pk, pc, _) in zip(pts, [(0, 0.0, 0.0), *pts],
                                                                      strict=False)]
        axes[2].plot([p[0] for p in pts], [1000 / r for r in rates], marker="o", color="tab:red")
        axes[2].set(xlabel="articles clustered", ylabel="CPU ms per article",
                    title="clusterer alone, in memory")
        axes[2].set_ylim(bottom=0)
    for ax in axes:
        ax.grid(alpha=0.3)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(CHART)


def store_part(args: argparse.Namespace, titles: list[str], paras: list[str]) -> dict[str, Any]:
    sizes = sorted(int(s) for s in args.sizes.split(","))
    config = Config()
    start = time.process_time()
    pool = processed_pool(args.pool, args.per_day, config, titles, paras)
    print(f"pool through the stages: {time.process_time() - start:.1f} CPU-s", flush=True)
    batches, points = grow(pool, sizes, args.per_day, config, args.reload, args.profile,
                           args.digest)
    print(f"\nCPU ms per article over the {SPAN} articles before each size:")
    print(f"{'articles':>9}" + "".join(f"{p:>22}" for p in (*PARTS, "total")) + f"{'RSS MiB':>9}")
    for p in points:
        print(f"{int(p['articles']):>9,}" + "".join(f"{p[k]:>22.2f}" for k in (*PARTS, "total"))
              + f"{p['rss_mib']:>9.0f}")
    first, last = points[0], points[-1]
    print(f"total at {int(last['articles']):,} / at {int(first['articles']):,}:"
          f" {last['total'] / first['total']:.2f}x (flat within 15%: 0.85-1.15x);"
          f" peak RSS {peak_mib():.0f} MiB", flush=True)
    return {"pool": args.pool, "per_day": args.per_day, "reload": args.reload, "checkpoints": points,
            "batches": batches, "peak_rss_mib": peak_mib()}


def cluster_part(n: int, titles: list[str], paras: list[str]) -> dict[str, Any]:
    print(f"\nclusterer alone, {n:,} articles:", flush=True)
    clustered = cluster_only(n, titles, paras)
    how = "extrapolated from the second half's rate" if clustered["extrapolated"] else "measured"
    print(f"1M articles: {clustered['million_cpu_s'] / 60:.1f} CPU-min,"
          f" {clustered['million_wall_s'] / 60:.1f} wall-min ({how});"
          f" peak RSS {clustered['peak_rss_mib']:.0f} MiB")
    return clustered


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="store checkpoints (0: skip)")
    ap.add_argument("--pool", type=int, default=4000, help="articles run through the stages")
    ap.add_argument("--per-day", type=int, default=200, help="articles a day in the store run")
    ap.add_argument("--cluster", type=int, default=1_000_000,
                    help="articles for the clusterer alone (0: skip)")
    ap.add_argument("--no-chart", action="store_true")
    ap.add_argument("--before", type=Path,
                    help="a growth JSON (or growth-partial.json) of an earlier checkout: its"
                    " store total drawn dashed")
    ap.add_argument("--profile", type=int, metavar="N",
                    help="cProfile the store run from its N-th article on (figures then include"
                    " the profiler's overhead)")
    ap.add_argument("--digest", action="store_true",
                    help="print a digest of the story tables at the end (compare two checkouts)")
    ap.add_argument("--reload", action="store_true",
                    help="place each batch as a run of its own (the window reloaded from SQLite)")
    args = ap.parse_args()
    if args.pool < args.per_day * 15:
        sys.exit("--pool must span more than the 14-day window: at least 15 x --per-day")
    machine = (f"{os.cpu_count()} cores, {platform.processor() or platform.machine()},"
               f" load average {os.getloadavg()[0]:.1f}")
    print(f"machine: {machine}; pool {args.pool} articles, {args.per_day} a day", flush=True)
    titles, paras = corpus_pool(default_data_dir())
    collect_less()  # as `khabar ingest` runs (its young-garbage threshold)
    made: dict[str, Any] = {}
    if args.sizes != "0":
        made["store"] = store_part(args, titles, paras)
        made["store"]["machine"] = f"{machine}, at the end {os.getloadavg()[0]:.1f}"
    if args.cluster:
        made["clusterer"] = cluster_part(args.cluster, titles, paras)
        made["clusterer"]["machine"] = f"{machine}, at the end {os.getloadavg()[0]:.1f}"
    # A part run alone (--sizes 0 or --cluster 0) keeps the other part's figures in the JSON
    # (read now, not at the start: the other part may have finished meanwhile).
    out = OUT.with_name("growth-reload.json") if args.reload else OUT
    found = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    found.update(made)
    partial = OUT.with_name("growth-partial.json")
    if "store" not in found and partial.exists():  # a stopped store run: what it measured
        batches = json.loads(partial.read_text(encoding="utf-8"))["batches"]
        sizes = [int(n) for n in args.sizes.split(",") if int(n)] or [1000, 10_000, 100_000]
        reached = [n for n in sizes if n <= batches[-1]["articles"]] + [int(batches[-1]["articles"])]
        found["store"] = {"batches": batches, "stopped": True, "machine": machine,
                          "checkpoints": [_checkpoint(batches, n) for n in sorted(set(reached))]}
        print(f"store run stopped at {reached[-1]:,} articles; its checkpoints:")
        for p in found["store"]["checkpoints"]:
            print(f"{int(p['articles']):>9,}" + "".join(f"{p[k]:>22.2f}" for k in (*PARTS, "total")))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
    print(f"written to {out}")
    if not args.no_chart and not args.reload and "store" in found:
        before = None
        if args.before:
            earlier = json.loads(args.before.read_text(encoding="utf-8"))
            before = earlier.get("store", earlier)["batches"]  # growth.json or a partial one
        chart(found["store"]["batches"], found.get("clusterer"),
              f"python benchmarks/growth.py — {found['store']['machine']}", before)
        print(f"chart in {CHART}")


if __name__ == "__main__":
    main()

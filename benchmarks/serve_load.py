"""Bounded load test of ``khabar serve`` on loopback: concurrent readers on the whole corpus.

Usage: python benchmarks/serve_load.py [--db benchmarks/out/corpus.db] [--readers 200]
       [--duration 30] [--think 1.0]

Starts ``khabar serve`` on the store (ingesting ``$KHABAR_DATA/corpus/hindi-covid-2020`` first
when the store does not exist), builds a fixed request set from the store (the largest and a
seeded sample of other stories, searches for the most mentioned entities in both scripts,
timelines of the most mentioned actors and dyads), requests each URL once (cold, reported on its
own), then runs ``--readers`` concurrent readers for ``--duration`` seconds. Each reader keeps
one keep-alive connection, asks for a story, a search or a timeline in turn and waits an
exponentially distributed think time (mean ``--think`` s) between requests, as people reading
pages do. Prints latency percentiles per kind (JSON with --json).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("story", "search", "timeline")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def summary(values: list[float], seconds: float | None = None) -> dict[str, float]:
    out = {"n": len(values), "p50_ms": percentile(values, 0.50) * 1000, "p95_ms": percentile(values, 0.95) * 1000,
           "p99_ms": percentile(values, 0.99) * 1000, "max_ms": max(values, default=float("nan")) * 1000}
    if seconds:
        out["req_per_s"] = len(values) / seconds
    return {k: round(v, 1) for k, v in out.items()}


def get_json(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=120) as response:
        return json.loads(response.read())


def request_set(base: str, seed: int = 15) -> dict[str, list[str]]:
    """A fixed set of URLs per kind, chosen from what the store holds (seeded, so reruns agree)."""
    rng = random.Random(seed)
    stories = get_json(base, "/api/stories?limit=200")["items"]
    cursor = get_json(base, "/api/stories?limit=200").get("next_cursor")
    while cursor:
        page = get_json(base, f"/api/stories?limit=200&cursor={cursor}")
        stories += page["items"]
        cursor = page["next_cursor"]
    biggest = sorted(stories, key=lambda s: (-s["articles"], s["id"]))[:20]
    sample = rng.sample(stories, min(30, len(stories)))
    story_urls = [f"/api/stories/{s['id']}" for s in biggest + sample]
    people = get_json(base, "/api/entities?type=person&limit=10")["items"]
    places = get_json(base, "/api/entities?type=location&limit=10")["items"]
    names = [e["name"] for e in people + places if e["name"]]
    hindi = ["कोरोना", "लॉकडाउन", "मोदी", "दिल्ली", "अस्पताल"]
    search_urls = [f"/api/search?q={urllib.parse.quote(q)}" for q in names + hindi]
    actors = [e["entity_id"] for e in people[:6] + places[:6]]
    timeline_urls = [f"/api/timeline?actor={urllib.parse.quote(a)}&bucket=week" for a in actors]
    timeline_urls += [f"/api/timeline?actor={urllib.parse.quote(a)}&other={urllib.parse.quote(b)}&bucket=day"
                      for a, b in zip(actors[:6], actors[6:], strict=False)]
    return {"story": story_urls, "search": search_urls, "timeline": timeline_urls}


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One GET on a keep-alive connection; returns the status."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next(int(h.split(":", 1)[1]) for h in lines[1:] if h.lower().startswith("content-length:"))
    await reader.readexactly(length)
    return status


async def reader_loop(port: int, urls: dict[str, list[str]], until: float, think: float, seed: int,
                      results: dict[str, list[float]], errors: list[str]) -> None:
    rng = random.Random(seed)
    await asyncio.sleep(rng.uniform(0, think))  # readers arrive spread out, not in one burst
    conn = await asyncio.open_connection("127.0.0.1", port)
    turn = rng.randrange(len(KINDS))
    try:
        while time.perf_counter() < until:
            kind = KINDS[turn % len(KINDS)]
            turn += 1
            path = rng.choice(urls[kind])
            start = time.perf_counter()
            try:
                status = await fetch(*conn, path)
            except (asyncio.IncompleteReadError, ConnectionError):
                # the server closed an idle keep-alive connection (uvicorn: after 5 s); reconnect,
                # as a browser does, and count the reconnection in the latency
                conn[1].close()
                conn = await asyncio.open_connection("127.0.0.1", port)
                status = await fetch(*conn, path)
            results[kind].append(time.perf_counter() - start)
            if status != 200:
                errors.append(f"{status} {path}")
            await asyncio.sleep(rng.expovariate(1 / think))
    finally:
        conn[1].close()


async def load(port: int, urls: dict[str, list[str]], readers: int, duration: float,
               think: float) -> tuple[dict[str, list[float]], list[str], float]:
    results: dict[str, list[float]] = {k: [] for k in KINDS}
    errors: list[str] = []
    start = time.perf_counter()
    until = start + duration
    await asyncio.gather(*(reader_loop(port, urls, until, think, i, results, errors) for i in range(readers)))
    return results, errors, time.perf_counter() - start


def ensure_store(db: Path) -> None:
    if db.exists():
        return
    corpus = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data")) / "corpus" / "hindi-covid-2020"
    if not corpus.is_dir():
        sys.exit(f"E040 evaluation data not found: {corpus} (set KHABAR_DATA to the shared data folder)")
    db.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "khabar.cli", "--db", str(db), "ingest", "-q", str(corpus)], check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, default=ROOT / "benchmarks" / "out" / "corpus.db")
    ap.add_argument("--readers", type=int, default=200)
    ap.add_argument("--duration", type=float, default=30.0)
    ap.add_argument("--think", type=float, default=1.0, help="mean seconds between a reader's requests")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    ensure_store(args.db)
    server = subprocess.Popen([sys.executable, "-m", "khabar.cli", "--db", str(args.db), "serve",
                               "--port", str(args.port)], stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(300):
            try:
                get_json(base, "/api/stats")
                break
            except OSError:
                time.sleep(0.1)
        stats = get_json(base, "/api/stats")
        urls = request_set(base)
        cold: dict[str, list[float]] = {k: [] for k in KINDS}
        for kind in KINDS:
            for path in urls[kind]:
                start = time.perf_counter()
                urllib.request.urlopen(base + path, timeout=120).read()
                cold[kind].append(time.perf_counter() - start)
        warm, errors, seconds = asyncio.run(load(args.port, urls, args.readers, args.duration, args.think))
    finally:
        server.terminate()
        server.wait(timeout=30)
    report = {
        "store": {"articles": stats["articles"], "events": stats["events"], "db": str(args.db)},
        "readers": args.readers, "duration_s": round(seconds, 1), "think_s": args.think,
        "urls": {k: len(v) for k, v in urls.items()},
        "cold": {k: summary(v) for k, v in cold.items()},
        "load": {k: summary(v, seconds) for k, v in warm.items()},
        "errors": errors[:10], "n_errors": len(errors),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"store: {stats['articles']} articles, {stats['events']} events; {args.readers} readers,"
          f" {seconds:.0f} s, think {args.think} s; errors {len(errors)}")
    for phase in ("cold", "load"):
        for kind, s in report[phase].items():
            print(f"{phase:>5} {kind:<9} n={s['n']:<6} p50 {s['p50_ms']:7.1f} ms  p95 {s['p95_ms']:7.1f} ms"
                  f"  p99 {s['p99_ms']:7.1f} ms  max {s['max_ms']:7.1f} ms"
                  + (f"  {s['req_per_s']:.0f} req/s" if "req_per_s" in s else ""))


if __name__ == "__main__":
    main()

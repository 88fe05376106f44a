"""One follow cycle, and the loop of ``khabar follow --every``.

A cycle (1) ingests any spool file a killed run left behind, (2) reads every feed, sitemap and
home page (conditionally) and writes the pages they list down as pending, (3) fetches the pending
pages, writing each HTML response into the cycle's WARC file in the spool as it is settled,
(4) hands that file to the ordinary ingest, exactly as ``khabar ingest crawl.warc.gz`` would,
and (5) checks the watches and sends their alerts. The WARC files stay next to the database as the archive of what was fetched.
"""

from __future__ import annotations

import asyncio
import io
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import IO, Any

from ..config import Config
from ..errors import E, KhabarError
from ..store.db import Store
from ..watch.watches import Alert
from .discover import Links, canonical, feed_links, home_feeds, sitemap_links
from .fetch import Fetched, Fetcher
from .sources import FollowPlan
from .state import FollowState

# Feeds found on a home page, and sitemaps in a sitemap index, are read in the same cycle, to
# this depth; deeper indexes wait for the next cycle.
MAX_DEPTH = 3
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass
class CycleReport:
    """What one cycle did; ``line()`` is the live progress line."""

    number: int = 1
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)
    on_change: Callable[[CycleReport], None] | None = field(default=None, repr=False)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n
        if self.on_change is not None:
            self.on_change(self)

    def fail(self, message: str) -> None:
        self.failures.append(message)
        self.add("failed")

    def line(self) -> str:
        c = self.counts
        return (f"cycle {self.number}: fetched {c['fetched']}, new {c['new']},"
                f" unchanged {c['unchanged']}, failed {c['failed']}, alerts {len(self.alerts)}")


def spool_dir(config: Config) -> Path:
    """Where fetched responses are kept as WARC files: ``<db>.fetched/`` beside the database."""
    return config.db_path.with_name(config.db_path.name + ".fetched")


def run_cycle(plan: FollowPlan, config: Config, number: int = 1,
              on_change: Callable[[CycleReport], None] | None = None) -> CycleReport:
    """Run one cycle over ``plan`` into ``config.db_path``; failures are lines in the report.
    ``on_change`` sees the report after every count it gains (the live progress line)."""
    from ..watch.sinks import deliver
    from ..watch.watches import Watchlist

    report = CycleReport(number, on_change=on_change)
    with Store(config.db_path) as store:
        state = FollowState(store)
        for left in state.unfinished_spools():
            _ingest_spool(Path(left), state, config, report)
        with _Spool(config, state) as spool:
            asyncio.run(_fetch(plan, state, report, spool))
        if spool.path is not None:
            _ingest_spool(spool.path, state, config, report)
        watchlist = Watchlist(store, config)
        report.alerts = watchlist.check()
        sinks = {w.name: w.sinks + plan.sinks for w in watchlist.all()}
        for failure in deliver(report.alerts, lambda name: sinks.get(name, ())):
            report.fail(failure)
    return report


def follow(plan: FollowPlan, config: Config, every: float | None,
           on_cycle: Callable[[CycleReport], None], cycles: int | None = None,
           sleep: Callable[[float], None] = time.sleep,
           on_change: Callable[[CycleReport], None] | None = None) -> None:
    """Run cycles: once (``every`` None), or every ``every`` seconds until ``cycles`` are done
    (forever when None). The wait is measured from the start of a cycle."""
    number = 0
    while True:
        number += 1
        started = time.monotonic()
        on_cycle(run_cycle(plan, config, number, on_change))
        if every is None or (cycles is not None and number >= cycles):
            return
        sleep(max(0.0, every - (time.monotonic() - started)))


async def _fetch(plan: FollowPlan, state: FollowState, report: CycleReport, spool: _Spool) -> None:
    async with Fetcher(plan.politeness) as fetcher:
        frontier = [(s.kind, s.url, s.external) for s in plan.sources if s.kind != "url"]
        direct = [s.url for s in plan.sources if s.kind == "url"]
        for url in direct:
            if state.page_state(url) in ("stored", "fetched"):
                report.add("unchanged")
        state.add_pages(direct)
        state.ask_again(direct)
        for _ in range(MAX_DEPTH):
            if not frontier:
                break
            frontier = await _read_indexes(fetcher, frontier, state, report)
        await _fetch_pages(fetcher, state.pending_pages(), state, report, spool)


async def _read_indexes(fetcher: Fetcher, docs: list[tuple[str, str, bool]], state: FollowState,
                        report: CycleReport) -> list[tuple[str, str, bool]]:
    results = await fetcher.fetch_all([(url, *state.validators(url)) for _, url, _ in docs])
    further: list[tuple[str, str, bool]] = []
    for (kind, url, external), got in zip(docs, results, strict=True):
        if got.error is not None:
            report.fail(got.error.message)
            continue
        if got.unchanged:
            report.add("unchanged")
            continue
        report.add("fetched")
        try:
            links = _links(kind, got, external)
        except KhabarError as exc:
            report.fail(exc.message)
            continue
        state.add_pages(list(links.pages))  # written down before the validators: see state.py
        state.save_index(url, kind, got.header("etag"), got.header("last-modified"))
        next_kind = "feed" if kind == "site" else "sitemap"
        further.extend((next_kind, u, external) for u in links.indexes)
    return further


def _links(kind: str, got: Fetched, external: bool) -> Links:
    if kind == "sitemap":
        return sitemap_links(got.url, got.body, external)
    if kind == "site":
        return home_feeds(got.url, got.body.decode("utf-8", "replace"))
    return feed_links(got.url, got.body, external)


async def _fetch_pages(fetcher: Fetcher, urls: list[str], state: FollowState, report: CycleReport,
                       spool: _Spool) -> None:
    """Fetch the pages concurrently, but settle them (spool or failure) in the order listed, each
    as soon as it and all before it are in: a kill loses only the unsettled tail, and the WARC
    file, hence the ingest order, never depends on which host answered first."""
    answered: dict[int, Fetched] = {}
    settled = 0

    async def one(index: int, url: str) -> None:
        nonlocal settled
        answered[index] = await fetcher.fetch(url)
        while settled in answered:
            _settle(urls[settled], answered.pop(settled), state, report, spool)
            settled += 1

    await asyncio.gather(*(one(i, url) for i, url in enumerate(urls)))


def _settle(url: str, got: Fetched, state: FollowState, report: CycleReport, spool: _Spool) -> None:
    if got.error is None and got.ok and got.content_type not in HTML_TYPES:
        got.error = KhabarError(E.E075, where=url, detail=got.content_type or "no Content-Type")
    if got.error is not None:
        report.fail(got.error.message)
        state.page_failed(url, got.error.message, transient=_transient(got))
        return
    report.add("fetched")
    spool.write(got)


def _transient(got: Fetched) -> bool:
    """Worth another try on a later run: timeouts, network errors, 429/503 and other 5xx."""
    assert got.error is not None
    if got.error.code in (E.E072, E.E077):
        return True
    return got.error.code is E.E073 and str(got.error.fields.get("detail", "")).startswith("5")


class _Spool:
    """This cycle's WARC file of page responses (HTTP headers kept), opened at the first page.
    Each record is flushed, then its URL marked fetched, so a kill leaves a readable prefix."""

    def __init__(self, config: Config, state: FollowState) -> None:
        self.folder = spool_dir(config).resolve()
        self.state = state
        self.path: Path | None = None
        self._fh: IO[bytes] | None = None
        self._writer: Any = None

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fh is not None:
            self._fh.close()

    def _open(self) -> None:
        from warcio.warcwriter import WARCWriter

        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        taken = len(list(self.folder.glob(f"{stamp}-*.warc.gz")))
        self.path = self.folder / f"{stamp}-{taken + 1:03d}.warc.gz"
        self._fh = self.path.open("wb")
        self._writer = WARCWriter(self._fh, gzip=True)
        self.state.spool_written(str(self.path), [])

    def write(self, got: Fetched) -> None:
        from warcio.statusandheaders import StatusAndHeaders

        if self._fh is None:
            self._open()
        assert self._fh is not None and self.path is not None
        status = f"{got.status} {HTTPStatus(got.status).phrase}"
        protocol = got.http_version if re.match(r"HTTP/\d", got.http_version) else "HTTP/1.1"
        http = StatusAndHeaders(status, got.headers, protocol=protocol)
        record = self._writer.create_warc_record(
            canonical(got.final_url or got.url), "response", payload=io.BytesIO(got.body),
            http_headers=http, warc_headers_dict={"WARC-Date": got.fetched_at.replace("+00:00", "Z")},
        )
        self._writer.write_record(record)
        self._fh.flush()
        # a redirect's target is seen too: a feed that links it directly will not fetch it again
        seen = [got.url] + ([canonical(got.final_url)] if got.final_url else [])
        self.state.spool_written(str(self.path), list(dict.fromkeys(seen)))


def _ingest_spool(path: Path, state: FollowState, config: Config, report: CycleReport) -> None:
    from ..ingest.api import ingest

    result = ingest([path], config)
    for outcome in ("new", "updated"):
        report.add("new", result.counts[outcome])
    report.add("unchanged", result.counts["unchanged"])
    for message in result.failures:
        report.fail(message)
    state.spool_ingested(str(path))

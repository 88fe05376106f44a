"""Commands that watch the news: follow feeds and sites, fetch pages, watches and their alerts."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from ..config import Config
from ..errors import E, KhabarError
from ..store.db import Store
from .base import (
    _config,
    _print_json,
    _store,
    _table,
    _user_errors,
    cli,
    err,
    json_option,
    out,
)


# -- follow and watch ----------------------------------------------------------------------------
def _duration(text: str) -> float:
    """``90s``, ``15m``, ``2h`` to seconds; a cycle more often than a minute is not polite."""
    import re

    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", text)
    if not m:
        raise KhabarError(E.E050, detail=f"--every {text!r}: expected a duration like 90s, 15m or 1h")
    seconds = float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]
    if seconds < 60:
        raise KhabarError(E.E050, detail=f"--every {text!r}: at least 1m between cycles (polite polling)")
    return seconds


@contextmanager
def _live(as_json: bool) -> Iterator[Callable[[Any], None] | None]:
    """On a terminal, the cycle's line kept up to date while it runs (replaced by the final one)."""
    if as_json or not err.is_terminal:
        yield None
        return
    with err.status("starting", spinner="dots") as status:
        yield lambda report: status.update(report.line())


def _print_cycle(report: Any, as_json: bool) -> None:
    """The live line of a cycle on stderr, its failures one line each, alerts on stdout."""
    if as_json:
        click.echo(json.dumps({"cycle": report.number, "counts": dict(report.counts),
                               "failures": report.failures,
                               "alerts": [a.to_dict() for a in report.alerts]}, ensure_ascii=False))
        return
    for line in report.failures:
        err.print(line, markup=False, highlight=False)
    for alert in report.alerts:
        _print_alert(alert)
    err.print(report.line(), markup=False, highlight=False)


def _print_alert(alert: Any) -> None:
    out.print(alert.line(), markup=False, highlight=False)
    for r in alert.reports:
        mark = "new " if r["article_id"] in alert.new_articles else ""
        where = r["url"] or r["article_id"]
        out.print(f"  {mark}{r['outlet'] or '?'} {where} [{r['start']}:{r['end']}] {r['evidence'][:120]}",
                  markup=False, highlight=False)


@cli.command()
@click.argument("sources_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--once", is_flag=True, help="Run one cycle and exit (the default without --every).")
@click.option("--every", help="Run a cycle every DURATION (90s, 15m, 1h; at least 1m) until Ctrl-C.")
@click.option("--cycles", type=int, help="With --every: stop after N cycles.")
@json_option
@click.pass_context
@_user_errors
def follow(ctx: click.Context, sources_file: Path, once: bool, every: str | None,
           cycles: int | None, as_json: bool) -> None:
    """Follow the feeds, sitemaps, home pages and URLs of SOURCES_FILE (YAML, see README).

    Each cycle fetches what is new (politely: robots.txt, one request a second per host,
    conditional GET), ingests it, and sends the alerts of your watches; one line per cycle says
    fetched, new, unchanged, failed, alerts. A killed follower resumes where it was. Exit status
    1 when the (single) cycle had failures.

    \b
    Example:
      khabar follow sources.yaml --once
      khabar follow sources.yaml --every 15m
    """
    from ..executor import collect_less
    from ..follow.cycle import follow as run_follow
    from ..follow.sources import load_sources

    collect_less()

    if once and every:
        raise KhabarError(E.E050, detail="--once and --every exclude each other")
    interval = _duration(every) if every else None
    plan = load_sources(sources_file)
    last: list[Any] = []

    def on_cycle(report: Any) -> None:
        last[:] = [report]
        _print_cycle(report, as_json)

    try:
        with _live(as_json) as on_change:
            run_follow(plan, _config(ctx), interval, on_cycle, cycles, on_change=on_change)
    except KeyboardInterrupt:
        err.print("stopped; the next run resumes where this one was", markup=False)
        return
    if interval is None and last and last[0].failures:
        sys.exit(1)


@cli.command()
@click.argument("urls", nargs=-1, required=True)
@json_option
@click.pass_context
@_user_errors
def fetch(ctx: click.Context, urls: tuple[str, ...], as_json: bool) -> None:
    """Fetch pages by URL (politely, as `follow` does) and ingest them; a page already stored
    is not fetched again. Exit status 1 when anything failed.

    \b
    Example:
      khabar fetch https://www.bbc.com/hindi/articles/c4g7xkzr4l0o
    """
    from ..follow.cycle import run_cycle
    from ..follow.discover import canonical
    from ..follow.fetch import check_scheme
    from ..follow.sources import FollowPlan, Source

    for url in urls:
        check_scheme(url)
    with _live(as_json) as on_change:
        report = run_cycle(FollowPlan(tuple(Source("url", canonical(u)) for u in urls)), _config(ctx),
                           on_change=on_change)
    _print_cycle(report, as_json)
    if report.failures:
        sys.exit(1)


@cli.group("watch")
def watch_group() -> None:
    """Watchlists: be told when a new event involves an actor or a pair you watch.

    Alerts are checked after every `ingest`, `fetch` and `follow` cycle; each merged event
    alerts once, and again when a new source reports it.

    \b
    Example:
      khabar watch add putin-xi --actor पुतिन --with China --type CONSULT
      khabar watch list
    """


@watch_group.command("add")
@click.argument("name")
@click.option("--actor", required=True,
              help="An actor taking part (any spelling; a country covers its leaders), or an actor code such as 'IND COP'.")
@click.option("--with", "other", help="A second actor taking part.")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--modality", help="happened, planned, expected, proposed, possible, ongoing, denied, …")
@click.option("--place", help="Where the event takes place.")
@click.option("--sector", help="An actor of this sector takes part (COP, GOV, JUD, HLH, …).")
@click.option("--jsonl", type=click.Path(dir_okay=False, path_type=Path), help="Also append alerts to this JSON Lines file.")
@click.option("--webhook", help="Also POST each alert as JSON to this URL (retried).")
@click.pass_context
@_user_errors
def watch_add(ctx: click.Context, name: str, actor: str, other: str | None, type_: str | None,
              modality: str | None, place: str | None, sector: str | None, jsonl: Path | None,
              webhook: str | None) -> None:
    """Add a watch. Events already stored are taken as known; alerts start with the next new one.

    \b
    Example:
      khabar watch add putin-xi --actor पुतिन --with China --type CONSULT --jsonl alerts.jsonl
      khabar watch add delhi-police --actor "IND-Delhi COP" --type COERCE
    """
    from ..follow.fetch import check_scheme
    from ..watch.watches import Watch, Watchlist

    sinks: list[str] = []
    if jsonl is not None:
        sinks.append(f"jsonl:{jsonl.resolve()}")
    if webhook is not None:
        try:
            check_scheme(webhook)
        except KhabarError as exc:
            raise KhabarError(E.E079, where=name, detail=f"--webhook: {exc.message}") from None
        sinks.append(f"webhook:{webhook}")
    watch = Watch(name, actor, other, type_, modality, place, tuple(sinks),
                  sector.upper() if sector else None)
    with _store(ctx) as store:
        known = Watchlist(store, _config(ctx)).add(watch)
    out.print(f"watching {name}: {watch.describe()} ({known} stored events already match)", markup=False)


@watch_group.command("list")
@json_option
@click.pass_context
@_user_errors
def watch_list(ctx: click.Context, as_json: bool) -> None:
    """The watches of this database.

    \b
    Example:
      khabar watch list --json
    """
    from dataclasses import asdict

    from ..watch.watches import Watchlist

    with _store(ctx) as store:
        watches = Watchlist(store, _config(ctx)).all()
    if as_json:
        _print_json([asdict(w) for w in watches])
        return
    rows = [[w.name, w.describe(), ", ".join(w.sinks) or "terminal"] for w in watches]
    out.print(_table(f"{len(rows)} watches", ["name", "watching", "also sent to"], rows))


@watch_group.command("remove")
@click.argument("name")
@click.pass_context
@_user_errors
def watch_remove(ctx: click.Context, name: str) -> None:
    """Remove a watch and what it remembers of alerts sent.

    \b
    Example:
      khabar watch remove putin-xi
    """
    from ..watch.watches import Watchlist

    with _store(ctx) as store:
        Watchlist(store, _config(ctx)).remove(name)
    out.print(f"removed watch {name}", markup=False)


def _check_watches(config: Config) -> tuple[list[Any], list[str]]:
    """Alerts of the watches after an ingest, delivered to their sinks; and delivery failures."""
    from ..watch.sinks import deliver
    from ..watch.watches import Watchlist

    with Store(config.db_path) as store:
        watchlist = Watchlist(store, config)
        alerts = watchlist.check()
        sinks = {w.name: w.sinks for w in watchlist.all()}
    return alerts, deliver(alerts, lambda name: sinks.get(name, ()))

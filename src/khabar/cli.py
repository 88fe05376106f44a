"""The ``khabar`` command line: each command is a thin shell over one API method.

User errors print one coded line on stderr (``E001 path: file not found``) and exit with status 1;
usage errors exit with 2. Every command takes ``--json`` for scripting and shows an example in its
help text.
"""

from __future__ import annotations

import functools
import json
import signal
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from . import __version__
from .config import Config
from .errors import E, KhabarError
from .store.db import Store

if TYPE_CHECKING:  # the ingest machinery is imported only by the commands that write
    from .ingest.api import IngestReport

F = TypeVar("F", bound=Callable[..., Any])

out = Console(soft_wrap=True)
if not out.is_terminal:  # piped or under make: Rich would assume 80 columns and fold every cell
    out = Console(soft_wrap=True, width=160)
err = Console(stderr=True, soft_wrap=True)


def _user_errors(func: F) -> F:
    """Turn a :class:`KhabarError` into one line on stderr and exit status 1.

    SQLite errors met after the store opened (a read-only file, pages damaged by a disk fault)
    are the user's store, not a bug: one E020 line naming the database, never a traceback.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KhabarError as exc:
            err.print(exc.message, markup=False, highlight=False)
            sys.exit(1)
        except sqlite3.DatabaseError as exc:
            ctx = click.get_current_context(silent=True)
            db = _config(ctx).db_path if ctx is not None and ctx.obj else "?"
            error = KhabarError(E.E020, where=str(db), detail=f"{exc} (restore it from a backup or"
                                " ingest again into a new file)" if "malformed" in str(exc) else str(exc))
            err.print(error.message, markup=False, highlight=False)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _config(ctx: click.Context) -> Config:
    config: Config = ctx.obj["config"]
    return config


def _store(ctx: click.Context) -> Store:
    return Store(_config(ctx).db_path)


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# Rows of the ``stories`` table by default: a screenful or two, laid out in well under 0.5 s.
STORIES_SHOWN = 50

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    return table


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="khabar")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default="khabar.db",
              show_default=True, envvar="KHABAR_DB", help="The SQLite store to use.")
@click.option("--kb", "kb_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="An extra knowledge-base file of your own (YAML/JSONL); repeatable.")
@click.option("--ner", "ner_tagger", type=click.Choice(["default", "accurate"]), default="default",
              show_default=True, envvar="KHABAR_NER",
              help="NER tagger: the fast CRF, or the e5-stacked one of khabar[accurate].")
@click.pass_context
def cli(ctx: click.Context, db: Path, kb_files: tuple[Path, ...], ner_tagger: str) -> None:
    """khabar: offline, Hindi-first news-event intelligence.

    \b
    Example:
      khabar ingest examples/ && khabar articles
    """
    ctx.ensure_object(dict)
    ctx.obj["config"] = Config(db_path=db, user_kb_paths=kb_files, ner_tagger=ner_tagger)


# -- ingest --------------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
@click.option("--jobs", "-j", type=int, default=None, envvar="KHABAR_JOBS", show_envvar=True,
              help="Worker processes for the per-article stages (default: all cores; 1 runs"
                   " everything in this process). The output is the same for any N.")
@json_option
@click.pass_context
@_user_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], quiet: bool, jobs: int | None,
           as_json: bool) -> None:
    """Ingest files, directories (recursively) or '-' (standard input).

    Formats are recognised from content: seed text (' date YYYY-MM-DD ...'), plain text/Markdown,
    HTML, WARC/WARC.gz, JSONL(.gz), RSS/Atom. Bad files are reported one line each; the rest of
    the batch is stored. Exit status 1 when anything failed.

    \b
    Example:
      khabar ingest examples/ crawl.warc.gz feed.xml
      cat articles.jsonl | khabar ingest -
    """
    from .executor import default_jobs
    from .ingest.api import ingest as run_ingest

    config = _config(ctx)
    if jobs is not None and jobs < 1:
        raise KhabarError(E.E050, detail=f"--jobs must be at least 1, not {jobs}")
    jobs = jobs or default_jobs()
    show = not quiet and not as_json and err.is_terminal
    with _stopped_by_ctrl_c():
        if show:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                          console=err, transient=True) as bar:
                task = bar.add_task("ingesting")

                def progress(path: str, counts: Any) -> None:
                    done = sum(counts[k] for k in ("new", "updated", "unchanged", "failed"))
                    bar.update(task, description=f"{done} done · {Path(path).name}")

                report = run_ingest(paths, config, progress=progress, jobs=jobs)
        else:
            report = run_ingest(paths, config, jobs=jobs)
    _report_writes(report, config, as_json, "ingested into")


def _report_writes(report: IngestReport, config: Config, as_json: bool, verb: str) -> None:
    """What ``ingest`` and ``load`` print after writing: the watches' alerts, one coded line per
    failure, the warnings, the counts; exit status 1 when anything failed."""
    alerts, undelivered = _check_watches(config)
    report.failures.extend(undelivered)
    if as_json:
        _print_json({"counts": dict(report.counts), "failures": report.failures,
                     "warnings": report.warnings, "stored": report.stored_ids,
                     "alerts": [a.to_dict() for a in alerts]})
    else:
        for alert in alerts:
            _print_alert(alert)
        for line in report.failures:
            err.print(line, markup=False, highlight=False)
        for line in report.warnings:
            err.print(f"warning: {line}", markup=False, highlight=False)
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items()))
        out.print(f"{verb} {config.db_path}: {counts or 'nothing'}", markup=False)
    if not report.ok:
        sys.exit(1)


def _stop_once(signum: int, frame: object) -> None:
    """The first Ctrl-C stops the run; the ones after it are ignored, so they cannot cut short
    the stopping (workers terminated, the open transaction rolled back) and leave it half done."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


@contextmanager
def _stopped_by_ctrl_c() -> Iterator[None]:
    """A Ctrl-C at any moment of the run is one E091 line and exit status 130 (what was committed
    stays, and the same command resumes), never a traceback and never a hang."""
    main = threading.current_thread() is threading.main_thread()  # handlers: main thread only
    previous = signal.signal(signal.SIGINT, _stop_once) if main else None
    interrupted = False
    try:
        yield
    except KeyboardInterrupt:
        interrupted = True  # further presses stay ignored until the exit: the command is over
        err.print(KhabarError(E.E091).message, markup=False, highlight=False)
        sys.exit(130)
    finally:
        if main and not interrupted:
            signal.signal(signal.SIGINT, previous)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--engine", type=click.Choice(["ray"]), required=True,
              help="Where the per-article stages run (ray: a Ray cluster, or Ray on this machine).")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="A new folder for the Parquet tables.")
@click.option("--cpus", type=click.IntRange(min=1), default=2, show_default=True,
              help="CPUs for the run: of the local Ray instance, or to use of the --address"
                   " cluster; the stage actors take one less.")
@click.option("--address", help="A running Ray cluster to use instead of a local instance.")
@click.pass_context
@_user_errors
def run(ctx: click.Context, paths: tuple[str, ...], engine: str, out_dir: Path, cpus: int,
        address: str | None) -> None:
    """Run the pipeline over PATHS on Ray and write Parquet tables to --out (no store).

    Reading and cleaning run here, in input order; lang, entities, time and events run in Ray
    actors. `khabar load DIR` then brings the folder into the store.

    \b
    Example:
      khabar run crawl/ --engine ray --out run1/ && khabar load run1/
    """
    from .engine.ray_run import run as run_ray

    report = run_ray(paths, _config(ctx), out_dir, num_cpus=cpus, address=address)
    for line in report.failures:
        err.print(line, markup=False, highlight=False)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items()))
    out.print(f"wrote {out_dir}: {counts}", markup=False)
    if report.failures:
        sys.exit(1)


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@json_option
@click.pass_context
@_user_errors
def load(ctx: click.Context, folder: Path, as_json: bool) -> None:
    """Bring a `khabar run` folder into the store, as `khabar ingest` would have stored it.

    \b
    Example:
      khabar load run1/
    """
    from .engine.load import load as load_run

    config = _config(ctx)
    with _stopped_by_ctrl_c():
        report = load_run(folder, config)
    _report_writes(report, config, as_json, "loaded into")  # watches see loaded events too


# -- browse --------------------------------------------------------------------------------------
@cli.command()
@click.option("--limit", "-n", type=click.IntRange(min=0), default=None, help="Show at most N articles.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--since", help="Only articles dated on or after YYYY-MM-DD.")
@click.option("--until", help="Only articles dated on or before YYYY-MM-DD.")
@click.option("--status", type=click.Choice(["ok", "no_text", "unsupported_language", "too_large"]))
@json_option
@click.pass_context
@_user_errors
def articles(ctx: click.Context, limit: int | None, outlet: str | None, since: str | None,
             until: str | None, status: str | None, as_json: bool) -> None:
    """List stored articles (current versions).

    \b
    Example:
      khabar articles --since 2026-02-01 --outlet "Live Hindustan"
    """
    from .query import date_option

    since, until = date_option(since, "--since"), date_option(until, "--until")
    with _store(ctx) as store:
        rows = store.list_articles(limit=limit, outlet=outlet, since=since, until=until, status=status)
    if as_json:
        _print_json([dict(r) for r in rows])
        return
    out.print(_table(f"{len(rows)} articles", ["id", "date", "outlet", "lang", "status", "title"],
                     [[r["id"], r["dct"], r["outlet"], r["language"], r["status"],
                       (r["title"] or "")[:80]] for r in rows]))


@cli.command()
@click.argument("article_id")
@click.option("--version", "version", type=click.IntRange(min=1), default=None, help="A stored earlier version.")
@click.option("--all-lines", is_flag=True, help="Also show boilerplate lines.")
@json_option
@click.pass_context
@_user_errors
def show(ctx: click.Context, article_id: str, version: int | None, all_lines: bool,
         as_json: bool) -> None:
    """Show one article: metadata with provenance, cleaned body, facts found.

    ARTICLE_ID may be a unique prefix.

    \b
    Example:
      khabar show cf99c38d
    """
    with _store(ctx) as store:
        art = store.get_article(article_id, version)
        versions = [dict(v) for v in store.versions(art.id)]
    if as_json:
        data = art.to_dict()
        data["versions"] = versions
        _print_json(data)
        return
    meta = [("id", art.id), ("version", f"{version or next(v['version'] for v in versions if v['is_current'])} of {len(versions)}"),
            ("source", f"{art.source_path} {art.record}".strip()), ("kind", art.source_kind),
            ("outlet", art.outlet), ("title", art.title), ("authors", ", ".join(art.authors) or None),
            ("published", art.published), ("dct", art.dct), ("language", art.language),
            ("wire", art.wire), ("dateline", art.dateline), ("status", art.status)]
    for name, value in meta:
        if value:
            source = art.provenance.get(name)
            out.print(f"[bold]{name:>10}[/] {value}" + (f"  [dim]({source})[/]" if source else ""))
    out.print()
    if art.blocks:
        for block in art.blocks:
            if all_lines or block.label in ("title", "subheading", "summary", "body"):
                out.print(f"[dim]{block.line:>3} {block.label:<11}[/] {art.text[block.start:block.end]}")
    else:  # no lines classified (a too_large article): plain text, rich would lay out every MB
        click.echo(art.text)
    out.print()
    out.print(f"[dim]{len(art.sentences)} sentences, {len(art.mentions)} mentions, "
              f"{len(art.timexes)} dates, {len(art.events)} events, {len(art.quotes)} quotes; "
              f"warnings: {len(art.warnings)}[/]")


@cli.command()
@click.argument("query")
@click.option("--limit", "-n", type=int, default=20, show_default=True)
@json_option
@click.pass_context
@_user_errors
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search in titles and bodies (Hindi and English).

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", prefix*, AND/OR/NOT.

    \b
    Example:
      khabar search 'पुतिन'
      khabar search '"वीडियो कॉल"'
      khabar search 'जिनपि*'
    """
    with _store(ctx) as store:
        rows = store.search(query, limit=limit)
    if as_json:
        _print_json([dict(r) for r in rows])
        return
    out.print(_table(f"{len(rows)} results for {query}", ["id", "date", "outlet", "title", "snippet"],
                     [[r["id"], r["dct"], r["outlet"], (r["title"] or "")[:60], r["snippet"]] for r in rows]))


@cli.command()
@json_option
@click.pass_context
@_user_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts of what the store holds.

    \b
    Example:
      khabar stats --json
    """
    with _store(ctx) as store:
        data = store.stats()
    if as_json:
        _print_json(data)
        return
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        elif isinstance(value, list):
            value = " … ".join(str(v) for v in value)
        out.print(f"[bold]{key:>18}[/] {value}")


# -- entities, dates, events, quotes ---------------------------------------------------------------
@cli.command()
@click.option("--type", "type_", help="person, location, organisation, group, event, or a fine type (COUNTRY, CITY, …).")
@click.option("--story", help="Only entities of this story.")
@click.option("--limit", "-n", type=int, default=50, show_default=True)
@json_option
@click.pass_context
@_user_errors
def entities(ctx: click.Context, type_: str | None, story: str | None, limit: int, as_json: bool) -> None:
    """List entities, most mentioned first.

    \b
    Example:
      khabar entities --type PERSON
    """
    from .query import entity_list

    with _store(ctx) as store:
        rows = entity_list(store, type_=type_, story=story, limit=limit)
    if as_json:
        _print_json(rows)
        return
    out.print(_table(f"{len(rows)} entities", ["id", "name", "type", "mentions", "articles"],
                     [[r["entity_id"], r["name"], r["type"], r["mentions"], r["articles"]] for r in rows]))


@cli.command()
@click.argument("name")
@json_option
@click.pass_context
@_user_errors
def entity(ctx: click.Context, name: str, as_json: bool) -> None:
    """One entity by name (Hindi or English, any spelling): variants, articles, co-occurring
    entities and the timeline of its mentions.

    \b
    Example:
      khabar entity Putin
      khabar entity पुतिन
    """
    from .query import entity_profile

    with _store(ctx) as store:
        data = entity_profile(store, _config(ctx), name)
    if as_json:
        _print_json(data)
        return
    out.print(f"[bold]{data['name']}[/]  {data['type'] or ''}  [dim]{data['id']}[/]")
    if data["kb"] and data["kb"]["roles"]:
        for role in data["kb"]["roles"]:
            out.print(f"  role: {role['title']} {role.get('of') or ''} {role.get('start') or ''}–{role.get('end') or ''}", markup=False)
    out.print("  variants: " + ", ".join(f"{k} ({v})" for k, v in data["variants"].items()), markup=False)
    if data["roles"]:
        out.print("  roles in text: " + "; ".join(data["roles"]), markup=False)
    out.print(_table("articles", ["id", "date", "outlet", "mentions", "title"],
                     [[a["id"], a["date"], a["outlet"], a["mentions"], (a["title"] or "")[:60]] for a in data["articles"]]))
    out.print("  with: " + ", ".join(f"{c['name']} ({c['articles']})" for c in data["co_occurring"]), markup=False)
    out.print("  timeline: " + ", ".join(f"{d}: {n}" for d, n in data["timeline"].items()), markup=False)


@cli.command()
@click.argument("article_id")
@json_option
@click.pass_context
@_user_errors
def dates(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Temporal expressions of one article, each with its value and reference date.

    \b
    Example:
      khabar dates cf99c38d
    """
    from .query import article_dates

    with _store(ctx) as store:
        data = article_dates(store, article_id)
    if as_json:
        _print_json(data)
        return
    out.print(f"{data['id']}: {data['reference']}", markup=False)
    out.print(_table(f"{len(data['timexes'])} dates", ["text", "type", "value", "reference", "offsets", "also"],
                     [[t["text"], t["type"], t["value"], f"{t['reference']} ({t['reference_source']})",
                       f"{t['start']}-{t['end']}", ", ".join(t["alternatives"])] for t in data["timexes"]]))


def _event_rows(events: list[Any]) -> list[list[Any]]:
    rows = []
    for ev in events:
        source = ", ".join(ev.names.get(i, i) for i in ev.source)
        target = ", ".join(ev.names.get(i, i) for i in ev.target)
        rows.append([ev.date or "-", ev.type or "-", ev.mode or "", source, target, ev.modality,
                     len(ev.articles), ev.reports[0].evidence[:90] if ev.reports else ""])
    return rows


_EVENT_COLUMNS = ["date", "type", "mode", "source", "target", "modality", "reports", "evidence"]


@cli.command()
@click.option("--actor", "actors", multiple=True, help="An actor taking part (repeat for a dyad).")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--since", help="Events dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Events dated on or before.")
@click.option("--modality", type=click.Choice(["happened", "planned", "expected", "proposed", "possible", "ongoing", "denied", "hypothetical", "reported"]))
@click.option("--sector", help="An actor of this sector takes part (GOV, COP, JUD, MIL, CVL, ...).")
@json_option
@click.pass_context
@_user_errors
def events(ctx: click.Context, actors: tuple[str, ...], type_: str | None, since: str | None,
           until: str | None, modality: str | None, sector: str | None, as_json: bool) -> None:
    """Events merged across the articles that report them. --actor takes a name, an entity id
    or an actor code ("IND COP": any Indian police; "IND-Delhi COP": Delhi Police).

    \b
    Example:
      khabar events --actor पुतिन --actor "Xi Jinping" --since 2026-02
      khabar events --actor "IND COP" --type COERCE
      khabar events --sector GOV --json
    """
    from .query import as_json as plain
    from .query import date_option, merged_events

    since, until = date_option(since, "--since"), date_option(until, "--until")
    with _store(ctx) as store:
        found = merged_events(store, _config(ctx), actors, type_, since, until, modality, sector)
    if as_json:
        _print_json(plain(found))
        return
    out.print(_table(f"{len(found)} events", _EVENT_COLUMNS, _event_rows(found)))


@cli.command()
@click.option("--speaker", help="Only quotes of this speaker (any spelling).")
@json_option
@click.pass_context
@_user_errors
def quotes(ctx: click.Context, speaker: str | None, as_json: bool) -> None:
    """Quotes: who said what, with the cue and whether direct or reported.

    \b
    Example:
      khabar quotes --speaker Ushakov
    """
    from .query import quotes as find_quotes

    with _store(ctx) as store:
        found = find_quotes(store, _config(ctx), speaker)
    if as_json:
        _print_json(found)
        return
    out.print(_table(f"{len(found)} quotes", ["date", "speaker", "cue", "kind", "text", "article"],
                     [[q["date"], q["speaker_name"], q["cue"], q["kind"], q["text"][:120], q["article"]] for q in found]))


@cli.command()
@click.argument("actor")
@click.argument("other", required=False)
@json_option
@click.pass_context
@_user_errors
def timeline(ctx: click.Context, actor: str, other: str | None, as_json: bool) -> None:
    """Events of an actor, or between two actors, over time, with counts per type.

    \b
    Example:
      khabar timeline Russia China
    """
    from .query import actor_timeline
    from .query import as_json as plain

    with _store(ctx) as store:
        data = actor_timeline(store, _config(ctx), actor, other)
    if as_json:
        _print_json(plain(data))
        return
    out.print("counts: " + (", ".join(f"{k} {v}" for k, v in data["counts"].items()) or "none"), markup=False)
    out.print(_table(f"{len(data['events'])} events", _EVENT_COLUMNS, _event_rows(data["events"])))


# -- stories -------------------------------------------------------------------------------------
@cli.command()
@click.option("--since", help="Stories active on or after YYYY-MM-DD.")
@click.option("--entity", help="Only stories mentioning this entity (any spelling).")
@click.option("--lang", help="Only stories with articles in this language (hi, en, …).")
@click.option("--limit", "-n", type=int, default=None,
              help=f"Show at most N stories, newest first (default: {STORIES_SHOWN} in the table,"
                   " all with --json; 0: all).")
@json_option
@click.pass_context
@_user_errors
def stories(ctx: click.Context, since: str | None, entity: str | None, lang: str | None, limit: int | None,
            as_json: bool) -> None:
    """Stories: articles on the same event across outlets, days and languages.

    The table shows the newest stories and a line saying how many more there are: laying out
    every row of a whole corpus (over a thousand) took a second, and no one reads it on a terminal.

    \b
    Example:
      khabar stories --since 2026-02-01 --entity पुतिन
      khabar stories -n 0
    """
    from .query import as_json as plain
    from .query import date_option
    from .query import stories as list_stories

    if limit is not None and limit < 0:
        raise KhabarError(E.E050, detail=f"--limit {limit}: expected 0 (all) or a positive number")
    since = date_option(since, "--since")
    with _store(ctx) as store:
        found = list_stories(store, since=since, entity=entity, lang=lang, config=_config(ctx))
    if limit is None:
        limit = 0 if as_json else STORIES_SHOWN
    shown = found[:limit] if limit else found
    if as_json:
        _print_json(plain(shown))
        return
    out.print(_table(f"{len(found)} stories", ["id", "from", "to", "articles", "outlets", "langs", "title"],
                     [[s.id, s.first_date, s.last_date, s.n_articles, ", ".join(s.outlets),
                       ", ".join(s.languages), (s.title or "")[:70]] for s in shown]))
    if len(shown) < len(found):
        out.print(f"… {len(found) - len(shown)} more (khabar stories -n 0 shows all)", markup=False,
                  highlight=False)


@cli.command()
@click.argument("story_id")
@click.option("--why", is_flag=True, help="For each member: what joined it and to whom.")
@json_option
@click.pass_context
@_user_errors
def story(ctx: click.Context, story_id: str, why: bool, as_json: bool) -> None:
    """One story: summary with citations, sources, entities, events, and what each source adds.

    \b
    Example:
      khabar story st-234726c58f08
      khabar story st-234726c58f08 --why
    """
    from .query import as_json as plain
    from .query import story as story_view

    with _store(ctx) as store:
        view = story_view(store, story_id)
    if as_json:
        _print_json(plain(view))
        return
    out.print(f"[bold]{view.title or '(untitled)'}[/]  [dim]{view.id}[/]")
    out.print(f"{view.first_date} … {view.last_date} · {', '.join(view.outlets) or 'unknown outlets'}"
              f" · {', '.join(view.languages)}" + (f" · wire: {', '.join(view.wires)}" if view.wires else ""), markup=False)
    out.print("\n[bold]Summary[/]")
    for c in view.summary:
        out.print(f"• {c.text} [dim][{c.article_id} {c.start}-{c.end}][/]")
    out.print(_table("sources", ["id", "date", "outlet", "title"],
                     [[a.get("id"), a.get("date"), a.get("outlet"), (a.get("title") or "")[:60]] for a in view.articles]))
    if view.entities:
        out.print("entities: " + ", ".join(f"{name} ({n})" for _, name, n in view.entities[:15]), markup=False)
    for ev in view.events:
        out.print(f"event: {ev}", markup=False)
    for article_id, facts in view.adds.items():
        out.print(f"\n[bold]Only in {article_id}[/]")
        for c in facts[:8]:
            out.print(f"  {c.kind}: {c.text[:140]}", markup=False)
    if why:
        from .stories.view import why_lines

        out.print("\n[bold]Why[/]")
        for line in why_lines(view):
            out.print(line, markup=False)


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
    from .follow.cycle import follow as run_follow
    from .follow.sources import load_sources

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
    from .follow.cycle import run_cycle
    from .follow.discover import canonical
    from .follow.fetch import check_scheme
    from .follow.sources import FollowPlan, Source

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
    from .follow.fetch import check_scheme
    from .watch.watches import Watch, Watchlist

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

    from .watch.watches import Watchlist

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
    from .watch.watches import Watchlist

    with _store(ctx) as store:
        Watchlist(store, _config(ctx)).remove(name)
    out.print(f"removed watch {name}", markup=False)


def _check_watches(config: Config) -> tuple[list[Any], list[str]]:
    """Alerts of the watches after an ingest, delivered to their sinks; and delivery failures."""
    from .watch.sinks import deliver
    from .watch.watches import Watchlist

    with Store(config.db_path) as store:
        watchlist = Watchlist(store, config)
        alerts = watchlist.check()
        sinks = {w.name: w.sinks for w in watchlist.all()}
    return alerts, deliver(alerts, lambda name: sinks.get(name, ()))


# -- eval ----------------------------------------------------------------------------------------
@cli.group("eval")
def eval_group() -> None:
    """Score khabar on gold data (folder from KHABAR_DATA, default ../shared/data).

    Each evaluation prints a table, or JSON with --json.

    \b
    Example:
      khabar eval boilerplate --json
    """


def print_report(report: Any, as_json: bool) -> None:
    if as_json:
        _print_json(report.to_dict())
        return
    rows = [[_fmt(r.get(c)) for c in report.columns] for r in report.rows]
    out.print(_table(f"{report.name} (data {report.data_digest})", report.columns, rows))
    for note in report.notes:
        out.print(f"[dim]{note}[/]", markup=True)


@eval_group.command("boilerplate")
@click.option("--limit", type=int, help="Only the first N pages of each set.")
@json_option
@click.pass_context
@_user_errors
def eval_boilerplate(ctx: click.Context, limit: int | None, as_json: bool) -> None:
    """Main-text extraction vs plain trafilatura and jusText (scrapinghub AEB, trafilatura eval).

    \b
    Example:
      khabar eval boilerplate --limit 50
    """
    from .eval.boilerplate import evaluate

    print_report(evaluate(_config(ctx), limit=limit), as_json)


@eval_group.command("ner")
@click.option("--limit", type=int, help="Only the first N sentences of each set.")
@json_option
@click.pass_context
@_user_errors
def eval_ner(ctx: click.Context, limit: int | None, as_json: bool) -> None:
    """Span P/R/F1 per type and words/s on IL-NER dev and HiNER's evaluation half: tagger, KB,
    rules, combined.

    \b
    Example:
      khabar eval ner --json
    """
    from .eval.ner import evaluate

    print_report(evaluate(_config(ctx), limit=limit), as_json)


@eval_group.command("time")
@click.option("--limit", type=int, help="Only the first N documents of each set.")
@click.option("--no-baselines", is_flag=True, help="Skip dateparser/HeidelTime.")
@json_option
@click.pass_context
@_user_errors
def eval_time(ctx: click.Context, limit: int | None, no_baselines: bool, as_json: bool) -> None:
    """Hindi span F1 and type accuracy (ILTIMEX 2012); English value accuracy (TempEval-3,
    MEANTIME); baselines side by side.

    \b
    Example:
      khabar eval time --limit 50
    """
    from .eval.time import evaluate

    print_report(evaluate(_config(ctx), baselines_on=not no_baselines, limit=limit), as_json)


@eval_group.command("events")
@click.option("--limit", type=int, help="Only the first N Hindi disaster documents.")
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the Hindi COVID gold predictions here (JSONL for score_events.py).")
@json_option
@click.pass_context
@_user_errors
def eval_events(ctx: click.Context, limit: int | None, predictions: Path | None,
                as_json: bool) -> None:
    """Event type and actor scores (PLOVER GSR), Hindi disaster triggers and arguments, seeds
    gold, and the Hindi COVID event gold (whole day files, tune and check halves).

    \b
    Example:
      khabar eval events --predictions /tmp/pred.jsonl
      python3 ../shared/tools/score_events.py GOLD.yaml /tmp/pred.jsonl
    """
    from .eval.events import evaluate

    print_report(evaluate(_config(ctx), limit=limit, predictions_out=predictions), as_json)


@eval_group.command("stories")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the disaster-gold clustering as JSON Lines for shared/tools/score_clusters.py.")
@click.option("--days", is_flag=True,
              help="Also score the two hand-gold COVID days (tests/data/stories of a checkout).")
@json_option
@click.pass_context
@_user_errors
def eval_stories(ctx: click.Context, gold: tuple[Path, ...], predictions: Path | None, days: bool,
                 as_json: bool) -> None:
    """Story clustering against gold files (B-cubed and pairwise P/R/F1 beside all-singletons);
    without GOLD, the disaster development gold of the data folder (halves tune/report).

    \b
    Example:
      khabar eval stories
      khabar eval stories --days
      khabar eval stories tests/data/stories/hindi-covid-2020-04-01.yaml
    """
    from .eval.stories import DISASTER_GOLD, day_golds, evaluate

    config = _config(ctx)
    paths = list(gold or (config.data_dir / DISASTER_GOLD,))
    paths += day_golds(Path.cwd()) if days else []
    reports = [evaluate(config, path, predictions=predictions) for path in paths]
    if as_json and len(reports) > 1:
        _print_json([r.to_dict() for r in reports])
        return
    for report in reports:
        print_report(report, as_json)


@eval_group.command("segmentation")
@json_option
@click.pass_context
@_user_errors
def eval_segmentation(ctx: click.Context, as_json: bool) -> None:
    """Daily-dump splitting against every article's span (hindi-covid-events-dev segmentation
    gold): exact-span accuracy and boundary P/R/F1.

    \b
    Example:
      khabar eval segmentation
    """
    from .eval.segmentation import evaluate

    print_report(evaluate(_config(ctx)), as_json)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


@cli.group("train")
def train_group() -> None:
    """Train khabar's own small models from the shared data.

    \b
    Example:
      khabar train ner
    """


@train_group.command("ner")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Where to write the model (default: the packaged one).")
@json_option
@click.pass_context
@_user_errors
def train_ner(ctx: click.Context, out_path: Path | None = None, as_json: bool = False, **kw: Any) -> None:
    """Train the Hindi NER tagger (CRF) on IL-NER train and HiNER's first half; minutes on 2 cores.

    \b
    Example:
      khabar train ner
    """
    from .entities.tagger import train_ner as train

    stats = train(_config(ctx), kw.get("out") or out_path)
    if as_json:
        _print_json(stats)
    else:
        for key, value in stats.items():
            out.print(f"{key}: {value}", markup=False)


# -- serve, export, import -----------------------------------------------------------------------
@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option("--sql", is_flag=True, help="Also mount datasette read-only at /sql/ (needs the sql extra).")
@click.pass_context
@_user_errors
def serve(ctx: click.Context, host: str, port: int, sql: bool) -> None:
    """Serve the store read-only: web pages at /, the HTTP API at /api, its reference at /api/docs.

    Ingest through POST /api/ingest is enabled only when KHABAR_TOKEN is set.

    \b
    Example:
      khabar --db khabar.db serve --port 8000
      khabar --db khabar.db serve --sql    # ad-hoc SQL at /sql/
    """
    from .serve import run

    run(_config(ctx), host=host, port=port, sql=sql)


@cli.command("export")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt"]), default="jsonl",
              show_default=True, help="jsonl: every object; csv/parquet: events; gdelt: GDELT 2.0 event table.")
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Output file (default: standard output).")
@click.option("--since", help="Only articles and events dated on or after YYYY-MM-DD.")
@click.option("--story", help="Only the articles and events of this story.")
@click.option("--type", "type_", help="Only events of this PLOVER type (and, for jsonl, their articles).")
@click.pass_context
@_user_errors
def export_cmd(ctx: click.Context, fmt: str, out: Path | None, since: str | None, story: str | None,
               type_: str | None) -> None:
    """Export the store for other tools.

    \b
    Example:
      khabar export --format gdelt --out events.tsv
      khabar export --format jsonl --since 2026-02-01 > khabar.jsonl
    """
    from .export import export

    counts = export(_config(ctx), fmt, out, since=since, story=story, type_=type_)
    err.print(f"exported {', '.join(f'{k} {v}' for k, v in counts.items())}", markup=False, highlight=False)


@cli.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
@_user_errors
def import_cmd(ctx: click.Context, path: Path) -> None:
    """Load a JSON Lines export into an empty store (the round trip of ``export --format jsonl``).

    \b
    Example:
      khabar --db copy.db import khabar.jsonl
    """
    from .export import import_jsonl

    counts = import_jsonl(_config(ctx), path)
    out.print(f"imported into {_config(ctx).db_path}: " + ", ".join(f"{k} {v}" for k, v in counts.items()), markup=False)


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()

"""The ``khabar`` command line: each command is a thin shell over one API method.

User errors print one coded line on stderr (``E001 path: file not found``) and exit with status 1;
usage errors exit with 2. Every command takes ``--json`` for scripting and shows an example in its
help text.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from . import __version__
from .config import Config
from .errors import KhabarError
from .store.db import Store

F = TypeVar("F", bound=Callable[..., Any])

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def _user_errors(func: F) -> F:
    """Turn a :class:`KhabarError` into one line on stderr and exit status 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KhabarError as exc:
            err.print(exc.message, markup=False, highlight=False)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


def _config(ctx: click.Context) -> Config:
    config: Config = ctx.obj["config"]
    return config


def _store(ctx: click.Context) -> Store:
    return Store(_config(ctx).db_path)


def _print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


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
@click.pass_context
def cli(ctx: click.Context, db: Path) -> None:
    """khabar: offline, Hindi-first news-event intelligence.

    \b
    Example:
      khabar ingest examples/ && khabar articles
    """
    ctx.ensure_object(dict)
    ctx.obj["config"] = Config(db_path=db)


# -- ingest --------------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress display.")
@json_option
@click.pass_context
@_user_errors
def ingest(ctx: click.Context, paths: tuple[str, ...], quiet: bool, as_json: bool) -> None:
    """Ingest files, directories (recursively) or '-' (standard input).

    Formats are recognised from content: seed text (' date YYYY-MM-DD ...'), plain text/Markdown,
    HTML, WARC/WARC.gz, JSONL(.gz), RSS/Atom. Bad files are reported one line each; the rest of
    the batch is stored. Exit status 1 when anything failed.

    \b
    Example:
      khabar ingest examples/ crawl.warc.gz feed.xml
      cat articles.jsonl | khabar ingest -
    """
    from .ingest.api import ingest as run_ingest

    config = _config(ctx)
    show = not quiet and not as_json and err.is_terminal
    if show:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("ingesting")

            def progress(path: str, counts: Any) -> None:
                done = sum(counts[k] for k in ("new", "updated", "unchanged", "failed"))
                bar.update(task, description=f"{done} done · {Path(path).name}")

            report = run_ingest(paths, config, progress=progress)
    else:
        report = run_ingest(paths, config)
    if as_json:
        _print_json({"counts": dict(report.counts), "failures": report.failures,
                     "warnings": report.warnings, "stored": report.stored_ids})
    else:
        for line in report.failures:
            err.print(line, markup=False, highlight=False)
        for line in report.warnings:
            err.print(f"warning: {line}", markup=False, highlight=False)
        counts = ", ".join(f"{k} {v}" for k, v in sorted(report.counts.items()))
        out.print(f"ingested into {config.db_path}: {counts or 'nothing'}", markup=False)
    if not report.ok:
        sys.exit(1)


# -- browse --------------------------------------------------------------------------------------
@cli.command()
@click.option("--limit", "-n", type=int, default=None, help="Show at most N articles.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--since", help="Only articles dated on or after YYYY-MM-DD.")
@click.option("--until", help="Only articles dated on or before YYYY-MM-DD.")
@click.option("--status", type=click.Choice(["ok", "no_text", "unsupported_language"]))
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
@click.option("--version", "version", type=int, default=None, help="A stored earlier version.")
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
    meta = [("id", art.id), ("version", f"{next(v['version'] for v in versions if v['is_current'])} of {len(versions)}"),
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
    else:
        out.print(art.text, markup=False)
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


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()

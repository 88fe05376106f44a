"""What every command shares: the ``khabar`` group, the consoles, coded user errors, JSON output."""

from __future__ import annotations

import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from .. import __version__
from ..config import Config
from ..errors import E, KhabarError
from ..store.db import Store

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


def _read_store(ctx: click.Context) -> Store:
    """The store a reading command reads: it must exist (a mistyped ``--db`` used to create an
    empty store silently and answer "0 events"). ``stats`` keeps making a new store: its zeros
    are the true answer, and scripts use it to create one."""
    path = _config(ctx).db_path
    if str(path) != ":memory:" and not Path(path).exists():
        raise KhabarError(E.E025, detail=str(path))
    return Store(path)


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

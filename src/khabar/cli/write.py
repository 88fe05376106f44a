"""Commands that move data in and out of the store: ingest, run, load, export, import."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..config import Config
from ..errors import E, KhabarError
from .base import (
    _config,
    _print_json,
    _user_errors,
    cli,
    err,
    json_option,
    out,
)
from .follow import _check_watches, _print_alert

if TYPE_CHECKING:  # the ingest machinery is imported only by the commands that write
    from ..ingest.api import IngestReport


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
    from ..executor import collect_less, default_jobs
    from ..ingest.api import ingest as run_ingest

    collect_less()
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
                    _stop_if_pressed()
                    done = sum(counts[k] for k in ("new", "updated", "unchanged", "failed"))
                    bar.update(task, description=f"{done} done · {Path(path).name}")

                report = run_ingest(paths, config, progress=progress, jobs=jobs)
        else:
            report = run_ingest(paths, config, progress=_stop_if_pressed, jobs=jobs)
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


class _Press:
    """Whether the running command's Ctrl-C handler has fired.

    Why: the handler's KeyboardInterrupt can be swallowed. Raised while CPython runs a finaliser
    (a ``__del__`` during garbage collection, a weakref callback), it is printed as "Exception
    ignored in ..." and the code goes on; the later presses are ignored by design, so the run went
    on to the end and exited 0 (tests/test_resume.py under load, the press landing in the regex
    module's ``SetBase.__del__``). The press is therefore also recorded here and acted on at the
    next safe point: after every ingested record, and when the command's work is done."""

    seen = False


def _stop_once(signum: int, frame: object) -> None:
    """The first Ctrl-C stops the run; the ones after it are ignored, so they cannot cut short
    the stopping (workers terminated, the open transaction rolled back) and leave it half done."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _Press.seen = True
    raise KeyboardInterrupt


def _stop_if_pressed(*_progress: object) -> None:
    """Stop here if a press was seen whose KeyboardInterrupt a finaliser swallowed (ingest calls
    this after every record, as its progress callback)."""
    if _Press.seen:
        raise KeyboardInterrupt


def _quiet_swallowed_press(hook: Any) -> Any:
    """``sys.unraisablehook`` that keeps a press swallowed by a finaliser off the terminal (the
    command stops at its next safe point with the one E091 line) and passes the rest on."""

    def quiet(unraisable: Any) -> None:
        if not (_Press.seen and isinstance(unraisable.exc_value, KeyboardInterrupt)):
            hook(unraisable)

    return quiet


@contextmanager
def _stopped_by_ctrl_c() -> Iterator[None]:
    """A Ctrl-C at any moment of the run is one E091 line and exit status 130 (what was committed
    stays, and the same command resumes), never a traceback and never a hang."""
    main = threading.current_thread() is threading.main_thread()  # handlers: main thread only
    previous = signal.signal(signal.SIGINT, _stop_once) if main else None
    previous_hook = sys.unraisablehook
    _Press.seen = False
    sys.unraisablehook = _quiet_swallowed_press(previous_hook)
    interrupted = False
    try:
        yield
        _stop_if_pressed()  # a press swallowed after the last safe point still ends the command
    except KeyboardInterrupt:
        interrupted = True  # further presses stay ignored until the exit: the command is over
        err.print(KhabarError(E.E091).message, markup=False, highlight=False)
        # A press that landed inside code run from a string (``exec`` of a dataclass's
        # generated methods while a module imports lazily: the story writer's modules load at
        # the first batch) leaves CPython's "unhandled KeyboardInterrupt" flag set although the
        # exception was caught here; under ``python -m`` the process then killed itself with
        # SIGINT after exiting (status -2, not 130: tests/test_resume.py, about one run in three
        # when the press followed the first commit). The flag is cleared at the start of every
        # string evaluation, so one that does nothing clears it.
        exec("None")  # noqa: S102
        sys.exit(130)
    finally:
        sys.unraisablehook = previous_hook
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
    from ..engine.ray_run import run as run_ray

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
    from ..engine.load import load as load_run

    config = _config(ctx)
    with _stopped_by_ctrl_c():
        report = load_run(folder, config)
    _report_writes(report, config, as_json, "loaded into")  # watches see loaded events too



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
    from ..export import export

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
    from ..export import import_jsonl

    counts = import_jsonl(_config(ctx), path)
    out.print(f"imported into {_config(ctx).db_path}: " + ", ".join(f"{k} {v}" for k, v in counts.items()), markup=False)

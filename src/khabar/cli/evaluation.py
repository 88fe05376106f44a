"""Commands that measure and train: ``khabar eval …`` against gold data, ``khabar train ner``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .base import (
    _config,
    _print_json,
    _table,
    _user_errors,
    cli,
    json_option,
    out,
)


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
    from ..eval.boilerplate import evaluate

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
    from ..eval.ner import evaluate

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
    from ..eval.time import evaluate

    print_report(evaluate(_config(ctx), baselines_on=not no_baselines, limit=limit), as_json)


@eval_group.command("events")
@click.option("--limit", type=int, help="Only the first N Hindi disaster documents.")
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the Hindi COVID gold predictions here (JSONL for score_events.py).")
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score only this gold (the Hindi COVID gold's schema, same corpus) instead.")
@json_option
@click.pass_context
@_user_errors
def eval_events(ctx: click.Context, limit: int | None, predictions: Path | None,
                gold: Path | None, as_json: bool) -> None:
    """Event type and actor scores (PLOVER GSR), Hindi disaster triggers and arguments, seeds
    gold, and the Hindi COVID event gold (whole day files, tune and check halves); with --gold,
    only that gold (e.g. a held-out set of one's own, kept outside the repository).

    \b
    Example:
      khabar eval events --predictions /tmp/pred.jsonl
      python3 ../shared/tools/score_events.py GOLD.yaml /tmp/pred.jsonl
      khabar eval events --gold my-heldout.yaml --predictions /tmp/heldout.jsonl
    """
    from ..eval.events import evaluate

    report = evaluate(_config(ctx), limit=limit, predictions_out=predictions, gold_path=gold)
    print_report(report, as_json)


@eval_group.command("stories")
@click.argument("gold", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--predictions", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the disaster-gold clustering as JSON Lines for shared/tools/score_clusters.py.")
@click.option("--days", is_flag=True,
              help="Also score the two hand-gold COVID days (tests/data/stories of a checkout).")
@click.option("--explain", is_flag=True,
              help="Count the split gold pairs of each half by the rule that kept them apart.")
@json_option
@click.pass_context
@_user_errors
def eval_stories(ctx: click.Context, gold: tuple[Path, ...], predictions: Path | None, days: bool,
                 explain: bool, as_json: bool) -> None:
    """Story clustering against gold files (B-cubed and pairwise P/R/F1 beside all-singletons);
    without GOLD, the disaster development gold of the data folder (halves tune/report).

    \b
    Example:
      khabar eval stories
      khabar eval stories --days
      khabar eval stories --explain
      khabar eval stories tests/data/stories/hindi-covid-2020-04-01.yaml
    """
    from ..eval.stories import DISASTER_GOLD, day_golds, evaluate

    config = _config(ctx)
    paths = list(gold or (config.data_dir / DISASTER_GOLD,))
    paths += day_golds(Path.cwd()) if days else []
    reports = [evaluate(config, path, predictions=predictions, explain=explain) for path in paths]
    if as_json and len(reports) > 1:
        _print_json([r.to_dict() for r in reports])
        return
    for report in reports:
        print_report(report, as_json)


@eval_group.command("segmentation")
@click.option("--gold", "golds", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Score the article spans of this gold in the event gold's schema instead "
                   "(repeatable; counts only).")
@json_option
@click.pass_context
@_user_errors
def eval_segmentation(ctx: click.Context, golds: tuple[Path, ...], as_json: bool) -> None:
    """Daily-dump splitting against every article's span (hindi-covid-events-dev segmentation
    gold): exact-span accuracy and boundary P/R/F1; with --gold, each drawn article of event
    golds (e.g. held-out sets kept outside the repository) cut exactly, split or merged.

    \b
    Example:
      khabar eval segmentation
      khabar eval segmentation --gold my-heldout-a.yaml --gold my-heldout-b.yaml
    """
    from ..eval.segmentation import evaluate, evaluate_spans

    config = _config(ctx)
    report = evaluate_spans(config, list(golds)) if golds else evaluate(config)
    print_report(report, as_json)


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
@click.option("--silver", type=click.Path(dir_okay=False, path_type=Path), help="Silver BIO sentences to train on too (tools/ner_silver.py).")
@click.option("--swap-names", is_flag=True, help="Also train on each sentence with its persons and organisations swapped for other training names (round ner23; not the committed model).")
@click.option("--refresh-gazetteer", is_flag=True, help="Take the KB gazetteer features from the live KB, not the committed model's snapshot crf.gazetteer.tsv (round ner24; a deliberate change: retrain and commit model and snapshot together).")
@json_option
@click.pass_context
@_user_errors
def train_ner(ctx: click.Context, out_path: Path | None = None, as_json: bool = False, **kw: Any) -> None:
    """Train the Hindi NER tagger (CRF) on IL-NER train and HiNER's first half; minutes on 2 cores.

    \b
    Example:
      khabar train ner
    """
    from ..entities.tagger import train_ner as train

    stats = train(
        _config(ctx),
        kw.get("out") or out_path,
        kw.get("silver"),
        bool(kw.get("swap_names")),
        refresh_gazetteer=bool(kw.get("refresh_gazetteer")),
    )
    if as_json:
        _print_json(stats)
    else:
        for key, value in stats.items():
            out.print(f"{key}: {value}", markup=False)

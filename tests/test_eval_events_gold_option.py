"""``khabar eval events --gold FILE``: any gold in the Hindi COVID gold's schema (a held-out set of
one's own, kept outside the repository) scored with the same rules, and only that gold.

The gold of these tests is cut at run time from the development gold (two of its tune-half
articles), never copied into the repository; the reference scorer must agree on the same
predictions."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from khabar.cli import cli


def _small_gold(shared_data: Path, out: Path) -> Path:
    """Two tune-half articles (even positions of the sorted ids) of the development gold."""
    dev = shared_data / "events" / "hindi-covid-events-dev" / "hindi-covid-events-dev.yaml"
    gold = yaml.safe_load(dev.read_text(encoding="utf-8"))
    tune = sorted(a["id"] for a in gold["articles"])[0::2][:2]
    gold["articles"] = [a for a in gold["articles"] if a["id"] in tune]
    path = out / "my-heldout.yaml"
    path.write_text(yaml.safe_dump(gold, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_gold_option_scores_only_that_gold_as_the_reference_scorer_does(
    shared_data: Path, tmp_path: Path
) -> None:
    gold = _small_gold(shared_data, tmp_path)
    preds = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        cli, ["eval", "events", "--gold", str(gold), "--predictions", str(preds), "--json"],
        env={"KHABAR_DATA": str(shared_data)},
    )
    assert result.exit_code == 0, result.output
    rows = yaml.safe_load(result.output)["rows"]
    datasets = {r["dataset"] for r in rows}
    assert datasets == {"gold:my-heldout", "gold:my-heldout:tune", "gold:my-heldout:check"}
    core = next(r for r in rows if r["dataset"] == "gold:my-heldout" and r["metric"] == "core_events")
    assert core["recall"] > 0 and core["n"] > 0
    scorer = shared_data.parent / "tools" / "score_events.py"
    if not scorer.is_file():
        pytest.skip(f"reference scorer not found at {scorer}")
    out = subprocess.run(
        [sys.executable, str(scorer), "--corpus",
         str(shared_data / "corpus" / "hindi-covid-2020" / "Corpora"), str(gold), str(preds)],
        capture_output=True, text=True, check=True,
    ).stdout
    recall = float(re.search(r"core recall \(type-correct match\)\s+([0-9.]+)", out).group(1))
    precision = float(re.search(r"precision \(pred compatible with any gold\)\s+([0-9.]+)", out).group(1))
    assert round(core["recall"], 3) == recall
    assert round(core["precision"], 3) == precision


def test_gold_option_with_a_bad_file_is_one_coded_line(shared_data: Path, tmp_path: Path) -> None:
    bad = tmp_path / "notes.yaml"
    bad.write_text("title: my notes\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["eval", "events", "--gold", str(bad)], env={"KHABAR_DATA": str(shared_data)}
    )
    assert result.exit_code != 0
    assert "E041" in result.output and "no 'articles' list" in result.output
    assert "Traceback" not in result.output
    missing = CliRunner().invoke(cli, ["eval", "events", "--gold", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2 and "does not exist" in missing.output

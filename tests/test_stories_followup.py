"""Follow-ups weeks after their event: a report that strongly continues a story (its words and
names) keeps its score past the decay (STRONG_SCORE / STRONG_DAYS), unless both sides are incident
reports, which stay two incidents; and ``khabar eval stories --explain`` counts split gold pairs.

The real-text tests read reports of the disaster corpus (skipped without the shared data): two
reports of the Parliament-attack case three weeks apart (not in the development gold), and two
storm reports in China eighteen days apart (the first in the gold's tune half).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import khabar.stories.cluster as cluster_mod
from khabar.clean.stage import read_clean
from khabar.config import Config
from khabar.eval.stories import DISASTER_CORPUS, _analysed
from khabar.model import Article
from khabar.stories.cluster import StoryClusterer

PARLIAMENT = ("md67navbharat_2002_4_26_9886862.xml", "md73navbharat_2002_5_17_11990157.xml")
CHINA_STORMS = ("navbharat_2004_6_25_753586final", "navbharat_2004_7_13_776079.xml")


def _read(shared_data: Path, names: tuple[str, ...]) -> list[Article]:
    corpus = shared_data / DISASTER_CORPUS
    paths = [corpus / n for n in names]
    missing = [p for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"disaster corpus file not found: {missing[0]}")
    config = Config(data_dir=shared_data)
    arts = _analysed(config, [a for a in read_clean(paths, config) if a.status == "ok"])
    assert len(arts) == len(names)
    return sorted(arts, key=lambda a: a.dct or "")


def _stories(arts: list[Article]) -> list[str]:
    cl = StoryClusterer()
    return [cl.add(a).story_id for a in arts]


def test_a_court_follow_up_three_weeks_on_joins_its_case(shared_data: Path) -> None:
    arts = _read(shared_data, PARLIAMENT)
    cl = StoryClusterer()
    first, later = (cl.add(a) for a in arts)
    assert first.story_id == later.story_id
    why = cl.stories[first.story_id].why[later.article_id]
    assert why["kind"] == "joined" and why["follow_up_days"] == 21


def test_without_the_strong_rule_the_decay_would_split_it(
    shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = _read(shared_data, PARLIAMENT)
    monkeypatch.setattr(cluster_mod, "STRONG_SCORE", math.inf)
    first, later = _stories(arts)
    assert first != later


def test_two_storms_weeks_apart_stay_two_incidents(shared_data: Path) -> None:
    arts = _read(shared_data, CHINA_STORMS)
    first, later = _stories(arts)
    assert first != later


def test_explain_counts_split_pairs_per_half(shared_data: Path) -> None:
    from khabar.eval.stories import DISASTER_GOLD, evaluate

    report = evaluate(Config(data_dir=shared_data), shared_data / DISASTER_GOLD, explain=True)
    lines = [n for n in report.notes if n.startswith("split gold pairs")]
    assert [n.split(",")[1].split("(")[0].strip() for n in lines] == ["tune half", "report half"]
    for line in lines:
        total = int(line.split("(")[1].split(")")[0])
        counted = sum(int(part.split()[0]) for part in line.split(": ", 1)[1].split("; ") if part)
        assert counted == total


def test_explain_with_a_gold_naming_a_missing_file_is_one_coded_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.cli import cli

    gold = tmp_path / "gold.yaml"
    gold.write_text("meta: {name: x}\narticles: [{id: v1, file: nope.xml, story: s1}]\n", "utf-8")
    (tmp_path / "events" / "hindi-disaster" / "Hindi_Train").mkdir(parents=True)
    result = CliRunner().invoke(
        cli, ["eval", "stories", "--explain", str(gold)], obj={},
        env={"KHABAR_DATA": str(tmp_path)},
    )  # fmt: skip
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("E040") and "nope.xml" in last
    assert "Traceback" not in result.output

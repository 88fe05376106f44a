"""``khabar eval segmentation --gold FILE``: the dump splitter scored on the article spans of any
gold in the event gold's schema (a held-out set lists a few drawn articles of a day file): each
span cut exactly, split into pieces, or merged with a neighbour, counts only.

The golds of these tests are written at run time over one day file of the segmentation gold
(Amar Ujala, 7 April: articles 1-30 and 32-49, blank lines 50-74), never copied into the
repository."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from khabar.cli import cli
from khabar.config import Config
from khabar.errors import KhabarError
from khabar.eval.segmentation import evaluate_spans, span_fates

FILE = "Amar Ujala/AU-2020-APR/AU-2020-ARP-07.txt"


def _gold(out: Path, *spans: tuple[int, int]) -> Path:
    articles = [{"id": f"a{n}", "file": FILE, "lines": {"first": f, "last": la}}
                for n, (f, la) in enumerate(spans)]  # fmt: skip
    path = out / f"set{len(spans)}.yaml"
    path.write_text(yaml.safe_dump({"meta": {}, "articles": articles}), encoding="utf-8")
    return path


def test_spans_exact_split_merged_on_a_real_day_file(shared_data: Path, tmp_path: Path) -> None:
    config = Config(data_dir=shared_data)
    exact = _gold(tmp_path, (1, 30), (32, 49))
    report = evaluate_spans(config, [exact])
    assert report.score(gold="set2")["exact"] == 2
    # a span over both articles is split in two; one inside the first is merged with the rest
    wrong = _gold(tmp_path, (1, 49), (5, 20), (32, 49))
    report = evaluate_spans(config, [exact, wrong])
    row = report.score(gold="set3")
    assert (row["exact"], row["split"], row["pieces"], row["merged"]) == (1, 1, 2, 1)
    assert report.score(gold="all")["gold_articles"] == 5


def test_span_fates_counts() -> None:
    pred = [(1, 10), (12, 20), (22, 30)]
    assert span_fates([(12, 20)], pred)["exact"] == 1
    assert span_fates([(1, 20)], pred)["pieces"] == 2
    assert span_fates([(12, 15)], pred)["merged"] == 1
    assert span_fates([(5, 20)], pred)["split_merged"] == 1


@pytest.mark.parametrize(
    ("text", "code"),
    [(None, "E040"), ("articles: [{id: a, lines: {first: 1}}]\n", "E041"),
     ("- just a list\n", "E041"), ("articles: [unclosed\n", "E041")],
)  # fmt: skip
def test_missing_or_malformed_gold_is_one_coded_line(
    tmp_path: Path, text: str | None, code: str
) -> None:
    gold = tmp_path / "gold.yaml"
    if text is not None:
        gold.write_text(text, encoding="utf-8")
    with pytest.raises(KhabarError, match=f"^{code} "):
        evaluate_spans(Config(data_dir=tmp_path), [gold])
    result = CliRunner().invoke(
        cli, ["eval", "segmentation", "--gold", str(gold)], env={"KHABAR_DATA": str(tmp_path)}
    )
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith(code), result.output

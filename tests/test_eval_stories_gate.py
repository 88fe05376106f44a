"""Quality gate: story clustering on the two hand-gold days of corpus/hindi-covid-2020.

Day 1 (2020-04-01, Navbharat Times + Prabhat Khabar) is the day the clusterer was first tuned on;
day 2 (2020-04-02, Amar Ujala + Hindustan + Jagran) was judged afterwards as a held-out check,
then both were used to re-tune (threshold 0.23, TITLE_WEIGHT 4). Since issue 14 the dumps are cut
as the segmentation gold rules (sub-headings stay in their report), and the 15 gold items that
became sections of a listed report were removed (day 1: 27 articles, 18 stories; day 2: 27, 18;
each file's header says which). Measured, B-cubed P / R / F1, pairwise F1, predicted vs gold
clusters (all-singletons B-cubed F1 0.800 on both days):

* text channel only (``analyse=False``): day 1 0.963 / 0.753 / 0.845, 0.320, 23 vs 18;
  day 2 0.963 / 0.830 / 0.891, 0.692, 21 vs 18;
* with the installed analysis stages: day 1 0.963 / 0.753 / 0.845, 0.320, 23 vs 18;
  day 2 0.870 / 0.926 / 0.897, 0.778, 17 vs 18; re-measured after the town veto and
  MIN_AGREEMENT (issue 14, second round, with the events stage as merged then): day 1
  unchanged, day 2 0.963 / 0.926 / 0.944, 0.903, 19 vs 18; re-measured after the third round
  (weekday veto, no decay on full agreement, written years, lead place required; 2026-12-03):
  both days unchanged (the new vetoes only apply to incident reports or undated ones); and
  after the fourth round (locality veto, strict merges, a batch placed in its canonical order,
  specific reports first; 2026-12-03): both days unchanged; and after the robustness pass
  (KB places inside unlinked place names, one lead locality; 2026-12-03): both days unchanged;
  and after the order-independence round (members re-decided on each placement, the headline
  place of other news; 2026-12-03): both days unchanged, and day 1 scores the same in each of
  ten one-at-a-time orders (the re-check alone would have let the Andhra Pradesh count update
  join Mumbai's: day 1 0.823 / 0.286; the headline place keeps them apart); and after the
  follow-up round (no decay for a strong non-incident continuation; 2026-12-03): both days
  unchanged (one day each: no gap to decay); and after the focal round (issue 14, round st8,
  2026-12-03: same-day non-incident reports sharing a rare term, in one side's headline or in
  a name of both leads, and no place of their own apart, join; FOCAL_DF and the focal weight
  tuned on day 1, day 2 the held-out check; `khabar eval stories --days`): day 1 0.963 / 0.864 /
  0.911, 0.765, 20 vs 18 (the Markaz evacuation, FIR, nationwide checks and two leaders'
  statements now one story; a third leader's, naming only the Jamaat, stays apart); day 2
  unchanged; text channel only, both days unchanged (the focal channel needs the entities
  stage). Placed one at a time in ten fixed orders, day 1 scores 0.911 / 0.765 in eight and
  0.885 / 0.703 in two; day 2 0.944 / 0.903 in seven and 0.911 / 0.757 in three (before the
  focal round: six and four, one at 0.912 / 0.741). Re-measured on main before the tally round
  (2026-12-03, after the NER merges): day 1 1.000 / 0.864 / 0.927, 0.788, 21 vs 18; day 2
  unchanged. After the tally round (issue 14, round st9, 2026-12-03: same-day non-incident
  reports sharing a tally key, measure and place of the count their lead reports, join through
  the focal channel; no constant tuned; `khabar eval stories --days`): day 1 1.000 / 0.901 /
  0.948, 0.824, 20 vs 18 (the two outlets' national tallies joined); day 2 (held out) 0.963 /
  0.963 / 0.963, 0.938, 18 vs 18 (the two Pakistan tallies joined); text channel only, both
  days unchanged. Ten one-at-a-time orders: day 1 seven at 0.948 / 0.824, three at 0.922 /
  0.757; day 2 seven at 0.963 / 0.938, three at 0.928 / 0.790.

Before the re-cut (the old, finer segmentation, 35 and 34 items) the same clusterer scored day 1
0.775 (singletons 0.727) and day 2 0.839 (0.717), pairwise 0.304 and 0.641. Floors sit slightly
below. Each day pins the digest of its gold file and dump files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.config import Config
from khabar.eval.stories import evaluate

GOLD_DIR = Path(__file__).parent / "data" / "stories"
# day -> (data digest, number of gold articles)
DAYS = {
    "hindi-covid-2020-04-01": ("2d305839d2cf78c3", 27),
    "hindi-covid-2020-04-02": ("c2bfc01e9c968afb", 27),
}
# (day, analyse) -> floors for bcubed_f1, bcubed_p, bcubed_r, pairwise_f1
FLOORS = {
    ("hindi-covid-2020-04-01", False): (0.82, 0.94, 0.73, 0.30),
    ("hindi-covid-2020-04-01", True): (0.93, 0.97, 0.88, 0.80),
    ("hindi-covid-2020-04-02", False): (0.87, 0.94, 0.81, 0.67),
    ("hindi-covid-2020-04-02", True): (0.95, 0.94, 0.94, 0.92),
}


@pytest.mark.parametrize(("day", "analyse"), list(FLOORS))
def test_story_clustering_gate(shared_data: Path, day: str, analyse: bool) -> None:
    gold = GOLD_DIR / f"{day}.yaml"
    digest, n_articles = DAYS[day]
    report = evaluate(Config(data_dir=shared_data), gold, analyse=analyse)
    if report.data_digest != digest:
        pytest.skip(f"gold data changed (digest {report.data_digest}); re-measure and re-pin")
    row = report.score(dataset=day, system="khabar")
    assert row["matched"] == row["articles"] == n_articles
    f1, p, r, pw = FLOORS[(day, analyse)]
    assert row["bcubed_f1"] >= f1
    assert row["bcubed_p"] >= p
    assert row["bcubed_r"] >= r
    assert row["pairwise_f1"] >= pw
    assert abs(row["pred_clusters"] - row["gold_clusters"]) <= 9
    base = report.score(dataset=day, system="singletons")
    assert row["bcubed_f1"] > base["bcubed_f1"]


def test_malformed_gold_is_a_coded_error(tmp_path: Path) -> None:
    from khabar.errors import KhabarError

    bad = tmp_path / "gold.yaml"
    bad.write_text("articles: [{outlet: X}]\n", encoding="utf-8")
    with pytest.raises(KhabarError, match="E041"):
        evaluate(Config(data_dir=tmp_path), bad)
    with pytest.raises(KhabarError, match="E040"):
        evaluate(Config(data_dir=tmp_path), tmp_path / "missing.yaml")


# -- the disaster development gold (stories/hindi-disaster-stories-dev) ---------------------------

DISASTER_DIGEST = "096b335650dd518a"
# subset -> floors for bcubed_f1, pairwise_f1. Measured (README, Quality) with the town veto and
# MIN_AGREEMENT: all 0.871 / 0.556, tune 0.963 / 0.870 (the half the signature weight, the town
# veto and MIN_AGREEMENT were chosen on), report 0.884 / 0.557 (untuned). Re-measured after the
# third round of issue 14 (weekday veto, no decay on full agreement, a later written year, a lead
# place required; `khabar eval stories`, installed stages, 2026-12-03; the reference scorer gives
# the same figures for all and for each half): all 0.898 / 0.684, tune 0.963 / 0.870, report
# 0.925 / 0.727 (the weekday slack was tuned on the tune half; the lead-place rule and the
# no-decay rule were chosen with the report half in view, see stories/cluster.py).
# Re-measured after the fourth round (locality veto, merges checked member against member, the
# batch placed in its canonical order, specific reports first; `khabar eval stories`, installed
# stages, 2026-12-03): all 0.904 / 0.724, tune 0.968 / 0.917, report 0.937 / 0.755 (the order
# key was chosen on the tune half; the locality veto and the strict merge are not tuned and leave
# the tune half as it was); with two lead countries in common as a place (a rule, not a tuned
# value; the tune half cannot tell it apart, the kind was found on the report half): all 0.908 /
# 0.735, tune 0.968 / 0.917, report 0.945 / 0.778. Placed one at a time in three fixed shuffles
# (mean): all 0.880 / 0.631, tune 0.930 / 0.774, report 0.919 / 0.674, pinned too so a stream's
# order dependence cannot grow unnoticed. Re-measured on main after merging the same day's entity
# (word clusters, new NER rules) and event (new triggers, actor codes) rounds, which change the
# signatures' places and event types: all 0.897 / 0.712, tune 0.968 / 0.917, report 0.925 / 0.727;
# shuffled means all 0.877 / 0.608, tune 0.953 / 0.844, report 0.892 / 0.603.
# Re-measured after the robustness pass of issue 14 (KB places inside an unlinked place name,
# one lead locality enough for the locality veto; `khabar eval stories`, installed stages, on
# main's entity and event stages, 2026-12-03): all 0.925 / 0.765, tune 0.978 / 0.939, report
# 0.957 / 0.808 (nothing tuned: the inner places move the tune half 0.968 / 0.917 -> 0.978 / 0.939
# and the report half to 0.933 / 0.750; the locality rule, found on a report-half error, leaves
# the tune half as it was); shuffled means all 0.889 / 0.636, tune 0.949 / 0.835, report 0.910 /
# 0.645. With the stages of before those upstream rounds the report half scores the same 0.957 /
# 0.808 (tune 0.968 / 0.917): the signature no longer follows them.
# Re-measured after the order-independence round (issue 14, 2026-12-03; `khabar eval stories`,
# installed stages on main's entity and event stages, shuffles now 10 with their worst beside the
# mean): a re-placed article keeps its story, merges obey the lead-place rule of joins, and each
# placement re-decides the members of the stories the article scored against (a member moves to
# the article's story when it fits it better than its own; none of it tuned). Batch: all 0.914 /
# 0.726, tune 0.978 / 0.939, report 0.935 / 0.720; shuffled means all 0.908 / 0.715, tune 0.970 /
# 0.921, report 0.933 / 0.717; worst of ten all 0.893 / 0.667, tune 0.954 / 0.870, report 0.927 /
# 0.706 (before: means 0.889 / 0.636, 0.956 / 0.865, 0.911 / 0.650; worst 0.939 / 0.791 tune,
# 0.893 / 0.583 report). The batch figure of the report half fell from 0.957 / 0.808 by one
# article: an undated "the court rules on Thursday" report that names no incident now ends with
# the report it is closest to (another hearing of the same case, text 0.52 vs 0.49) in every
# order, where the canonical order used to leave it with the verdict by arriving after it.
# Re-measured after the follow-up round (issue 14, 2026-12-03; `khabar eval stories --explain`,
# installed stages): the report half's split gold pairs, counted by rule, were 7 of 10 "score
# below threshold" with the decay near 0 (follow-ups 5-6 weeks on); a non-incident report whose
# undecayed score reaches STRONG_SCORE now keeps it for STRONG_DAYS (not tuned: the tune half
# scores the same for any value tried, see stories/cluster.py). Batch: all 0.926 / 0.800, tune
# 0.978 / 0.939 (unchanged), report 0.959 / 0.877 (was 0.935 / 0.720); shuffled means all 0.920 /
# 0.791, tune 0.970 / 0.921, report 0.957 / 0.874; worst of ten all 0.905 / 0.744, tune 0.954 /
# 0.870, report 0.950 / 0.862. COVID days unchanged.
# Re-measured after the precision round (issue 14, round st8, 2026-12-03; `khabar eval stories
# --explain`, installed stages): of the 19 gold pairs of different stories that all 111 articles
# joined, 14 were incident reports sharing a place and a type but no time; two such reports must
# now share a number of their leads (MIN_NUMBERS 1, tuned on the tune half). The focal channel
# of the same round does not move this gold. Batch: all 0.943 / 0.842 (pairwise P 0.716 ->
# 0.787), tune 0.978 / 0.939 (unchanged), report 0.968 / 0.893 (was 0.959 / 0.877, untuned);
# shuffled means all 0.941 / 0.837, tune 0.976 / 0.934, report 0.966 / 0.890; worst of ten all
# 0.934 / 0.817, tune 0.968 / 0.917, report 0.959 / 0.877.
# Round ner25 (2026-12-05): a place that opens an organisation's name is no signature place
# (stories/signature.py, _names_organisation); nothing tuned, every figure above unchanged with
# the committed NER model, and the same figures in every row with round ner23's retrained CRF
# (`khabar train ner --swap-names --refresh-gazetteer`), which had given all 0.933 / 0.800
# (worst of ten 0.924 / 0.777): a misspelt university left untagged had given a ruling a lead
# place, Delhi, that joined two rulings on one old attack.
# Floors follow, slightly below.
DISASTER_FLOORS = {"all": (0.93, 0.82), "tune": (0.96, 0.92), "report": (0.95, 0.87)}
DISASTER_SHUFFLED_FLOORS = {"all": (0.93, 0.82), "tune": (0.96, 0.92), "report": (0.95, 0.87)}
DISASTER_WORST_FLOORS = {"all": (0.92, 0.80), "tune": (0.95, 0.90), "report": (0.94, 0.86)}


@pytest.fixture(scope="module")
def disaster_report(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    from khabar.eval.stories import DISASTER_GOLD

    pred = tmp_path_factory.mktemp("stories") / "pred.jsonl"
    report = evaluate(Config(data_dir=shared_data), shared_data / DISASTER_GOLD, predictions=pred)
    if report.data_digest != DISASTER_DIGEST:
        pytest.skip(f"gold data changed (digest {report.data_digest}); re-measure and re-pin")
    return report, pred


@pytest.mark.parametrize("subset", list(DISASTER_FLOORS))
def test_disaster_gold_gate(disaster_report: tuple, subset: str) -> None:
    report, _ = disaster_report
    row = report.score(dataset=f"hindi-disaster-stories-dev:{subset}", system="khabar")
    base = report.score(dataset=f"hindi-disaster-stories-dev:{subset}", system="singletons")
    f1, pw = DISASTER_FLOORS[subset]
    assert row["bcubed_f1"] >= f1 and row["pairwise_f1"] >= pw
    assert row["bcubed_f1"] > base["bcubed_f1"]


@pytest.mark.parametrize("subset", list(DISASTER_SHUFFLED_FLOORS))
def test_disaster_gold_gate_over_shuffled_streams(disaster_report: tuple, subset: str) -> None:
    from khabar.eval.stories import SHUFFLES

    report, _ = disaster_report
    for system, floors in (("mean", DISASTER_SHUFFLED_FLOORS), ("min", DISASTER_WORST_FLOORS)):
        row = report.score(dataset=f"hindi-disaster-stories-dev:{subset}",
                           system=f"khabar, {system} of {SHUFFLES} shuffles")  # fmt: skip
        f1, pw = floors[subset]
        assert row["bcubed_f1"] >= f1 and row["pairwise_f1"] >= pw, system


def test_disaster_scores_agree_with_the_reference_scorer(
    shared_data: Path, disaster_report: tuple
) -> None:
    import json
    import subprocess
    import sys

    from khabar.eval.stories import DISASTER_GOLD

    scorer = shared_data.parent / "tools" / "score_clusters.py"
    if not scorer.exists():
        pytest.skip(f"reference scorer not found at {scorer}")
    report, pred = disaster_report
    out = subprocess.run(
        [sys.executable, str(scorer), str(shared_data / DISASTER_GOLD), str(pred)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    ref = json.loads(out.stdout)
    row = report.score(dataset="hindi-disaster-stories-dev:all", system="khabar")
    assert ref["matched"] == row["articles"] == 111
    for key in ("bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_p", "pairwise_r", "pairwise_f1"):
        assert row[key] == round(ref[key], 4), key
    assert (row["pred_clusters"], row["gold_clusters"]) == (
        ref["pred_clusters"],
        ref["gold_clusters"],
    )


def test_disaster_gold_naming_a_missing_file_is_a_coded_error(tmp_path: Path) -> None:
    from khabar.errors import KhabarError

    gold = tmp_path / "gold.yaml"
    gold.write_text("meta: {name: x}\narticles: [{id: v1, file: nope.xml, story: s1}]\n", "utf-8")
    (tmp_path / "events" / "hindi-disaster" / "Hindi_Train").mkdir(parents=True)
    with pytest.raises(KhabarError, match=r"^E040 .*nope\.xml"):
        evaluate(Config(data_dir=tmp_path), gold)


def test_cli_eval_stories_bad_gold_is_one_coded_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from khabar.cli import cli

    bad = tmp_path / "gold.yaml"
    bad.write_text("articles: [{outlet: X}]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "stories", str(bad)], obj={})
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1].startswith("E041")
    assert "Traceback" not in result.output


def test_days_option_finds_the_day_golds_or_says_where_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from khabar.cli import cli
    from khabar.eval.stories import day_golds

    assert [p.name for p in day_golds(GOLD_DIR.parents[2])] == [f"{d}.yaml" for d in DAYS]
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["eval", "stories", "--days"], obj={})
    assert result.exit_code == 1
    last = result.output.strip().splitlines()[-1]
    assert last.startswith("E040") and "run --days from a khabar checkout" in last
    assert "Traceback" not in result.output

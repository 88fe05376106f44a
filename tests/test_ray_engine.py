"""The Ray executor in local mode: `khabar run --engine ray` then `khabar load` stores what
`khabar ingest` stores (stories, entities, events, every table), and the band join finds the
near-duplicate groups ingest finds; each stage and the actor pickle;
the Parquet views keep their evidence; a bad folder is one coded line."""

from __future__ import annotations

import pickle
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from khabar import pipeline
from khabar.clean.stage import read_clean
from khabar.cli import cli
from khabar.config import Config
from khabar.engine import dedup, tables
from khabar.engine.load import _records
from khabar.engine.ray_run import StageActor, run
from khabar.model import Article
from khabar.stories.dedup import NEAR_DUP_JACCARD, DupLink

from .conftest import EXAMPLES, corpus_sample
from .dbdump import dump
from .test_engine_dedup import online_groups

ray = pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'khabar[ray]')")

# Days per outlet: more than the 5 documents after which an outlet's template is used, so the
# order-dependent template learning (kept in the driver) is part of what is compared.
DAYS_PER_OUTLET = 6


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """Ray in local mode, as CI runs it: two CPUs (the actors take one), no dashboard."""
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR", log_to_driver=False)
    yield
    ray.shutdown()



def _without_runs(text: str) -> str:
    """A dump less the ``ingest_runs`` table, whose ``args`` name the inputs (paths or DIR)."""
    sections = text.split("\n## ")
    return "\n## ".join(s for s in sections if not s.startswith("ingest_runs "))


def test_ray_run_and_load_store_what_ingest_stores(tmp_path: Path, shared_data: Path,
                                                  local_ray: None) -> None:
    paths = [EXAMPLES, *corpus_sample(shared_data, DAYS_PER_OUTLET)]
    runner = CliRunner()
    local = runner.invoke(cli, ["--db", str(tmp_path / "local.db"), "ingest", "--jobs", "1", "-q",
                                *map(str, paths)])
    assert local.exit_code == 0, local.output
    report = run(paths, Config(), tmp_path / "run")
    assert report.counts["article"] > 10 and not report.failures
    loaded = runner.invoke(cli, ["--db", str(tmp_path / "ray.db"), "load", str(tmp_path / "run")])
    assert loaded.exit_code == 0, loaded.output
    one, two = dump(tmp_path / "local.db"), dump(tmp_path / "ray.db")
    assert "Amar Ujala" in one and one.count("\n('st-") > 5  # corpus articles and their stories
    assert _without_runs(one) == _without_runs(two)

    # Near-duplicates as a band join on Ray: the groups of near-identical texts the local
    # executor's online index finds. The store's links are those groups less the ones the story
    # signature vetoes (a templated report of another place): a subset, never an extra pair.
    with sqlite3.connect(tmp_path / "local.db") as conn:
        links = [DupLink(*row) for row in conn.execute(
            "SELECT article_id, of_id, kind, similarity, wire FROM story_duplicates")]
    groups: dict[str, list[str]] = {}
    for row in ds.dataset(tmp_path / "run" / "duplicates").to_table().to_pylist():
        groups.setdefault(row["group_id"], []).append(row["article_id"])
    texts = [a for a in read_clean([str(p) for p in paths], Config()) if a.status == "ok"]
    online = online_groups(texts)
    assert len(online) >= 3 and sorted(map(sorted, groups.values())) == sorted(
        map(sorted, online.values()))
    group_of = {aid: gid for gid, members in groups.items() for aid in members}
    assert links and all(group_of.get(d.article_id) == group_of.get(d.of_id) is not None
                         for d in links)
    pairs = ds.dataset(tmp_path / "run" / "duplicate_pairs").to_table().to_pylist()
    assert pairs and all(p["similarity"] >= NEAR_DUP_JACCARD and p["a"] < p["b"] for p in pairs)

    # The flat views: every mention and event is evidence in its article's text.
    text = {r["article_id"]: r["text"]
            for r in ds.dataset(tmp_path / "run" / "articles").to_table().to_pylist()}
    mentions = ds.dataset(tmp_path / "run" / "mentions").to_table().to_pylist()
    assert len(mentions) > 100
    assert all(text[m["article_id"]][m["start"]:m["end"]] == m["text"] for m in mentions)
    events = ds.dataset(tmp_path / "run" / "events").to_table().to_pylist()
    assert events and all(text[e["article_id"]][e["trigger_start"]:e["trigger_end"]] == e["trigger"]
                          for e in events)

    again = runner.invoke(cli, ["--db", str(tmp_path / "ray.db"), "load", "--json",
                                str(tmp_path / "run")])
    assert again.exit_code == 0 and '"new"' not in again.output  # a second load: all unchanged


def test_every_stage_and_the_actor_survive_pickling(tmp_path: Path) -> None:
    art = Article(id="p1", text="प्रधानमंत्री नरेंद्र मोदी ने 5 अप्रैल को दिल्ली में बैठक की।",
                  source_path="p.txt", dct="2020-04-03")
    names = pipeline.available_stages()
    stages = [pickle.loads(pickle.dumps(pipeline.get_stage(n))) for n in names]
    stream: list[Article] = [art]
    for st in stages:
        stream = list(st(stream, Config()))
    assert stream[0].mentions and stream[0].timexes

    import pyarrow as pa

    actor = pickle.loads(pickle.dumps(StageActor(Config(), names[1:], str(tmp_path))))
    cleaned = tables.articles_json(pipeline.run_local([art], Config(), ["clean"]))
    batch = pa.Table.from_pylist([{"seq": 7, "where": "p.txt", "articles": cleaned}])
    bands = actor(batch).to_pylist()  # the band join's rows: text key and 21 LSH bands
    assert {b["article_id"] for b in bands} == {"p1"} and bands[0]["band"].startswith("=")
    assert len(bands) in (1, 1 + len(dedup.hashranges()))
    (row,) = pq.read_table(tmp_path / "records" / "part-000000007.parquet").to_pylist()
    assert row["seq"] == 7 and row["error"] is None
    assert [a.mentions for a in tables.articles_from_json(row["articles"])] == [stream[0].mentions]
    assert (tmp_path / "mentions" / "part-000000007.parquet").is_file()


def test_records_are_read_in_input_order_even_from_overlapping_parts(tmp_path: Path) -> None:
    import pyarrow as pa

    def part(name: str, seqs: list[int]) -> None:
        rows = [{"seq": n, "articles": "[]", "error": f"e{n}"} for n in seqs]
        pq.write_table(pa.Table.from_pylist(rows, schema=tables.RECORDS), tmp_path / name)

    part("part-000000000.parquet", [2, 0, 1])  # disjoint parts: read one at a time
    part("part-000000005.parquet", [5, 7])
    assert [s for s, _, _ in _records(tmp_path)] == [0, 1, 2, 5, 7]
    part("part-000000003.parquet", [3, 9])  # overlaps the next part: all read, then sorted
    assert [(s, e) for s, _, e in _records(tmp_path)] == [
        (0, "e0"), (1, "e1"), (2, "e2"), (3, "e3"), (5, "e5"), (7, "e7"), (9, "e9")]


def test_a_folder_that_is_no_run_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "load", str(EXAMPLES)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"E093 {EXAMPLES}: not a khabar run folder: no manifest.json (made by khabar run)"]


def test_a_run_into_a_used_folder_or_without_ray_is_one_line(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    used = tmp_path / "used"
    used.mkdir()
    (used / "x").write_text("x")
    result = CliRunner().invoke(cli, ["run", str(EXAMPLES), "--engine", "ray", "--out", str(used)])
    assert result.exit_code == 1 and result.output.startswith("E050 invalid option: --out")
    assert len(result.output.strip().splitlines()) == 1
    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    result = CliRunner().invoke(cli, ["run", str(EXAMPLES), "--engine", "ray", "--out",
                                      str(tmp_path / "new")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "E092 --engine ray needs Ray, which is not installed: pip install 'khabar[ray]'"]

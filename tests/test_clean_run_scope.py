"""Outlet templates are learnt per run: an ingest's learner is that run's (and, through the store,
the next run's), and any other call of the pipeline learns from its own stream only. Before,
one process-wide learner kept counting across calls, so the seeds analysed a few times over in
one process became their outlet's "template" and lost their text: a seeds test failed or passed
by the order of the tests before it."""

from __future__ import annotations

from pathlib import Path

from khabar.clean import stage as clean_stage
from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.ingest.readers import iter_sources, read_source
from khabar.model import Article
from khabar.pipeline import run_local

from .conftest import SEED_000, SEED_003, corpus_sample


def _seeds() -> list[Article]:
    config = Config()
    return [item for source in iter_sources([SEED_000, SEED_003])
            for item in read_source(source, config) if isinstance(item, Article)]


def _blocks(articles: list[Article]) -> list[list[tuple[int, int, str]]]:
    return [[(b.start, b.end, b.label) for b in a.blocks] for a in articles]


def test_the_same_articles_cleaned_again_and_again_come_out_the_same() -> None:
    first = list(run_local(_seeds(), Config(), ["clean"]))
    assert any(b.label == "body" for a in first for b in a.blocks)
    for _ in range(8):  # more than the 5 documents after which an outlet's template is used
        again = list(run_local(_seeds(), Config(), ["clean"]))
        assert _blocks(again) == _blocks(first)
    assert not clean_stage._PROCESS_TEMPLATES  # no learner left behind by these calls


def test_one_call_still_learns_its_outlets_templates_as_it_streams(shared_data: Path) -> None:
    config = Config()
    read = [item for source in iter_sources(corpus_sample(shared_data, 7))
            for item in read_source(source, config) if isinstance(item, Article)]
    cleaned = list(run_local(read, config, ["clean"]))
    assert any(b.label == "boilerplate" for a in cleaned for b in a.blocks)


def test_an_ingest_runs_with_its_own_learner_and_leaves_none(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    seeds = [SEED_000, SEED_003]
    ingest(seeds, Config(db_path=db))
    assert not clean_stage._PROCESS_TEMPLATES
    before = list(run_local(_seeds(), Config(), ["clean"]))
    ingest(seeds, Config(db_path=tmp_path / "other.db"))
    assert _blocks(list(run_local(_seeds(), Config(), ["clean"]))) == _blocks(before)

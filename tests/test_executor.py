"""The local executor: ``--jobs N`` stores exactly what ``--jobs 1`` stores; a stage's bug in a
worker is one E099 line for its record; a setup error in a worker stops the run with its code."""

from __future__ import annotations

import pickle
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar import executor, pipeline, stagepool, workers
from khabar.cli import cli
from khabar.config import Config
from khabar.errors import E, KhabarError
from khabar.ingest.api import ingest
from khabar.model import Article
from khabar.stagepool import Outcome, Task, _SetupError, _work, ordered_map, run_stages

from .conftest import EXAMPLES, corpus_sample
from .dbdump import dump

# Days per outlet taken from the corpus: more than the 5 documents after which an outlet's
# template is used, so the order-dependent template learning is part of what is compared.
DAYS_PER_OUTLET = 6



def _ingest(db: Path, jobs: int, paths: list[Path]) -> None:
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "--jobs", str(jobs), "-q",
                                      *map(str, paths)])
    assert result.exit_code == 0, result.output
    assert f"ingested into {db}" in result.output


def test_two_jobs_store_the_same_tables_as_one(tmp_path: Path, shared_data: Path) -> None:
    paths = [EXAMPLES, *corpus_sample(shared_data, DAYS_PER_OUTLET)]
    _ingest(tmp_path / "one.db", 1, paths)
    _ingest(tmp_path / "two.db", 2, paths)
    one, two = dump(tmp_path / "one.db"), dump(tmp_path / "two.db")
    assert one.count("\n## ") > 10 and "Amar Ujala" in one  # the dump holds the corpus articles
    assert one == two


def test_a_second_copy_of_an_input_in_one_run_is_unchanged_for_any_jobs(tmp_path: Path) -> None:
    seed = next(EXAMPLES.glob("*.txt"))
    twin = tmp_path / "copy" / seed.name
    twin.parent.mkdir()
    twin.write_bytes(seed.read_bytes())
    for jobs in (1, 2):
        db = tmp_path / f"j{jobs}.db"
        result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "--jobs", str(jobs), "--json",
                                          str(seed), str(twin)])
        assert result.exit_code == 0, result.output
        assert '"unchanged": 1' in result.output and '"new": 1' in result.output


def test_jobs_below_one_is_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "ingest", "--jobs", "0",
                                      str(EXAMPLES)])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["E050 invalid option: --jobs must be at least 1,"
                                                  " not 0"]
    assert not (tmp_path / "k.db").exists()


def test_ingest_collects_young_garbage_less_often(tmp_path: Path) -> None:
    """The command raises the young-generation threshold for its process (executor.collect_less);
    the store it writes is the same (the tables are compared for jobs and hash seeds elsewhere)."""
    import gc

    before = gc.get_threshold()
    gc.set_threshold(700, before[1], before[2])
    try:
        result = CliRunner().invoke(cli, ["--db", str(tmp_path / "k.db"), "ingest", "-q",
                                          str(EXAMPLES)])
        assert result.exit_code == 0, result.output
        assert gc.get_threshold() == (executor.GEN0_THRESHOLD, before[1], before[2])
    finally:
        gc.set_threshold(*before)


@pipeline.stage("test_boom", requires=("text",))
def _boom(articles: Iterable[Article], config: Config) -> Iterator[Article]:
    for art in articles:
        if "बम" in art.text:
            raise ValueError("a stage bug")
        if "कुंजी" in art.text:
            raise KhabarError(E.E030, where="kb.yaml", detail="line 3: no name")
        yield art


def _article(text: str) -> Article:
    return Article(id="a1", text=text, source_path="in.jsonl", record="line 4")


def test_a_stage_bug_in_a_worker_is_an_e099_line_for_its_record() -> None:
    result = _work([_article("दिल्ली में बम की अफ़वाह")], Config(), ("test_boom",), "in.jsonl:line 4")
    result = pickle.loads(pickle.dumps(result))  # what crosses the process boundary
    assert isinstance(result, Outcome) and result.articles == []
    assert result.error is not None and result.error.startswith(
        "E099 in.jsonl:line 4: internal error in the pipeline: ValueError: a stage bug (at")
    assert "\n" not in result.error


def test_a_setup_error_in_a_worker_stops_the_run_with_its_code() -> None:
    result = _work([_article("कुंजी")], Config(), ("test_boom",), "in.jsonl:line 4")
    result = pickle.loads(pickle.dumps(result))
    assert isinstance(result, _SetupError)
    with pytest.raises(KhabarError) as info:
        result.reraise()
    assert info.value.message == "E030 kb.yaml: malformed knowledge-base file: line 3: no name"


def test_ordered_map_passes_records_through_in_order_within_a_bounded_window() -> None:
    read: list[int] = []

    def items() -> Iterator[tuple[int, Task | Outcome | None]]:
        for n in range(10):
            read.append(n)
            yield n, (Task([_article(str(n))], str(n)) if n % 3 else None)

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        future: Future[Outcome | _SetupError] = Future()
        future.set_result(Outcome(task.articles))
        return future

    seen: list[int] = []
    for key, outcome in ordered_map(items(), submit, window=3):
        assert len(read) - len(seen) <= 3  # the reader is pulled only when a slot frees up
        assert (outcome is None) if key % 3 == 0 else (
            outcome is not None and outcome.articles[0].text == str(key))
        seen.append(key)
    assert seen == list(range(10))


def test_run_stages_in_process_keeps_the_articles_of_real_text() -> None:
    art = Article(id="s", text="नई दिल्ली में आज बारिश हुई। मौसम विभाग ने चेतावनी दी।",
                  source_path="s.txt")
    outcome = run_stages([art], Config(), ["clean", "lang"], "s.txt")
    assert outcome.error is None and [a.id for a in outcome.articles] == ["s"]
    assert outcome.articles[0].status == "ok" and outcome.articles[0].language == "hi"


def test_a_small_ingest_starts_no_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker pool was started for two articles")

    monkeypatch.setattr(stagepool, "ProcessPoolExecutor", no_pool)
    report = ingest([EXAMPLES], Config(db_path=tmp_path / "k.db"), jobs=2)
    assert report.ok and report.counts["new"] == 2


def test_ordered_map_counts_the_articles_in_flight_not_the_records() -> None:
    """A record of many articles (a daily dump) takes as many places in the window as it has
    articles, so the memory in flight is bounded in articles."""
    read: list[int] = []

    def items() -> Iterator[tuple[int, Task | Outcome | None]]:
        for n in range(6):
            read.append(n)
            yield n, Task([_article(f"{n}.{k}") for k in range(3)], str(n))

    def submit(task: Task) -> Future[Outcome | _SetupError]:
        future: Future[Outcome | _SetupError] = Future()
        future.set_result(Outcome(task.articles))
        return future

    seen: list[int] = []
    for key, outcome in ordered_map(items(), submit, window=7):
        assert 3 * (len(read) - len(seen)) <= 9  # at most 7 articles, i.e. 3 records of 3
        assert outcome is not None and len(outcome.articles) == 3
        seen.append(key)
    assert seen == list(range(6))


def test_a_worker_prepares_the_story_signals_of_real_text() -> None:
    art = Article(id="s", text="नई दिल्ली में आज बारिश हुई। मौसम विभाग ने चेतावनी दी।",
                  source_path="s.txt")
    result = _work([art], Config(), ("clean", "lang", "entities"), "s.txt", True)
    result = pickle.loads(pickle.dumps(result))  # what crosses the process boundary
    assert isinstance(result, Outcome) and result.error is None
    assert result.articles[0].extra["_story"].features.article_id == "s"


def test_workers_are_forked_on_linux_only_while_no_other_thread_runs() -> None:
    import sys
    import threading

    if threading.active_count() == 1:  # an earlier test may have left a server thread
        expected = "fork" if sys.platform == "linux" else "spawn"
        assert workers._context().get_start_method() == expected
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert workers._context().get_start_method() == "spawn"
    finally:
        stop.set()
        other.join()

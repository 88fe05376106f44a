"""``clean`` in two parts under ``--jobs N``: a worker cuts a record (dump split, header, line
measures, template keys), the caller finishes it in input order. On real day files the two
parts, with the cut crossing a process boundary, give what ``clean`` gives in one process (the
same articles, and the same template counts, in the same order); a bug in either part is one
E099 line for its record, and the run goes on."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from khabar.clean import stage as clean_stage
from khabar.clean.stage import clean_articles
from khabar.clean.templates import OutletTemplates
from khabar.config import Config
from khabar.ingest.api import ingest
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article
from khabar.stagepool import Outcome, _work, finish_cleaning

from .conftest import corpus_sample

# More than the 5 documents after which an outlet's template is used.
DAYS_PER_OUTLET = 7


def test_cut_in_a_worker_and_finished_here_is_clean_in_one_process(
        shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = corpus_sample(shared_data, DAYS_PER_OUTLET)
    whole = OutletTemplates()
    expected = list(clean_articles(_read(paths), whole))

    parts = OutletTemplates()
    monkeypatch.setattr(clean_stage, "_PROCESS_TEMPLATES", [parts])
    got: list[Article] = []
    for art in _read(paths):
        cut = _work([art], Config(), (), "x", cut=True)
        cut = pickle.loads(pickle.dumps(cut))  # what crosses the process boundary
        assert isinstance(cut, Outcome) and cut.cuts is not None and cut.where == "x"
        done = finish_cleaning(cut.cuts, cut.where)
        assert done.error is None
        got.extend(done.articles)

    assert len(got) == len(expected) > 100
    assert got == expected
    assert any(b.label == "boilerplate" for a in got for b in a.blocks)
    # the counts, key order included (it is the stored text)
    assert json.dumps(parts.to_dict()) == json.dumps(whole.to_dict())


def _read(paths: list[Path]) -> list[Article]:
    return [a for a in read_paths(paths, Config()) if not isinstance(a, Failure)]


def test_a_bug_in_the_cut_is_an_e099_line_for_its_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, start: int = 0, **kwargs: object) -> list[object]:
        raise ValueError("a cut bug")

    monkeypatch.setattr(clean_stage, "split_lines", broken)
    art = Article(id="a", text="नई दिल्ली में आज बारिश हुई।", source_path="in.jsonl",
                  record="line 4")
    result = _work([art], Config(), (), "in.jsonl:line 4", cut=True)
    assert isinstance(result, Outcome) and result.cuts is None and result.articles == []
    assert result.error is not None and result.error.startswith(
        "E099 in.jsonl:line 4: internal error in the pipeline: ValueError: a cut bug (at")


def test_a_bug_while_finishing_is_an_e099_line_and_the_run_goes_on(
        tmp_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = corpus_sample(shared_data, 3)
    real = clean_stage.finish

    def finish(cut: clean_stage.Cut, templates: OutletTemplates | None = None) -> Article:
        if cut.article.source_path == str(paths[1]):
            raise ValueError("a finishing bug")
        return real(cut, templates)

    monkeypatch.setattr(clean_stage, "finish", finish)
    monkeypatch.setattr("khabar.executor.INLINE_FORKED", 0)
    monkeypatch.setattr("khabar.executor.INLINE_ARTICLES", 0)
    report = ingest(paths, Config(db_path=tmp_path / "k.db"), jobs=2)
    (line,) = report.failures
    assert line.startswith(f"E099 {paths[1]}: internal error in the pipeline: ValueError:"
                           " a finishing bug (at")
    assert report.counts["failed"] == 1 and report.counts["new"] > 20


def test_the_cut_trip_holds_few_records_and_calls_back_once_all_are_cleaned(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A cut record comes back with all its articles' lines (a dump holds tens): the first trip
    is bounded in records, the second in articles, as before."""
    from collections.abc import Iterable, Iterator

    from khabar import executor, stagepool

    windows: list[int | None] = []

    def passthrough(self: object, items: Iterable[tuple[int, object]], window: int | None = None,
                    ahead: int | None = None) -> Iterator[tuple[int, object]]:
        windows.append(window)
        yield from items

    monkeypatch.setattr(stagepool.StagePool, "map", passthrough)
    cleaned: list[bool] = []
    run = executor.Executor[int](Config(), ["clean", "lang"], jobs=2)
    assert list(run.map(iter([(1, None)]), lambda: cleaned.append(True))) == [(1, None)]
    assert sorted(windows, key=str) == [executor.CUT_RECORDS_PER_WORKER * 2, None]
    assert cleaned == [True]

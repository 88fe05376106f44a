"""Round sc41 (issue 16): where workers are forked, ``ingest --jobs N`` forks them at the first
task instead of after running a few articles' stages here first (``INLINE_FORKED``), so the
stage models load in the worker and in this process at once rather than in this process alone
while the other core idles. These tests check structure, not timings: no stage after ``clean``
runs here before the pool has its first task, and the stored tables stay those of ``--jobs 1``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from khabar import executor, stagepool
from khabar.config import Config
from khabar.executor import Executor
from khabar.ingest.api import ingest
from khabar.model import Article
from khabar.stagepool import Outcome, Task

from .dbdump import dump

NEWS = [
    ("भोपाल, 12 अप्रैल। स्वास्थ्य विभाग ने रविवार को बताया कि जिले में कोरोना संक्रमण के सात"
     " नए मरीज मिले हैं और उनके संपर्क में आए लोगों को क्वारंटीन किया गया है।"),
    ("जयपुर, 13 अप्रैल। राज्य सरकार ने सोमवार को शहर के चार थाना क्षेत्रों में कर्फ्यू बढ़ाने का"
     " आदेश जारी किया। पुलिस ने लोगों से घरों में रहने की अपील की।"),
    ("पटना, 14 अप्रैल। मुख्यमंत्री ने मंगलवार को कहा कि गरीब परिवारों को अगले महीने तक मुफ्त"
     " राशन दिया जाएगा और इसके लिए सौ करोड़ रुपये जारी किए गए हैं।"),
]


def _forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers as Linux forks them when no other thread runs (a thread left by an earlier test
    of the suite, e.g. a server's, makes the executor spawn them instead); these tests start no
    worker, they check what the executor decides for forked ones."""
    import multiprocessing

    for module in (executor, stagepool):  # the Executor's choice, the pool's start
        monkeypatch.setattr(module, "_context", lambda: multiprocessing.get_context("fork"))


def _article(k: int) -> Article:
    return Article(id=f"sc41-{k}", text=NEWS[k % len(NEWS)], source_path=f"news-{k}.txt")


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_a_large_input_goes_to_the_pool_from_its_first_article(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked workers need no warm-up article here: once the input has more than
    ``INLINE_FORKED`` records, the very first article is a task (cut here, its stages in the
    pool), not an outcome of stages run in this process."""
    _forked(monkeypatch)
    run = Executor[int](Config(), ["clean", "lang", "entities", "time", "events"], jobs=2)
    items = run.look_ahead(_article(k) for k in range(executor.INLINE_FORKED + 1))
    first = run.start(next(items))
    assert isinstance(first, Task) and first.cut
    assert [a.id for a in first.articles] == ["sc41-0"]
    assert [a.id for a in items] == [f"sc41-{k}" for k in range(1, executor.INLINE_FORKED + 1)]


@pytest.mark.skipif(sys.platform != "linux", reason="workers are forked on Linux only")
def test_a_small_input_still_runs_here_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed refresh of a few records starts no worker: its articles' stages run here."""
    _forked(monkeypatch)
    run = Executor[int](Config(), ["clean", "lang"], jobs=2)
    items = list(run.look_ahead(_article(k) for k in range(executor.INLINE_FORKED)))
    outcomes = [run.start(item) for item in items]
    assert all(isinstance(o, Outcome) and o.error is None for o in outcomes)


def test_spawned_workers_still_wait_for_enough_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where workers are spawned (each imports and loads everything), a small ingest still runs
    here alone: the first articles are outcomes, not tasks."""
    import multiprocessing

    for module in (executor, stagepool):  # the Executor's choice, the pool's start
        monkeypatch.setattr(module, "_context", lambda: multiprocessing.get_context("spawn"))
    run = Executor[int](Config(), ["clean", "lang"], jobs=2)
    first = run.start(_article(1))
    assert isinstance(first, Outcome) and first.error is None
    assert [a.id for a in first.articles] == ["sc41-1"]
    assert {b.lang for b in first.articles[0].blocks if b.label == "body"} == {"hi"}


def test_jobs_2_forked_at_the_first_task_stores_what_jobs_1_stores(tmp_path: Path) -> None:
    """Articles written like the news, one file each, through the whole pipeline: the tables of
    ``--jobs 2`` (pool started at the first task) are those of ``--jobs 1``, byte for byte."""
    paths = []
    for k in range(12):
        path = tmp_path / "in" / f"news-{k:02d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(NEWS[k % len(NEWS)].replace("अप्रैल", "अप्रैल" + " " * (k % 2))
                        + f" यह जानकारी {k + 1} अधिकारियों ने दी।\n", encoding="utf-8")
        paths.append(path)
    one = ingest(paths, Config(db_path=tmp_path / "one.db"), jobs=1)
    two = ingest(paths, Config(db_path=tmp_path / "two.db"), jobs=2)
    assert one.failures == two.failures == []
    assert one.counts == two.counts and one.counts["new"] == 12
    assert dump(tmp_path / "one.db") == dump(tmp_path / "two.db")

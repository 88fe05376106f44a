"""benchmarks/jobs_parts.py: each part's CPU where it runs, summed over the processes of
``ingest --jobs N``, and the entities stage's per-word work counted per process (round sc54)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from scripts import load_script

CORPUS = Path(os.environ.get("KHABAR_DATA", "../shared/data")) / "corpus" / "hindi-covid-2020"


def _busy(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_a_stage_is_timed_without_the_stage_before_it() -> None:
    parts = load_script("benchmarks", "jobs_parts")
    parts._ACC.clear()

    def slow_source() -> Iterator[str]:  # the stage before: 30 ms of work per article
        for text in ("दिल्ली में आज बारिश हुई।", "पटना में स्कूल खुले।"):
            _busy(0.03)
            yield text

    def quick(articles: Iterable[str], config: object) -> Iterator[str]:
        for article in articles:
            yield article.upper()

    def slow(articles: Iterable[str], config: object) -> Iterator[str]:
        for article in articles:
            _busy(0.02)
            yield article

    assert list(parts._timed("lang", quick)(slow_source(), None)) == [
        "दिल्ली में आज बारिश हुई।", "पटना में स्कूल खुले।"]
    assert parts._ACC["lang"] < 0.02  # the 60 ms of the source are not the stage's
    assert list(parts._timed("time", slow)(["लखनऊ में 20 नए मामले।"], None)) == [
        "लखनऊ में 20 नए मामले।"]
    assert 0.015 <= parts._ACC["time"] < 0.5


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs the corpus (KHABAR_DATA)")
def test_two_processes_count_their_work_each(monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "benchmarks"))
    parts = load_script("benchmarks", "jobs_parts")
    from scale import corpus_sample

    files = corpus_sample(2)  # 10 records: more than executor.INLINE_FORKED, so workers fork
    one, two = parts.run(files, 1, None), parts.run(files, 2, None)
    assert one["processes"] == 1 and two["processes"] >= 2
    assert two["others"]["entities"] > 0 and two["others"]["seal"] > 0
    assert one["all"]["clean"] > 0 and two["all"]["clean"] == 0  # cut and finished instead
    assert two["all"]["cut"] > 0 and two["all"]["finish"] > 0
    for key in ("word rows", "sentences tagged", "deva_key", "alias_key", "KB surfaces"):
        # the same articles, so the same work at least; a word both processes meet counts twice
        assert two["all"][key] >= one["all"][key] > 0, key

"""Round sc45 (issue 16): a worker's result crosses sealed (pickled in the worker, one bytes
object through the pool) and the caller's main thread opens it when it takes it
(:func:`khabar.stagepool._sealed_work`, :func:`khabar.stagepool._opened`), so the pool's manager
thread no longer unpickles results on the worker's core. These tests check structure, not
timings: what a worker sends back is bytes, and opened it is what the task gives when run
here; through the pool's map the caller gets outcomes in order; opened where the caller takes
results, a stage bug is still one E099 line for its record and a setup error still stops the
run with its code."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future

import pytest

from khabar import pipeline, stagepool
from khabar.config import Config
from khabar.errors import E, KhabarError
from khabar.model import Article
from khabar.stagepool import Outcome, StagePool, Task, ordered_map
from khabar.store.db import ROW_KEY

STAGES = ("clean", "lang", "entities", "time", "events")

# Written like the news (not taken from any gold file).
NEWS = [
    ("इंदौर में 20 नए संक्रमित\n\n"
     "इंदौर, 14 अप्रैल। जिला प्रशासन ने मंगलवार को बताया कि शहर में कोरोना के 20 नए मरीज"
     " मिले हैं। कलेक्टर ने खजराना इलाके की सभी दुकानें 25 अप्रैल तक बंद रखने का आदेश"
     " दिया।\n"),
    ("लखनऊ में भोजन के पैकेट बांटे\n\n"
     "लखनऊ, 15 अप्रैल। नगर निगम ने बुधवार को शहर की बस्तियों में तीन हजार परिवारों को"
     " भोजन के पैकेट बांटे।\n"),
]


def _articles() -> list[Article]:
    return [Article(id=f"sc45-{n}", text=text, source_path=f"r{n}.txt", outlet="Test")
            for n, text in enumerate(NEWS)]


def test_a_worker_s_result_crosses_sealed_and_opens_to_the_task_s_outcome() -> None:
    here = stagepool._work(_articles(), Config(), STAGES, "r.txt", True, False, None, True)
    sealed = stagepool._sealed_work(_articles(), Config(), STAGES, "r.txt", True, False, None,
                                   True)
    assert isinstance(sealed, bytes)
    opened = stagepool._opened(sealed)
    assert isinstance(opened, Outcome) and isinstance(here, Outcome) and opened.error is None
    assert [a.id for a in opened.articles] == ["sc45-0", "sc45-1"]
    # the stored rows the writer reads (the analysis rides in them, see store.db.lighten)
    assert [a.extra[ROW_KEY] for a in opened.articles] == [a.extra[ROW_KEY] for a in here.articles]
    assert stagepool._opened(here) is here  # a task run here is never sealed


def test_the_pool_s_map_gives_opened_outcomes_in_order() -> None:
    cleaned = [(n, Task(stagepool.run_stages([art], Config(), ["clean"], art.source_path).articles,
                        art.source_path)) for n, art in enumerate(_articles())]
    with StagePool[int](Config(), STAGES[1:], 1) as pool:
        assert isinstance(pool.submit(cleaned[0][1]).result(), bytes)  # sealed in the worker
        out = list(pool.map(iter(cleaned)))
    assert [key for key, _ in out] == [0, 1]
    rows = []
    for _, outcome in out:
        assert isinstance(outcome, Outcome) and outcome.error is None and outcome.articles
        rows.append(outcome.articles[0].extra[ROW_KEY].data)
    assert b'"COERCE"' in rows[0] and b'"COERCE"' not in rows[1]  # the order closing shops


@pipeline.stage("test_sc45_boom", requires=("text",))
def _boom(articles: Iterable[Article], config: Config) -> Iterator[Article]:
    for art in articles:
        if "बम" in art.text:
            raise ValueError("a stage bug")
        if "कुंजी" in art.text:
            raise KhabarError(E.E030, where="kb.yaml", detail="line 3: no name")
        yield art


def _task(text: str) -> Task:
    return Task([Article(id="b1", text=text, source_path="in.jsonl", record="line 4")],
                "in.jsonl:line 4")


def _sealed(task: Task) -> Future[Outcome | stagepool._SetupError | bytes]:
    """A worker's answer to ``task`` as the pool hands it back: sealed (the stage above is
    registered in this process only, so it runs here rather than in a spawned worker)."""
    done: Future[Outcome | stagepool._SetupError | bytes] = Future()
    done.set_result(stagepool._sealed_work(task.articles, Config(), ("test_sc45_boom",),
                                          task.where, True, False, None, True))
    return done


def test_a_stage_bug_in_a_worker_is_still_one_e099_line() -> None:
    [(_, outcome)] = list(ordered_map(iter([(0, _task("स्टेशन पर बम की अफवाह फैली"))]), _sealed, 4))
    assert isinstance(outcome, Outcome) and outcome.articles == []
    assert outcome.error is not None and outcome.error.startswith(
        "E099 in.jsonl:line 4: internal error in the pipeline: ValueError: a stage bug (at")


def test_a_setup_error_in_a_worker_still_stops_the_run_with_its_code() -> None:
    with pytest.raises(KhabarError) as info:
        list(ordered_map(iter([(0, _task("कुंजी खो गई"))]), _sealed, 4))
    assert info.value.message == "E030 kb.yaml: malformed knowledge-base file: line 3: no name"

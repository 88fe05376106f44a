"""Speed round sp23 (issue 16): the entities stage reads each batch of articles with the cyclic
garbage collector held off (``stage._collected_per_batch``), so it runs once after the batch
instead of every 700 allocations within it. The mentions must be exactly those of the batch read
with the collector on, and the collector must be on again (or still off, where the caller had
switched it off) whenever an article is handed on."""

from __future__ import annotations

import copy
import gc
from pathlib import Path

from khabar import pipeline
from khabar.config import Config
from khabar.entities import stage
from khabar.entities.kb import load_kb
from khabar.model import Article

from .conftest import corpus_day_articles


def _mentions(articles: list[Article]) -> list[str]:
    """Every field of every mention, as written out (``Mention`` is a dataclass)."""
    return [repr(a.mentions) for a in articles]


def test_same_mentions_as_with_the_collector_on(shared_data: Path) -> None:
    articles = corpus_day_articles(shared_data)[:64]  # two batches of TAG_BATCH
    config = Config()
    held = copy.deepcopy(articles)
    seen = []
    for article in pipeline.run_local(held, config, ["entities"], given=["blocks", "sentences"]):
        seen.append(gc.isenabled())  # the collector is on whenever an article is handed on
        assert article.status != "ok" or article.mentions is not None
    assert seen and all(seen) and gc.isenabled()
    straight = copy.deepcopy(articles)
    kb = load_kb(config)
    for start in range(0, len(straight), stage.TAG_BATCH):
        stage._batch_mentions(straight[start:start + stage.TAG_BATCH], kb, config)
    assert _mentions(held) == _mentions(straight)
    assert sum(len(a.mentions) for a in held) > 100


def test_the_collector_is_left_as_the_caller_had_it() -> None:
    assert gc.isenabled()
    with stage._collected_per_batch():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with stage._collected_per_batch():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    try:
        with stage._collected_per_batch():
            raise KeyError("x")
    except KeyError:
        pass
    assert gc.isenabled()

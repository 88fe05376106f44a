"""Story preparation in the workers: the signals an ingest worker reads off an article are the
ones the clusterer computes itself, they are never stored, and a stale one is not used."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np

from khabar import pipeline
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths
from khabar.model import Article
from khabar.store.db import Store, article_data
from khabar.stories.dedup import fingerprint, signature, text_key
from khabar.stories.features import extract, story_text
from khabar.stories.persist import assign
from khabar.stories.prepare import KEY, Prepared, attach, prepare, prepared
from khabar.stories.signature import signature_of

from .conftest import EXAMPLES


def _seeds() -> list[Article]:
    config = Config()
    read = [a for a in read_paths([EXAMPLES], config) if not isinstance(a, Failure)]
    return list(pipeline.run_local(read, config))


def test_a_preparation_is_what_the_clusterer_reads_off_the_seed_itself() -> None:
    for art in _seeds():
        ready = prepare(art, Config())
        features = extract(art)
        text = (features.title or "") + "\n" + story_text(art)
        assert ready.features == features
        assert ready.signature == signature_of(art)
        key, hashvalues = ready.fingerprint
        assert key == text_key(text) and hashvalues is not None
        assert np.array_equal(hashvalues, signature(text))


def test_a_fingerprint_of_a_short_text_has_no_minhash() -> None:
    key, hashvalues = fingerprint("दिल्ली में बारिश")
    assert key == text_key("दिल्ली में बारिश") and hashvalues is None


def test_prepared_seeds_are_placed_as_unprepared_ones_and_the_preparation_is_not_stored(
    tmp_path: Path,
) -> None:
    placed = {}
    for name, ready in (("plain", False), ("prepared", True)):
        articles = _seeds()
        if ready:
            attach(articles, Config())
            assert all(isinstance(a.extra[KEY], Prepared) for a in articles)
            assert all(KEY not in article_data(a)["extra"] for a in articles)
        with Store(tmp_path / f"{name}.db") as store, store.transaction():
            for art in articles:
                store.put_article(art)
            placed[name] = assign(store.conn, articles, Config())
        assert all(KEY not in a.extra for a in articles)  # taken off once used
        with sqlite3.connect(tmp_path / f"{name}.db") as conn:
            stored = [json.loads(d) for (d,) in conn.execute("SELECT data FROM articles")]
        assert stored and all(KEY not in d["extra"] for d in stored)
    assert placed["plain"] == placed["prepared"]


def test_a_preparation_made_under_another_id_is_not_used() -> None:
    art = _seeds()[0]
    ready = prepare(art, Config())
    art.extra[KEY] = ready
    art.id = "renamed"
    again = prepared(art, Config())
    assert again.features.article_id == "renamed" and again is not ready
    art.extra[KEY] = "not a preparation"
    assert prepared(art, Config()).features.article_id == "renamed"

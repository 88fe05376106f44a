"""The store: idempotent writes, versions, Hindi full-text search, crash safety, schema versions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.config import Config
from khabar.errors import KhabarError
from khabar.ingest import api
from khabar.ingest.api import ingest
from khabar.store.db import Store
from khabar.store.schema import MIGRATIONS

from .conftest import EXAMPLES, SEED_003

# The store's behaviour does not depend on the analysis stages: run none, for speed.
NO_STAGES: list[str] = []


def cfg(tmp_path: Path) -> Config:
    return Config(db_path=tmp_path / "k.db")


def test_reingest_is_idempotent_and_a_changed_page_is_a_new_version(tmp_path: Path) -> None:
    config = cfg(tmp_path)
    first = ingest([EXAMPLES], config, stages=NO_STAGES)
    assert dict(first.counts) == {"new": 2}
    again = ingest([EXAMPLES], config, stages=NO_STAGES)
    assert dict(again.counts) == {"unchanged": 2}
    changed = tmp_path / SEED_003.name
    changed.write_text(SEED_003.read_text(encoding="utf-8").replace("बुधवार", "मंगलवार", 1), encoding="utf-8")
    third = ingest([changed], config, stages=NO_STAGES)
    assert dict(third.counts) == {"updated": 1}
    with Store(config.db_path) as store:
        versions = store.versions("cf99c38d322cc213")
        assert [(v["version"], v["is_current"]) for v in versions] == [(1, 0), (2, 1)]
        assert "मंगलवार" in store.get_article("cf99c38d322cc213").text
        assert "बुधवार को फोन" in store.get_article("cf99c38d322cc213", version=1).text
        assert store.stats()["articles"] == 2


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        ("पुतिन", 2),
        ("जिनपिंग", 2),
        ('"वीडियो कॉल"', 2),
        ("जिनपि*", 2),  # prefix search
        ("उशाकोव", 1),  # only 003 names Ushakov
        ('"पुतिन और जिनपिंग"', 1),  # phrase in 000 only
        ("कि", 2),
        ("NATO", 1),
    ],
)
def test_hindi_full_text_search(tmp_path: Path, query: str, hits: int) -> None:
    config = cfg(tmp_path)
    ingest([EXAMPLES], config, stages=NO_STAGES)
    with Store(config.db_path) as store:
        assert len(store.search(query)) == hits


def test_vowel_signs_are_part_of_words(tmp_path: Path) -> None:
    """'की' must not match a search for 'कि' (unicode61's default drops the vowel sign)."""
    config = cfg(tmp_path)
    page = tmp_path / "a.txt"
    page.write_text("ट्रंप की यात्रा", encoding="utf-8")
    ingest([page], config, stages=NO_STAGES)
    with Store(config.db_path) as store:
        assert store.search("कि") == []
        assert len(store.search("की")) == 1
        with pytest.raises(KhabarError, match="E050"):
            store.search('"unbalanced')


def test_crash_mid_batch_keeps_committed_articles_and_no_half_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = cfg(tmp_path).with_(commit_every=1)
    calls = {"n": 0}
    real_put = Store.put_article

    def put_then_crash(self: Store, art):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        result = real_put(self, art)
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the process dies after writing part of the second batch
        return result

    monkeypatch.setattr(Store, "put_article", put_then_crash)
    with pytest.raises(KeyboardInterrupt):
        ingest([EXAMPLES], config, stages=NO_STAGES)
    monkeypatch.undo()
    with Store(config.db_path) as store:
        assert store.stats()["articles"] == 1  # the first, committed batch survives
        assert store.conn.execute("SELECT count(*) FROM raw_inputs").fetchone()[0] == 1
        assert store.conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 1
    assert dict(ingest([EXAMPLES], config, stages=NO_STAGES).counts) == {"unchanged": 1, "new": 1}


def test_stage_bug_is_logged_against_its_document_and_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(articles, config, names, given=()):  # type: ignore[no-untyped-def]
        for art in articles:
            if art.id.startswith("cf99"):
                raise RuntimeError("boom")
            yield art

    monkeypatch.setattr(api.pipeline, "run_local", broken)
    report = ingest([EXAMPLES], cfg(tmp_path))
    assert dict(report.counts) == {"new": 1, "failed": 1}
    assert report.failures[0].startswith(f"E099 {SEED_003}: internal error in the pipeline: RuntimeError: boom")


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(KhabarError, match="E022"):
        Store(path)


def test_a_store_of_the_previous_schema_is_migrated_and_keeps_its_articles(tmp_path: Path) -> None:
    """A store written before the raw_inputs path index (schema 2) opens, gains the index, and the
    re-crawl lookup uses it instead of scanning every raw input."""
    config = cfg(tmp_path)
    ingest([EXAMPLES], config, stages=NO_STAGES)
    conn = sqlite3.connect(config.db_path)
    conn.execute("DROP INDEX raw_inputs_source")
    conn.execute("ALTER TABLE events DROP COLUMN actors_en")  # added by schema 4
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Store(config.db_path) as store:
        assert store.schema_version == len(MIGRATIONS) == 6
        plan = " ".join(str(tuple(r)) for r in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT sha256 FROM raw_inputs WHERE source_path = ?", ("x",)))
        assert "raw_inputs_source" in plan
    assert dict(ingest([EXAMPLES], config, stages=NO_STAGES).counts) == {"unchanged": 2}


def test_not_a_database_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(KhabarError, match="^E020 "):
        Store(path)


def test_unknown_article_and_prefix_lookup(tmp_path: Path) -> None:
    config = cfg(tmp_path)
    ingest([EXAMPLES], config, stages=NO_STAGES)
    with Store(config.db_path) as store:
        assert store.get_article("cf99c3").id == "cf99c38d322cc213"
        with pytest.raises(KhabarError, match="E021"):
            store.get_article("ffff")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations([0, 1, 2]), repeats=st.integers(min_value=1, max_value=3))
def test_reingest_in_any_order_gives_the_same_store(tmp_path_factory: pytest.TempPathFactory, order: list[int], repeats: int) -> None:
    base = tmp_path_factory.mktemp("inputs")
    files = []
    for n, text in enumerate(["शी जिनपिंग ने पुतिन से बात की।", "ट्रंप ने जिनपिंग से फोन पर बात की।", "पुतिन चीन जाएंगे।"]):
        path = base / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    config = Config(db_path=tmp_path_factory.mktemp("db") / "k.db")
    for _ in range(repeats):
        ingest([files[i] for i in order], config, stages=NO_STAGES)
    with Store(config.db_path) as store:
        rows = store.conn.execute("SELECT id, version, content_hash FROM articles ORDER BY id").fetchall()
    assert [(r["version"]) for r in rows] == [1, 1, 1]
    assert len({r["id"] for r in rows}) == 3

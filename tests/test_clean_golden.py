"""Golden test: the cleaned seed articles equal the hand annotation in seeds-gold/seeds.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.clean.stage import clean_one
from khabar.model import Article

from .conftest import SEED_000, SEED_003


def _seed(path: Path) -> Article:
    return Article(id=path.stem, text=path.read_text(encoding="utf-8"), source_path=str(path),
                   source_kind="seed")


def _line_span(text: str, number: int) -> tuple[int, int]:
    start = 0
    for _ in range(number - 1):
        start = text.index("\n", start) + 1
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


@pytest.mark.parametrize("path", [SEED_000, SEED_003], ids=["000", "003"])
def test_seed_lines_match_gold(path: Path, seeds_gold: dict) -> None:
    gold = seeds_gold["documents"][path.name]
    art = clean_one(_seed(path))
    by_line = {b.line: b for b in art.blocks}
    expected = gold["content_lines"] + gold["boilerplate_lines"]
    assert sorted(by_line) == sorted(g["line"] for g in expected)
    for g in expected:
        block = by_line[g["line"]]
        ok = {g["label"], *g.get("label_also_ok", [])}
        assert block.label in ok, (g["line"], block.label, g["label"])
        start, end = _line_span(art.text, g["line"])
        if "strip_prefix" in g:
            assert art.text[start : start + len(g["strip_prefix"])] == g["strip_prefix"]
            assert block.start == start + len(g["strip_prefix"])
        if "strip_suffix" in g:
            assert block.end == end - len(g["strip_suffix"])
        if g["label"] != "boilerplate" and "strip_prefix" not in g and "strip_suffix" not in g:
            assert (block.start, block.end) == (start, end)


@pytest.mark.parametrize("path", [SEED_000, SEED_003], ids=["000", "003"])
def test_seed_metadata_matches_gold(path: Path, seeds_gold: dict) -> None:
    doc = seeds_gold["documents"][path.name]
    meta = doc["metadata"]
    art = clean_one(_seed(path))
    assert art.status == "ok"
    assert art.dct == doc["dct"] and art.provenance["dct"] == "header"
    assert art.title == meta["title"]
    if meta["outlet"] is None:
        assert art.outlet is None
    else:
        assert art.outlet in {meta["outlet"], *meta.get("outlet_also_ok", [])}
    assert art.authors == ([meta["author"]] if meta["author"] else [])
    assert art.published == meta["published"]
    assert art.wire == meta["wire"]
    assert art.topic_label == meta.get("topic_label")
    if meta.get("summary"):
        assert art.summary == meta["summary"]


def test_seed_003_provenance_and_bio_excluded() -> None:
    art = clean_one(_seed(SEED_003))
    assert art.provenance["published"] == "byline"
    assert art.provenance["authors"] == "byline"
    assert "अगस्त 2025" not in art.body  # the author bio never reaches the story
    assert art.body.count("चीनी राष्ट्रपति शी जिनपिंग और अमेरिकी") == 2  # summary + lede, not more


def test_seed_000_wire_cut_from_body() -> None:
    art = clean_one(_seed(SEED_000))
    assert art.body.endswith("विचार किया गया.")
    assert art.provenance["wire"] == "credit"
    assert not art.body.startswith(" date")

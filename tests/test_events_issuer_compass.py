"""The compass districts named before a sentence come from one reading of the article and equal
what reading the article's prefix up to that sentence gives (it used to be re-read per sentence)."""

from __future__ import annotations

import re
from pathlib import Path

from khabar.events.issuer import _compass_districts_before, compass_districts

DAY_FILES = ("NT-2020-APR/NT-2020-APR-20.txt", "NT-2020-APR/NT-2020-APR-10.txt", "NT-2020-MAR/NT-2020-MAR-03.txt")


def _check(text: str) -> int:
    starts = [0] + [m.end() for m in re.finditer(r"[।\n]\s*", text)]
    for start in starts:
        assert _compass_districts_before(text, start) == compass_districts(text[:start]), start
    return len(compass_districts(text))


def test_prefix_districts_equal_on_corpus_day_files(shared_data: Path) -> None:
    root = shared_data / "corpus" / "hindi-covid-2020" / "Corpora" / "Navbharat Times"
    found = sum(_check(root.joinpath(name).read_text(encoding="utf-8")[:40_000]) for name in DAY_FILES)
    assert found >= 3  # the files name Delhi's districts by compass words


def test_joiners_hyphens_and_a_pair_across_the_start() -> None:
    text = ("वेस्ट-दिल्ली\u200d में सील। साउथ\u200c ईस्ट दिल्ली के डीएम ने कहा। पश्चिमी\n"
            "दिल्ली में कर्फ्यू। उत्तरी")
    assert _check(text) == 3
    assert _compass_districts_before(text, 0) == []
    assert _compass_districts_before("", 0) == []

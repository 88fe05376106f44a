"""Two incidents of one type in one place, neither dated: the numbers of their leads tell them apart.

`khabar eval stories --explain` counted the wrongly joined gold pairs of the 111 disaster articles
by rule: most were incident reports sharing a place and a type but no time (undated web reports
naming a weekday). Two reports of one incident repeat some figure (a toll, the injured, an hour,
a ward); two fires in one block a week apart do not. The real-text test reads two such fire
reports of the disaster corpus (a distractor pair of the development gold).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import khabar.stories.cluster as cluster_mod
from khabar.model import Article
from khabar.stories.signature import Signature, numbers_apart, signature_of

from .test_stories_followup import _read, _stories

ARARIA = ("araria-fire-accident-17473531.txt.xml", "araria-fire-accident-17831825.txt.xml")


def test_two_fires_in_one_block_share_no_number_and_stay_apart(
    shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = _read(shared_data, ARARIA)
    sigs = [signature_of(a) for a in arts]
    assert all(s.numbers for s in sigs) and not (sigs[0].numbers & sigs[1].numbers)
    assert sigs[0].lead_places & sigs[1].lead_places  # one place, one type, no date
    first, second = _stories(arts)
    assert first != second
    monkeypatch.setattr(cluster_mod, "NUMBERS_VETO", False)
    first, second = _stories(arts)
    assert first == second  # what the rule changes
    # each number keeps its evidence: offsets into the article's text
    art, sig = arts[0], sigs[0]
    value = sorted(sig.numbers)[0]
    start, end = sig.evidence[f"number {value}"]
    assert art.text[start:end].translate({0x0966 + i: str(i) for i in range(10)}) == value


def test_numbers_rule_needs_numbers_on_both_sides_and_leaves_years_to_the_time_fields() -> None:
    fire = Signature(types=frozenset({"fire"}), numbers=frozenset({"5", "13"}))
    update = Signature(types=frozenset({"fire"}), numbers=frozenset({"13", "7"}))
    other = Signature(types=frozenset({"fire"}), numbers=frozenset({"12"}))
    assert not numbers_apart(fire, update)  # a figure repeated: the same fire
    assert numbers_apart(fire, other)
    assert not numbers_apart(fire, Signature(types=frozenset({"fire"})))  # nothing to compare
    lead = "अररिया में सोमवार की रात २०१८ में लगी आग में ५ घर जले, 13 मवेशी झुलसे।"
    assert signature_of(Article(id="a", text=lead)).numbers == {"5", "13"}


def test_an_article_with_no_text_has_no_numbers() -> None:
    assert signature_of(Article(id="blank", text="")).numbers == frozenset()

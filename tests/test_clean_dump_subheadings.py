"""Round sg1 (issue 14): a line under 45 characters inside a dump is a sub-heading of the report
above unless a dateline opens the line under it or two empty lines (or a line of spaces) set it
apart. Sentences written for the test in the style of
the news (not taken from any gold)."""

from __future__ import annotations

from dump_articles import LABS_BODY as _BODY2
from dump_articles import LABS_HEAD as _HEAD2
from dump_articles import MARKETS_BODY as _BODY
from dump_articles import MARKETS_HEAD as _HEAD1
from dump_articles import MARKETS_MORE as _MORE
from khabar.clean.dump import split_dump

_SUB = "पुलिस: हर मोहल्ले में टीमें करेंगी गश्त"


def _starts(heading: str, body: str, gap: str = "\n\n") -> list[int]:
    """A report, ``gap``, ``heading`` over ``body``, then another article."""
    text = f"{_HEAD1}\n\n{_BODY}{gap}{heading}\n{body}\n\n{_HEAD2}\n{_BODY2}\n"
    return [p.first_line for p in split_dump(text)]


def test_short_subheading_over_a_section_stays_in_its_report() -> None:
    # a topic-prefixed sub-heading whose section repeats its words was cut as a new article
    # (line 5); no dateline opens the line under it, so it is the report's
    assert _starts(_SUB, _MORE) == [1, 8]


def test_short_headline_over_its_dateline_still_starts_an_article() -> None:
    # the same short line with a dateline under it opens an article of its own
    assert _starts(_SUB, "लखनऊ, एजेंसी । " + _MORE) == [1, 5, 8]


def test_short_headline_set_apart_still_starts_an_article() -> None:
    # two empty lines before it, or a line of spaces, are how some exports part articles
    assert _starts(_SUB, _MORE, gap="\n\n\n") == [1, 6, 9]
    assert _starts(_SUB, _MORE, gap="\n \n") == [1, 5, 8]


def test_long_headline_without_a_dateline_still_starts_an_article() -> None:
    head = "पुलिस: हर मोहल्ले में टीमें करेंगी गश्त, बिना कारण घूमने वालों पर लगेगा जुर्माना"
    assert _starts(head, _MORE) == [1, 5, 8]

"""Round sg2: a related-story link line ("यह भी पढ़ें- ...", "इसे भी देखें : ...") stays in the
report it sits in, even when it quotes a long headline over the report's next paragraph.
Sentences written for the test in the style of the news (not taken from any gold)."""

from __future__ import annotations

import pytest

from dump_articles import LABS_BODY as _BODY2
from dump_articles import LABS_HEAD as _HEAD2
from dump_articles import MARKETS_BODY as _BODY1
from dump_articles import MARKETS_HEAD as _HEAD1
from dump_articles import MARKETS_MORE as _MORE
from khabar.clean.dump import split_dump

# the linked headline: its words come back in the paragraph under it
_LINKED = "लॉकडाउन: पुलिस की टीमें हर मोहल्ले में करेंगी गश्त, बिना कारण घूमने वालों पर जुर्माना"


def _starts(line: str) -> list[int]:
    """A report with ``line`` between its paragraphs, then another article."""
    text = f"{_HEAD1}\n\n{_BODY1}\n\n{line}\n\n{_MORE}\n\n{_HEAD2}\n{_BODY2}\n"
    return [p.first_line for p in split_dump(text)]


@pytest.mark.parametrize("link", ["यह भी पढ़ें- ", "ये भी पढ़ें: ", "इसे भी देखें : "])
def test_related_link_stays_in_its_report(link: str) -> None:
    # the linked headline scored as a headline over the paragraph under it (which echoes it)
    assert _starts(link + _LINKED) == [1, 9]


def test_the_same_headline_without_the_link_words_still_starts_an_article() -> None:
    assert _starts(_LINKED) == [1, 5, 9]

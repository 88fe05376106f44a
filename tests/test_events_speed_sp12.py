"""Round sp12 (issue 16): the events stage's shortcuts hold the long way's answers.

No timings: each test holds a shortcut against the way it replaced, on short news sentences:
the words opening with सरकार asked in C (``coding.coded_mentions``), a heading line's right
margin read before its start is searched back for (``stage._whole_line``). The whole output is
checked by ``benchmarks/core_dump.py --days 76 --baseline`` (README, round sp12).
"""

from __future__ import annotations

import re
from itertools import repeat

from khabar.events import stage
from khabar.events.clause import sentences_of, tokenize
from khabar.model import Article

from .hindi_events import before_events

TEXT = (
    "पटना : बिहार सरकार ने राज्य के बाहर फंसे मजदूरों से अपील की है कि वे जहां हैं वहीं रहें।\n"
    "केंद्र ने सभी राज्य सरकारों से कहा कि वे प्रवासी मजदूरों के लिए शिविर बनाएं। "
    "कोरोना वायरस के संक्रमण को देखते हुए यह फैसला लिया गया।\n"
    "कोरोना के 12 नए केस\n"
    "प्रधानमंत्री नरेंद्र मोदी ने देश में लॉकडाउन की घोषणा की। लॉकडाउन के दौरान लोगों ने फोन किया।\n"
    "इटली में संक्रमण बढ़ने के बाद वहां के प्रधानमंत्री ने पूरे देश में लॉकडाउन लगा दिया।"
)


def _prepared(text: str = TEXT) -> Article:
    return before_events(text, "2020-03-23")


def test_words_opening_with_sarkar_are_found_as_the_generator_found_them() -> None:
    art = _prepared()
    seen = []
    for s in sentences_of(art):
        texts = [t.text for t in tokenize(art.text, s.start, s.end)]
        old = "सरकार" in texts or any(t.startswith("सरकार") for t in texts)
        new = any(map(str.startswith, texts, repeat("सरकार")))
        assert new == old
        seen.append(new)
    assert seen[:2] == [True, True]  # "सरकार", and "सरकारों" that only opens with it
    assert not all(seen)


def _whole_line_before_sp12(text: str, start: int, end: int) -> str | None:
    """:func:`stage._whole_line` as written in round sp9: the line's start searched back first."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or re.search(r"\S", text[line_end:]) is None:
        return None
    if re.search(r"\S", text[line_start:start]) or re.search(r"\S", text[end:line_end]):
        return None
    line = text[line_start:line_end].strip()
    if text[start:end].strip() != line or stage._BODY_END.search(line):
        return None
    return line


def test_a_heading_line_is_found_as_before_with_its_right_margin_read_first() -> None:
    art = _prepared()
    text = art.text
    found = []
    for s in sentences_of(art):
        stage._whole_line.cache_clear()
        line = stage._whole_line(text, s.start, s.end)
        assert line == _whole_line_before_sp12(text, s.start, s.end)
        found.append(line)
    assert "कोरोना के 12 नए केस" in found
    assert found[-1] is None  # the last line: a sentence, not a heading
    # the sentences that share their line turn away on the words after them
    stage._whole_line.cache_clear()
    first = sentences_of(art)[1]
    assert stage._whole_line(text, first.start, first.end) is None

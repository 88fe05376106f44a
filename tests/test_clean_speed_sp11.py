"""Round sp11 (issue 16): clean asks ``isalnum`` before a category lookup when it strips and
tests a line, and counts a line's frequent shingles in C; the same lines, the same labels.

No timings: no code point that is a letter or digit is a space, a format character or of a
Z or C category (so the pre-check never changes what a line's edges or emptiness are read as);
the lines of corpus texts and of lines made of spaces, format and zero-width characters are the
ones the per-character walk found; and whether a line is template is what the loop over its
shingles said, for every line of an outlet's days after learning them.
"""

from __future__ import annotations

import sys
import unicodedata

from conftest import corpus_sample
from khabar.clean.lines import split_lines
from khabar.clean.stage import split_if_dump
from khabar.clean.templates import (
    MIN_COUNT,
    MIN_DOCS,
    MIN_SHARE,
    SHINGLE_SHARE,
    OutletTemplates,
    _key_and_shingles,
)
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths

ODD = ("\u200b\u200c", "  \ufeff  \u00a0", "\u2028 x", "\u200dनमस्ते\u200c", " \u00ad\u2060 ",
       "\u200e१२\u200f", "“कोरोना”\u00a0", "\t—\u200b")


def _old_spans(text: str) -> list[tuple[int, int]]:
    """split_lines' line spans before round sp11: a category lookup at every edge character."""
    out, pos = [], 0
    while pos < len(text):
        nl = text.find("\n", pos)
        a, b = pos, len(text) if nl < 0 else nl
        while a < b and (text[a].isspace() or unicodedata.category(text[a]) == "Cf"):
            a += 1
        while b > a and (text[b - 1].isspace() or unicodedata.category(text[b - 1]) == "Cf"):
            b -= 1
        if a < b and any(not unicodedata.category(c).startswith(("Z", "C")) for c in text[a:b]):
            out.append((a, b))
        pos = (len(text) if nl < 0 else nl) + 1
    return out


def test_no_letter_or_digit_is_stripped_or_blank():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if ch.isalnum():
            assert not ch.isspace() and unicodedata.category(ch)[0] not in "ZC", hex(code)


def _texts(shared_data, days: int) -> list:
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, days), config)
            if not isinstance(a, Failure)]
    return [piece for a in read for piece in split_if_dump(a)]


def test_the_same_lines_are_found(shared_data):
    texts = [a.text for a in _texts(shared_data, 6)] + ["\n".join(ODD), *ODD]
    lines = 0
    for text in texts:
        assert [(ln.start, ln.end) for ln in split_lines(text)] == _old_spans(text), text[:60]
        lines += len(_old_spans(text))
    assert lines > 500


def _old_is_template(t: OutletTemplates, outlet: str, line: str) -> bool | None:
    """The shingle loop of is_template before round sp11 (None: not decided by the shingles)."""
    key, shingles = _key_and_shingles(line)
    docs = t.docs(outlet)
    if not shingles or (t._lines[outlet].get(key, 0) >= MIN_COUNT
                        and t._lines[outlet].get(key, 0) >= MIN_SHARE * docs):
        return None
    hits = 0
    for s in shingles:
        count = t._shingles[outlet].get(s, 0)
        if count >= MIN_COUNT and count >= MIN_SHARE * docs:
            hits += 1
    return hits >= SHINGLE_SHARE * len(shingles)


def test_template_lines_are_the_same(shared_data):
    pieces = _texts(shared_data, 8)
    t = OutletTemplates()
    for a in pieces:
        t.observe(a.outlet or "x", [ln.text for ln in split_lines(a.text)])
    decided = template = 0
    for a in pieces:
        outlet = a.outlet or "x"
        assert t.docs(outlet) >= MIN_DOCS
        for ln in split_lines(a.text):
            old = _old_is_template(t, outlet, ln.text)
            if old is not None and len(ln.text) <= 1500 and len(ln.text.split()) > 3:
                assert t.is_template(outlet, ln.text) is old, ln.text
                decided += 1
                template += old
    # an author bio reworded at its end on each page: template by its shingles, not its key
    bio = "राम कुमार दैनिक अखबार के वरिष्ठ संवाददाता हैं और स्वास्थ्य विषयों पर लिखते हैं"
    ends = ["दिल्ली", "लखनऊ", "पटना", "भोपाल", "जयपुर", "रांची", "देहरादून", "शिमला"]
    for end in ends:
        t.observe("bio", [f"{bio} {end}", f"आज की खबर {end} से"])
    for line in (f"{bio} आगरा", f"{bio} कानपुर और", "मंत्री ने कहा कि जांच के नतीजे जल्द आएंगे और सबको बताया जाएगा"):
        old = _old_is_template(t, "bio", line)
        assert old is not None and t.is_template("bio", line) is old, line
        decided += 1
        template += old
    assert decided > 500 and 0 < template < decided, (decided, template)

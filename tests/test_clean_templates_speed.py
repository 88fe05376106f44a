"""Template keys and shingles computed in one pass (digits folded once, words encoded once) are
the checksums of the original two-pass formulas: on real lines of the Hindi corpus and of HTML
extractions, and on odd input (empty, digits only, punctuation, zero-width characters)."""

from __future__ import annotations

import re
import zlib

import pytest

from khabar.clean.templates import SHINGLE_WORDS, OutletTemplates, _key_and_shingles

from .conftest import corpus_sample

_DIGITS = re.compile(r"\d+")
_NON_WORD = re.compile(r"[^\w\u0900-\u0963\u0966-\u097F]+|_")
_WORD = re.compile(r"[\w\u0900-\u0963\u0966-\u097F]+")


def _reference(text: str) -> tuple[int, set[int]]:
    """The formulas the stage used before: each line folded and joined as text, twice."""
    folded = _NON_WORD.sub("", _DIGITS.sub("0", text)).casefold()
    key = zlib.crc32(folded.encode("utf-8")) if folded else 0
    words = _WORD.findall(_DIGITS.sub("0", text).casefold())
    if len(words) < 2 * SHINGLE_WORDS:
        return key, set()
    return key, {zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8"))
                 for i in range(len(words) - SHINGLE_WORDS + 1)}


def test_same_checksums_on_real_lines(shared_data) -> None:
    paths = corpus_sample(shared_data, 3)
    lines = [ln for p in paths for ln in p.read_text(encoding="utf-8", errors="replace")
             .splitlines() if ln.strip()]
    assert len(lines) > 200
    for line in lines:
        assert _key_and_shingles(line) == _reference(line), line


@pytest.mark.parametrize("text", ["", "   ", "2020 12 31", "|||,,,", "\u200d\u200c",
                                  "ÅNGSTRÖM straße ǅ 1 2 3 4 5 6 7 8 9",
                                  "नई दिल्ली 12 मई 2020 को 5 लोग घायल हुए और 3 की मौत हो गई।",
                                  # casefolding that changes the words (ǰ -> j + a combining
                                  # mark, ß -> ss, İ), underscores inside words
                                  "ǰob İstanbul STRASSE straße snake_case_name __init__ a_b c d e f",
                                  "कोविड_19 अपडेट: राज्य में आज 1,234 नए मामले, कुल 56,789 हुए"])
def test_same_checksums_on_odd_input(text: str) -> None:
    assert _key_and_shingles(text) == _reference(text)


def test_templates_learn_as_before() -> None:
    """Five documents sharing a footer: the footer is template, the content line is not."""
    learner = OutletTemplates()
    footer = "Copyright 2020 Example News Private Limited all rights reserved worldwide today"
    for n in range(6):
        learner.observe("x", [f"story number {n} about something else entirely here", footer])
    assert learner.is_template("x", footer)
    assert not learner.is_template("x", "story number 7 about a new thing")


def _old_is_template(learner: OutletTemplates, outlet: str, line: str) -> bool:
    """``is_template`` as written before round sc34: ``_frequent`` called per shingle."""
    from collections import Counter

    from khabar.clean import templates as t

    if learner._docs[outlet] < t.MIN_DOCS or len(line) > t.MAX_LINE_CHARS:
        return False
    if t._DEVA_ONLY.match(line) and len(line.split()) <= t.PLACE_MAX_WORDS:
        return False
    key, shingles = learner._seen.get(line) or _key_and_shingles(line)
    if learner._frequent(outlet, learner._lines.get(outlet, Counter())[key]):
        return True
    if not shingles:
        return False
    counts = learner._shingles.get(outlet, Counter())
    hits = sum(1 for s in shingles if learner._frequent(outlet, counts[s]))
    return hits >= t.SHINGLE_SHARE * len(shingles)


def test_inlined_shingle_share_decides_as_before() -> None:
    """Lines that share part of a recurring footer (some shingles frequent, some not, around
    the 80% share and the count floors) are judged as the per-shingle ``_frequent`` judged
    them, after each document and for an outlet never seen."""
    footer = ("यह खबर हमारे संवाददाता ने भेजी है और इसे पढ़ने के लिए हमारे ऐप को"
              " डाउनलोड करें तथा हमें फेसबुक ट्विटर पर फॉलो करें")
    words = footer.split()
    probes = [footer, " ".join(words[:12]), " ".join(words[4:]),
              " ".join(words[:10] + ["राज्य", "सरकार", "ने", "कहा"]),
              " ".join(words[2:14] + ["आज"]), "लखनऊ में आज कोरोना के 120 नए मामले सामने आए",
              "Follow us on Facebook and Twitter for the latest news updates from Lucknow today"]
    learner = OutletTemplates()
    for n in range(12):
        tail = words[: 8 + n] if n % 3 else words
        body = [f"जिले में {n} नए मामले मिले और प्रशासन ने कंटेनमेंट जोन बढ़ाए", " ".join(tail)]
        learner.observe("x", body)
        for outlet in ("x", "y"):
            for line in probes + body:
                assert learner.is_template(outlet, line) == _old_is_template(learner, outlet,
                                                                             line), (n, line)

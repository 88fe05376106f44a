"""Round sp6 (issue 16): clean looks for furniture cues only where one can open, and counts a
line's stop words once per word where lowering changes nothing.

No timings: ``classify._FURNITURE_AT`` finds a cue in the same lines as ``FURNITURE_INFIX``
(its lead class is exactly the characters the cue alternatives open with, case-blind, over
every code point), on news-like lines with and without cues and on corpus lines; a measured
line's stop-word share is the one the word-and-its-lower-case count gave, on mixed-case, Greek
and Turkish lines and corpus lines, with two stop-word lists.
"""

from __future__ import annotations

import operator
import re
import re._parser as sre_parse
import zlib

from conftest import corpus_sample
from khabar.clean.classify import _FURNITURE_AT, _FURNITURE_LEAD
from khabar.clean.cues import FURNITURE_INFIX
from khabar.clean.lines import _WORD, DEFAULT_STOPWORDS, _measure, page_stopwords
from khabar.clean.templates import _DIGITS, line_keys
from khabar.config import Config
from khabar.ingest.readers import Failure, read_paths

LINES = [
    "ई-पेपर पढ़ें", "ई- पेपर", "ePaper", "E-PAPER", "साइन इन करें", "SIGN  IN", "ſign in",
    "Download the app", "download APP now", "ऐप डाउनलोड करें", "अभी पढ़ें", "यहां क्लिक करें",
    "Click Here", "पूरी खबर पढ़ने के लिए", "Follow us on Twitter", "Subscribe to our newsletter",
    "© 2020 Amar Ujala", "Copyright 2020", "कॉपीराइट", "All Rights Reserved.", "सर्वाधिकार सुरक्षित",
    "design in",  # a cue inside a word is a cue, as before
    # no cue: words that hold a cue's letters but not the cue
    "E-PAPER", "डिज़ाइन बदला", "सड़क पर पढ़ाई", "मुख्यमंत्री ने लॉकडाउन बढ़ाया", "download",
    "click", "follow", "", "ऐप", "a",
]


def test_lead_class_is_the_first_characters_of_the_cues_case_blind():
    firsts = set()
    (op, (_, branches)), = sre_parse.parse(FURNITURE_INFIX.pattern).data
    assert op is sre_parse.BRANCH
    for branch in branches:
        first_op, value = branch.data[0]
        assert first_op is sre_parse.LITERAL
        firsts.add(chr(value))
    case_blind = re.compile("(?i:[" + re.escape("".join(sorted(firsts))) + "])")
    lead = re.compile(_FURNITURE_LEAD)
    for code in range(0x110000):
        ch = chr(code)
        assert bool(lead.fullmatch(ch)) == bool(case_blind.fullmatch(ch)), hex(code)


def test_same_lines_hold_a_cue():
    for line in LINES:
        assert bool(_FURNITURE_AT.search(line)) == bool(FURNITURE_INFIX.search(line)), line
    assert sum(bool(_FURNITURE_AT.search(line)) for line in LINES) == 21


def test_same_corpus_lines_hold_a_cue(shared_data):
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 6), config) if not isinstance(a, Failure)]
    lines = [line for a in read for line in a.text.splitlines()]
    assert len(lines) > 1000
    for line in lines:
        assert bool(_FURNITURE_AT.search(line)) == bool(FURNITURE_INFIX.search(line)), line


def _old_stops(words: list[str], stopwords: frozenset[str]) -> int:
    known = stopwords.__contains__
    return sum(map(operator.or_, map(known, words), map(known, map(str.lower, words))))


MEASURED = [
    "मुख्यमंत्री ने कहा कि राज्य में लॉकडाउन तीन मई तक जारी रहेगा।",
    "The Chief Minister said THE lockdown will continue In the state.",
    "स्वास्थ्य विभाग ने The Hindu को बताया कि 12 नए मामले मिले",
    "ΣΟΦΙΑ and Σίσυφος in Athens",  # a capital sigma: lowered by context
    "İstanbul'da DIŞ işleri",  # a capital dotted I: lowered to two characters
    "", "123 456", "e-mail: Info@Example.COM",
]


def test_stop_word_share_is_counted_as_before(shared_data):
    lists = [DEFAULT_STOPWORDS, page_stopwords("Die Regierung hat am Montag die Schulen geschlossen "
                                              "und der Minister sagte, dass die Lage ernst ist.")]
    config = Config()
    read = [a for a in read_paths(corpus_sample(shared_data, 3), config) if not isinstance(a, Failure)]
    lines = MEASURED + [line for a in read for line in a.text.splitlines()]
    for stopwords in lists:
        for line in lines:
            words = _WORD.findall(line)
            stops = _old_stops(words, stopwords)
            n = len(words)
            assert _measure(line, stopwords, words)[4] == (stops / n if n else 0.0), line
    # the second pass matters where a word is its lower case only after lowering
    assert _old_stops(["The", "In"], DEFAULT_STOPWORDS) == 2
    assert _measure("The Minister In Delhi", DEFAULT_STOPWORDS)[4] == 0.5


def test_a_line_that_casefolds_to_itself_has_the_same_template_key():
    # no character's full casefolding is longer and begins with the character itself, so a
    # string that casefolds to itself holds only characters that do
    for code in range(0x110000):
        ch = chr(code)
        folded = ch.casefold()
        assert folded == ch or not folded.startswith(ch), hex(code)
    for line in [*MEASURED, "ß and ẞ in Straße", "ﬁle ŉ İ", "मामले 12 बढ़कर 1,245 हुए _x_"]:
        words = _WORD.findall(_DIGITS.sub("0", line))
        key = zlib.crc32("".join(words).replace("_", "").casefold().encode("utf-8")) if words else 0
        assert line_keys(line)[0] == key, line

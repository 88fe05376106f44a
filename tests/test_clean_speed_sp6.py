"""Round sp6 (issue 16): clean looks for furniture cues only where one can open.

No timings: ``classify._FURNITURE_AT`` finds a cue in the same lines as ``FURNITURE_INFIX``
(its lead class is exactly the characters the cue alternatives open with, case-blind, over
every code point), on news-like lines with and without cues and on corpus lines.
"""

from __future__ import annotations

import re
import re._parser as sre_parse

from conftest import corpus_sample
from khabar.clean.classify import _FURNITURE_AT, _FURNITURE_LEAD
from khabar.clean.cues import FURNITURE_INFIX
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

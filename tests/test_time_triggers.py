"""Trigger checks before the time regexes (issue 16) find exactly the atoms a full scan finds."""

from __future__ import annotations

import dataclasses

from khabar.time.grammar import scan
from khabar.time.tagger import _rules

TEXTS = [
    "लॉकडाउन 3 मई तक बढ़ा दिया गया है, पिछले साल जून में भी यही हुआ था।",
    "अपडेटेड: April 5, 2020, 10:30 am IST पर प्रधानमंत्री ने सोमवार सुबह बैठक की।",
    "रिपोर्ट 2020-04-05 को जारी हुई और 14:30 IST तक अपडेट होती रही।",
    "ſeptember 5, 2020 को \u212aelvin नाम की कंपनी बनी।",  # letters that match Latin ones case-blind
    "",
    "।। ,,, ??",
]


def _full(lang: str) -> list:
    return [dataclasses.replace(rule, trigger=None) for rule in _rules(lang)]


def test_triggered_scan_equals_full_scan():
    assert any(rule.trigger is not None for rule in _rules("hi"))
    for text in TEXTS:
        for start, end in ((0, len(text)), (len(text) // 2, len(text))):
            assert scan(_rules("hi"), text, start, end) == scan(_full("hi"), text, start, end)


def test_latin_dates_in_hindi_text_are_still_found():
    text = TEXTS[1]
    found = {text[a.start:a.end]: a.rule for a in scan(_rules("hi"), text, 0, len(text))}
    assert found["April 5, 2020, 10:30 am IST"] == "en.date"


def test_empty_and_reversed_ranges_give_nothing():
    assert scan(_rules("hi"), TEXTS[0], 5, 5) == []
    assert scan(_rules("hi"), TEXTS[0], 10, 3) == []

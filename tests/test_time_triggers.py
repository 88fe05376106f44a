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


def test_scan_with_article_triggers_visits_only_their_rules_and_finds_the_same():
    """Round sc29: with ``present`` (the article-wide trigger pass), scan visits the rules of the
    triggers found, grouped once per rule list; the atoms equal a full scan's, sentence by
    sentence, and a rule list built anew (another object) is grouped again."""
    from khabar.time.grammar import triggers_present

    text = (
        "दिल्ली में बुधवार शाम 5 बजे तक 120 नए मामले आए। सरकार ने कहा कि अगले दो हफ्तों में "
        "जांच बढ़ेगी। पिछले साल 15 अगस्त को भी ऐसा हुआ था। दुकानदारों ने राहत की सांस ली।"
    )
    ends = [k + 1 for k, ch in enumerate(text) if ch == "।"]
    spans = list(zip([0, *ends[:-1]], ends, strict=True))
    present = triggers_present(_rules("hi"), text, spans)
    assert present is not None and set() in present  # the last sentence holds no trigger
    for (start, end), here in zip(spans, present, strict=True):
        full = scan(_full("hi"), text, start, end)
        assert scan(_rules("hi"), text, start, end, here) == full
        assert scan(list(_rules("hi")), text, start, end, here) == full
    assert scan(_rules("hi"), text, *spans[0], present[0])  # the weekday and clock are found


def test_split_trigger_passes_find_every_occurrence_of_the_trigger():
    """Round sc33: an alternation trigger runs as one pass per first character; together they
    match at exactly the places the trigger matches (run from every position), on news-like
    text, and triggers that are not such alternations run whole."""
    import re

    from khabar.time.grammar import trigger_passes

    text = ("पिछले हफ़्ते से पहले, यानी सोमवार और बुधवार के बाद, आज सुबह 10-12 बजे तक प्रति सप्ताह "
            "दो बार बैठक हुई; 15/08/2020 की रिपोर्ट में छमाही और तिमाही आंकड़े, 1990 के दशक "
            "की बात और कल शाम की घोषणा भी थी। Meeting on Monday.")
    triggers = {id(r.trigger): r.trigger for r in _rules("hi") if r.trigger is not None}
    split = 0
    for trigger in triggers.values():
        passes = trigger_passes(trigger.pattern, trigger.flags)
        split += len(passes) > 1

        def starts(patterns: tuple[re.Pattern[str], ...] | list[re.Pattern[str]]) -> set:
            return {(k, m.end()) for p in patterns for k in range(len(text) + 1)
                    if (m := p.match(text, k))}

        if passes[0].pattern == trigger.pattern * 2 + "*":
            # round sc39: a one-class trigger runs as runs of it, which cover the same characters
            def covered(patterns: tuple[re.Pattern[str], ...] | list[re.Pattern[str]]) -> set:
                return {k for p in patterns for m in p.finditer(text) for k in range(*m.span())}

            assert covered(passes) == covered([trigger]) != set(), trigger.pattern
            continue
        assert starts(passes) == starts([trigger]), trigger.pattern
    assert split >= 10  # most Hindi triggers are word alternations
    assert [p.pattern for p in trigger_passes("पहले|पूर्व|बाद|पश्चात", 0)] == ["प(?:हले|ूर्व|श्चात)",
                                                                          "बाद"]
    for whole in ("दशक", "(?:1[89]|20)[0-9]{2}", "[0-9][/.][0-9]", "a?|b", "(?:a)|(?:b)",
                  "(a|b)c|d", r"\d|x"):
        assert [p.pattern for p in trigger_passes(whole, 0)] == [whole]

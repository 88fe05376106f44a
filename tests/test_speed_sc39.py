"""Round sc39 (issue 16): the time stage's article-wide trigger passes searched for in groups.

No timings: the grouped passes give the same triggers per sentence as one pass per trigger, the
same atoms, and fewer searches over the article (the structure of the groups).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from conftest import danda_spans
from khabar.time.grammar import (
    _opens_with_digit,
    _pass_groups,
    scan,
    trigger_passes,
    triggers_present,
)
from khabar.time.tagger import _rules

TEXT = (
    "नई दिल्ली, सोमवार। स्वास्थ्य मंत्रालय ने बताया कि पिछले सप्ताह के मुकाबले इस हफ्ते मामले "
    "दोगुने हुए हैं। मंगलवार सुबह 10 बजे से 31 मार्च तक सभी स्कूल बंद रहेंगे, जबकि सितंबर "
    "2020 में परीक्षाएं होंगी। बीते सालों में ऐसा नहीं हुआ था। प्रति सप्ताह दो बार समीक्षा "
    "होगी और रविवार को रोज़ाना की रिपोर्ट जारी होगी। WHO ने कहा, COVID-19 का खतरा अभी बना है। "
    "दुकानदारों ने राहत की सांस ली।"
)


def _one_pass_per_trigger(text: str, spans: list[tuple[int, int]]) -> list[set[str]]:
    """triggers_present as it was before the groups: each pass of each trigger over the text."""
    ends = [e for _, e in spans]
    present: list[set[str]] = [set() for _ in spans]
    triggers = {id(r.trigger): r.trigger for r in _rules("hi") if r.trigger is not None}
    for trigger in triggers.values():
        for part in trigger_passes(trigger.pattern, trigger.flags):
            for m in part.finditer(text, spans[0][0], spans[-1][1]):
                k = bisect_right(ends, m.start())
                while k < len(spans) and spans[k][0] < m.end():
                    present[k].add(trigger.pattern)
                    k += 1
    return present


def test_grouped_passes_find_the_same_triggers_per_sentence():
    spans = danda_spans(TEXT)
    present = triggers_present(_rules("hi"), TEXT, spans)
    assert present == _one_pass_per_trigger(TEXT, spans)
    assert present is not None and set() in present and sum(map(len, present)) >= 10
    full = [dataclasses.replace(rule, trigger=None) for rule in _rules("hi")]
    for (start, end), here in zip(spans, present, strict=True):
        assert scan(_rules("hi"), TEXT, start, end, here) == scan(full, TEXT, start, end)


def test_a_member_inside_another_members_match_is_still_found():
    """The group's search restarts one character after each place it matched, so a member that
    starts inside another's match (सप्ताह inside ...) is tried there too."""
    text = "सोमवार को बैठक हुई। सप्ताहांत पर भीड़ रही।"
    spans = danda_spans(text)
    assert triggers_present(_rules("hi"), text, spans) == _one_pass_per_trigger(text, spans)


def test_passes_are_grouped_by_first_character_once_per_rule_list():
    rules = _rules("hi")
    groups = _pass_groups(rules)
    assert _pass_groups(rules) is groups  # computed once
    members = [part for _, parts in groups for part, _ in parts]
    triggers = {id(r.trigger): r.trigger for r in rules if r.trigger is not None}
    assert sorted(p.pattern for p in members) == sorted(
        p.pattern for t in triggers.values() for p in trigger_passes(t.pattern, t.flags))
    assert len(groups) * 3 < len(members)  # 113 passes in 32 searches (round sc39)
    for group, parts in groups:
        if group is None:
            assert len(parts) == 1
        elif group.pattern.startswith("[0-9०-९](?<="):  # round sc53, sp4: passes opening with a digit
            assert len(parts) > 1 and all(_opens_with_digit(p.pattern) for p, _ in parts)
        else:
            assert len(parts) > 1 and {part.pattern[0] for part, _ in parts} == {group.pattern[0]}


def test_a_one_class_trigger_runs_as_runs_and_marks_the_same_sentences():
    (run,) = trigger_passes(r"[^\W\d_\u0900-\u097F]", re.UNICODE)
    assert run.pattern == r"[^\W\d_\u0900-\u097F][^\W\d_\u0900-\u097F]*"  # round sp4: class first
    assert [m.group() for m in run.finditer("WHO ने कहा, COVID-19")] == ["WHO", "COVID"]
    for literal in ("[a][b]", "-[01]", "[0-9][/.][0-9]"):
        assert trigger_passes(literal, 0)[0].pattern == literal


def test_clock_after_a_part_of_day_is_gated_by_its_digits():
    """hi.pod_clock ("सुबह 10.30") runs only where clock digits are, not on every sentence with
    a part-of-day word; it finds the same atoms as a scan of every rule."""
    rule = next(r for r in _rules("hi") if r.name == "hi.pod_clock")
    assert rule.trigger is not None and rule.trigger.search("शाम 7:15") is not None
    assert rule.trigger.search("सुबह से शाम तक दुकानें खुली रहीं") is None
    full = [dataclasses.replace(r, trigger=None) for r in _rules("hi")]
    for text in ("मुख्यमंत्री शाम 7:15 पर राज्य को संबोधित करेंगे।",
                 "सुबह 10.30 बजे बैठक हुई और दोपहर 2.5 घंटे तक चली।",
                 "सुबह से शाम तक दुकानें खुली रहीं।"):
        got = scan(_rules("hi"), text, 0, len(text))
        assert got == scan(full, text, 0, len(text))
        assert any(a.rule == "hi.pod_clock" for a in got) == ("7:15" in text)


def test_that_day_is_gated_by_its_own_words():
    """hi.that_day ("उसी दिन") runs only where its words are, not on every sentence with a unit
    word such as दिन; same atoms as a scan of every rule."""
    rule = next(r for r in _rules("hi") if r.name == "hi.that_day")
    assert rule.trigger is not None and rule.trigger.search("कई दिन बाद") is None
    full = [dataclasses.replace(r, trigger=None) for r in _rules("hi")]
    for text in ("15 मार्च को जांच हुई और उसी दिन रिपोर्ट आई।", "उस  दिन बाजार बंद रहे।",
                 "इसी दिन पिछले साल भी ऐसा हुआ था।", "कई दिन बाद दुकानें खुलीं।"):
        got = scan(_rules("hi"), text, 0, len(text))
        assert got == scan(full, text, 0, len(text))
        assert any(a.rule.startswith("hi.that_day") for a in got) == ("कई" not in text)


def test_iso_date_is_gated_by_both_hyphens():
    """en.iso ("2020-04-05") does not run on every "COVID-19"; same atoms as a scan of every rule."""
    rule = next(r for r in _rules("hi") if r.name == "en.iso")
    assert rule.trigger is not None and rule.trigger.search("COVID-19 के 12 नए मामले") is None
    full = [dataclasses.replace(r, trigger=None) for r in _rules("hi")]
    for text in ("रिपोर्ट 2020-04-05 को जारी हुई।", "अपडेट 2020-04-05 14:30 IST पर हुआ।",
                 "COVID-19 के 12 नए मामले आए।", "रिपोर्ट २०२०-०४-०५ को जारी हुई।"):
        got = scan(_rules("hi"), text, 0, len(text))
        assert got == scan(full, text, 0, len(text))
        matches = list(rule.regex.finditer(text))
        assert all(rule.trigger.search(m.group()) for m in matches)
        assert bool(matches) == ("-04-" in text)

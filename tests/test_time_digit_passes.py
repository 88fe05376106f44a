"""Round sc53 (issue 16): the trigger passes that can only start at a digit run as one group."""

from __future__ import annotations

import dataclasses

from khabar.time.grammar import _opens_with_digit, _pass_groups, scan, triggers_present
from khabar.time.tagger import _rules

TEXT = (
    "राज्य में 15/08/2020 तक 1,245 मामले थे और 10:30 बजे नई सूची आई। 2019-20 के बजट में "
    "3 - 4 दिन की छुट्टी तय हुई थी, 1990 के दशक जैसी बात नहीं। लोगों ने 24.5 लाख रुपये दिए; "
    "बैठक २०२० के अप्रैल में हुई और १५.०८ को फिर होगी। कोई अंक नहीं, बस बातें।"
)


def test_opens_with_digit_reads_only_sure_cases():
    assert _opens_with_digit("[0-9०-९][.:][0-9०-९]")
    assert _opens_with_digit("(?:19[5-9]|20[0-3]|१९[५-९]|२०[०-३])[0-9०-९]")
    assert _opens_with_digit("(?:1[89]|20|१[८-९]|२०)[0-9०-९]{2}")
    for unsure in ("[0-9०-९]?x", "[0-9०-९]*", "(?:1|a)2", "(?:12)?3", "(?:1?2)3", r"\d\d",
                   "-[01]\\d-[0-3]\\d", "[0-9]x", "एप़?्ऱ?िल़?", "(?:1|2"):
        assert not _opens_with_digit(unsure), unsure


def test_digit_group_matches_where_a_member_does():
    groups = [(g, m) for g, m in _pass_groups(_rules("hi")) if g is not None
              and g.pattern.startswith("[0-9०-९](?<=")]
    assert len(groups) == 1 and len(groups[0][1]) >= 4
    group, members = groups[0]
    for k in range(len(TEXT) + 1):
        found = group.match(TEXT, k) is not None
        assert found == any(part.match(TEXT, k) for part, _ in members), TEXT[k:k + 10]
    assert not any(group.match(TEXT, k) for k in range(TEXT.index("कोई"), len(TEXT)))


def test_sentences_with_numbers_find_what_a_full_scan_finds():
    full = [dataclasses.replace(rule, trigger=None) for rule in _rules("hi")]
    ends = [k + 1 for k, ch in enumerate(TEXT) if ch == "।"]
    spans = list(zip([0, *ends[:-1]], ends, strict=True))
    present = triggers_present(_rules("hi"), TEXT, spans)
    assert present is not None
    found = 0
    for (start, end), here in zip(spans, present, strict=True):
        atoms = scan(_rules("hi"), TEXT, start, end, here)
        assert atoms == scan(full, TEXT, start, end)
        found += len(atoms)
    assert found >= 4  # the dates, the clock time, the year range, the decade

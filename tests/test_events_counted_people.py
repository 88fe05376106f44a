"""Counted people are that group, not the public of a place (round ev118, issue 13): "100 से
ज्यादा लोगों को क्वारंटाइन किया गया" confines more than 100 people, "… 12 लाख से अधिक लोगों को भोजन
दे रहा है" feeds more than 12 lakh people; a number the tokens split at its comma ("6,700") is
one number. The public an appeal addresses stays the public. Sentences written in the style of
the news, none from a gold file."""

from __future__ import annotations

from hindi_events import article_events, target_names


def _targets(text: str) -> list[list[str]]:
    art, evs = article_events(text, "2020-04-10")
    return [target_names(art, e) for e in evs]


def test_more_than_a_count_of_people_is_that_group() -> None:
    assert _targets("जिले में 300 से ज्यादा लोगों को क्वारंटाइन किया गया है ।") == [
        ["more than 300 people"]
    ]
    assert _targets("जिला प्रशासन 5 हजार से अधिक लोगों को भोजन दे रहा है ।") == [
        ["more than 5,000 people"]
    ]

def test_a_number_split_at_its_comma_is_one_number() -> None:
    assert _targets("संपर्क में आने वाले 2,500 से अधिक लोगों को निगरानी में रखा गया है ।") == [
        ["more than 2,500 people"]
    ]


def test_the_public_an_appeal_addresses_stays_the_public() -> None:
    # negative: no count, the public of the speaker's place
    [targets] = _targets("मुख्यमंत्री ने लोगों से घरों में रहने की अपील की ।")
    assert targets and targets[0].startswith(("public", "general public"))  # gl4: its word

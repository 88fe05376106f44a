"""A weekday's candidate days read from the weekdays (round sp1, issue 16): the same dates, in the
same order, as trying every offset from -7 to 7, for every reference weekday, target weekday and
direction; and news-like sentences still resolve a weekday by the verb's tense."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from khabar.time.spec import _weekday_offsets
from khabar.time.tagger import tag


@pytest.mark.parametrize("weekday", [*range(1, 8), 0, 8])
def test_offsets_are_those_of_all_fifteen_days(weekday: int) -> None:
    for ref in (date(2020, 3, 30) + timedelta(days=n) for n in range(7)):
        for direction in (0, 1):
            before = [ref + timedelta(days=k) for k in range(-7, 8)
                      if (ref + timedelta(days=k)).isoweekday() == weekday and (k or not direction)]
            after = [ref + timedelta(days=k) for k in _weekday_offsets(ref.isoweekday(), weekday)
                     if k or not direction]
            assert after == before


def test_weekdays_in_news_resolve_by_tense() -> None:
    friday = date(2020, 4, 3)  # the article's date, a Friday
    said = tag("मुख्यमंत्री ने बुधवार को अधिकारियों के साथ बैठक की।", friday)
    will = tag("मंत्री सोमवार को अस्पताल का दौरा करेंगे।", friday)
    today = tag("शुक्रवार को बाजार बंद रहे।", friday)
    assert [t.value for t in said] == ["2020-04-01"]
    assert [t.value for t in will] == ["2020-04-06"]
    assert today and today[0].value == "2020-04-03"
    assert tag("बैठक में कोई फैसला नहीं हुआ।", friday) == []  # no weekday, no expression


def test_complementiser_ends_the_weekdays_clause() -> None:
    """"X ने मंगलवार को कहा कि ... नहीं होगी": the weekday is the day of saying (past), not of the
    reported clause's future (the lead, 2026-12-06: 11 of 12 changed values on the allowed corpus
    files right)."""
    wednesday = date(2020, 5, 6)
    said = tag("निगम आयुक्त ने मंगलवार को कहा कि निवासियों को आठ मई से प्रवेश की इजाजत नहीं होगी।",
               wednesday)
    assert said[0].value == "2020-05-05"
    # the governing verb before कि still decides: a future one keeps the weekday ahead
    will = tag("सरकार शुक्रवार को बताएगी कि स्कूल कब खुलेंगे।", wednesday)
    assert will[0].value == "2020-05-08"
    # ताकि / बल्कि hold कि but are no complementiser
    so = tag("मंत्री सोमवार को दौरा करेंगे ताकि काम जल्दी हो।", wednesday)
    assert so[0].value == "2020-05-11"


def test_clause_without_complementiser_is_unchanged() -> None:
    wednesday = date(2020, 5, 6)
    assert tag("मंत्री सोमवार को अस्पताल का दौरा करेंगे।", wednesday)[0].value == "2020-05-11"

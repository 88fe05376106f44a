"""The English path's day rules (:mod:`khabar.events.english_days`, rounds en8 and en9, moved out of
``events/english.py``): a day told relative to an earlier act, and a wire dateline's date that
yields to another date of its sentence. Written wire sentences; positives and negatives."""

from __future__ import annotations

from khabar.events.english_days import after_told_day, past_dateline
from khabar.model import Event, Timex


def _event(date: str | None, basis: str | None, sentence: int) -> Event:
    return Event("CONSULT", "meeting", "met", 0, 3, 0, 10, date=date, date_basis=basis,
                 sentence=sentence)


def test_days_later_counts_from_the_act_told_before() -> None:
    # "Modi met Scholz on Monday. Three days later he met Macron."
    told = _event("2026-02-02", "sentence: on Monday", 0)
    later = _event("2026-02-07", "sentence: Three days later", 1)
    after_told_day(later, [told], 1)
    assert later.date == "2026-02-05"
    assert later.date_basis == "Three days later after: met"


def test_other_bases_and_no_earlier_day_leave_the_date() -> None:
    told = _event("2026-02", "sentence: in February", 0)  # a month is no day to count from
    later = _event("2026-02-07", "sentence: the next day", 1)
    after_told_day(later, [told], 1)
    assert later.date == "2026-02-07"
    plain = _event("2026-02-04", "sentence: on Wednesday", 1)
    after_told_day(plain, [_event("2026-02-02", "sentence: on Monday", 0)], 1)
    assert plain.date == "2026-02-04"


def test_a_datelines_date_yields_to_another_date_of_the_sentence() -> None:
    text = "MOSCOW, Feb 4 (AP) - Putin will travel to Shenzhen in November."
    dateline = Timex(8, 13, "Feb 4", "DATE", "2026-02-04")
    november = Timex(text.index("November"), text.index("November") + 8, "November", "DATE",
                     "2026-11")
    assert past_dateline(text, 0, [dateline, november]) == [november]
    # alone, the dateline's date stays the sentence's date
    assert past_dateline(text, 0, [dateline]) == [dateline]
    # a date after a word that is no upper-case city is kept
    other = "Putin said on Feb 4 he will travel in November."
    on_day = Timex(other.index("Feb"), other.index("Feb") + 5, "Feb 4", "DATE", "2026-02-04")
    assert past_dateline(other, 0, [on_day]) == [on_day]

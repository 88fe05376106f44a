"""Round dt2 (issue 13, dates second pass): a past act of an actor dated only to a week is left
undated, as every gold's day-or-null (or month) dates have it, the week kept in its
``date_basis`` (`events.week_dates`); a month, a plan, a year, a day and a disaster stay dated."""

from __future__ import annotations

from hindi_events import article_events
from khabar.events.week_dates import undate_past_weeks
from khabar.model import Event


def _one(events: list[Event], type_: str, trigger: str) -> Event:
    [ev] = [e for e in events if e.type == type_ and e.trigger == trigger]
    return ev


def test_closure_told_last_week_is_undated() -> None:
    # DH-2020-MAR-15.txt (allowed corpus day file; Vp's DH-2020-03-15-L27-e09, gold date null)
    _, events = article_events(
        "जम्मू कश्मीर सरकार ने पिछले सप्ताह सभी शैक्षणिक संस्थान, सिनेमाघर, स्विमिंग पूल इत्यादि बंद कर दिए थे ।",
        "2020-03-15",
    )
    ev = _one(events, "COERCE", "बंद")
    assert ev.date is None
    assert ev.date_basis == "undated: 2020-W10 is no day (clause: पिछले सप्ताह)"


def test_talks_told_last_week_are_undated() -> None:
    # AU-2020-ARP-13.txt (allowed corpus day file)
    _, events = article_events(
        "पिछले हफ्ते प्रधानमंत्री ने देश के सभी मुख्यमंत्रियों के साथ वीडियो कॉन्फ्रेंसिंग के जरिए बातचीत की थी ।",
        "2020-04-13",
    )
    ev = _one(events, "CONSULT", "बातचीत")
    assert (ev.date, ev.modality) == (None, "happened")
    assert ev.date_basis == "undated: 2020-W15 is no day (clause: पिछले हफ्ते)"


def test_a_month_stays() -> None:
    # AU-2020-ARP-23.txt (allowed corpus day file): a month is a date the seeds' gold gives
    _, events = article_events(
        "स्वास्थ्य मंत्रालय ने नीति आयोग के साथ मिलकर पिछले महीने ही टेलीमेडिसिन को लेकर एक गाइडलाइन"
        " जारी की है ।",
        "2020-04-23",
    )
    assert _one(events, "COERCE", "गाइडलाइन जारी").date == "2020-03"


def test_a_day_stays() -> None:
    # written: the same closure told on a weekday keeps its day
    _, events = article_events(
        "जम्मू कश्मीर सरकार ने शुक्रवार को सभी शैक्षणिक संस्थान और सिनेमाघर बंद कर दिए ।",
        "2020-03-15",
    )
    assert _one(events, "COERCE", "बंद").date == "2020-03-13"


def test_a_planned_week_stays() -> None:
    # written: talks planned for next week keep their week
    _, events = article_events(
        "प्रधानमंत्री अगले हफ्ते मुख्यमंत्रियों के साथ वीडियो कॉन्फ्रेंसिंग के जरिए बातचीत करेंगे ।",
        "2020-04-13",
    )
    planned = [e for e in events if e.type == "CONSULT"]
    assert planned and all(e.date == "2020-W17" and e.modality == "planned" for e in planned)


def _event(date: str | None, modality: str = "happened", source: list[str] | None = None) -> Event:
    return Event(
        type="COERCE",
        mode="close",
        trigger="बंद",
        trigger_start=0,
        trigger_end=3,
        evidence_start=0,
        evidence_end=10,
        source=["kb:x"] if source is None else source,
        date=date,
        date_basis="clause: x",
        modality=modality,
    )


def test_only_past_acts_of_actors_lose_a_week() -> None:
    kept = [
        _event("2020-03-13"),  # a day
        _event("2000"),  # a year: a historical act's one date
        _event("2020-03"),  # a month: the seeds' gold dates past acts so
        _event("2020-W16", "planned"),  # a plan's week
        _event("2020-W12", "proposed"),
        _event("2020-W10", source=[]),  # no actor: a disaster's own time
        _event(None),
    ]
    gone = [_event("2020-W10"), _event("2019-W50", "ongoing"), _event("2020-W11", "denied")]
    undate_past_weeks(kept + gone)
    assert [e.date for e in kept] == [
        "2020-03-13",
        "2000",
        "2020-03",
        "2020-W16",
        "2020-W12",
        "2020-W10",
        None,
    ]
    assert all(e.date is None and (e.date_basis or "").startswith("undated: ") for e in gone)
    assert kept[0].date_basis == "clause: x" and kept[-1].date_basis == "clause: x"

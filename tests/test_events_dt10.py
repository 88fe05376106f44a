"""Round dt10 (issue 13): "<weekday> (<date>) को" is a day told, as the weekday alone would be
(`events.bracketed_days`): the act after Modi's "शनिवार (21 मार्च) को" appeal takes its day, in its
paragraph and after it as with "शनिवार को"; a bracketed date that bounds a measure ("… (21 मार्च)
से") and a bracketed date after no weekday leave the basis as it was."""

from __future__ import annotations

from hindi_events import article_events
from khabar.events.bracketed_days import bracketed_day_bases
from khabar.model import Event

# DH-2020-MAR-21.txt (allowed corpus day file)
_APPEAL = (
    "प्रधानमंत्री नरेंद्र मोदी ने शनिवार (21 मार्च) को लोगों से अपील करते हुए कहा कि जब तक बहुत"
    " ज्यादा जरूरी ना हो वे घर से ना निकलें ।"
)
_ALSO_ASKED = " उन्होंने जनता से अपनी यात्रा रोकने के लिए भी कहा है ।"


def _second(events: list[Event], start: int) -> Event:
    """The REQUEST told in the second sentence (its trigger at or after ``start``)."""
    [ev] = [e for e in events if e.type == "REQUEST" and e.trigger_start >= start]
    return ev


def test_the_further_request_takes_the_bracketed_saturday() -> None:
    _, events = article_events(_APPEAL + _ALSO_ASKED, "2020-03-21")
    [appeal] = [e for e in events if e.trigger_start < len(_APPEAL) and e.type == "REQUEST"]
    assert appeal.date == "2020-03-21"
    assert appeal.date_basis == "clause: शनिवार (21 मार्च) को"
    ev = _second(events, len(_APPEAL))
    assert ev.date == "2020-03-21"
    assert ev.date_basis is not None and ev.date_basis.startswith("paragraph: ")


def test_the_bracketed_day_dates_as_the_weekday_alone_would() -> None:
    # a new paragraph: what dates it there (the lead's day, round dt4) reads the bracketed day
    # as it reads "शनिवार को"
    bare = _APPEAL.replace(" (21 मार्च)", "")
    for lead in (_APPEAL, bare):
        _, events = article_events(lead + "\n" + _ALSO_ASKED.strip(), "2020-03-21")
        ev = _second(events, len(lead))
        assert ev.date == "2020-03-21"
        assert ev.date_basis is not None and not ev.date_basis.startswith("paragraph: ")


def _dated(text: str, day: str) -> Event:
    """An event of ``text`` dated 2020-03-21 by ``day`` of its clause."""
    return Event(
        type="REQUEST",
        mode="",
        trigger="कहा",
        trigger_start=0,
        trigger_end=0,
        evidence_start=0,
        evidence_end=len(text),
        source=["kb:person/narendra-modi"],
        target=[],
        date="2020-03-21",
        date_basis=f"clause: {day}",
    )


def test_a_bracketed_start_or_end_stays_a_bound() -> None:
    # a measure from or until the bracketed day: not "को", so not the day the act was told
    for text in ("शनिवार (21 मार्च) से दुकानें बंद रहेंगी ।", "शनिवार (21 मार्च) तक बंद ।"):
        ev = _dated(text, "21 मार्च")
        bracketed_day_bases([ev], text)
        assert ev.date_basis == "clause: 21 मार्च"


def test_a_bracketed_date_after_no_weekday_is_left() -> None:
    text = "लॉकडाउन के पहले दिन (21 मार्च) को मोदी ने कहा ।"
    ev = _dated(text, "21 मार्च")
    bracketed_day_bases([ev], text)
    assert ev.date_basis == "clause: 21 मार्च"

"""Round dt3 (issue 13): an isolation or watch its own sentence leaves undated takes the day of
the admission its paragraph told a few sentences before (`events.admission_dates`); a later step,
a new paragraph, a later day or another act told between, and a plan stay as they were."""

from __future__ import annotations

from hindi_events import article_events
from khabar.model import Event


def _kept(events: list[Event]) -> Event:
    [ev] = [e for e in events if e.mode == "quarantine" and "वार्ड" in e.trigger]
    return ev


# AU-2020-MAR-11.txt (allowed corpus day file; the tuning set Vh's AU-2020-03-11-L1-e01): the
# couple admitted on Monday is kept in the isolation ward, an arrival day told between
_ADMITTED = (
    "चंडीगढ़ पीजीआई में सोमवार को बलटाना निवासी एक दंपती को कोरोना वायरस के संदिग्ध होने पर भर्ती"
    " कराया गया है ।"
)
_BETWEEN = "जांच के नमूने ले लिए गए हैं । दंपती एक मार्च को स्विट्जरलैंड से लौटे हैं ।"
_KEPT = "दोनों को आइसोलेशन वार्ड में रखा गया है ।"


def test_isolation_takes_the_admission_day() -> None:
    _, events = article_events(f"{_ADMITTED} {_BETWEEN} {_KEPT}", "2020-03-11")
    ev = _kept(events)
    assert ev.date == "2020-03-09"
    assert ev.date_basis == "paragraph: admitted (सोमवार को)"


def test_next_sentence_isolation() -> None:
    # AU-2020-MAR-15.txt (the tuning set Vz's AU-2020-03-15-L1-e19)
    _, events = article_events(
        "बता दें कि रविवार दोपहर को ऋषिकेश में लक्ष्मण झूला के पास कोरोना से संदिग्ध इटली से आई"
        " महिला को स्वास्थ्य विभाग की टीम ने एम्स में भर्ती कराया है । महिला को अभी आईसोलेशन"
        " वार्ड में रखा गया है ।",
        "2020-03-15",
    )
    assert _kept(events).date == "2020-03-15"


def test_a_new_paragraph_is_another_occasion() -> None:
    _, events = article_events(f"{_ADMITTED} {_BETWEEN}\n{_KEPT}", "2020-03-11")
    assert _kept(events).date is None


def test_a_later_day_between_is_another_occasion() -> None:
    _, events = article_events(
        f"{_ADMITTED} दंपती के बेटे को मंगलवार को दिल्ली से लाया गया । {_KEPT}", "2020-03-11"
    )
    assert _kept(events).date is None


def test_a_later_step_keeps_no_date() -> None:
    # DJ-2020-MAR-17.txt: the patient's admission "फिर 09 मार्च 2020 को", then the doctor's
    # family kept at home: another group, another day
    _, events = article_events(
        "फिर 09 मार्च 2020 को कलबुर्गी में एक निजी अस्पताल में भर्ती कराया गया । जिस डॉक्टर ने"
        " इस शख्स का इलाज किया था, उनका भी टेस्ट पॉजिटिव आया है । उन्हें और उनकी फैमली को घर में"
        " निगरानी में रखा गया है ।",
        "2020-03-17",
    )
    [ev] = [e for e in events if e.mode in {"quarantine", "surveillance"}]
    assert ev.date is None


def test_another_act_between_keeps_no_date() -> None:
    _, events = article_events(
        f"{_ADMITTED} प्रशासन ने पूरे सेक्टर को सील कर दिया है । {_KEPT}", "2020-03-11"
    )
    assert _kept(events).date is None


def test_a_planned_isolation_keeps_no_date() -> None:
    _, events = article_events(
        f"{_ADMITTED} दोनों को आइसोलेशन वार्ड में रखा जाएगा ।", "2020-03-11"
    )
    ev = _kept(events)
    assert ev.modality == "planned" and ev.date is None

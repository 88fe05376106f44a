"""English wire copy of the seeds' story in six agency styles (our own wording, not any outlet's).

Reports A1-A3 were used to tune the English rules (set A); B4-B6 were written at the same time
and held out (set B), kept here as a regression test. Each should give the Xi-Putin video call and
the Xi-Trump phone call (2026-02-04, happened), Putin's APEC attendance (AGREE/summit, 2026-11,
planned) and Trump's April visit (AGREE/visit, 2026-04, expected or planned), merged with the
Hindi seed reports. ``EXPECTED`` lists what each report gives now (the misses are noted).
"""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local

from .wire_story import ALL, found

# Set A (tune)
A1 = """Xi holds talks with Putin, then phones Trump

MOSCOW/BEIJING, Feb 4 (Reuters) - Chinese leader Xi Jinping held talks with Russia's Vladimir \
Putin via video link on Wednesday and later spoke with U.S. President Donald Trump in a \
telephone conversation, state media said.

"We agreed to deepen our strategic partnership," Putin told Xi, according to a Kremlin readout.

Putin plans to attend the Asia-Pacific Economic Cooperation forum in Shenzhen in November, \
Kremlin foreign policy aide Yuri Ushakov said.

Trump is set to visit China in April, a White House official said.
"""

A2 = """BEIJING (AP) - Chinese President Xi Jinping and Russian President Vladimir Putin spoke by \
video conference on Wednesday, Feb. 4, 2026, hours before Xi had a phone call with President \
Donald Trump.

The two leaders discussed trade and energy ties, according to Chinese state broadcaster CCTV.

Putin will travel to Shenzhen in November for the APEC leaders' meeting, Ushakov said.

The U.S. president will visit Beijing in April, the Chinese Foreign Ministry said.
"""

A3 = """MOSCOW, February 4, 2026 (AFP) - Russian President Vladimir Putin and Chinese President \
Xi Jinping held a virtual meeting on Wednesday.

Earlier on Wednesday, Xi phoned US President Donald Trump, Chinese state media reported.

Putin intends to attend the APEC summit, to be held in Shenzhen in November, the Kremlin said.

Trump is expected to travel to China in April.
"""

# Set B (held out: not tuned on)
B4 = """BEIJING, Feb. 4 (Xinhua) -- Chinese President Xi Jinping on Wednesday held a video call \
with Russian President Vladimir Putin.

Xi also held a phone conversation with U.S. President Donald Trump on Wednesday.

Putin said he will attend the APEC Economic Leaders' Meeting in Shenzhen in November.

Trump said he is looking forward to visiting China in April.
"""

B5 = """MOSCOW, February 4. /TASS/. Russian President Vladimir Putin and Chinese President Xi \
Jinping held talks in a video conference format on Wednesday, Kremlin aide Yuri Ushakov told \
reporters.

Putin confirmed that he would take part in the APEC summit in Shenzhen in November, Ushakov said.

Xi talked by telephone with US President Donald Trump on Wednesday.

Trump is likely to visit China in April.
"""

B6 = """Xi talks to Putin and Trump on the same day

Feb. 4, 2026

WASHINGTON - China's Xi Jinping spoke with Vladimir Putin by video on Wednesday and then got on \
the phone with President Trump, a rare double call for the Chinese leader.

Mr. Trump is scheduled to visit China in April, the White House said.

Putin, for his part, is set to attend the Asia-Pacific Economic Cooperation summit in Shenzhen \
in November.
"""

REPORTS = {"A1": A1, "A2": A2, "A3": A3, "B4": B4, "B5": B5, "B6": B6}

EXPECTED = {
    "A1": ALL,
    "A2": ALL,
    "A3": ALL,
    "B4": ALL,  # round en7: "held a phone conversation with" (was no trigger)
    "B5": ALL,  # round en7: "would take part in the APEC summit" (was no trigger)
    "B6": ALL,
}



@pytest.mark.parametrize("name", sorted(REPORTS))
def test_wire_report_gives_the_story_events_and_merges(name: str, seeds: list[Article]) -> None:
    from khabar.events.merge import merge_events

    [wire] = list(run_local([Article(id="wire", text=REPORTS[name], language="en",
                                     dct="2026-02-04")], Config()))
    assert found(wire.events) >= EXPECTED[name]
    merged = {e.mode for e in merge_events(seeds + [wire])
              if "wire" in e.articles and len(e.articles) >= 2}
    assert merged >= EXPECTED[name]


def _events(text: str, dct: str = "2026-03-02") -> list[Event]:
    [art] = list(run_local([Article(id="t", text=text, language="en", dct=dct)], Config()))
    return art.events


def test_talks_via_video_link_are_a_video_call_and_a_later_call_has_its_partner() -> None:
    text = (
        "NEW DELHI, March 2 (Wire) - Indian Prime Minister Narendra Modi held talks with "
        "Japanese Prime Minister Fumio Kishida via video link on Monday and later spoke with "
        "French President Emmanuel Macron in a telephone conversation, officials said.\n"
    )
    got = {(e.mode, len(e.source), e.date) for e in _events(text)}
    assert ("video_call", 2, "2026-03-02") in got
    phone = [e for e in _events(text) if e.mode == "phone"]
    assert phone and len(phone[0].source) == 2 and "Macron" in " ".join(
        a.text for a in phone[0].arguments)


def test_a_title_between_conjoined_names_and_a_called_object() -> None:
    text = (
        "Indian Prime Minister Narendra Modi and French President Emmanuel Macron held a virtual "
        "meeting on Monday.\n\nEarlier on Monday, Modi phoned Japanese Prime Minister Fumio "
        "Kishida, officials said.\n"
    )
    events = _events(text)
    video = [e for e in events if e.mode == "video_call"]
    assert video and len(video[0].source) == 2
    phone = [e for e in events if e.mode == "phone"]
    assert phone and len(phone[0].source) == 2  # Modi and Kishida, not "Japanese"


def test_a_planned_trip_for_a_summit_is_attendance_dated_ahead() -> None:
    text = (
        "Indian Prime Minister Narendra Modi will travel to Johannesburg in November for the "
        "G20 summit, officials said.\n"
    )
    [ev] = [e for e in _events(text) if e.type == "AGREE"]
    assert (ev.mode, ev.modality, ev.date) == ("summit", "planned", "2026-11")
    past = "Narendra Modi visited Johannesburg in November, officials said.\n"
    assert all(e.date != "2026-11" for e in _events(past))


def test_the_countrys_president_is_the_one_named_before() -> None:
    text = (
        "Japan's Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo "
        "on Monday.\n\nThe Indian prime minister will visit Osaka in June, officials said.\n"
    )
    visits = [e for e in _events(text) if e.mode == "visit"]
    assert visits and visits[0].source == ["kb:person/narendra-modi"]
    assert visits[0].date == "2026-06"


def test_a_headline_gives_no_event_beside_its_body() -> None:
    text = (
        "Modi holds talks with Kishida\n\nNEW DELHI, March 2 (Wire) - Indian Prime Minister "
        "Narendra Modi held talks with Japanese Prime Minister Fumio Kishida on Monday.\n"
    )
    events = _events(text)
    assert events and all(e.trigger_start > text.index("NEW DELHI") for e in events)


def test_partner_before_the_call_and_a_pronoun_subject() -> None:
    text = (
        "NEW DELHI, March 2 (Wire) - Indian Prime Minister Narendra Modi spoke with Japanese "
        "Prime Minister Fumio Kishida by video on Monday.\n\nModi will host Kishida in New Delhi "
        "in August, the foreign ministry said.\n\nHe will also attend the G20 summit in "
        "Johannesburg in November, a spokesman said.\n\nModi talked with French President "
        "Emmanuel Macron over the phone on Monday.\n"
    )
    modi = "kb:person/narendra-modi"
    got = {(e.mode, e.source[0], len(e.source), e.date, e.modality) for e in _events(text)}
    assert ("video_call", modi, 2, "2026-03-02", "happened") in got
    assert ("summit", modi, 1, "2026-11", "planned") in got
    assert ("phone", modi, 2, "2026-03-02", "happened") in got


def test_no_self_target_and_no_shift_of_a_past_day_or_an_apposition() -> None:
    seized = _events(
        "Kabul (Wire) Afghan police seized on Friday a cache of weapons belonging to militants "
        "in central Kabul, officials said.\n", dct="2021-03-01")
    assert seized and all(not set(e.source) & set(e.target) for e in seized)
    planned = _events(
        "Four bombers attacked a market in Kabul but failed to kill their target, police said "
        "Tuesday.\n", dct="2021-03-01")
    assert all(e.date is None or e.date < "2022" for e in planned)  # "Tuesday" stays past
    booed = _events(
        "Upon leaving a ceremony at the National Theatre, President John Mahama was booed at by "
        "a group of strikers.\n", dct="2021-03-01")
    assert all("National Theatre" not in {a.text for a in e.arguments} for e in booed)

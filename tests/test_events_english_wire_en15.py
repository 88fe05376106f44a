"""Round en15: four English reports of the seed story, written blind (issue 13).

The texts below were written before any English rule module, earlier blind test or
``tests/wire_story.py`` was read, each in a style no earlier round used: L1 an official
readout (White House register) with a Kremlin readout pasted below a "Related:" line, L2 a
markets-led financial report, L3 a correspondent's numbered thread, L4 a long-form narrative
told with past perfect and flashback. They carry the story's four facts: the Xi-Putin video
call and the Xi-Trump phone call on Wednesday 4 February 2026, Putin's planned attendance at
the APEC summit in Shenzhen in November, and Trump's expected April visit to China.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Article

from .wire_story import (
    KISHIDA,
    MACRON,
    MODI,
    SCHOLZ,
    found_and_merged,
    found_through_txt,
)
from .wire_story import english_events as _english_events

L1_READOUT = """\
Readout of President Donald J. Trump's Call with President Xi Jinping of the People's Republic of China

THE WHITE HOUSE
February 4, 2026

President Donald J. Trump spoke today with President Xi Jinping of the People's Republic of China. The two leaders discussed trade, agricultural purchases, energy, the situation in Taiwan, the war between Russia and Ukraine, and the current situation in Iran. President Trump welcomed China's commitment to consider additional purchases of American soybeans, oil and gas. The two leaders reaffirmed the importance of the one-year trade arrangement reached in South Korea last year and agreed that their teams would remain in close contact.

President Trump accepted President Xi's invitation to visit Beijing in April. The two leaders look forward to a productive visit and to meeting several times during the year.

###

Related:

Telephone conversation with President of the People's Republic of China Xi Jinping

Vladimir Putin held a conversation with President of the People's Republic of China Xi Jinping via videoconference.

The heads of state discussed the current state of Russian-Chinese relations and prospects for expanding trade and economic cooperation, including in energy, industry, the peaceful use of nuclear energy and space research. The parties exchanged views on relations with the United States and noted that their positions were almost identical.

The President of Russia thanked the Chinese leader for the decision to introduce visa-free entry for Russian citizens.

Xi Jinping invited Vladimir Putin to pay a visit to China in the first half of the year. The invitation was accepted with gratitude. Vladimir Putin will also take part in the Asia-Pacific Economic Cooperation summit to be held in Shenzhen in November.
"""

L2_MARKETS = """\
China Stocks Climb as Xi Holds Back-to-Back Calls With Putin, Trump

(Bloomberg) -- Chinese stocks rose after President Xi Jinping held a phone call with US President Donald Trump on Wednesday, hours after a video call with Russian leader Vladimir Putin, easing concern that a fragile trade truce between the world's two largest economies was fraying.

The CSI 300 Index gained as much as 1.4% in afternoon trading, led by soybean processors and energy importers, while the offshore yuan strengthened 0.2% to 6.91 per dollar. Soybean futures in Chicago rose 2.1% in early US hours.

Trump said on social media that the leaders discussed trade, Taiwan, the war in Ukraine, Iran and purchases of American oil, gas and farm goods. The two sides are working on a planned trip by Trump to Beijing in April, people familiar with the matter said, asking not to be identified because the preparations are private. Xinhua confirmed the call but gave no details.

Earlier in the day Xi and Putin spoke by video link, discussing energy cooperation and ties with Washington, according to the Kremlin. Putin accepted an invitation to visit China in the first half of the year, and he is scheduled to attend the Asia-Pacific Economic Cooperation summit in Shenzhen in November, Kremlin aide Yuri Ushakov told reporters.

"The calls are a signal that Beijing wants to keep both channels open," said Li Wen, a strategist at a Hong Kong brokerage. "Investors had priced in more friction than this."

Copper advanced 0.8% in London. Russian government bonds were little changed.

--With assistance from Ana Ruiz.
"""

L3_THREAD = """\
1/ Busy day for Beijing diplomacy. Xi-Putin call today (Weds) by video link, then Xi-POTUS by phone a few hrs later. Thread on what we know.

2/ Xi & Putin talked econ ties, energy and relations w/ the US. Kremlin aide Ushakov says their views are "almost identical". #China #Russia

3/ Ushakov: Putin accepted Xi's invite to visit China in H1. And he will attend the APEC summit in Shenzhen in Nov. #APEC

4/ Now the Xi-Trump call. Xinhua confirms it happened, no details. POTUS on Truth Social: trade, Taiwan, Russia-Ukraine, Iran, oil & gas purchases.

5/ Quoting my colleague's post from this morning: "Watch for an April date." Turns out right. POTUS is expected to visit Beijing in April, per two officials.

6/ Context: UK & Canadian PMs were in Beijing last month, German Chancellor due this month. Everyone hedging vs Washington.

7/ Big picture: the Oct truce is holding for now, despite tensions over Venezuela and Iran. More later. #USChina /end
"""

L4_NARRATIVE = """\
The Afternoon Xi Jinping Called Both Capitals

By the time Xi Jinping had hung up with Vladimir Putin on Wednesday afternoon, his aides were already preparing the call to Washington. The video link to Moscow had run long. The two men had spoken warmly, as they always had in public, about energy and trade and about the spring that Putin said never ended in their relationship.

Xi had known for weeks that the order of the calls would be read as a message. He had decided, an aide later recalled, that Moscow would come first.

A few hours later he spoke with Donald Trump by phone. The conversation, which Xinhua confirmed that evening without detail, had been in preparation since the two leaders had met in South Korea the previous autumn and sealed a one-year trade truce. They went over trade, Taiwan, Ukraine and Iran. Trump thought the call had gone well, and he said so online within the hour.

Neither capital had forgotten how quickly the truce could unravel. Washington had struck at Venezuela; Beijing had watched its partners squeezed.

What came next was settled almost in passing. Putin had already accepted an invitation to come to China in the first half of the year, and he will travel to Shenzhen in November for the APEC summit. Trump is expected to visit Beijing in April.
"""

REPORTS = {"L1": L1_READOUT, "L2": L2_MARKETS, "L3": L3_THREAD, "L4": L4_NARRATIVE}
DCT = "2026-02-04"

# Step 2, the unbiased figure (main 61bf52f0, `wire_story.found` over each report's articles):
# L1 {summit}, L2 {video_call, phone}, L3 {}, L4 {summit, visit}: 5/16. After round en15
# (docs/events-rounds.md): 9/16; left: L1's calls ("spoke today with", an undated Kremlin readout
# whose subject stands before "President of the People's Republic of China Xi Jinping"), L3's
# calls and visit ("Xi-Putin call", "Xi-POTUS": a hyphenated pair, an office for a name) and L4's
# calls ("had hung up with", "A few hours later he spoke with" after a paragraph of no event).
EXPECTED = {
    "L1": {"summit", "visit"},
    "L2": {"video_call", "phone", "summit", "visit"},
    "L3": {"summit"},
    "L4": {"summit", "visit"},
}
# merged with a Hindi seed report's event by `merge.merge_events`, the story's modes only (before:
# L1 {summit}, L2 {video_call, phone}, L3 {}, L4 {summit, visit})
MERGED = EXPECTED
AFTER = " The talks were long."  # a one-sentence text is read as boilerplate by the cleaner


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_blind_report_gives_the_story_and_merges_with_the_hindi_seeds(
    name: str, seeds: list[Article]
) -> None:
    got, merged = found_and_merged(name, REPORTS[name], seeds, DCT)
    assert got == EXPECTED[name] and merged == MERGED[name]


def test_a_txt_ingest_reads_the_markets_report_as_the_pipeline_does(tmp_path: Path) -> None:
    assert found_through_txt(tmp_path, "l2", L2_MARKETS) == ("en", EXPECTED["L2"])


def _got(text: str) -> set[tuple[str | None, str | None, tuple[str, ...], str | None, str]]:
    return _english_events(text + AFTER, DCT)


def test_a_sources_request_for_anonymity_is_no_request() -> None:
    for text in ("The two sides are working on it, people familiar with the matter said, asking "
                 "not to be identified because the preparations are private.",
                 "An official, who requested anonymity, said Modi would travel to Tokyo.",
                 "Two diplomats said so, asking for anonymity."):
        assert not {g for g in _got(text) if g[0] == "REQUEST"}, text
    # a request of a party stays one
    for text in ("Modi asked Kishida to withdraw the troops.", "Macron asked Scholz not to "
                 "be late."):
        assert {g for g in _got(text) if g[:2] == ("REQUEST", "request")}, text


def test_a_planned_trip_by_a_person_to_a_place() -> None:
    got = _got("The two sides are working on a planned trip by Modi to Tokyo in April, people "
               "familiar with the matter said.")
    assert ("AGREE", "visit", (MODI,), "2026-04", "planned") in got
    got = _got("Officials discussed a proposed visit by Macron to Berlin in June.")
    assert ("AGREE", "visit", (MACRON,), "2026-06", "proposed") in got
    # a visit by a person with no plan word is no plan
    for text in ("A visit by Modi to Tokyo in April was a success.",
                 "The recent trip by Macron to Berlin in April was long."):
        assert not {g for g in _got(text) if g[1] == "visit" and g[4] == "planned"}, text


def test_a_pronoun_scheduled_to_act_after_and() -> None:
    got = _got("Modi accepted an invitation to visit China in the first half of the year, and he "
               "is scheduled to attend the G20 summit in Osaka in July, an aide said.")
    assert ("AGREE", "summit", (MODI,), "2026-07", "planned") in got
    assert ("AGREE", "accept", (MODI,), None, "happened") in got  # not July's
    # a plan of no act, or a past schedule: no second act
    got = _got("Macron met Scholz in Berlin on Monday, and he is expected to win the vote.")
    assert not {g for g in got if g[0] == "AGREE"}
    got = _got("Modi accepted the invitation, and he was scheduled to attend the G20 summit in "
               "Osaka in July.")
    assert not {g for g in got if g[1] == "summit"}


def test_an_accepted_invitation_to_visit_a_place_is_a_planned_visit() -> None:
    got = _got("President Modi accepted President Kishida's invitation to visit Tokyo in April.")
    assert ("AGREE", "visit", (MODI,), "2026-04", "planned") in got
    assert ("AGREE", "accept", (MODI,), None, "happened") in got  # April is the visit's
    got = _got("Macron accepted an invitation to come to Germany later this year.")
    assert {g for g in got if g[:3] == ("AGREE", "visit", (MACRON,)) and g[4] == "planned"}
    # no place, or a rejected invitation: no planned visit
    for text in ("Macron accepted an invitation to visit the factory in April.",
                 "Macron rejected Scholz's invitation to visit Berlin in April."):
        assert not {g for g in _got(text) if g[1] == "visit"}, text


def test_weekday_and_month_abbreviations_are_no_actors() -> None:
    got = _got("Modi and Kishida held a call today (Thurs) by video link.")
    assert ("CONSULT", "video_call", (MODI, KISHIDA), DCT, "happened") in got
    got = _got("Macron met Scholz in Berlin on Weds.")
    assert {g for g in got if g[1] == "meeting" and set(g[2]) == {MACRON, SCHOLZ}}
    for text in ("The Oct truce between Modi and Kishida is holding.",
                 "Macron met Scholz in Berlin on Weds."):
        assert not {g for g in _got(text) if any(a.endswith(("Oct", "Weds")) for a in
                                                    (*g[2],))}, text


def test_a_sentence_opening_on_and_before_its_pronoun() -> None:
    got = _got("Modi accepted the invitation. And he will attend the G20 summit in Osaka in "
               "November.")
    assert ("AGREE", "summit", (MODI,), "2026-11", "planned") in got
    assert not {g for g in got if g[:2] == ("CONSULT", "meeting")}  # no meeting that happened
    got = _got("Kishida met Modi in Tokyo on Monday. And he will not attend the G20 summit in "
               "Osaka in November.")
    assert not {g for g in got if g[1] in {"summit", "meeting"} and g[3] == "2026-11"}
    # "But he" is left as before (NGEC: "But he has now suspended plans to impose a curfew")
    got = _got("Modi accepted the invitation. But he has now suspended plans to impose a curfew.")
    assert not {g for g in got if g[0] == "SANCTION" and MODI in g[2]}

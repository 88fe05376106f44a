"""Round en14 (issue 13): four English wire reports of the seed story, written blind.

Written before reading any English rule module, earlier blind test or ``tests/wire_story.py``, in
four styles no earlier round used: K1 Chinese state media (Xinhua/CGTN register), K2 a Russian
state agency (TASS register), K3 an explainer newsletter (labelled sections, bullets, verbless
fragments) and K4 a live blog (timestamped entries, newest first). Each tells the story's four
facts: the Xi-Putin video call and the Xi-Trump phone call hours later on Wednesday 4 February
2026, Putin's attendance at the APEC summit in Shenzhen in November, and Trump's expected visit to
China in April. EXPECTED records what the rules give (see docs/events-rounds.md, en14).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Article

from .wire_story import KISHIDA, MACRON, MODI, SCHOLZ, found_and_merged, found_through_txt
from .wire_story import english_events as _english_events

K1_XINHUA = """\
Xi holds talks with Russian President Putin via video link

BEIJING, Feb. 4 (Xinhua) -- Chinese President Xi Jinping held talks via video link with Russian President Vladimir Putin in Beijing on Wednesday.

The two heads of state had an in-depth exchange of views on China-Russia relations and international and regional issues of common concern.

Xi, also general secretary of the Communist Party of China Central Committee and chairman of the Central Military Commission, noted that China and Russia should seize the historic opportunity to deepen their comprehensive strategic partnership of coordination for a new era, and firmly support each other in safeguarding their respective sovereignty, security and development interests.

Xi said he welcomes President Putin to pay a state visit to China in the first half of the year. Putin accepted the invitation with pleasure and said he will attend the APEC Economic Leaders' Meeting to be held in Shenzhen, south China's Guangdong Province, in November.

Putin said Russia-China relations are at their highest level in history, and that the Russian side is ready to work with China to expand cooperation in energy, trade, science and technology and the peaceful use of nuclear energy.

On the same day, Xi held a phone conversation with U.S. President Donald Trump at the request of the latter.

Xi stressed that the Taiwan question is the most important issue in China-U.S. relations, and that the two sides should properly handle differences through dialogue on the basis of equality and mutual respect.

Trump said the United States attaches great importance to its relations with China. He said he is looking forward to his visit to Beijing in April and to further meetings with President Xi this year.

The two presidents agreed that their teams will maintain communication on trade and other issues.
"""

K2_TASS = """\
Putin, Xi hold talks via videoconference, discuss ties with US

MOSCOW, February 4. /TASS/. Russian President Vladimir Putin and Chinese President Xi Jinping held talks in a video format on Wednesday, the Kremlin press service reported.

In his opening remarks, Putin thanked the Chinese leader for the invitation to visit China and stressed that the foreign policy ties between Moscow and Beijing remain a key stabilizing factor amid growing global turbulence. "Any season in Russian-Chinese relations is like spring," the Russian leader said.

Presidential aide Yury Ushakov told reporters after the conversation that the talks lasted about an hour and a half and were "very substantive and friendly."

"Xi Jinping invited Vladimir Vladimirovich to come to China in the first half of the year, and the invitation was accepted," Ushakov said. "Putin also confirmed his participation in the APEC summit, which will take place in Shenzhen in November."

According to the Kremlin aide, the two leaders exchanged views on relations with the United States, and their assessments, including of the Board of Peace proposed by US President Donald Trump, were "practically identical." The dates of the visit will be agreed through diplomatic channels, he added.

A few hours after the talks with the Russian leader, Xi Jinping held a telephone conversation with Trump, the Xinhua news agency reported. Trump later wrote on his Truth Social page that the sides discussed trade, Taiwan, the situation in Ukraine and Iran, as well as his planned trip to China in April.

Earlier, the US president said that he expected to visit Beijing in April and that the Chinese leader would come to the United States later in the year.
"""

K3_EXPLAINER = """\
Xi's double-header: Putin before lunch, Trump by dinner

What happened: Xi Jinping spent Wednesday, Feb. 4, working the phones - first a video call with Vladimir Putin, then, a few hours later, a phone call with Donald Trump.

Why it matters: Beijing is positioning itself as the one capital both Moscow and Washington need to talk to, at a moment when U.S. allies are drifting toward China over tariffs and Greenland.

The Putin call:
- Video link, roughly 90 minutes.
- Topics: trade, energy, "strategic" cooperation, the U.S.
- Putin accepted two invitations to China this year.
- First a visit in the first half of 2026. Then the APEC summit in Shenzhen in November - which Putin will attend, per his aide Yuri Ushakov.

The Trump call:
- Confirmed by Xinhua; no readout beyond that.
- Trump's version, posted online: trade, Taiwan, the Ukraine war, Iran, Chinese purchases of U.S. oil, gas and soybeans.
- Next up: a Trump trip to Beijing, expected in April.

Between the lines: Four possible Trump-Xi meetings this year. A trade truce, agreed in South Korea last fall, that has mostly held. And Trump's moves on Venezuela and Iran, both Chinese partners, testing it.

The other side: Moscow says its views on Washington are "almost identical" to Beijing's.

What's next:
- April: Trump in Beijing (expected).
- First half: Putin in China.
- November: APEC, Shenzhen. Putin and, possibly, Trump at the same table.

Go deeper: Europe's leaders keep flying to Beijing, too - the British and Canadian prime ministers last month, the German chancellor expected in February.
"""

K4_LIVEBLOG = """\
LIVE: Xi talks to Putin, then Trump - as it happened
Wednesday 4 February 2026

20:10 GMT
Update: The White House says the president "looks forward" to his trip to China. Trump is expected to visit Beijing in April, the first of up to four meetings between the two leaders this year.

19:35 GMT
Trump has posted about the call. He says the two leaders discussed trade, Taiwan, Ukraine, Iran and his April trip, and that China is considering buying more American oil, gas and farm goods.

18:50 GMT
BREAKING: Xi Jinping and Donald Trump have spoken by phone, Chinese state news agency Xinhua reports. No details yet. The call came only hours after Xi's video call with Putin.

15:20 GMT
Our Moscow correspondent notes the two leaders have now spoken four times in just over a year. Ushakov says their views on the US are "almost identical".

14:05 GMT
The call is over. Kremlin foreign policy aide Yuri Ushakov tells reporters Putin has accepted Xi's invitation to visit China in the first half of the year. He adds that Putin will also attend the APEC summit in Shenzhen in November.

11:40 GMT
Putin, in opening remarks broadcast on Russian state TV, says ties between Moscow and Beijing remain "a key stabilising factor" amid global turbulence.

11:02 GMT
It has begun. Russian President Vladimir Putin and Chinese President Xi Jinping are holding a video call, the Kremlin says. Expect talk of trade, energy and relations with Washington.

10:30 GMT
Good morning and welcome to our live coverage. Xi Jinping is due to hold a video call with Vladimir Putin today, and the Chinese leader may also speak with Donald Trump later.
"""

REPORTS = {"K1": K1_XINHUA, "K2": K2_TASS, "K3": K3_EXPLAINER, "K4": K4_LIVEBLOG}
DCT = "2026-02-04"

# Step 2, the unbiased figure (main b6ec19df, every stage, `wire_story.found` over each report's
# articles: the live blog is cut into one article per timestamped entry): K1 {video_call, phone},
# K2 {phone, visit}, K3 {}, K4 {summit, visit}: 6/16. After round en14 (docs/events-rounds.md):
# 14/16; left: K1's visit ("He said he is looking forward to his visit to Beijing in April", a
# pronoun after a sentence of two callers) and K3's ("Next up: a Trump trip to Beijing, expected
# in April", verbless).
ALL4 = {"video_call", "phone", "summit", "visit"}
EXPECTED = {
    "K1": {"video_call", "phone", "summit"},
    "K2": ALL4,
    "K3": {"video_call", "phone", "summit"},
    "K4": ALL4,
}
# merged with a Hindi seed report's event by `merge.merge_events` (before: K1 {video_call,
# phone}, K2 {video_call, phone, visit}, K3 {}, K4 all four)
MERGED = {
    "K1": {"video_call", "phone", "summit"},
    "K2": ALL4,
    "K3": {"video_call", "phone", "summit"},
    "K4": ALL4,
}
AFTER = " The talks were long."  # a one-sentence text is read as boilerplate by the cleaner


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_blind_report_gives_the_story_and_merges_with_the_hindi_seeds(
    name: str, seeds: list[Article]
) -> None:
    got, merged = found_and_merged(name, REPORTS[name], seeds, DCT)
    assert got == EXPECTED[name] and merged >= MERGED[name]


def test_a_txt_ingest_reads_the_agency_report_as_the_pipeline_does(tmp_path: Path) -> None:
    assert found_through_txt(tmp_path, "k2", K2_TASS) == ("en", EXPECTED["K2"])


def _got(text: str) -> set[tuple[str | None, str | None, tuple[str, ...], str | None, str]]:
    return _english_events(text + AFTER, DCT)


def test_a_month_abbreviation_before_a_day_is_no_actor() -> None:
    got = _got("Narendra Modi spent Monday, Feb. 2, working the phones - first a video call with "
               "Fumio Kishida, then, a few hours later, a phone call with Emmanuel Macron.")
    assert ("CONSULT", "video_call", (MODI, KISHIDA), "2026-02-02", "happened") in got
    assert ("CONSULT", "phone", (MODI, MACRON), "2026-02-02", "happened") in got
    assert not {g for g in got if any("Feb" in a for a in g[2])}
    # a name that is also an abbreviation stays a name when no day number follows
    got = _got("Jan Egeland met Narendra Modi in Delhi on Monday.")
    assert {g for g in got if g[1] == "meeting" and len(g[2]) == 2 and MODI in g[2]}


def test_talks_in_a_video_format_are_a_video_call() -> None:
    got = _got("Narendra Modi and Fumio Kishida held talks in a video format on Monday.")
    assert ("CONSULT", "video_call", (MODI, KISHIDA), "2026-02-02", "happened") in got
    got = _got("Narendra Modi and Fumio Kishida held talks in Tokyo on Monday.")
    assert not {g for g in got if g[1] == "video_call"}


def test_the_subjects_own_said_before_a_second_act() -> None:
    got = _got("Modi accepted the invitation and said that he would attend the G20 summit in "
               "Osaka in July.")
    assert ("AGREE", "summit", (MODI,), "2026-07", "planned") in got
    assert ("AGREE", "accept", (MODI,), None, "happened") in got  # not July's
    # "and said" + a pronoun with no modal: no second act, as before
    got = _got("Macron accepted the invitation and said he was pleased.")
    assert got == {("AGREE", "accept", (MACRON,), None, "happened")}


def test_a_confirmed_participation_in_a_gathering_is_planned() -> None:
    got = _got("Modi has confirmed his participation in the G20 summit in July, an aide said.")
    assert ("AGREE", "summit", (MODI,), "2026-07", "planned") in got
    got = _got("Macron also confirmed his participation in the NATO summit, which will take "
               "place in Vilnius in July.")
    assert ("AGREE", "summit", (MACRON,), "2026-07", "planned") in got
    # a past gathering, a denial, a protest: no planned attendance
    for text in ("Macron confirmed his participation in last year's NATO summit in Vilnius.",
                 "Macron denied his participation in the NATO summit in July.",
                 "Scholz confirmed his participation in the protest march in Berlin in July."):
        assert not {g for g in _got(text) if g[:2] == ("AGREE", "summit")}, text


def test_a_gathering_and_its_attendee_in_a_relative_clause() -> None:
    got = _got("Next is the G20 summit in Osaka in July, which Narendra Modi will also attend.")
    assert ("AGREE", "summit", (MODI,), "2026-07", "planned") in got
    # a past attendance is no plan
    got = _got("The NATO summit in Vilnius in July, which Macron attended, was long.")
    assert not {g for g in got if g[:2] == ("AGREE", "summit")}


def test_a_call_told_in_the_present_is_on_the_day_of_the_report() -> None:
    got = _got("Narendra Modi and Fumio Kishida are holding a video call, officials say.")
    assert ("CONSULT", "video_call", (MODI, KISHIDA), DCT, "happened") in got
    got = _got("Emmanuel Macron and Olaf Scholz have spoken by phone, the Elysee says.")
    assert ("CONSULT", "phone", (MACRON, SCHOLZ), DCT, "happened") in got
    # repeated calls, talks that are no call, a past call with no date: no day read off them
    for text in ("Narendra Modi and Fumio Kishida have spoken by phone several times.",
                 "Emmanuel Macron and Olaf Scholz are holding talks in Paris.",
                 "Emmanuel Macron and Olaf Scholz spoke by phone."):
        assert not {g for g in _got(text) if g[3] == DCT}, text

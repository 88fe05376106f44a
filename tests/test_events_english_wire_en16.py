"""Round en16 (issue 13): four English reports of the seeds' story, written blind.

Written before any English rule module, English test or wire_story.py was read, from the
seeds gold and the two Hindi seed reports only. Styles not used by earlier rounds: L1 a
broadcast transcript, L2 an analyst interview in question-and-answer form, L3 an editorial
column, L4 a regional roundup of Asia news with the story as its third item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Article

from .wire_story import KISHIDA, MACRON, MODI, SCHOLZ, found_and_merged, found_through_txt
from .wire_story import english_events as _english_events

# L1: a radio/TV broadcast transcript, spoken register, correspondent live from Beijing.
L1 = """\
ANCHOR: China's leader has had a busy day on the phone. Earlier today President Xi Jinping \
held a video call with Russia's Vladimir Putin, and a few hours later he was talking to \
Donald Trump. Our correspondent Helen Marsh joins us live from Beijing. Helen, two calls, \
two very different partners. What do we know?

CORRESPONDENT: Well, it started with Moscow. Mr Xi and Mr Putin spoke by video link earlier \
today, and Russian state television showed the opening minutes. Mr Putin told his Chinese \
counterpart that ties between Moscow and Beijing remain a major stabilising factor at a time \
of growing global turbulence. Afterwards the Kremlin aide Yuri Ushakov briefed reporters. He \
said Mr Putin has accepted an invitation to visit China in the first half of the year, and \
that he will also attend the APEC summit in Shenzhen in November.

ANCHOR: And then Washington came on the line.

CORRESPONDENT: That's right. A few hours later Mr Xi spoke to President Trump by phone. The \
state news agency Xinhua confirmed the call but gave very little detail. Mr Trump was more \
forthcoming. In a post on social media he said the two men talked about trade, Taiwan, the \
war in Ukraine, Iran, and China buying more American oil, gas and farm goods. He also \
mentioned his own trip to China in April. So the president is expected to travel to Beijing \
in April, and officials here are already talking about a summit then.

ANCHOR: Why does the sequence matter?

CORRESPONDENT: Beijing likes to be seen as the country everyone has to call. Several close \
American partners, Britain and Canada among them, have sent leaders here in recent weeks, \
and the German chancellor is expected later this month. Talking to Moscow first and \
Washington second sends its own message.

ANCHOR: Helen Marsh in Beijing, thank you.
"""

# L2: an analyst interview in question-and-answer form; the facts are inside hedged answers.
L2 = """\
Two calls, one day: what Beijing is signalling

China's president spoke to both Vladimir Putin and Donald Trump on Wednesday. We asked \
Dr Anna Kessler, a senior fellow at the Asia Policy Forum, what the back-to-back \
conversations tell us.

Q: Let's start with the order. Why Moscow first?

A: I don't think the order was an accident. Xi Jinping and Vladimir Putin held a video call \
on Wednesday morning, and the Kremlin made sure the cameras were rolling for the opening \
remarks. The Russian side wanted the world to see that the partnership is intact, whatever \
the Europeans say.

Q: What came out of that call?

A: Mostly reassurance. But there were two concrete things. According to Yuri Ushakov, \
Mr Putin accepted an invitation to come to China in the first half of the year. And my \
understanding is that Mr Putin will be in Shenzhen in November for the APEC summit, which \
China is hosting this year. That would be his second trip to China in 2026.

Q: And then, a few hours later, Donald Trump.

A: Yes, Mr Xi and Mr Trump spoke by phone later the same day. Xinhua confirmed it in a \
single line. Mr Trump, as usual, told us more on social media: trade, Taiwan, Ukraine, \
Iran, energy purchases. Crucially, he mentioned his April trip.

Q: So the visit is on?

A: As far as I can tell, Mr Trump is likely to travel to Beijing in April. Nothing is \
signed, and Washington's moves against Venezuela and Iran could still upset things. But \
both sides are now talking as if the April visit will happen.

Q: Should Europe be worried?

A: Europe should be paying attention. The British and Canadian prime ministers were in \
Beijing last month, and the German chancellor is expected soon. Everyone is hedging.
"""

# L3: an editorial column; the calls and the visit appear as nouns woven into argument.
L3 = """\
Xi's telephone diplomacy is a lesson for the West

Beijing has rarely made its position so plain. Wednesday's back-to-back calls, first with \
Mr Putin by video link and then, a few hours later, with Mr Trump by telephone, were a \
careful piece of choreography. China wants to be the indispensable party in every \
conversation, and on the evidence of this week it is succeeding.

Consider the Russian half of the day. Mr Xi's video call with Mr Putin on 4 February was \
all warmth: the Russian leader spoke of a "stabilising factor" in a turbulent world, and his \
adviser Yuri Ushakov let it be known that Mr Putin had accepted two invitations for this \
year. The second of them is the more telling. Mr Putin's attendance at the APEC summit in \
Shenzhen in November will put a leader wanted by the International Criminal Court on a \
stage built for trade ministers and chief executives, and Beijing plainly does not mind.

Now the American half. Mr Xi's phone conversation with Mr Trump the same day was, by the \
president's own account, broad: trade, Taiwan, Ukraine, Iran, soybeans and gas. What \
matters most is the calendar. Mr Trump's April trip to Beijing, now pencilled in, gives \
Mr Xi leverage over every decision Washington takes between now and the spring.

The lesson for Western capitals is not that they should stop talking to China. The British \
and Canadian leaders were right to go to Beijing, and the German chancellor is right to \
follow. It is that they should stop pretending the conversation is one they control. \
Wednesday showed who keeps the diary.
"""

# L4: a regional roundup of Asia news, five short items; the story is the third item.
L4 = """\
Asia in brief: Wednesday, February 4

TOKYO -- Japan's government approved a supplementary budget of 3 trillion yen on Wednesday \
to cushion households against higher energy prices. The finance minister said the package \
would be submitted to parliament next week.

SEOUL -- South Korean President Lee Jae-myung met the chief executives of the country's \
four largest chipmakers at the presidential office, urging them to expand domestic \
investment. A new semiconductor support law is expected to pass this month.

BEIJING -- Chinese President Xi Jinping held a video call with Russian President Vladimir \
Putin on Wednesday and spoke by telephone with U.S. President Donald Trump hours later. \
Kremlin aide Yuri Ushakov said Putin would attend the Asia-Pacific Economic Cooperation \
summit in Shenzhen in November. Trump said on social media that he and Xi had discussed \
trade, Taiwan and his planned visit to China in April. Xinhua confirmed the call without \
giving details.

NEW DELHI -- Indian Prime Minister Narendra Modi inaugurated a new terminal at the Navi \
Mumbai airport and announced that India would host a regional connectivity conference in \
September. Officials said leaders from 12 countries had been invited.

JAKARTA -- Indonesian President Prabowo Subianto signed a decree creating a sovereign \
nickel fund. He is expected to visit Australia in March for talks on critical minerals \
with Prime Minister Anthony Albanese.
"""

REPORTS: dict[str, str] = {"L1": L1, "L2": L2, "L3": L3, "L4": L4}

DCT = "2026-02-04"
# Step 2, the unbiased figure (main d21d8085, `wire_story.found` over each report's articles):
# L1 {video_call}, L2 {video_call, phone, visit}, L3 {}, L4 all four: 8/16. After round en16
# (docs/events-rounds.md): 15/16; left: L1's visit ("So the president is expected to travel to
# Beijing in April": a bare "the president" with two presidents named before).
EXPECTED = {
    "L1": {"video_call", "phone", "summit"},
    "L2": {"video_call", "phone", "summit", "visit"},
    "L3": {"video_call", "phone", "summit", "visit"},
    "L4": {"video_call", "phone", "summit", "visit"},
}
# merged with a Hindi seed report's event by `merge.merge_events`, the story's modes only (before:
# L1 {video_call, visit}, L2 {video_call, phone, visit}, L3 {}, L4 all four; L1's visit merges
# with a wrong source, "text:president", beside Trump)
MERGED = {
    "L1": {"video_call", "phone", "summit", "visit"},
    "L2": {"video_call", "phone", "summit", "visit"},
    "L3": {"video_call", "phone", "summit", "visit"},
    "L4": {"video_call", "phone", "summit", "visit"},
}
AFTER = " The talks were long."  # a one-sentence text is read as boilerplate by the cleaner


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_blind_report_gives_the_story_and_merges_with_the_hindi_seeds(
    name: str, seeds: list[Article]
) -> None:
    got, merged = found_and_merged(name, REPORTS[name], seeds, DCT)
    assert got == EXPECTED[name] and merged == MERGED[name]


def test_a_txt_ingest_reads_the_interview_as_the_pipeline_does(tmp_path: Path) -> None:
    assert found_through_txt(tmp_path, "l2", L2) == ("en", EXPECTED["L2"])


def _got(text: str) -> set[tuple[str | None, str | None, tuple[str, ...], str | None, str]]:
    return _english_events(text + AFTER, DCT)


def test_a_past_speaking_verbs_to_is_no_plan() -> None:
    # L1: "A few hours later Mr Xi spoke to President Trump by phone" was a planned call
    assert ("CONSULT", "phone", (MODI, MACRON), "2026-02-02", "happened") in _got(
        "Modi spoke to Macron by phone on Monday.")
    got = _got("Modi held a video call with Kishida on Monday. A few hours later Mr Modi talked "
               "to President Macron by telephone.")
    assert ("CONSULT", "phone", (MODI, MACRON), "2026-02-02", "happened") in got
    # a plan's "to" stays one
    assert ("AGREE", "phone", (MODI, MACRON), "2026-02-06", "planned") in _got(
        "Modi will speak to Macron by phone on Friday.")
    assert not {g for g in _got("Modi is expected to speak to Macron by phone on Friday.")
                if g[4] == "happened"}


def test_a_pronoun_after_and_that_repeats_the_subject() -> None:
    got = _got("An aide said Modi has accepted an invitation to visit Japan in the first half "
               "of the year, and that he will also attend the G20 summit in Osaka in November.")
    assert ("AGREE", "summit", (MODI,), "2026-11", "planned") in got
    assert ("AGREE", "accept", (MODI,), None, "happened") in got  # November is the summit's
    # a pronoun with no modal, or no act after it: no second act
    for text in ("An aide said Modi met Kishida in Tokyo on Monday, and that he was happy.",
                 "An aide said Modi met Kishida in Tokyo on Monday, and that he will decide "
                 "later."):
        assert not {g for g in _got(text) if g[0] == "AGREE"}, text


def test_a_person_who_will_be_in_a_place_for_a_summit_attends_it() -> None:
    assert _got("My understanding is that Mr Macron will be in Osaka in June for the G20 "
                "summit.") == {("AGREE", "summit", (MACRON,), "2026-06", "planned")}
    assert ("AGREE", "summit", (MODI,), "2026-06", "expected") in _got(
        "Modi is expected to be in Osaka in June for the G20 summit.")
    # a past stay, talks, or a summit with one host: no planned attendance
    for text in ("Macron was in Osaka in June for the G20 summit.",
                 "Macron will be in Berlin in June for talks with Scholz.",
                 "Macron will be in Osaka in June for a summit with Kishida."):
        assert not {g for g in _got(text) if g[1] == "summit"}, text


def test_a_persons_attendance_at_a_summit_that_will_come() -> None:
    assert ("AGREE", "summit", (MODI,), "2026-11", "planned") in _got(
        "Mr Modi's attendance at the G20 summit in Osaka in November will be closely watched.")
    got = _got("Mr Modi's attendance at the G20 summit in Osaka last year was brief.")
    assert not {g for g in got if g[4] == "planned"}


def test_the_possessor_of_a_call_is_its_participant() -> None:
    assert ("CONSULT", "video_call", (MODI, KISHIDA), "2026-02-02", "happened") in _got(
        "Mr Modi's video call with Mr Kishida on Monday was warm.")
    # the same day as the act told before ("the same day" with no "on")
    got = _got("Modi held a video call with Kishida on Monday. Mr Modi's phone conversation with "
               "Mr Macron the same day was brief.")
    assert ("CONSULT", "phone", (MODI, MACRON), "2026-02-02", "happened") in got
    assert ("CONSULT", "phone", (MACRON, SCHOLZ), None, "happened") in _got(
        "Macron's phone call with Scholz the same day was brief.")  # no day told before
    # a bare "the same day" dates calls only (NGEC: "The violence began in August ... Mubarak
    # announced his resignation the same day" took another act's day)
    got = _got("Modi met Kishida in Tokyo on Monday. The unrest began in August. Macron "
               "announced his resignation the same day.")
    assert not {g for g in got if g[0] == "CONCEDE" and g[3] is not None}
    # a possessor of no act noun is no actor of the act ("Modi's aide")
    got = _got("Mr Kishida met Modi's aide in Tokyo on Monday.")
    assert not {g for g in got if MODI in g[2]}
    # nor of an act done to the possessor (NGEC: "Jansen's arrest", "Glick's killing")
    for text in ("Modi's arrest was a surprise to everyone.", "Macron's killing shocked Paris."):
        assert not {g for g in _got(text) if MODI in g[2] or MACRON in g[2]}, text


def test_a_possessors_month_trip_with_a_plan_after_it() -> None:
    assert _got("Mr Modi's April trip to Tokyo, now pencilled in, will test the alliance.") == {
        ("AGREE", "visit", (MODI,), "2026-04", "planned")}
    assert ("AGREE", "visit", (MACRON,), "2026-06", "planned") in _got(
        "Mr Macron's planned visit to Berlin in June was discussed.")
    # no plan word: no planned trip
    for text in ("Mr Modi's April trip to Tokyo was a success.",
                 "Mr Kishida's March trip to Paris, now over, was long.",
                 # a noun of its own between (NGEC: "North Korea's leader to make a planned visit")
                 "Tokyo will not let Modi's envoy make a planned visit to Osaka in May."):
        assert not {g for g in _got(text) if g[1] == "visit" and (g[4] == "planned" or MODI in g[2])}, text


def test_a_speaker_label_is_no_actor() -> None:
    got = _got("Q: So the visit is on? A: As far as I can tell, Modi is likely to travel to "
               "Tokyo in April.")
    assert got == {("AGREE", "visit", (MODI,), "2026-04", "expected")}
    assert ("CONSULT", "meeting", (MODI, KISHIDA), "2026-02-02", "happened") in _got(
        "ANCHOR: Modi met Kishida in Tokyo on Monday.")
    # a KB actor's name before a colon stays the actor (a headline's source)
    got = _got("NATO: Russia must withdraw its troops from Ukraine.")
    assert {g for g in got if g[2] == ("kb:country/RU",)}

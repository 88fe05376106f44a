"""Round en13 (issue 13, item 5): four English wire reports of the seed story, written blind.

Each report was written from the seeds gold and the two Hindi seed examples only, before the
earlier rounds' tests, the English rule modules or their docs were opened, in forms no earlier
round used: J1 an AP-style report whose calls come after four paragraphs of context, with heavy
attribution; J2 a report led by the visit (a headline-like first line); J3 British dates ("on 4
February", "in April next", "this November") with the Putin call told last; J4 a TV transcript
with speaker labels in capitals and spoken style. They guard the English path against forms it
has not been tuned on; EXPECTED records what the rules give (see docs/events-rounds.md, en13).
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

J1 = """BEIJING (AP) — China's trade surplus with the rest of the world hit a record last year even as tariffs imposed by Washington squeezed its exports to the United States, according to customs figures released in January.

Beijing has also stepped up military drills around Taiwan, the self-governing island it claims as its own territory, and has warned Washington against further arms sales to Taipei.

A string of Western leaders has travelled to the Chinese capital in recent weeks. The British and Canadian prime ministers visited last month, and the German chancellor is expected in Beijing later in February, officials in Berlin said.

Many close U.S. partners have been seeking new openings with China after clashing with President Donald Trump over tariffs and his demand to take over Greenland from Denmark, a NATO ally.

Against that backdrop, Chinese leader Xi Jinping held a video call with Russian President Vladimir Putin on Wednesday, according to a readout released by the Kremlin, and spoke by telephone with Trump a few hours later, state broadcaster CCTV reported.

Putin accepted an invitation to visit China in the first half of the year, and he will also attend the Asia-Pacific Economic Cooperation summit in Shenzhen in November, Kremlin foreign policy aide Yuri Ushakov told reporters, according to Russian state news agency Tass.

Trump wrote on social media that the two leaders discussed trade, Taiwan, the war in Ukraine and his planned trip to China in April. According to the White House, the president is expected to travel to Beijing in April.
"""

J2 = """Trump to visit China in April, Xi says after call

BEIJING, Feb 4 (Reuters) - Chinese President Xi Jinping told U.S. President Donald Trump in a phone call on Wednesday that China welcomed his visit to Beijing in April, the official Xinhua news agency said.

Trump will travel to China in April, the White House confirmed later, in what would be the first of as many as four meetings between the two leaders this year.

The call came hours after Xi held a video call with Russian President Vladimir Putin, during which the two men discussed growing economic cooperation between Moscow and Beijing and their relations with Washington.

Putin will attend the Asia-Pacific Economic Cooperation (APEC) summit in Shenzhen in November, Kremlin aide Yuri Ushakov told reporters after the call.
"""

J3 = """LONDON — Xi Jinping, China's president, spoke to Donald Trump by telephone on Wednesday 4 February, in a conversation that Chinese state media described as candid and constructive.

The American president is due to travel to China in April next, when the two men are expected to hold a summit in Beijing. Relations between the world's two largest economies have steadied since they agreed a one-year trade truce in South Korea last year.

The British and Canadian prime ministers both visited Beijing in January, and the German chancellor is expected to make the trip later this month.

Earlier on 4 February, Mr Xi had held a video conference with Vladimir Putin, the Russian president. According to the Kremlin, Mr Putin accepted an invitation to visit China in the first six months of the year and will travel to Shenzhen this November for the Asia-Pacific Economic Cooperation summit.
"""

J4 = """ANCHOR: Good evening. It has been a busy Wednesday for China's leader. Xi Jinping got on the phone with Donald Trump today, just hours after a video call with Vladimir Putin. Our correspondent is in Beijing. What do we know?

CORRESPONDENT (Beijing): Well, the two presidents talked trade, they talked Taiwan, and Trump says he's coming here in April. The White House says the trip is on, so the president is expected in Beijing in April.

ANCHOR: And what about Putin?

CORRESPONDENT (Beijing): Xi and Putin spoke by video link this morning. The Kremlin says Putin's accepted an invitation to come to China, and his aide Yuri Ushakov says he's heading to Shenzhen in November for APEC.

ANCHOR: Thank you.
"""

REPORTS = {"J1": J1, "J2": J2, "J3": J3, "J4": J4}


DCT = "2026-02-04"
AFTER = " The talks were long."  # a one-sentence text is read as boilerplate by the cleaner

# Step 2, the unbiased figure (main 50608a5e, every stage, `wire_story.found`): J1 {video_call,
# phone, visit}, J2 {video_call, summit, visit}, J3 {video_call, summit, visit}, J4 {video_call,
# phone}: 11/16. After round en13 (docs/events-rounds.md): all but J4's two plans, told in
# spoken style ("he's heading to Shenzhen in November for APEC", "the president is expected in
# Beijing in April" with two presidents named before): left.
ALL4 = {"video_call", "phone", "summit", "visit"}
EXPECTED = {"J1": ALL4, "J2": ALL4, "J3": ALL4, "J4": {"video_call", "phone"}}
# merged with a Hindi seed report's event by `merge.merge_events`
MERGED = {"J1": ALL4, "J2": ALL4, "J3": ALL4, "J4": {"video_call", "phone"}}


def _got(text: str) -> set[tuple[str | None, str | None, tuple[str, ...], str | None, str]]:
    return _english_events(text + AFTER, DCT)



@pytest.mark.parametrize("name", sorted(REPORTS))
def test_blind_report_gives_the_story_and_merges_with_the_hindi_seeds(
    name: str, seeds: list[Article]
) -> None:
    got, merged = found_and_merged(name, REPORTS[name], seeds, DCT)
    assert got == EXPECTED[name] and merged >= MERGED[name]


def test_a_txt_ingest_reads_the_british_report_as_the_pipeline_does(tmp_path: Path) -> None:
    assert found_through_txt(tmp_path, "j3", J3) == ("en", EXPECTED["J3"])


def test_a_subject_with_a_possessive_apposition() -> None:
    got = _got("Narendra Modi, India's prime minister, spoke to Fumio Kishida by telephone on "
               "Wednesday.")
    assert ("CONSULT", "phone", (MODI, KISHIDA), DCT, "happened") in got
    got = _got("Narendra Modi, India's prime minister, met Fumio Kishida on Wednesday.")
    assert ("CONSULT", "meeting", (MODI, KISHIDA), DCT, "happened") in got
    # a possessive that is a conjunct of the subject, not an apposition: as before
    got = _got("Modi, Kishida's aide and Biden met in Tokyo on Wednesday.")
    assert not {g for g in got if MODI in g[2]}


def test_the_one_told_in_a_call_is_its_partner() -> None:
    got = _got("Indian Prime Minister Narendra Modi told Japanese Prime Minister Fumio Kishida in "
               "a phone call on Wednesday that India welcomed his visit.")
    assert ("CONSULT", "phone", (MODI, KISHIDA), DCT, "happened") in got
    got = _got("Macron told Scholz during a video call on Monday that France would help.")
    assert ("CONSULT", "video_call", (MACRON, SCHOLZ), "2026-02-02", "happened") in got
    # told somewhere that is no call, or told in an interview: no call of the two
    got = _got("Modi told Kishida in Delhi on Wednesday that the talks had failed.")
    assert not {g for g in got if g[1] in {"phone", "video_call"}}
    got = _got("Narendra Modi told Reuters in a telephone interview on Wednesday that the talks "
               "had failed.")
    assert not {g for g in got if g[1] == "phone" and MODI in g[2]}


def test_a_coordinated_plan_after_the_subjects_pronoun() -> None:
    got = _got("Modi accepted an invitation to visit Japan in the first half of the year, and he "
               "will also attend the G20 summit in Osaka in November, an aide told reporters.")
    assert ("AGREE", "summit", (MODI,), "2026-11", "planned") in got
    assert ("AGREE", "accept", (MODI,), None, "happened") in got  # not November's
    got = _got("Macron met Scholz in Berlin on Monday, and he will attend the NATO summit in "
               "Vilnius in July.")
    assert ("AGREE", "summit", (MACRON,), "2026-07", "planned") in got
    # a pronoun with no modal is left: no second act
    got = _got("Macron met Scholz in Berlin on Monday, and he said the talks were good.")
    assert got == {("CONSULT", "meeting", (MACRON, SCHOLZ), "2026-02-02", "happened")}

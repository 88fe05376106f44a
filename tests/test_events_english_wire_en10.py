"""Round en10 (issue 13, item 5): four more English wire reports of the seeds' story, written
blind (before the English rules, the earlier wire tests and rounds en7-en9's notes were read).

Each tells the Xi-Putin video call and the Xi-Trump phone call of Wednesday 2026-02-04, Putin's
planned attendance of the November APEC summit in Shenzhen and Trump's expected April visit, in a
style the earlier rounds' reports do not use: F1 British ("Mr Xi", the calls in the past perfect
in the third paragraph), F2 an analysis that tells the calls only inside longer sentences about
trade and Taiwan, F3 led by the Trump call with the video call as background and the plans as two
"that" clauses of one reported sentence, F4 a Moscow-datelined agency brief in numerals and
abbreviations. The test runs each as published on 2026-02-04 and merges it with the two Hindi
seed reports: an English report of the same story must land in the same merged events.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khabar.model import Article

from .wire_story import (
    ALL,
    KISHIDA,
    MACRON,
    MODI,
    SCHOLZ,
    found_and_merged,
    found_through_txt,
)
from .wire_story import english_events as _got

F1 = (
    "BEIJING - China's President Xi Jinping spoke to the leaders of Russia and the United States "
    "within hours of each other on Wednesday, as Beijing courts Western capitals unsettled by "
    "Washington's tariffs.\n\n"
    "Mr Xi told Mr Putin that the two countries should seize a historic opportunity to deepen "
    "their strategic co-operation, according to a Russian readout of the conversation.\n\n"
    "The Chinese leader had held a video call with the Russian president on Wednesday morning, "
    "the Kremlin said, and had spoken to Mr Trump by telephone a few hours later.\n\n"
    "Yuri Ushakov, Mr Putin's foreign policy adviser, told reporters that the Russian president "
    "had accepted an invitation to visit China in the first half of the year and would also "
    "attend the Asia-Pacific Economic Cooperation summit in Shenzhen in November.\n\n"
    "Mr Trump is expected to travel to Beijing in April, officials in Washington have said.\n"
)

F2 = (
    "ANALYSIS: Beijing's balancing act\n\n"
    "Few leaders juggle rivals as deftly as Xi Jinping. In a video call with Vladimir Putin on "
    "Wednesday that Chinese state media framed around energy and trade, Mr Xi praised a steady "
    "partnership, even as his negotiators weigh how much American gas and soybeans to buy.\n\n"
    "With Taiwan once again on the agenda of a telephone call between Mr Xi and Donald Trump on "
    "Wednesday, markets read the conversation, which also covered farm purchases, as a sign that "
    "the trade truce agreed in South Korea last year is holding.\n\n"
    "Taiwan remains the sharpest edge. Chinese officials have repeatedly warned Washington "
    "against arms sales to the island.\n\n"
    "The diplomatic calendar will test that balance. Mr Trump, who is expected in Beijing in "
    "April, wants more farm purchases before he arrives. Putin has accepted an invitation to the "
    "November gathering of Asia-Pacific leaders in Shenzhen, the Kremlin said.\n"
)

F3 = (
    "WASHINGTON - President Donald Trump and Chinese President Xi Jinping spoke by phone on "
    "Wednesday, discussing trade, Taiwan, the war in Ukraine and Iran, Trump wrote on social "
    "media. Xinhua confirmed the call but gave no details.\n\n"
    "Earlier on Wednesday, Xi had held a video conference with Russian President Vladimir "
    "Putin, in which the two leaders discussed economic ties and their relations with the "
    "United States.\n\n"
    "Officials in Beijing said that Putin would attend the Asia-Pacific Economic Cooperation "
    "summit in Shenzhen in November and that Trump planned to visit China in April.\n"
)

F4 = (
    "MOSCOW, Feb 4 - Russian President Vladimir Putin and PRC President Xi Jinping held a video "
    "call on Wed., the Kremlin said. Hours later Xi spoke by phone with U.S. President Donald "
    "Trump, Xinhua reported.\n"
    "Putin accepted an invitation to visit China 2 times in 2026 and will attend the APEC summit "
    "in Shenzhen in Nov., Kremlin aide Yuri Ushakov told reporters. Trump is expected to visit "
    "the PRC in Apr.\n"
)

REPORTS = {"F1": F1, "F2": F2, "F3": F3, "F4": F4}

# --- after the reports were committed ---------------------------------------------------------

# What each report gives (right type, mode, sources, date and modality; tests/wire_story.py).
# Blind "before" (main 982fd6f4): F1 no phone call ("had held a video call ..., the Kremlin said,
# and had spoken to Mr Trump by telephone"); F2 none (the calls told as nouns inside other acts,
# the visit as "expected in Beijing", the summit as an accepted invitation to "the November
# gathering"); F3 no visit (a second "and that" clause); F4 the calls only ("in Nov.", "in Apr."
# gave no date, though both plans merged undated). After round en10: all four in each.
EXPECTED = {name: ALL for name in REPORTS}


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_blind_report_gives_the_story_and_merges_with_the_hindi_seeds(
    name: str, seeds: list[Article]
) -> None:
    got, merged = found_and_merged(name, REPORTS[name], seeds)
    assert got == EXPECTED[name] and merged >= EXPECTED[name]



def test_a_txt_ingest_reads_a_report_as_the_pipeline_does(tmp_path: Path) -> None:
    assert found_through_txt(tmp_path, "f4", F4) == ("en", EXPECTED["F4"])




def test_an_abbreviated_month_after_a_preposition_is_the_month() -> None:
    assert ("AGREE", "visit", (MODI,), "2026-09", "planned") in _got(
        "Modi will visit Tokyo in Sept., officials said.")
    assert ("AGREE", "summit", (MACRON,), "2026-11", "planned") in _got(
        "Macron will attend the G20 summit in Nov.")
    # no preposition, or a day after it (the date rule's): as before
    assert {e[3] for e in _got("Gen. Jan. Smith met Modi.")} <= {None}
    assert ("AGREE", "visit", (MODI,), "2026-11-05", "planned") in _got(
        "Modi will visit Tokyo on Nov. 5.")


def test_a_call_after_and_and_a_perfect_auxiliary_past_a_reporting_clause() -> None:
    got = _got("Modi had held a video call with Scholz on Monday, his office said, and had "
               "spoken to Japanese Prime Minister Fumio Kishida by telephone hours later.")
    assert ("CONSULT", "video_call", (MODI, SCHOLZ), "2026-03-02", "happened") in got
    assert ("CONSULT", "phone", (MODI, KISHIDA), "2026-03-02", "happened") in got
    # "and had" before an act that is no call adds nothing
    got = _got("Modi had met Scholz on Monday and had praised the talks.")
    assert {e[1] for e in got} == {"meeting"}


def test_a_second_that_clause_has_its_own_subject_and_date() -> None:
    got = _got("Officials said that Modi would attend the summit in Paris in November and that "
               "Macron planned to visit India in April.")
    assert ("AGREE", "visit", (MACRON,), "2026-04", "planned") in got
    assert any(e[:2] == ("AGREE", "summit") and e[2] == (MODI,) and e[3] == "2026-11" for e in got)
    # the first act keeps no actor of the second clause; a pronoun opens no second act
    got = _got("Officials said that the army had withdrawn and that Modi would visit Ladakh in May.")
    assert ("AGREE", "visit", (MODI,), "2026-05", "planned") in got
    assert all(e[3] is None for e in got if e[0] == "RETREAT")
    got = _got("The minister said that Macron met Scholz in Berlin and that he would visit India.")
    assert {e[1] for e in got} == {"meeting"}


def test_a_call_told_as_a_noun_between_two_leaders_or_opening_the_sentence() -> None:
    got = _got("With trade on the agenda of a telephone call between Macron and Scholz on "
               "Monday, markets rose.")
    assert ("CONSULT", "phone", (MACRON, SCHOLZ), "2026-03-02", "happened") in got
    got = _got("During a phone call with Japanese Prime Minister Fumio Kishida on Monday, Modi "
               "thanked Japan for its help.")
    assert ("CONSULT", "phone", (MODI, KISHIDA), "2026-03-02", "happened") in got
    assert any(e[:2] == ("SUPPORT", "thank") for e in got)
    # no partner named, or no call: nothing more
    assert {e[1] for e in _got("In a phone call, Modi thanked Japan.")} == {"thank"}
    assert {e[1] for e in _got("In a speech on Monday, Modi thanked Japan.")} == {"thank"}


def test_an_accepted_invitation_to_a_gathering_is_a_planned_attendance() -> None:
    got = _got("Modi has accepted an invitation to the June gathering of G7 leaders in Italy, "
               "his office said.")
    assert ("AGREE", "summit", (MODI,), "2026-06", "planned") in got
    assert ("AGREE", "accept", (MODI,), None, "happened") in got  # the month is the gathering's
    # an invitation to talks or to visit is no gathering
    assert {e[1] for e in _got("The union accepted an invitation to talks on Monday.")} == {"accept"}
    # (round en15: an accepted invitation to visit a place is a planned visit, still no gathering)
    assert {e[1] for e in _got("Modi accepted an invitation to visit Paris.")} == {"accept", "visit"}


def test_expected_or_due_in_a_place_is_a_visit_not_yet_made() -> None:
    got = _got("Macron, who is expected in Delhi in April, wants a trade deal before he arrives.")
    assert got == {("AGREE", "visit", (MACRON,), "2026-04", "expected")}
    assert ("AGREE", "visit", (MODI,), "2026-06", "planned") in _got("Modi is due in Paris in June.")
    # a thing expected somewhere is no visit
    assert _got("Rain is expected in Delhi in April.") == set()
    assert _got("The verdict is expected in Paris in May.") == set()


def test_a_hedging_modal_is_a_tense_cue_for_a_bare_may_or_march() -> None:
    # en9 left "may visit Japan in March" undated (a weak month wants a tense cue)
    assert ("AGREE", "visit", (MODI,), "2026-03", "possible") in _got(
        "Modi may visit Japan in March, officials said.", "2026-02-04")
    assert ("AGREE", "meeting", (MODI, KISHIDA), "2026-05", "possible") in _got(
        "Modi might meet Kishida in May, officials said.", "2026-02-04")
    # the past ("may have met") and the month "May" are no cue
    assert {e[3] for e in _got("Modi may have met Kishida in March, officials said.",
                               "2026-02-04")} == {None}
    assert {e[3] for e in _got("In May the Indian parliament passed a law on trade, officials "
                               "said.", "2026-02-04")} <= {None}


def test_a_possessive_country_taken_for_a_person_is_not_the_one_met() -> None:
    got = _got("Prime Minister Narendra Modi met South Africa's defense minister in New Delhi on "
               "Monday, officials said.")
    assert {e[2] for e in got if e[1] == "meeting"} == {(MODI,)}
    got = _got("Prime Minister Narendra Modi met South Africa's President Cyril Ramaphosa in New "
               "Delhi on Monday, officials said.")
    assert ("CONSULT", "meeting", (MODI, "kb:person/cyril-ramaphosa"), "2026-03-02",
            "happened") in got

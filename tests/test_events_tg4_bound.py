"""Round tg4 (issue 13): an examination's cancellation or postponement falls on the candidates
who sit it, not on the examination (the development gold's "civil services interview
candidates", "school students of classes 1-8 in Maharashtra"); a visa's suspension on the people
who hold it (the tuning sets' "foreign nationals holding Indian visas")."""

from __future__ import annotations

import pytest

from hindi_events import analyser, target_names
from khabar.events.bound_people import candidates_of, holders_of

analysed = analyser("2020-03-22")


def _targets(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == trigger]
    return target_names(art, ev)


def test_board_examinations_called_off_bind_their_candidates() -> None:
    # Amar Ujala, AU-2020-MAR-22.txt
    text = "सीबीएसई ने बोर्ड परीक्षाएं 31 तक रद्द कर दी हैं ।"
    assert _targets(text, "रद्द") == ["board examination candidates in India"]


def test_a_commissions_written_examination_binds_its_candidates() -> None:
    # Amar Ujala, AU-2020-MAR-22.txt
    text = (
        "इस बीच, पश्चिम बंगाल पब्लिक सर्विस कमीशन ने 21 मार्च को होने वाली लिखित परीक्षा को"
        " पांच अप्रैल तक स्थगित कर दिया है ।"
    )
    assert _targets(text, "स्थगित") == ["written examination candidates in West Bengal"]


def test_a_list_of_classes_and_examinations_stays_a_list() -> None:
    # written: classes and examinations put off bind pupils, a wider party than the candidates
    text = "केरल सरकार ने सातवीं कक्षा तक की कक्षाएं और परीक्षाएं 31 मार्च तक स्थगित कर दी हैं ।"
    names = _targets(text, "स्थगित")
    assert not any("candidates" in n for n in names)


def test_a_closed_school_is_no_examination() -> None:
    # written: a closure of schools keeps the schools
    text = "दिल्ली सरकार ने सभी स्कूलों को 31 मार्च तक बंद कर दिया है ।"
    names = _targets(text, "बंद")
    assert names and not any("candidates" in n for n in names)


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("examinations in Maharashtra", "examination candidates in Maharashtra"),
        ("written examination", "written examination candidates"),
        ("classes and examinations in Kerala", None),
        ("examination centres in India", None),
        ("schools in Delhi", None),
        ("examinations, classes in Delhi", None),
    ],
)
def test_candidates_of(english: str, expected: str | None) -> None:
    assert candidates_of(english) == expected


def test_suspended_tourist_visas_bind_their_holders() -> None:
    # Amar Ujala, AU-2020-MAR-12.txt
    text = "सरकार ने 15 अप्रैल तक सभी देशों के पर्यटक वीजा निलंबित कर दिए हैं ।"
    assert _targets(text, "निलंबित") == ["holders of tourist visas of all countries in India"]


def test_a_seized_passport_and_visa_is_no_suspension() -> None:
    # Prabhat Khabar, PK-2020-MAR-30.txt: a seizure takes them from the people the sentence
    # before names, not from every holder of a visa (the seizure's target stays the visas)
    assert _targets("इनके पासपोर्ट और वीजा जब्त कर लिये गये हैं.", "जब्त") == ["visas"]


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("visas in India", "holders of visas in India"),
        ("regular and e-visas in India", "holders of regular and e-visas in India"),
        ("tourist visas of entire Europe", "holders of tourist visas of entire Europe"),
        ("passports and visas in Ranchi", None),
        ("visa applications in India", None),
        ("visas in Iran, Italy, South Korea and Japan", None),  # the owners' countries (nm1)
        ("examinations in India", None),
    ],
)
def test_holders_of(english: str, expected: str | None) -> None:
    assert holders_of(english) == expected

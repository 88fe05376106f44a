"""The knowledge base: a sample of facts, name resolution in both scripts, user files, errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from khabar.config import Config
from khabar.entities.kb import load_kb
from khabar.errors import KhabarError


@pytest.fixture(scope="module")
def kb():
    return load_kb(Config())


@pytest.mark.parametrize(
    ("title", "of", "on", "expected"),
    [
        ("President", "country/CN", date(2026, 2, 4), "Xi Jinping"),
        ("President", "country/US", date(2026, 2, 4), "Donald Trump"),
        ("President", "country/US", date(2022, 6, 1), "Joe Biden"),
        ("President", "country/US", date(2019, 6, 1), "Donald Trump"),
        ("President", "country/RU", date(2026, 2, 4), "Vladimir Putin"),
        ("Prime Minister", "country/RU", date(2010, 1, 1), "Vladimir Putin"),
        ("Chancellor", "country/DE", date(2026, 2, 5), "Friedrich Merz"),
        ("Chancellor", "country/DE", date(2024, 1, 1), "Olaf Scholz"),
        ("Prime Minister", "country/GB", date(2026, 2, 5), "Keir Starmer"),
        ("Prime Minister", "country/GB", date(2023, 1, 1), "Rishi Sunak"),
        ("Prime Minister", "country/CA", date(2026, 2, 5), "Mark Carney"),
        ("Prime Minister", "country/IN", date(2026, 2, 5), "Narendra Modi"),
        ("President", "country/IN", date(2026, 2, 5), "Droupadi Murmu"),
        ("Chief Minister", "in-state/UP", date(2026, 2, 5), "Yogi Adityanath"),
        ("Secretary-General", "org/nato", date(2026, 2, 5), "Mark Rutte"),
        ("Prime Minister", "country/JP", date(2026, 2, 5), "Sanae Takaichi"),
        ("Prime Minister", "country/JP", date(2025, 3, 1), "Shigeru Ishiba"),
        ("Prime Minister", "country/NP", date(2025, 3, 1), "K. P. Sharma Oli"),
        ("Vice President", "country/IN", date(2024, 1, 1), "Jagdeep Dhankhar"),
        ("Vice President", "country/IN", date(2026, 2, 5), "C. P. Radhakrishnan"),
        ("President", "country/SY", date(2026, 2, 5), "Ahmed al-Sharaa"),
        # Round ev30: office-holders of 2020, the year of the COVID corpus
        ("Chief Minister", "in-state/MH", date(2020, 4, 7), "Uddhav Thackeray"),
        ("Chief Minister", "in-state/JH", date(2020, 4, 7), "Hemant Soren"),
        ("Chief Minister", "in-state/JH", date(2026, 2, 5), "Hemant Soren"),
        ("Chief Minister", "in-state/RJ", date(2020, 4, 7), "Ashok Gehlot"),
        ("Chief Minister", "in-state/PB", date(2020, 4, 7), "Amarinder Singh"),
        ("Chief Minister", "in-state/MP", date(2020, 3, 1), "Kamal Nath"),
        ("Chief Minister", "in-state/MP", date(2020, 4, 7), "Shivraj Singh Chouhan"),
        ("Chief Minister", "in-state/OD", date(2020, 4, 7), "Naveen Patnaik"),
        ("President", "country/IN", date(2020, 4, 7), "Ram Nath Kovind"),
        ("Prime Minister", "country/PK", date(2020, 4, 7), "Imran Khan"),
        ("Prime Minister", "country/IT", date(2020, 4, 7), "Giuseppe Conte"),
        ("Prime Minister", "country/GB", date(2020, 4, 7), "Boris Johnson"),
        ("President", "country/BR", date(2020, 4, 7), "Jair Bolsonaro"),
    ],
)
def test_office_holders_on_a_date(kb, title, of, on, expected):
    assert [e.name for e in kb.holders(title, of, on)] == [expected]


def test_uncertain_tenures_are_never_inferred(kb):
    # Bangladesh's interim government was due to end with the 2026 election: not inferred.
    assert kb.holders("Chief Adviser", "country/BD", date(2026, 6, 1)) == []
    # Nepal's interim Prime Minister (from September 2025) was to hand over after an election.
    assert kb.holders("Prime Minister", "country/NP", date(2026, 2, 5)) == []


def test_identifiers_are_only_the_certain_ones(kb):
    assert kb.get("person/xi-jinping").qid == "Q15031"
    assert kb.get("person/vladimir-putin").qid == "Q7747"
    assert kb.get("country/US").qid == "Q30"
    assert kb.get("person/yuri-ushakov").qid is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Putin", "person/vladimir-putin"),
        ("पुतिन", "person/vladimir-putin"),
        ("ट्रम्प", "person/donald-trump"),
        ("ट्रंप", "person/donald-trump"),
        ("President Xi", "person/xi-jinping"),
        ("शी जिनपिंग", "person/xi-jinping"),
        ("अमेरिका", "country/US"),
        ("अमरीकी", "country/US"),
        ("मास्को", "city/524901"),
        ("ज़ेलेंस्की", "person/volodymyr-zelenskyy"),
        ("जर्मन चांसलर", "person/friedrich-merz"),
        ("Chancellor of Germany", "person/friedrich-merz"),
        ("उद्धव ठाकरे", "person/uddhav-thackeray"),
        ("अशोक गहलोत", "person/ashok-gehlot"),
        ("अमरिंदर सिंह", "person/amarinder-singh"),
        ("इमरान खान", "person/imran-khan"),
        ("ग्यूसेप कोंते", "person/giuseppe-conte"),
        ("महात्मा गांधी", "person/mahatma-gandhi"),
    ],
)
def test_resolve_any_script_or_spelling(kb, query, expected):
    assert kb.resolve(query, date(2026, 2, 5))[0].id == expected


def test_cross_script_phonetic_fallback(kb):
    # Not a listed alias: found through the schwa-deleted romanisation.
    assert kb.resolve("व्लादिमिर पुतिन")[0].id == "person/vladimir-putin"
    assert kb.resolve("vladimir putin")[0].id == "person/vladimir-putin"


def test_capitals_stand_for_their_state(kb):
    assert kb.get("city/524901").metonym_for == "country/RU"
    assert kb.get("org/kremlin").metonym_for == "country/RU"
    assert kb.get("city/1795565").metonym_for is None  # Shenzhen is no capital


def test_builtin_alias_collisions_are_listed_not_merged(kb):
    assert any(c.startswith("सिंगापुर:") for c in kb.conflicts)
    assert kb.get("country/SG") is not None and kb.get("city/1880252") is not None


def test_unknown_name_resolves_to_nothing(kb):
    assert kb.resolve("कखगघ") == []


def _user(tmp_path: Path, name: str, text: str) -> Config:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return Config(user_kb_paths=(path,))


def test_user_file_adds_and_extends(tmp_path):
    cfg = _user(
        tmp_path,
        "mine.yaml",
        "version: 1\nentities:\n"
        "  - {id: person/vladimir-putin, hi: [पूतिन]}\n"
        "  - {id: person/test-mayor, type: PERSON, name: Ram Prasad, hi: [राम प्रसाद]}\n",
    )
    kb = load_kb(cfg)
    assert kb.resolve("पूतिन")[0].id == "person/vladimir-putin"
    assert kb.resolve("Ram Prasad")[0].id == "person/test-mayor"
    assert kb.get("person/vladimir-putin").qid == "Q7747"  # extended, not replaced


def test_malformed_yaml_names_the_line(tmp_path):
    cfg = _user(tmp_path, "bad.yaml", "version: 1\nentities:\n  - {id: a, name: [unclosed\n")
    with pytest.raises(KhabarError) as err:
        load_kb(cfg)
    assert err.value.code.name == "E030"
    assert "bad.yaml:" in err.value.message


def test_invalid_entry_names_its_line(tmp_path):
    cfg = _user(
        tmp_path,
        "bad2.yaml",
        "version: 1\nentities:\n  - {id: x/ok, name: Ok}\n  - {id: x/bad, type: PLANET, name: B}\n",
    )
    with pytest.raises(KhabarError, match=r"bad2.yaml:4: .*unknown type 'PLANET'"):
        load_kb(cfg)


def test_malformed_jsonl_names_the_line(tmp_path):
    cfg = _user(tmp_path, "bad.jsonl", '{"id": "x/a", "name": "A"}\n{"id": "x/b", "name": \n')
    with pytest.raises(KhabarError, match=r"bad.jsonl:2: E030|E030 .*bad.jsonl:2"):
        load_kb(cfg)


def test_bad_role_dates_are_reported(tmp_path):
    cfg = _user(
        tmp_path,
        "dates.yaml",
        "entities:\n  - {id: x/p, type: PERSON, name: P,"
        " roles: [{title: President, of: country/FR, start: 2020-01-01, end: 2019-01-01}]}\n",
    )
    with pytest.raises(KhabarError, match="ends before it starts"):
        load_kb(cfg)


def test_conflicting_user_alias_is_refused(tmp_path):
    cfg = _user(
        tmp_path, "clash.yaml", "entities:\n  - {id: person/other, type: PERSON, hi: [पुतिन]}\n"
    )
    with pytest.raises(KhabarError) as err:
        load_kb(cfg)
    assert err.value.code.name == "E031"
    assert "person/vladimir-putin" in err.value.message


def test_shared_alias_can_be_allowed(tmp_path):
    cfg = _user(
        tmp_path,
        "shared.yaml",
        "entities:\n  - {id: person/other-putin, type: PERSON, name: Other Putin, hi: [पुतिन],"
        " shared_aliases: true}\n",
    )
    ids = {e.id for e in load_kb(cfg).resolve("पुतिन")}
    assert {"person/vladimir-putin", "person/other-putin"} <= ids


def test_recurring_must_be_a_flag(tmp_path):
    bad = tmp_path / "kb.yaml"
    bad.write_text(
        "entities:\n  - {id: event/x-summit, type: EVENT_NAME, name: X summit, recurring: yes-ish}\n",
        encoding="utf-8",
    )
    with pytest.raises(KhabarError) as err:
        load_kb(Config(user_kb_paths=(bad,)))
    assert "kb.yaml:2" in str(err.value) and "recurring" in str(err.value)

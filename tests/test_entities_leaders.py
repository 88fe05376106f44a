"""Unnamed state leaders ("रूसी नेता ने", "क्रेमलिन के नेता ने"): linked through the KB, inferred.

Positive cases are sentences of seed 003 (examples/); negative cases are short real-style
sentences where the description is plural, indefinite, a party's, or the office-holder unknown.
"""

from __future__ import annotations

import pytest

from conftest import SEED_003
from khabar.config import Config
from khabar.entities.kb import load_kb, read_entries
from khabar.entities.stage import extract_mentions
from khabar.errors import KhabarError
from khabar.model import Article, Block, Mention


def make(text: str, dct: str | None = "2026-02-05") -> Article:
    return Article(id="t", text=text, dct=dct, blocks=[Block(0, len(text), "body", 1)])


def leaders(text: str, dct: str | None = "2026-02-05") -> dict[str, Mention]:
    out = {}
    for m in extract_mentions(make(text, dct), load_kb(Config())):
        if m.type == "PERSON" and m.source == "rule" and m.kind in ("descriptive", "role_only"):
            out[m.text] = m
    return out


def seed_sentence(containing: str) -> str:
    text = SEED_003.read_text(encoding="utf-8")
    for line in text.split("\n"):
        for sentence in line.split("।"):
            if containing in sentence:
                return sentence.strip() + "।"
    raise AssertionError(containing)


@pytest.mark.parametrize(
    ("anchor", "surface", "canonical"),
    [
        ("क्रेमलिन के नेता ने", "क्रेमलिन के नेता", "Vladimir Putin"),
        ("रूसी नेता ने इसे स्वीकार", "रूसी नेता", "Vladimir Putin"),
        ("चीनी नेता के अपने रूसी समकक्ष", "चीनी नेता", "Xi Jinping"),
    ],
)
def test_seed_leader_descriptions_link_to_the_office_holder(anchor, surface, canonical):
    # The seed names both men elsewhere; with the name in the same text the mention is a
    # description of that person.
    sentence = seed_sentence(anchor)
    named = {"Vladimir Putin": "व्लादिमीर पुतिन", "Xi Jinping": "शी जिनपिंग"}[canonical]
    m = leaders(f"{named} ने बात की। {sentence}")[surface]
    assert (m.kind, m.canonical, m.inferred) == ("descriptive", canonical, True)
    assert m.entity_id is not None and m.role is not None


def test_unnamed_leader_is_role_only_but_still_linked():
    m = leaders("रूसी नेता ने इसे स्वीकार कर लिया।")["रूसी नेता"]
    assert (m.kind, m.entity_id, m.inferred) == ("role_only", "kb:person/vladimir-putin", True)
    assert (m.role, m.affiliation) == ("President", "Russia")


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("भारत के नेता ने सम्मेलन को संबोधित किया।", "भारत के नेता", "kb:person/narendra-modi"),
        ("जर्मन नेता ने बीजिंग का दौरा किया।", "जर्मन नेता", "kb:person/friedrich-merz"),
        ("ब्रिटिश नेता से मुलाकात हुई।", "ब्रिटिश नेता", "kb:person/keir-starmer"),
        ("व्हाइट हाउस के नेता ने कहा।", "व्हाइट हाउस के नेता", "kb:person/donald-trump"),
        ("चीनी नेतृत्व ने इस प्रस्ताव को मंजूरी दी।", "चीनी नेतृत्व", "kb:person/xi-jinping"),
        ("अमेरिकी राष्ट्रपति ने आलोचना की है।", "अमेरिकी राष्ट्रपति", "kb:person/donald-trump"),
    ],
)
def test_leading_office_follows_news_usage(text, surface, entity):
    # Parliamentary states: the head of government (India's Prime Minister, Germany's Chancellor).
    m = leaders(text)[surface]
    assert m.entity_id == entity and m.inferred


def test_the_holder_on_the_article_date_is_chosen():
    assert leaders("अमेरिकी नेता ने कहा।", "2023-06-01")["अमेरिकी नेता"].entity_id == (
        "kb:person/joe-biden"
    )


@pytest.mark.parametrize(
    "text",
    [
        "भाजपा के नेता ने रैली को संबोधित किया।",  # a party's leader is no head of state
        "कांग्रेस नेता ने कहा।",
        "एक रूसी नेता ने कहा कि बातचीत जारी है।",  # indefinite: some Russian politician
        "पूर्व चीनी नेता ने कहा।",  # a former leader
        "यूरोपीय नेता वर्षों से चीन पर दबाव डाल रहे हैं।",  # plural (direct case)
        "रूसी नेता व्लादिमीर पुतिन ने कहा।",  # a title before the name
        "अमेरिकी नेतृत्व वाले गठबंधन ने हमला किया।",  # US-led, no person
        "बिहार के नेता ने कहा।",  # a state of India, not a country
    ],
)
def test_no_head_of_state_is_read_into_other_uses(text):
    assert not [m for m in leaders(text).values() if "नेत" in m.text]


def test_uncertain_or_unknown_office_holder_stays_unlinked():
    # Maduro's tenure is marked uncertain in the KB; Saudi Arabia declares no leading office.
    venezuela = leaders("वेनेजुएलाई नेता ने अमेरिका की आलोचना की।")["वेनेजुएलाई नेता"]
    assert venezuela.entity_id is None and not venezuela.inferred
    assert venezuela.canonical == "President of Venezuela"
    saudi = leaders("सऊदी नेता ने मुलाकात की।")["सऊदी नेता"]
    assert saudi.entity_id is None and saudi.canonical == "Leader of Saudi Arabia"


def test_no_date_means_no_inference():
    m = leaders("रूसी नेता ने इसे स्वीकार कर लिया।", dct=None)["रूसी नेता"]
    assert m.entity_id is None


def test_leading_office_must_be_a_title(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("entities:\n  - {id: country/XX, name: X, leading_office: [a]}\n")
    with pytest.raises(KhabarError, match="leading_office"):
        read_entries(path)


def test_leader_of_resolves_seats_and_refuses_non_states():
    kb = load_kb(Config())
    kremlin = kb.get("org/kremlin")
    assert kremlin is not None
    found = kb.leader_of(kremlin)
    assert found is not None and found[0].id == "country/RU" and found[1] == "President"
    for not_a_state in ("org/bjp", "region/europe", "city/1273294"):
        entry = kb.get(not_a_state)
        assert entry is not None and kb.leader_of(entry) is None

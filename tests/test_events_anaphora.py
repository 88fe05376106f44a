"""Pronoun targets resolved to their antecedent (round ev23, issue 13): "उसे", "इन्हें", "उसके
खिलाफ" take the one person or group of people named just before them, compatible in number;
the pronoun stays the argument, the antecedent's own words and offsets are its evidence; none
when two could be meant, when the measure is on places, or when a thing was named last.

The sentences are from the COVID corpus, day files outside the dev event gold, unless marked
as written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from hindi_events import article_events
from khabar.errors import KhabarError
from khabar.events.glossary import read_glossary
from khabar.model import Article, Event


def events(text: str, dct: str = "2020-04-02") -> tuple[Article, list[Event]]:
    return article_events(text, dct)


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent"),
    [
        # AU-2020-MAR-22.txt: a singular pronoun after a person described, his age no count
        (
            "कर्नाटक के मंत्री बी श्रीरामुलु ने कहा कि मक्का के यात्रा करने वाले 32 वर्षीय व्यक्ति"
            " कोरोना वायरस पॉजिटिव पाया गया है । उसे आइसोलेशन में रखा गया है और उपचार चल रहा है ।",
            "उसे",
            "32 वर्षीय व्यक्ति",
        ),
        # DJ-2020-MAR-07.txt: "दोनों व्यक्ति" are two; the doctor named before is one person
        (
            "इसकी जानकारी समाचार एजेंसी एएनआइ ने अस्पताल के डॉक्टर रमन शर्मा के हवाले दी है ।"
            " दोनों व्यक्ति हाल ही में इटली से लौटे हैं । इन्हें आइसोलेशन में रखा गया है ।",
            "इन्हें",
            "दोनों व्यक्ति",
        ),
    ],
)
def test_a_pronoun_target_takes_its_antecedent(text: str, pronoun: str, antecedent: str) -> None:
    art, evs = events(text)
    [ev] = [e for e in evs if e.mode == "quarantine"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert arg.text == pronoun and art.text[arg.start : arg.end] == pronoun
    [ante] = [a for a in ev.arguments if a.role == "target_antecedent"]
    assert ante.text == antecedent and art.text[ante.start : ante.end] == antecedent
    assert ante.start < arg.start
    assert ev.target == [ante.entity_id] and arg.entity_id == ante.entity_id


def test_no_antecedent_when_two_could_be_meant() -> None:
    # AU-2020-APR-01.txt: "26 लोगों" and "14 लोग" both fit: which is meant is not said
    _, evs = events(
        "दिल्ली के मरकज निजामुद्दीन में कार्यक्रम में कलाबुरगी जिले के 26 लोग शामिल हुए थे ।"
        " 26 लोगों में से 14 लोग जिले में वापस आए हैं और उन्हें क्वारंटाइन किया गया है ।"
    )
    [ev] = [e for e in evs if e.mode == "quarantine"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert arg.text == "उन्हें" and arg.entity_id is None  # the pronoun kept, no actor
    assert ev.target == []
    assert not [a for a in ev.arguments if a.role == "target_antecedent"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # AU-2020-APR-01.txt: the premises sealed are what the zone is declared on, not the
        # people who died, named before
        (
            "महाराष्ट्र में 13 लोगों की मौत हो गई है । इसी बीच मुंबई के 146 परिसरों को सील कर"
            " उन्हें नो-एंट्री जोन घोषित कर दिया गया है ।",
            ["text:146 परिसरों"],
        ),
        # written for the test: a programme cancelled is no student; the programmes are what
        # is cancelled (round tg5: the head of "जो … , उन्हें", an occasion of a cancellation)
        (
            "छात्रों को भोजन का पैसा मिलेगा । सभी सरकारी कार्यक्रम जो 22 मार्च को होने थे,"
            " उन्हें रद्द कर दिया गया है ।",
            ["text:सभी सरकारी कार्यक्रम"],
        ),
    ],
)
def test_a_measure_on_things_takes_no_people(text: str, target: list[str]) -> None:
    _, evs = events(text)
    [ev] = [e for e in evs if e.mode in {"restrict", "cancel"}]
    assert ev.target == target
    assert not [a for a in ev.arguments if a.role == "target_antecedent"]


def test_in_view_of_this_is_no_target() -> None:
    # written for the test: "इसे ध्यान में रखते हुए" is a reason, no object of the advisory
    _, evs = events(
        "राज्य में 65 वर्ष से अधिक आयु के नागरिक घर पर रहें । इसे ध्यान में रखते हुए सरकार ने"
        " एडवायजरी जारी की है ।"
    )
    for ev in evs:
        assert not any(a.text == "इसे" for a in ev.arguments)


def test_a_bad_people_field_is_a_coded_error(tmp_path: Path) -> None:
    bad = tmp_path / "gloss.yaml"
    bad.write_text(
        "version: 1\nentries:\n"
        "  - {hi: [लोगों], en: people, kind: noun, people: true}\n"
        "  - {hi: [सभी], en: all, kind: det, people: true}\n",
        encoding="utf-8",
    )
    with pytest.raises(KhabarError) as err:
        read_glossary(bad)
    assert err.value.code.name == "E061"
    assert f"{bad}:4" in str(err.value)

"""English passives: the grammatical subject suffers the act, the "by" agent does it (round en3).

Sentences are our own, written like wire copy; none is taken from a gold file.
"""

from __future__ import annotations

from khabar.events.english import code_sentence, extract_english
from khabar.model import Article, Sentence


def _roles(text: str) -> tuple[str, list[str], list[str]] | None:
    coded = code_sentence(text, 0, len(text))
    if coded is None:
        return None
    return coded[0].type, [c.text for c in coded[3]], [c.text for c in coded[4]]


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    art = Article(id="p", text=text, language="en", sentences=[Sentence(0, len(text), 0)])
    return [(e.type, e.source, e.target) for e in extract_english(art)]


def test_passive_with_by_agent_swaps_source_and_target() -> None:
    assert _roles("Doctors were attacked by a mob outside the hospital on Tuesday.") == (
        "ASSAULT",
        ["mob"],
        ["Doctors"],
    )
    assert _roles("Putin was invited by Xi to visit Beijing next spring.") == (
        "AGREE",
        ["Xi"],
        ["Putin"],
    )
    assert _roles("Trump was criticised by Democrats over the border plan.") == (
        "ACCUSE",
        ["Democrats"],
        ["Trump"],
    )
    # an article's event carries the same roles
    assert _events("Doctors were attacked by a mob outside the hospital on Tuesday.") == [
        ("ASSAULT", ["text:mob"], ["text:Doctors"])
    ]
    # "has been" and an adverb between the auxiliary and the participle
    assert _roles("The minister has been accused by the opposition of lying to parliament.") == (
        "ACCUSE",
        ["opposition"],
        ["minister"],
    )
    assert _roles("Students were reportedly arrested by police near the campus.") == (
        "COERCE",
        ["police"],
        ["Students"],
    )


def test_passive_without_agent_has_no_source_and_no_event() -> None:
    # the type is kept, the subject is the target, no one is the source
    assert _roles("Doctors were attacked in the old city on Monday.") == (
        "ASSAULT",
        [],
        ["Doctors"],
    )
    # no source, no event (the same rule as an active verb with no subject)
    assert _events("Doctors were attacked in the old city on Monday.") == []
    # a pronoun subject of a passive is no carried-over source
    assert _events("He was arrested at the airport on Friday.") == []


def test_active_sentence_unchanged() -> None:
    assert _roles("A mob attacked doctors outside the hospital on Tuesday.") == (
        "ASSAULT",
        ["mob"],
        ["doctors"],
    )
    assert _roles("Democrats criticised Trump over the border plan.") == (
        "ACCUSE",
        ["Democrats"],
        ["Trump"],
    )
    # a participle as an adjective before "to" is no passive act
    assert _roles("Officials said the army is prepared to attack rebel positions.") == (
        "MOBILIZE",  # "prepared" is itself a MOBILIZE trigger; the roles stay active
        ["army"],
        ["rebel"],
    )
    # "by" after an active verb is no agent ("by phone", "by the river")
    assert _roles("Police arrested two students by the river on Sunday.") == (
        "COERCE",
        ["Police"],
        ["students"],
    )

"""Round en20 (issue 13): general forms of English wire copy the blind rounds left, each with
positives and negatives (docs/events-rounds.md, round en20)."""

from __future__ import annotations

from .wire_story import MACRON, MODI, english_events

XI = "kb:person/xi-jinping"


def _sources(text: str) -> set[tuple[str, ...]]:
    return {key[2] for key in english_events(text, "2026-02-04")}


# (1) A two-letter KB surname alone ("Xi") names its person, as "Modi" alone does.
def test_a_two_letter_surname_alone_is_the_kb_leader() -> None:
    assert (XI, MODI) in _sources("Xi spoke with Modi by video link on Wednesday.")
    assert (XI,) in {s[:1] for s in _sources("Mr Xi accused Japan of provocation on Tuesday.")}
    assert (MACRON, XI) in _sources("The Macron-Xi talks were held on Tuesday.")


def test_a_two_letter_surname_inside_another_name_is_not_the_leader() -> None:
    for text in ("Li Xi met Modi in Delhi on Monday.", "Xi Mingze met Modi in Delhi on Monday."):
        assert not any(XI in s for s in _sources(text)), text


def test_other_cases_and_unknown_surnames_stay_unread() -> None:
    assert not any(XI in s for s in _sources("The XI of India met Modi in Delhi on Monday."))
    # an unknown surname alone is no KB person
    assert all(a == MODI or not a.startswith("kb:person/")
               for s in _sources("Zhou met Modi in Delhi on Monday.") for a in s)

"""Round en20 (issue 13): general forms of English wire copy the blind rounds left, each with
positives and negatives (docs/events-rounds.md, round en20)."""

from __future__ import annotations

from .wire_story import KISHIDA, MACRON, MODI, SCHOLZ, english_events

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


# (2) "Hours later, he ...": a unit of time before "later"/"after" opens an adverbial, no actor.
def test_hours_later_with_a_comma_leaves_the_pronoun_subject() -> None:
    got = english_events(
        "Modi spoke with Kishida by video link on Wednesday. "
        "Hours later, he held a phone call with Macron.", "2026-02-04")
    assert ("CONSULT", "phone", (MODI, MACRON), "2026-02-04", "happened") in got
    assert not any(a.startswith("text:") for key in got for a in key[2])


def test_a_time_unit_is_no_actor_but_a_plural_of_people_still_is() -> None:
    got = english_events("Minutes after, Macron met Scholz in Paris.", "2026-02-04")
    assert {key[2] for key in got} == {(MACRON, SCHOLZ)}
    # without the word of relative time "Hours" is left as it was (no rule of this round)
    assert english_events("Modi met Kishida in Tokyo on Monday.", "2026-02-04") == {
        ("CONSULT", "meeting", (MODI, KISHIDA), "2026-02-02", "happened")}


# (3) "X met Y. Then, he ...": the pronoun is the subject of the two-party act before.
def test_then_he_after_a_meeting_is_its_subject() -> None:
    got = english_events("Modi met Kishida in Tokyo on Monday. Then, he held a phone call with "
                         "Macron.", "2026-02-04")
    assert ("CONSULT", "phone", (MODI, MACRON)) in {key[:3] for key in got}


def test_then_he_after_a_meeting_of_a_pair_stays_open() -> None:
    got = english_events("Modi and Kishida met in Tokyo on Monday. Then, he held a phone call "
                         "with Macron.", "2026-02-04")
    assert not any(key[1] == "phone" for key in got)


# (4) "the president", "POTUS": the person the report named in that office.
def test_the_president_is_the_last_person_named_with_that_title() -> None:
    got = english_events(
        "A few hours later, Modi picked up the phone to President Emmanuel Macron. The Elysee "
        "says they talked about trade. And the president is expected to visit Delhi this coming "
        "April.", "2026-02-04")
    assert ("AGREE", "visit", (MACRON,)) in {key[:3] for key in got}
    got = english_events("French President Emmanuel Macron met Scholz on Monday. POTUS will "
                         "visit Tokyo in April.", "2026-02-04")
    assert not any(MACRON in key[2] and key[1] == "visit" for key in got)


def test_the_president_stays_unread_where_the_last_person_named_holds_no_such_title() -> None:
    for text in (
        # the last person named is a prime minister
        "French President Emmanuel Macron met Modi in Paris on Monday. The president will visit "
        "Tokyo in April.",
        # another president named in its own sentence (NGEC story 266's form)
        'President Emmanuel Macron pledged to amend the law. "The president will visit Tokyo '
        'this weekend," the office of President Olaf Scholz said in a statement.',
        # a possessive is a thing of the office (NGEC stories 902 and 4075's form)
        "President Emmanuel Macron met Scholz on Monday. Unions want the president's visit to "
        "Tokyo in April.",
        # "the president of" another body
        "President Emmanuel Macron met Scholz on Monday. The president of the club will visit "
        "Tokyo in April.",
    ):
        got = english_events(text, "2026-02-04")
        assert not any(key[1] == "visit" and MACRON in key[2] for key in got), text


def test_potus_is_the_us_president_the_report_names() -> None:
    biden = "kb:person/joe-biden"
    got = english_events("US President Joe Biden met Modi on Monday. POTUS will visit Tokyo in "
                         "May.", "2022-04-04")
    assert ("AGREE", "visit", (biden,)) in {key[:3] for key in got}
    # no US president named: POTUS stays a text actor
    got = english_events("Modi met Kishida on Monday. POTUS will visit Tokyo in May.", "2022-04-04")
    assert not any(a.startswith("kb:person/") for key in got if key[1] == "visit" for a in key[2])

"""Round ev205 (issue 13): four small kinds noticed in the session — a number's grouping comma in
an actor's name, a date between an act noun and its light verb, a future verb far after an act
noun, an ordinal of occasions before a talk."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-05-13")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


# ---- (1) a number written with grouping commas -----------------------------------------------


def test_a_count_with_grouping_commas_keeps_its_first_digits() -> None:
    # NT-2020-MAY-13: the Western grouping; the target was "000 Indians"
    art = analysed(
        "नागर विमानन मंत्री हरदीप सिंह पुरी ने बुधवार को कहा कि वंदे भारत मिशन के दूसरे चरण में 31 देशों"
        " से 30,000 भारतीयों की स्वदेश वापसी होगी ।"
    )
    [ev] = _of(art, "AID")
    assert target_names(art, ev) == ["30,000 Indians"]
    # the Indian grouping, two commas
    art = analysed("सरकार ने कहा कि विदेश से 1,28,257 भारतीयों की स्वदेश वापसी होगी ।")
    [ev] = _of(art, "AID")
    assert target_names(art, ev) == ["1,28,257 Indians"]


def test_a_comma_with_a_space_between_two_counts_still_parts_them() -> None:
    # "31 देशों, 30 भारतीयों": a list's comma, no number's (a space after it)
    art = analysed("सरकार ने कहा कि विदेश से 28, 257 भारतीयों की स्वदेश वापसी होगी ।")
    [ev] = _of(art, "AID")
    assert target_names(art, ev) == ["257 Indians"]

"""Issue 13, recall pass of round ev82 (session 8): kinds of the core misses of the stand-ins J, L,
M and Q counted on corpus day files outside the gold's days and the held-out sets. A named group
kept under watch ("… को निगरानी में रखा गया है") is the same measure as a group kept isolated; a
passive participle before its noun ("निगरानी में रखे गए लोगों की संख्या") reports no act even
inside a speaker's sentence; a passive conjoined to a clause with a named agent ("X ने … आदेश
दिए और … को छूट दी गई") shares that agent. Sentences are written like the news, not copied from
any gold; negatives beside the kind."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-03-14")  # as tests/test_events_covid_kinds.py


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_a_group_kept_under_watch_is_a_measure() -> None:
    [ev] = _of(analysed("केरल सरकार ने इटली से लौटे 40 लोगों को निगरानी में रखा है ।"), "COERCE")
    assert ev.source == ["actor:Government of Kerala"]
    assert ev.mode == "quarantine"
    text = "जिले में विदेश से लौटे इन सभी लोगों को 14 दिन तक कड़ी निगरानी में रखा गया है ।"
    [ev] = _of(analysed(text), "COERCE")
    assert ev.source  # inferred issuer, as for "पृथक रखा गया"


def test_watching_a_situation_or_people_described_as_watched_is_no_measure() -> None:
    for text in (
        "स्वास्थ्य विभाग पूरी स्थिति पर निगरानी रख रहा है ।",
        "जिले में निगरानी में रखे गए लोगों की संख्या बढ़कर 300 हो गई है ।",
        "मंत्री ने बताया कि निगरानी में रखे गए लोगों की संख्या बढ़कर 300 हो गई है ।",
        "मंत्री ने बताया कि पृथक रखे गए लोगों की संख्या बढ़कर 300 हो गई है ।",
    ):
        assert not _of(analysed(text), "COERCE"), text


def test_a_passive_conjoined_to_a_named_agents_clause_is_that_agents() -> None:
    text = (
        "हिमाचल सरकार ने भी कॉलेजों को 31 मार्च तक बंद करने के आदेश दिए और केवल परीक्षा वाले "
        "कॉलेजों को छूट दी गई ।"
    )
    [ev] = _of(analysed(text), "CONCEDE")
    assert ev.source == ["actor:Government of Himachal Pradesh"]


def test_a_passive_after_but_does_not_share_the_agent() -> None:
    text = (
        "हिमाचल सरकार ने भी कॉलेजों को 31 मार्च तक बंद करने के आदेश दिए लेकिन बाद में परीक्षा "
        "वाले कॉलेजों को छूट दी गई ।"
    )
    assert not _of(analysed(text), "CONCEDE")

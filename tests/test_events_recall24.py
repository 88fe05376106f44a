"""Issue 13, recall pass of round ev75 (session 7): an allegation told as its maker's ("विपक्ष का आरोप
है कि …") is an ACCUSE act of the possessor (a core miss of the unseen stand-in set M); a charge with
no one making it ("उन पर आरोप है कि …") names no agent and stays out. Sentences are written like the
news, not copied from any gold; negatives beside the kind (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_an_allegation_told_as_its_makers_is_their_accuse() -> None:
    for text, who in (
        ("विपक्ष का आरोप है कि राज्य सरकार ने प्रवासी मजदूरों की अनदेखी की है ।", "actor:opposition"),
        ("गांव के लोगों का आरोप है कि कोटेदार राशन कम तौल रहा है ।", "actor:villagers"),
        ("धरने पर बैठे स्वास्थ्यकर्मियों का आरोप है कि उन्हें मास्क नहीं दिए गए ।", "actor:health workers"),
    ):
        [ev] = _of(analysed(text), "ACCUSE")
        assert ev.mode == "allege" and ev.source == [who], text


def test_a_charge_with_no_one_making_it_is_no_accuse() -> None:
    for text in (
        "आरोपी युवक पर आरोप है कि उसने क्वारंटाइन केंद्र से भागने की कोशिश की ।",
        "उन पर धोखाधड़ी का आरोप है ।",
        "इस मामले में कई आरोप हैं जिनकी जांच होगी ।",
    ):
        assert not _of(analysed(text), "ACCUSE"), text

"""Lead's fix after recall audit rv43 (issue 13): जागरुक, the short-u spelling of जागरूक, is the
same word, so making people aware is the same appeal in either spelling (12 of the 76 spellings on
the 280 allowed corpus day files)."""

from __future__ import annotations

import pytest

from .hindi_events import analyser, role_names

analysed = analyser("2020-04-13")


@pytest.mark.parametrize("word", ["जागरुक", "जागरूक"])
def test_making_people_aware_is_an_appeal_in_either_spelling(word: str) -> None:
    # DJ-2020-ARP-13.txt (rv43's drawn sentence 27, cut): the government asks people to take care
    art = analysed(f"नई दिल्ली । सरकार लगातार लोगों को कोरोना के बारे में {word} कर रही है ।")
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.trigger == word
    assert role_names(art, ev, "source") == ["Government of India"]
    assert role_names(art, ev, "target") == ["general public of India"]


@pytest.mark.parametrize("word", ["जागरुकता", "जागरूकता"])
def test_awareness_as_a_noun_is_no_act(word: str) -> None:
    # written: a state of the public, nobody acting
    assert analysed(f"पटना । लोगों में कोरोना को लेकर {word} की कमी है ।").events == []

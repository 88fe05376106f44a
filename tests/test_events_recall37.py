"""Issue 13, round ev138: kinds of core events the unseen tuning set Uj missed that recur on other
allowed corpus text:

- an allegation stated as its makers' in the copula ("नोएडा आरडब्ल्यूए के सदस्यों का आरोप है कि …"):
  ACCUSE, the possessor the accuser, as "X की मांग है कि" is a demand; a charge against the
  accused ("आरोपी पर आरोप है कि") names no accuser and stays out.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-10")


def test_an_allegation_in_the_copula_is_its_makers() -> None:
    art = analysed(
        "नोएडा आरडब्ल्यूए के सदस्यों का आरोप है कि वेंडरों से सब्जी और दवा की मांग करने पर वेंडर इंकार "
        "कर रहे हैं ।"
    )
    [ev] = events_of(art, "ACCUSE", "allege")
    assert ev.source == ["actor:Noida resident welfare association"]
    art = analysed("प्रदर्शन कर रहे स्वास्थ्यकर्मियों का आरोप है कि उनके साथ भेदभाव किया जा रहा है ।")
    assert len(events_of(art, "ACCUSE", "allege")) == 1


def test_a_charge_against_the_accused_names_no_accuser() -> None:
    art = analysed("वहां मौजूद आरोपी पर आरोप है कि उसने दोनों बहनों के साथ बदसलूकी की ।")
    assert events_of(art, "ACCUSE", "allege") == []

"""Targets on unseen text (issue 13, round ev110): the people an act told as a noun falls on,
in the genitive before it, and whom an order is given when its complement is itself a measure
with an object of its own."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, target_names

events = partial(article_events, dct="2020-04-21")


def test_the_people_in_the_genitive_before_an_act_told_as_a_noun_are_its_target() -> None:
    art, evs = events("पुलिस ने बाजार में घूम रहे 20 दुकानदारों का चालान काटा ।")
    assert target_names(art, one_event(evs, "चालान")) == ["20 traders"]
    art, evs = events("जिलाधिकारी ने दोनों डॉक्टरों के निलंबन की सिफारिश की ।")
    assert target_names(art, one_event(evs, "सिफारिश")) == ["both doctors"]
    art, evs = events("नगर निगम ने 300 मजदूरों के खाने का इंतजाम किया है ।")
    assert target_names(art, one_event(evs, "खाने")) == ["300 workers"]
    # a date and an adverb inside the ordered act's phrase are passed over
    art, evs = events("प्रशासन ने होटल में ठहरे यात्रियों की सोमवार को दोबारा जांच कराने के आदेश दिए ।")
    # round nm13: "ठहरे" is a glossary participle, the phrase holds it and its place
    assert target_names(art, one_event(evs, "आदेश")) == ["passengers staying in the hotel"]


def test_a_genitive_that_names_nobody_or_who_acts_is_no_target() -> None:
    art, evs = events("जिलाधिकारी ने पूरी घटना की जांच के आदेश दिए ।")
    assert target_names(art, one_event(evs, "आदेश")) == []  # an incident is nobody
    # the genitive before an order followed by पर is who gave it
    art, evs = events("जिलाधिकारी के आदेश पर शहर की सभी दुकानें बंद कर दी गईं ।")
    assert "District Magistrate" not in target_names(art, one_event(evs, "बंद"))
    # no agent and no passive: the people in the genitive are who demand
    art, evs = events("व्यापारियों की मांग है कि बाजार खोले जाएं ।")
    assert target_names(art, one_event(evs, "मांग")) == []


def test_an_order_whose_complement_is_a_measure_with_its_own_object_is_given_to_the_first() -> None:
    art, evs = events("उपायुक्त ने सभी अस्पतालों को अपने कर्मचारियों को मास्क देने के निर्देश दिए ।")
    assert target_names(art, one_event(evs, "निर्देश")) == ["all hospitals"]
    assert target_names(art, one_event(evs, "मास्क")) == ["workers"]  # the aid's own object


def test_an_order_of_a_measure_with_one_object_stays_one_act() -> None:
    art, evs = events("उपायुक्त ने शहर की सभी दुकानों को सील करने का आदेश दिया ।")
    assert [e.trigger for e in evs] == ["सील"]
    # a repeated word before a second को is a typo, no second object
    art, evs = events("प्रशासन ने किसी स्कूल को बंद को बंद करने के आदेश नहीं दिए हैं ।")
    assert [e.trigger for e in evs] == ["बंद"]

"""Issue 13, round sa13: a round-up item opening "X से प्राप्त रिपोर्ट के अनुसार" is X's item
(:func:`khabar.events.reported_from.reported_from`): X is where the report came from, not where
people came from, so an agentless measure of the item is placed at X, not at the round-up's own
dateline (Delhi's government for Shillong's isolation before).

Negatives: an item naming its state besides (Aizawl's report of Mizoram's sealing stays the
state's), a plain origin ("शिलांग से लौटे"), and a laboratory's report cited inside a sentence
("… गोरखपुर से मिली रिपोर्ट के अनुसार …", not the sentence's opening).

Sentences are the news's own (PK-2020-MAR-09.txt, DH-2020-ARP-13.txt) with a dateline line
written for the test, or written for a negative."""

from __future__ import annotations

from khabar.events.names import english_names

from .hindi_events import analyser

analysed = analyser("2020-03-09")

# a wire round-up's dateline, written for the test (the news's own opens "नयी दिल्ली, नौ मार्च")
_DELHI = "नयी दिल्ली, नौ मार्च (भाषा) देश में कोरोना वायरस के मामलों की संख्या बढ़ गई है. "


def _sources(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    [ev] = [e for e in art.events if e.trigger == trigger]
    en = english_names(art, ev)
    return [en.get(s, s) for s in ev.source]


# PK-2020-MAR-09.txt
def test_an_item_reported_from_a_town_is_placed_at_the_town() -> None:
    text = _DELHI + (
        "शिलांग से प्राप्त रिपोर्ट के अनुसार, पूर्वोत्तर इंदिरा गांधी क्षेत्रीय स्वास्थ्य एवं चिकित्सा"
        " विज्ञान संस्थान में कोविड-19 संक्रमण मामले में एक 38 वर्षीय व्यक्ति को अलग रखा गया है."
    )
    assert _sources(text, "अलग") == ["Shillong district administration"]


# PK-2020-MAR-09.txt
def test_an_item_naming_its_state_stays_the_state_s() -> None:
    text = _DELHI + (
        "आइजोल से प्राप्त खबर के अनुसार, मिजोरम में कोरोना वायरस को फैलने से रोकने के लिए म्यामां"
        " और बांग्लादेश के साथ राज्य की सीमाओं को सील कर दिया जाएगा और विदेशियों के प्रवेश को"
        " प्रतिबंधित किया जाएगा."
    )
    assert _sources(text, "सील") == ["Government of Mizoram"]


def test_a_town_people_came_from_is_still_an_origin() -> None:
    text = _DELHI + "शिलांग से लौटे एक 38 वर्षीय व्यक्ति को अलग रखा गया है."
    assert _sources(text, "अलग") == ["Government of Delhi"]


# DH-2020-ARP-13.txt (the laboratory's report; the rest of the sentence written for the test)
def test_a_laboratory_s_report_inside_a_sentence_places_nothing() -> None:
    text = (
        "बीआरडी मेडिकल कॉलेज गोरखपुर से मिली रिपोर्ट के अनुसार चार लोगों को आइसोलेशन वार्ड में"
        " भर्ती करा दिया गया है ।"
    )
    assert not any("Gorakhpur" in s for s in _sources(text, "आइसोलेशन वार्ड में भर्ती"))

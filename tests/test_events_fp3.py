"""Issue 13, round fp3: an AGREE on "स्वीकार" that is no act (:mod:`khabar.events.acceptances`).

A fund that takes donations (a standing property), an acceptance that waits on a condition, the
public heeding an appeal (compliance) and a quality acknowledged are no one agreeing to anything;
an offer taken up and a state's pledge to abide by a decision stay acceptances.

Sentences are the news's own (allowed corpus day files, named at each) or written for the
negative cases."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-04")


def test_a_fund_that_takes_donations_is_no_acceptance() -> None:
    # AU-2020-MAR-28.txt
    art = analysed(
        "प्रधानमंत्री ने कहा कि पीएम- केयर्स फंड छोटे से छोटे दान को भी स्वीकार करता है ।",
        dct="2020-03-28",
    )
    assert not events_of(art, "AGREE")
    # written: an offer of help taken up is an act
    art = analysed("सरकार ने विश्व बैंक की मदद की पेशकश स्वीकार कर ली है ।", dct="2020-03-28")
    assert events_of(art, "AGREE")


def test_an_acceptance_that_waits_on_a_condition_is_no_act() -> None:
    # AU-2020-MAR-08.txt
    art = analysed(
        "यदि भारतीय क्रिकेट कंट्रोल बोर्ड बिना दर्शकों के मैच कराने का निर्णय लेता है तो हमलोग भी उसे"
        " स्वीकार करेंगे ।",
        dct="2020-03-08",
    )
    assert not events_of(art, "AGREE")


def test_a_pledge_to_abide_by_a_decision_stays() -> None:
    # AU-2020-ARP-27.txt: no condition word, a state's pledge
    art = analysed(
        "बैठक के दौरान मिजोरम के मुख्यमंत्री ने कहा कि जो केंद्र सरकार का फैसला होगा उसे राज्य स्वीकार करेगा  ।",
        dct="2020-04-27",
    )
    assert events_of(art, "AGREE")


def test_the_public_heeding_an_appeal_is_compliance() -> None:
    # PK-2020-MAR-22.txt
    art = analysed(
        "प्रधानमंत्री की अपील को स्वीकार करते हुए लोगों ने खुद को अपने-अपने घरों में कैद कर रखा है.",
        dct="2020-03-22",
    )
    assert not events_of(art, "AGREE")
    # written: a government taking up another's appeal stays
    art = analysed(
        "राज्य सरकार ने प्रधानमंत्री की अपील को स्वीकार कर लिया और सभी दफ्तर बंद कर दिए ।",
        dct="2020-03-22",
    )
    assert events_of(art, "AGREE")


def test_a_quality_acknowledged_is_no_acceptance() -> None:
    # DH-2020-ARP-29.txt
    art = analysed(
        "अन्य देशों का हवाला: चीनी कंपनियों द्वारा अन्य देशों में भेजी गई किट का हवाला देते हुए कहा"
        " गया है कि उन्होंने इसकी गुणवत्ता को स्वीकार किया है ।",
        dct="2020-04-29",
    )
    assert not events_of(art, "AGREE")


def test_an_offer_taken_up_stays() -> None:
    # NT-2020-APR-04.txt
    art = analysed(
        "पाकिस्तान ने यह पेशकश खुशी-खुशी स्वीकार कर ली, लेकिन जब मेडिकल सप्लाई पहुंचा तो पाकिस्तान"
        " के होश उड़ गए ।"
    )
    assert events_of(art, "AGREE")

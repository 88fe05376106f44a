"""The owner of the claim a response answers is its target (issue 13, round ta10): a denial, a
rejection or an acceptance of someone's opinion, appeal or petition falls on that someone, as
the annotation rules code a denial of whom it denies and the tuning sets take the owner of the
claim supported ("फ्रांस के स्वास्थ्य मंत्री के इस दावे का समर्थन": the minister).

Sentences from the allowed corpus day files (DJ-2020-MAR-07, PK-2020-MAR-22, DJ-2020-MAR-27,
NT-2020-APR-25, NT-2020-APR-26), each cut to what the rule reads."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, target_names

events = partial(article_events, dct="2020-03-22")


def test_a_denial_of_an_opinion_falls_on_its_owner() -> None:
    # a word of manner ("जोरदार") between the opinion's postposition and the trigger
    art, evs = events("लेकिन WHO ने सीडीसी की राय का जोरदार खंडन किया है ।")
    assert target_names(art, one_event(evs, "खंडन")) == [
        "Centers for Disease Control and Prevention"  # its KB name since round nm6
    ]


def test_accepting_an_appeal_falls_on_whoever_made_it() -> None:
    # written (round fp3): the public heeding the appeal, PK-2020-MAR-22's sentence, is no act
    art, evs = events("राज्य सरकार ने प्रधानमंत्री की अपील को स्वीकार कर लिया है ।")
    assert target_names(art, one_event(evs, "स्वीकार")) == ["Prime Minister of India"]


def test_an_owner_party_of_an_allegation_is_the_target() -> None:
    art, evs = events("स्वास्थ्य मंत्री सत्येंद्र जैन ने भाजपा के आरोपों का खंडन किया है ।")
    assert target_names(art, one_event(evs, "खंडन")) == ["Bharatiya Janata Party"]


def test_an_activity_or_a_pointer_names_no_owner() -> None:
    # what is said or ordered, not who said it: no target
    art, evs = events(
        "यूएस सेंटर फॉर डिजीज कंट्रोल एंड प्रीवेंशन ने भी अखबारों से संक्रमण फैलने की बातों को"
        " अफवाह बताया है ।"
    )
    assert target_names(art, one_event(evs, "अफवाह")) == []
    art, evs = events("वहीं, राजस्थान और पंजाब ने भी ढील देने के आदेश को अस्वीकार कर दिया है ।")
    assert target_names(art, one_event(evs, "अस्वीकार")) == []
    art, evs = events("चीन इन आरोपों का खंडन करता रहा लेकिन अब चीन की एक और चालाकी सामने आई है ।")
    assert target_names(art, one_event(evs, "खंडन")) == []


def test_a_claim_that_is_no_object_of_the_response_names_nobody() -> None:
    # the appeal is where the people acted from ("अपील पर"), the rejection's object is the order
    art, evs = events("प्रधानमंत्री की अपील पर राज्यों ने ढील देने के आदेश को अस्वीकार कर दिया ।")
    assert target_names(art, one_event(evs, "अस्वीकार")) == []


def test_the_agent_of_a_participle_that_made_the_thing_is_its_owner() -> None:
    # PK-2020-MAY-13: a finance minister's announcement welcomed
    art, evs = events(
        "आरसीपी सिंह ने ट्वीट में लिखा है कि वित्त मंत्री द्वारा किये गये आर्थिक पैकेज की घोषणा का"
        " स्वागत करता हूं."
    )
    assert target_names(art, one_event(evs, "स्वागत")) == ["minister"]


def test_the_agent_of_what_a_denied_claim_tells_is_not_its_owner() -> None:
    # AU-2020-MAR-17: Ronaldo is the doer of what the report said, not the report's owner
    art, evs = events(
        "पुर्तगाल के एक पत्रकार फिलिप केटानो ने रोनाल्डो द्वारा ऐसा कोई भी कदम उठाने की बात को"
        " गलत बताया है ।"
    )
    assert target_names(art, one_event(evs, "बात को गलत")) == []


def test_a_grant_of_a_proposal_is_for_whoever_made_it() -> None:
    # AU-2020-ARP-18: the proposal's owner, was "that proposal" (a thing, no party)
    art, evs = events(
        "केंद्रीय औषधि नियामक ने भारतीय आयुर्विज्ञान अनुसंधान परिषद (आईसीएमआर) के उस प्रस्ताव को"
        " मंजूरी दे दी है जिसमें उसने प्लाज्मा के नैदानिक परीक्षण की इजाजत मांगी थी ।"
    )
    assert target_names(art, one_event(evs, "मंजूरी")) == ["Indian Council of Medical Research"]
    # an order eased is no request granted: its issuer is not whom the easing is for
    art, evs = events("सरकार ने राज्यों के आदेश में ढील दी है ।")
    assert target_names(art, one_event(evs, "ढील")) == []


def test_the_common_people_written_as_one_word_are_the_public() -> None:
    # AU-2020-MAR-13 (round ta10's fourth kind): "आमजन" and "आम जन" say what "आम जनता" says
    art, evs = events(
        "इसके साथ ही विभाग ने आमजन से सावधानी और सतर्कता बरतने के साथ किसी भी तरह से भयभीत न"
        " होने की अपील की है ।"
    )
    assert target_names(art, one_event(evs, "अपील")) == ["general public"]

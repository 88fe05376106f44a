"""Targets of ordered or decided acts (issue 13, round ev160): what an order's complement acts on
when the order names no addressee, and whom a passive request is made of when its complement
cannot take its only को-phrase as its own object (sentences of the corpus day files)."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, target_names

events = partial(article_events, dct="2020-03-15")


def test_the_par_object_of_an_ordered_inspection_is_the_orders_target() -> None:
    art, evs = events(
        "कौवों की मौत का मामला सामने आते ही स्थानीय प्रशासन ने आसपास अलर्ट जारी कर सभी पोल्ट्री"
        " फार्म पर जांच करने के आदेश दिए थे ।"
    )
    assert target_names(art, one_event(evs, "आदेश")) == ["all poultry farms"]


def test_whom_an_order_to_find_out_about_is_about_is_its_target() -> None:
    # the agent stands in the clause before ", साथ ही": none is needed for "के बारे में"
    art, evs = events(
        "पंजाब के मुख्यमंत्री कैप्टन अमरिंदर सिंह ने भीड़ इकठ्ठा करने पर प्रतिबंध लगा दिया है,"
        " साथ ही निजामुद्दीन से लौटे लोगों के बारे में पता लगाने के आदेश भी दिए हैं ।"
    )
    assert target_names(art, one_event(evs, "आदेश")) == ["people returned from Nizamuddin"]


def test_the_genitive_of_an_operation_stopped_is_the_orders_target() -> None:
    art, evs = events("नगर आयुक्त ने शहर में अन्य वाहनों का संचालन बंद कराए जाने का निर्देश दिया है ।")
    assert target_names(art, one_event(evs, "निर्देश")) == ["other vehicles"]


def test_an_order_with_an_addressee_keeps_the_addressee() -> None:
    # the annotators code whom the order is given to, not what the ordered act falls on
    art, evs = events("उपायुक्त ने पुलिस को अफवाह फैलाने वालों पर कार्रवाई करने का निर्देश दिया ।")
    assert target_names(art, one_event(evs, "निर्देश")) == ["police"]


def test_a_complement_object_that_names_nobody_is_no_target() -> None:
    art, evs = events("जिलाधिकारी ने पूरी घटना पर जांच करने के आदेश दिए ।")
    assert target_names(art, one_event(evs, "आदेश")) == []  # an incident is nobody
    art, evs = events("डीएम ने सड़क पर नजर रखने का निर्देश दिया ।")
    assert target_names(art, one_event(evs, "निर्देश")) == []  # a road is no business


def test_a_passive_order_to_people_is_left_alone() -> None:
    # whether an agentless order is an event hangs on its target: the clause analysis leaves
    # its addressee alone, and alone (no authority named) it is no event
    # (tests/test_events_recall23.py); once it is made, its issuer found from the article, the
    # people it is given to are its target (round ta3, `passive_orders.kept_order_addressee`)
    lead = "पटना के जिलाधिकारी ने सभी बाजारों को 30 अप्रैल तक बंद करने का आदेश दिया । "
    art, evs = events(lead + "लोगों को अपने घरों में ही रहने का आदेश दिया गया है ।")
    [ev] = [e for e in evs if e.trigger == "आदेश" and e.evidence_start > 0]
    assert target_names(art, ev) == ["residents of Patna"]
    art, evs = events("लोगों को अपने घरों में ही रहने का आदेश दिया गया है ।")
    assert [e for e in evs if e.trigger == "आदेश"] == []


def test_a_passive_request_whose_complement_bans_a_par_object_is_given_to_its_ko_phrase() -> None:
    art, evs = events(
        "पत्र में सुरक्षा बलों को हथियार अधिग्रहण प्रक्रियाओं पर रोक लगाने के लिए कहा गया है ।"
    )
    assert target_names(art, one_event(evs, "के लिए कहा")) == ["security forces"]
    art, evs = events("बुजुर्गों को घरों में ही रहने के लिए कहा गया है ।")
    assert target_names(art, one_event(evs, "के लिए कहा")) == ["elderly people"]


def test_a_passive_order_whose_complement_takes_the_ko_phrase_stays_one_measure() -> None:
    art, evs = events("सभी दुकानों को बंद करने के निर्देश दिए गए ।")
    assert [e.trigger for e in evs] == ["बंद"]
    art, evs = events("उन्हें घरों में रहने का आदेश दिया गया है ।")
    assert all(target_names(art, e) == [] for e in evs)  # a pronoun is the anaphora's

"""Whom an order is given to when no agent is named (round ev118, issue 13): "X को Y को … देने के
निर्देश दिए गए हैं" is given to X (Y is the complement's own object), as the active "A ने X को …"
has been since round ev19; an order folded into the act it orders ("X को … इलाज को रोक देने का
निर्देश दिया गया": one event, the ban) is aimed at X too; a particle between the infinitive's
link and the order ("कराने के भी निर्देश") keeps the addressee; a passive request asks its
से-phrase ("X से … के लिए कहा गया है"). Sentences written in the style of the news, none from a
gold file."""

from __future__ import annotations

from hindi_events import article_events, target_names


def _targets(text: str) -> list[list[str]]:
    art, evs = article_events(text, "2020-04-10")
    return [target_names(art, e) for e in evs]


def test_passive_order_goes_to_the_first_of_two_dative_phrases() -> None:
    art, evs = article_events(
        "सभी निजी अस्पतालों को अपने कर्मचारियों को मास्क और दस्ताने देने के निर्देश दिए गए हैं ।",
        "2020-04-10",
    )
    [order] = [e for e in evs if e.mode == "order"]
    assert target_names(art, order) == ["all private hospitals in India"]


def test_order_folded_into_the_act_it_orders_goes_to_whom_it_is_given() -> None:
    [targets] = _targets(
        "सभी अस्पतालों को अपने यहां गैर जरूरी ऑपरेशन को टाल देने का निर्देश दिया गया है ।"
    )
    assert targets == ["all hospitals in India"]


def test_particle_between_link_and_order_keeps_the_addressee() -> None:
    art, evs = article_events(
        "मुख्य सचिव ने सभी मंडलायुक्तों, जिलाधिकारियों को प्रभावित परिवारों को राहत राशि "
        "उपलब्ध कराने के भी निर्देश दिए हैं ।",
        "2020-04-10",
    )
    [order] = [e for e in evs if e.mode == "order"]
    assert target_names(art, order) == ["all divisional commissioners and district magistrates"]


def test_aid_ordered_keeps_its_recipient() -> None:
    # negative: the aid an order asks for is given to the complement's own को-phrase
    art, evs = article_events(
        "सभी निजी अस्पतालों को अपने कर्मचारियों को मास्क और दस्ताने देने के निर्देश दिए गए हैं ।",
        "2020-04-10",
    )
    [aid] = [e for e in evs if e.type == "AID"]
    assert target_names(art, aid) == ["workers"]


def test_one_dative_phrase_is_what_the_order_closes() -> None:
    # negative: a single को-phrase of a passive order is the object of the act it orders
    [targets] = _targets("सभी दुकानों को बंद करने के निर्देश दिए गए हैं ।")
    assert targets == ["all shops in India"]


def test_order_with_an_agent_and_one_dative_phrase_is_unchanged() -> None:
    # negative: an order with its agent named and one को-phrase closes what it names
    [targets] = _targets("जिलाधिकारी ने सभी मॉलों को बंद करने के आदेश दिए हैं ।")
    assert targets == ["all shopping malls"]


def test_passive_request_goes_to_its_se_addressee() -> None:
    # round ev118: "X से … के लिए कहा गया है" asks X, as "A ने X से … कहा" does
    assert _targets("सभी जिलाधिकारियों से प्रवासी मजदूरों के लिए भोजन की व्यवस्था करने को कहा गया है ।") == [
        ["all district magistrates"]
    ]
    assert _targets("पुलिस से लोगों को घरों में रखने के लिए कहा गया है ।") == [["police"]]


def test_passive_request_origin_or_dative_first_is_no_se_addressee() -> None:
    # negatives: a से of origin is nobody asked; a को-phrase first is whom it is asked of
    assert _targets("विदेश से लौटे लोगों से घर में रहने के लिए कहा गया है ।") == [[]]
    targets = _targets("यात्रियों को बुखार हो तो डॉक्टर से संपर्क करने को कहा गया है ।")
    assert all("doctor" not in " ".join(t) for t in targets)


def test_a_folded_order_in_a_list_keeps_each_act() -> None:
    # negative: "X को बंद करने और … कर्फ्यू लगाने का आदेश": the को-phrase is the first conjunct's
    art, evs = article_events(
        "प्रशासन ने सभी मॉलों को बंद करने और रात में कर्फ्यू लगाने का आदेश दिया है ।", "2020-04-10"
    )
    assert sorted(e.mode for e in evs if e.type == "COERCE")[:2] == ["close", "curfew"]

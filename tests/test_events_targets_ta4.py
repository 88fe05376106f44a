"""Targets of orders told by their content (issue 13, round ta4).

An order with no addressee written still says whom it binds: the subject its content clause makes
act ("… ने निर्देश दिया है कि यात्रियों को भेजने वाले राज्य … लाएं"), or the areas and institutions
it is to be carried out in ("दोनों इलाकों में … लॉकडाउन का पालन करने के निर्देश", "नए मेडिकल
कॉलेजों में भी कोरोना टेस्ट की व्यवस्था करने का आदेश"), or, for the issuer's whole territory
("राज्य में पूर्ण लॉकडाउन का निर्देश"), its public. Never a home people stay in, an office named
beside an addressee of its own, the place a participle speaks of, or a party of a condition or of a
list that runs into a postposition.

The sentences are from corpus day files outside the event gold's days and the excluded list
(AU-2020-MAY-01, AU-2020-MAR-19, AU-2020-MAR-22, DJ-2020-ARP-10, DH-2020-ARP-18, DJ-2020-MAR-10,
DJ-2020-MAR-29, NT-2020-APR-11, PK-2020-MAR-16)."""

from __future__ import annotations

from hindi_events import article_events, target_names
from khabar.model import Event


def orders(evs: list[Event]) -> list[Event]:
    return [e for e in evs if e.type == "COERCE" and e.mode == "order"]


def target_texts(ev: Event) -> list[str]:
    return [a.text for a in ev.arguments if a.role == "target"]


def test_the_subject_of_the_content_clause_is_bound() -> None:
    _, evs = article_events(
        "रेलवे ने यह भी निर्देश दिया है कि यात्रियों को भेजने वाले राज्य उन्हें सैनिटाइज की हुई बसों"
        " में सोशल डिस्टेंसिंग और अन्य सुरक्षा मानकों का पालन कराते हुए ही स्टेशन तक लाएं ।",
        "2020-05-01",
    )
    [order] = orders(evs)
    assert target_texts(order) == ["यात्रियों को भेजने वाले राज्य"]


def test_a_list_running_into_a_postposition_is_no_subject() -> None:
    # negative: "मरीजों, छात्रों और दिव्यांगजनों को रियायत देने वाली 15 श्रेणियां": the
    # patients and students are whom the concession is for, not whom the order binds
    _, evs = article_events(
        "रेलवे ने आदेश में कहा है कि अभी तक टिकट पर कुल 53 श्रेणियों में रियायत दी जाती थी, लेकिन"
        " अब मरीजों, छात्रों और दिव्यांगजनों को रियायत देने वाली 15 श्रेणियां ही लागू होंगी ।",
        "2020-03-19",
    )
    [order] = orders(evs)
    assert order.target == []


def test_a_condition_in_the_content_names_no_bound_party() -> None:
    # negative: "कि किसी भी व्यक्ति … द्वारा … बरती गयी, तो …": whom a condition speaks of
    art, evs = article_events(
        "झारखंड सरकार ने आदेश जारी किया है । इस आदेश में कहा गया है कि किसी भी व्यक्ति, व्यवसायी"
        " या संस्था द्वारा मास्क की जमाखोरी, वितरण या बिक्री में अनियमितता बरती गयी, तो आरोपी के"
        " खिलाफ सख्त कार्रवाई की जायेगी.",
        "2020-03-16",
    )
    assert [e.type for e in evs if e.type == "THREATEN"] == ["THREATEN"]
    assert all(not e.target for e in orders(evs))


def test_the_areas_an_order_is_carried_out_in() -> None:
    art, evs = article_events(
        "हालांकि, प्रशासन की ओर से आगामी आदेशों तक दोनों इलाकों में सख्ती के साथ लॉकडाउन का पालन"
        " करने के निर्देश दिए गए है ।",
        "2020-04-10",
    )
    [order] = orders(evs)
    assert target_texts(order) == ["दोनों इलाकों"]


def test_the_institutions_an_order_is_carried_out_in() -> None:
    art, evs = article_events(
        "मुख्यमंत्री हेमंत सोरेन ने दुमका मेडिकल कॉलेज सहित नए मेडिकल कॉलेजों में भी कोरोना टेस्ट की"
        " व्यवस्था करने का आदेश दिया है ।",
        "2020-04-18",
    )
    [order] = orders(evs)
    assert target_names(art, order) == ["new medical colleges in Jharkhand"]


def test_an_order_for_the_whole_state_binds_its_public() -> None:
    art, evs = article_events(
        "राजस्थान के मुख्यमंत्री अशोक गहलोत ने शनिवार को 31 मार्च तक के लिए आवश्यक सेवाओं को"
        " छोड़कर राज्य में पूर्ण लॉकडाउन का निर्देश दिया ।",
        "2020-03-22",
    )
    [order] = orders(evs)
    assert target_names(art, order) == ["public of Rajasthan"]


def test_a_territory_before_a_nearer_place_is_no_public() -> None:
    # negative: "राज्य भर में जेलों में …": the prisons are meant (no glossary head yet), not the
    # public of wherever the officer is placed
    art, evs = article_events(
        "केरल में कोरोना वायरस के 6 मामलों की पुष्टि होने के बाद राज्य के पुलिस महानिदेशक ऋषि राज सिंह"
        " ने राज्य भर में जेलों में आइसोलेशन सेल स्थापित करने का निर्देश जारी किया है ।",
        "2020-03-10",
    )
    assert all(not any(t.startswith("actor:public") for t in e.target) for e in orders(evs))


def test_a_participles_place_and_an_office_beside_an_addressee_are_no_target() -> None:
    # negatives: "प्रदेश में … आए हर नागरिक" (those who came into the state), "मंत्रियों से
    # मंत्रालयों में …" (the ministers are asked; their ministries are where they work)
    for text, dct in (
        (
            "मुख्यमंत्री योगी आदित्यनाथ ने प्रदेश में एक मार्च के बाद से आए हर नागरिक की निगरानी और"
            " हेल्थ जांच करने का निर्देश दिया ।",
            "2020-03-29",
        ),
        (
            "लॉकडाउन को 30 अप्रैल तक बढ़ाए जाने की चर्चा के बीच मोदी सरकार ने मंत्रियों से मंत्रालयों"
            " में कामकाज संभालने का निर्देश दिया है ।",
            "2020-04-11",
        ),
    ):
        art, evs = article_events(text, dct)
        [order] = orders(evs)
        assert not any("मंत्रालयों" in t or t.startswith("actor:public") for t in order.target)
        assert "मंत्रालयों" not in " ".join(target_texts(order))

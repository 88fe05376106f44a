"""Issue 13, round tg13 (empty targets the end audit judged wrong): a sealing told in a relative
clause after the clause that identifies or lists the places ("… हॉट स्पॉट चिह्नित किए गए हैं जो
14 अप्रैल तक सील रहेंगे", "… कुछ हॉटस्पॉट की भी पहचान की है, जिन्हें पूरी तरह सील कर दिया गया
है") falls on those places; an order or a directive whose content closes or seals a को-object in
the passive subjunctive ("आदेश दिया है कि … इंदौर, भोपाल और उज्जैन को पूरी तरह सील किया जाये")
falls on that object. A relative clause with a thing of its own, a quarantine of people told in
a relative clause, the identification alone, an experts' suggestion, a future statement and a
directive whose content is no closure keep what they had."""

from __future__ import annotations

from .hindi_events import analyser, one_event
from .hindi_events import role_names as _names

analysed = analyser("2020-04-10")


def _spans(text: str, trigger: str, role: str) -> list[str]:
    art = analysed(text)
    ev = one_event(art.events, trigger)
    return [art.text[a.start : a.end] for a in ev.arguments if a.role == role]


def test_hotspots_marked_then_sealed_are_the_target() -> None:
    # DH-2020-ARP-08.txt: Uttar Pradesh's hotspots, counted city by city
    text = (
        "आगरा में 22, गाजियाबाद में 13, लखनऊ, कानपुर और नोएडा में 12, वाराणसी, महाराजगंज और"
        " सहारनपुर में 4, बस्ती, बुलंदशहर, फिरोजाबाद और शामली में 3, सीतापुर में 1 हॉट स्पॉट"
        " चिह्नित किए गए हैं जो 14 अप्रैल तक सील रहेंगे ।"
    )
    art = analysed(text)
    ev = one_event(art.events, "सील")
    assert ev.type == "COERCE"
    assert _names(art, ev, "target") == ["hotspots"]
    # the count of the last city is no part of the places sealed
    assert _spans(text, "सील", "target") == ["हॉट स्पॉट"]


def test_hotspots_identified_then_sealed_are_the_target() -> None:
    # NT-2020-APR-10.txt
    text = (
        "इस महामारी से निपटने के लिए दिल्ली सरकार ने कुछ हॉटस्पॉट की भी पहचान की है, जिन्हें"
        " पूरी तरह सील कर दिया गया है ।"
    )
    art = analysed(text)
    ev = one_event(art.events, "सील")
    assert _names(art, ev, "target") == ["some hotspots in Delhi"]
    assert _spans(text, "सील", "target") == ["कुछ हॉटस्पॉट"]


def test_hotspots_listed_then_to_be_sealed_are_the_target() -> None:
    # PK-2020-APR-10.txt: the list told with "की सूची जारी की है"
    text = (
        "कोरोना वायरस के प्रसार को रोकने के लिए मध्य प्रदेश सरकार ने 15 जिलों में कोरोना हॉटस्पॉट"
        " की सूची जारी की है, जिन्हें सील किया जाएगा ।"
    )
    assert _spans(text, "सील", "target") == ["कोरोना हॉटस्पॉट"]


def test_a_relative_clause_with_its_own_thing_keeps_it() -> None:
    # NT-2020-APR-10.txt's sentence with a closure of its own in the relative clause: the shops
    # closed in the hotspots, not the hotspots
    text = "दिल्ली सरकार ने कुछ हॉटस्पॉट की भी पहचान की है, जिनमें सभी दुकानें बंद रहेंगी ।"
    assert _spans(text, "बंद", "target") == ["सभी दुकानें"]


def test_identification_alone_is_no_sealing() -> None:
    text = "इस महामारी से निपटने के लिए दिल्ली सरकार ने कुछ हॉटस्पॉट की भी पहचान की है ।"
    art = analysed(text)
    assert not [e for e in art.events if e.trigger == "सील"]


def test_people_quarantined_in_a_relative_clause_are_left_to_the_pronoun_rules() -> None:
    # DJ-2020-APR-06-style report (allowed corpus day files): "जिन्हें … क्वारंटाइन सेंटर में रखा
    # गया था" is a measure on people, which the anaphora reads; this pass reads places only
    text = "दो केस स्थानीय हैं, जिन्हें इन लोगों के साथ क्वारंटाइन सेंटर में रखा गया था ।"
    art = analysed(text)
    for ev in art.events:
        assert all("हॉटस्पॉट" not in a.text for a in ev.arguments)
        assert not any(t.startswith("text:इन लोगों के साथ") for t in ev.target)


def test_districts_ordered_sealed_are_the_order_target() -> None:
    # PK-2020-APR-10.txt (end audit au10 #95)
    text = (
        "मध्य प्रदेश के मुख्यमंत्री शिवराज सिंह चौहान ने आदेश दिया है कि राज्य के तीन जिले इंदौर,"
        " भोपाल और उज्जैन को पूरी तरह सील किया जाये."
    )
    art = analysed(text)
    ev = one_event(art.events, "आदेश")
    assert ev.type == "COERCE"
    assert _names(art, ev, "target") == ["Indore", "Bhopal", "Ujjain"]


def test_places_a_directive_closes_are_its_target() -> None:
    # DJ-2020-MAR-16.txt (end audit au10 #72): the joint secretary's directive told after "कहा,"
    text = (
        "- केंद्रीय स्\u200dवास्\u200dथ्\u200dय मंत्रालय के संयुक्\u200dत सचिव लव अग्रवाल ने कहा,"
        " महत्\u200dवपूर्ण उठाए गए कदमों में पूरे देश के स्कूलों, स्विमिंग पूल, मॉल को 31 मार्च तक"
        " बंद किया जाए ।"
    )
    art = analysed(text, "2020-03-16")
    ev = one_event(art.events, "कहा")
    assert ev.type == "COERCE"  # an order to close since round ty1 (`events/ordered_measures.py`)
    assert _names(art, ev, "target") == ["schools, swimming pools and shopping malls in India"]


def test_schools_a_chief_minister_asks_closed_are_the_target() -> None:
    # DJ-2020-MAR-13.txt: "उन्हें छोड़" (except those) ends the phrase
    text = (
        "उत्\u200dतर प्रदेश के मुख्\u200dयमंत्री योगी आदित्\u200dयनाथ ने ने भी 22 मार्च तक स्कूलों में"
        " छुट्टी घोषित की । उन्\u200dहोंने कहा कि जिन स्\u200dकूलों में परिक्षाएं चल रही हैं उन्\u200dहें"
        " छोड़ शेष स्\u200dकूलों को बंद कराया जाए ।"
    )
    art = analysed(text, "2020-03-13")
    ev = one_event(art.events, "कहा")
    assert _names(art, ev, "target") == ["remaining schools in Uttar Pradesh"]


def test_a_suggestion_to_close_keeps_no_target() -> None:
    # PK-2020-APR-30.txt: experts suggest; whom they ask is the government, not the places
    text = (
        "विशेषज्ञों ने यह भी सुझाव दिया है कि रेलवे, हवाई यात्रा, अंतरराज्यीय बस सेवाएं, मॉल,"
        " शॉपिंग कॉम्पलेक्स, धार्मिक स्थल सहित अन्य स्थानों को कम से कम मई महीने तक बंद रखा जाए."
    )
    art = analysed(text)
    assert one_event(art.events, "सुझाव").target == []


def test_a_directive_whose_content_is_no_closure_keeps_no_target() -> None:
    # the order's content keeps schools clean: no closure, nothing for this pass
    art = analysed("मुख्यमंत्री ने निर्देश दिया कि सभी स्कूलों को साफ रखा जाए ।")
    assert one_event(art.events, "निर्देश").target == []


def test_a_sealing_told_as_a_future_statement_keeps_its_own_event() -> None:
    # DH-2020-ARP-08.txt: a statement ("बताया कि … सील किया जाएगा"): the sealing is an event of
    # its own with its को-object, as before; no order or directive takes it
    text = (
        "उत्तर प्रदेश के मुख्य सचिव राजेंद्र तिवारी ने इसकी जानकारी देते हुए बताया कि इन जिलों के"
        " हॉटस्पॉट इलाकों को 15 अप्रैल तक पूरी तरह से सील किया जाएगा ।"
    )
    art = analysed(text)
    assert _names(art, one_event(art.events, "सील"), "target") == ["hotspot areas in Uttar Pradesh"]
    assert not [e for e in art.events if e.type == "REQUEST"]

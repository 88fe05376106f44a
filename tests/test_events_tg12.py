"""Issue 13, round tg12 (aid whose recipient is lost): a transport aid read off its vehicle
noun takes as its target the person named as the "को" object of its motion verb, or the people
a "ताकि" clause right after it says are carried (:func:`khabar.events.sent_people.sent_people`).
Real sentences of the allowed corpus day files, with the near-misses the rule must leave alone."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-22")


def _transport(text: str, dct: str) -> tuple[Article, Event]:
    art = analysed(text, dct)
    [ev] = [e for e in art.events if e.type == "AID" and e.mode == "transport"]
    return art, ev


def test_named_person_sent_by_train() -> None:
    # PK-2020-MAR-22.txt: the person marked "को" before the motion verb is whom the train carries
    text = "बाद में हेमलाल महतो को दूसरी ट्रेन से रात में बोकारो भेज दिया जायेगा."
    art, ev = _transport(text, "2020-03-22")
    assert role_names(art, ev, "target") == ["Hemlal Mahato"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "हेमलाल महतो"


def test_people_of_the_purpose_clause() -> None:
    # AU-2020-ARP-17.txt: "…, ताकि … छात्रों को … पहुंचाया जा सके": the students are carried
    text = (
        "एक अधिकारी ने बताया कि महामारी के बीच यहां फंसे छात्रों द्वारा मंगलवार को #SendUsBackHome"
        " नाम से एक सोशल मीडिया कैंपेन चलाया गया, जिसके बाद यूपी सरकार ने लगभग 250 बसों को भेजने"
        " का फैसला किया, ताकि यहां फंसे यूपी के लगभग 7500 छात्रों को उनके परिवारों तक पहुंचाया जा"
        " सके  ।"
    )
    art, ev = _transport(text, "2020-04-17")
    assert role_names(art, ev, "source") == ["Government of Uttar Pradesh"]
    [target] = role_names(art, ev, "target")
    assert "7500 stranded students" in target  # round gl3: the participle on the head
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end].endswith("7500 छात्रों")


def test_vehicle_object_is_not_carried() -> None:
    # AU-2020-ARP-17.txt: "250 बसों को कोटा भेजा": the "को" object is the vehicle, no person;
    # the students of the clause before are not this clause's (unchanged: no target)
    text = (
        "इन छात्रों की मांग थी कि उत्तर प्रदेश सरकार उन्हें यहां से बाहर निकालें, इसलिए उत्तर"
        " प्रदेश सरकार ने 250 बसों को कोटा भेजा है  ।"
    )
    _, ev = _transport(text, "2020-04-17")
    assert not ev.target


def test_pronoun_object_left_open() -> None:
    # PK-2020-MAR-22.txt and PK-2020-MAY-01.txt: a pronoun object is left alone; read by the
    # anaphora rules it took the doctors and the officials named before (both wrong)
    for text, dct in (
        (
            "श्री महतो ने बताया कि रेलवे विभाग ने उनसे कहा है कि रात 10 बजे की ट्रेन से उन्हें"
            " टिटलागढ़ से रवाना कर दिया जायेगा.",
            "2020-03-22",
        ),
        ("इसके बाद बसों से उन्हें उनके जिले में भेजा जायेगा.", "2020-05-01"),
    ):
        _, ev = _transport(text, dct)
        assert not ev.target


def test_glossed_people_still_read_by_carried_people() -> None:
    # DJ-2020-MAY-06.txt: round ta16's reading of a glossed people phrase is unchanged
    text = (
        "उधर, राज्\u200dय से अब तक करीब 83 हजार श्रमिकों को भी ट्रेनों से उनके प्रदेशों को रवाना"
        " किया जा चुका है ।"
    )
    art, ev = _transport(text, "2020-05-06")
    assert role_names(art, ev, "target") == ["about 83,000 workers"]


def _aid(art: Article, trigger: str) -> Event:
    [ev] = [e for e in art.events if e.type == "AID" and e.trigger == trigger]
    return ev


def test_into_it_is_the_fund_named_before() -> None:
    # AU-2020-MAR-29.txt: "इसमें" two sentences after the PM-CARES fund ("इस कोष" between)
    text = (
        "भारतीय क्रिकेट कंट्रोल बोर्ड (बीसीसीआई) ने पीएम-केयर्स फंड में 51 करोड़ रुपये देने का"
        " फैसला किया है । प्रधानमंत्री नरेंद्र मोदी ने शनिवार को इस कोष का गठन किया है । लोग बड़े"
        " पैमाने पर इसमें अपना योगदान दे रहे हैं ।"
    )
    art = analysed(text, "2020-03-29")
    ev = _aid(art, "योगदान")
    assert role_names(art, ev, "target") == ["PM-CARES fund"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert text[arg.start : arg.end] == "इसमें"
    [ante] = [a for a in ev.arguments if a.role == "target_antecedent"]
    assert text[ante.start : ante.end] == "पीएम-केयर्स फंड"
    # the fund's creation takes no fund for its target (no pointer before its trigger)
    assert not _aid(art, "कोष का गठन").target


def test_fund_no_act_named_is_left_alone() -> None:
    # AU-2020-MAR-29.txt: the quoted fund has no English to give: "इस फंड" stays as it was
    text = (
        "उनका समर्थन करने के लिए, हम 'ड्राइव द ड्राइवर' फंड शुरू कर रहे हैं । मैं अपने अगले एक साल"
        " का वेतन और ओला के सभी कर्चारियों के योगदान को मिलाकर इस फंड में 20 करोड़ रुपये दे रहा"
        " हूं ।"
    )
    art = analysed(text, "2020-03-29")
    for ev in art.events:
        assert not [a for a in ev.arguments if a.role == "target_antecedent"]


def test_into_it_after_the_trigger_is_not_read() -> None:
    # DJ-2020-MAR-17.txt: the fund's creation is the act; "इसमें" stands after its trigger
    text = (
        "इस दौरान कोरोना से निपटने के लिए कोविड-19 इमरजेंसी फंड बनाने की घोषणा करते हुए मोदी ने"
        " भारत की ओर से इसमें एक करोड़ अमेरिकी डॉलर (लगभग 74 करोड़ रुपये) देने का एलान भी किया है ।"
    )
    art = analysed(text, "2020-03-17")
    assert not _aid(art, "फंड").target


def test_cooperation_in_it_without_a_fund() -> None:
    # AU-2020-ARP-15.txt: "इसमें सहयोग" with no fund named before: no fund is read
    text = (
        "दूसरे देशों में ये मास्क और सूट तैयार करने की जिम्मेदारी बहुराष्ट्रीय कंपनियों को ही सौंपी"
        " जाती है  । हालांकि कई देशों में आर्मी विंग ने भी इसमें सहयोग दिया है  ।"
    )
    art = analysed(text, "2020-04-15")
    for ev in art.events:
        assert not any(a.role == "target_antecedent" and "फंड" in a.text for a in ev.arguments)

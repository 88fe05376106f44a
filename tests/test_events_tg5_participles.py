"""Round tg5 (issue 13): a conjunctive participle followed by the next act's own को-phrase ends
the first act's verb complex (:mod:`khabar.events.participle_clauses`, read by
``verbforms.converb``), so the next measure keeps its object; people after the participle, a
finite light verb or a conjunction leave the verb window as it was."""

from __future__ import annotations

from hindi_events import article_events


def _target_texts(text: str, trigger: str) -> list[str]:
    _, evs = article_events(text)
    [ev] = [e for e in evs if e.trigger.startswith(trigger)]
    return [a.text for a in ev.arguments if a.role == "target"]


def test_buffer_zone_after_a_seal_keeps_its_area() -> None:
    # DH-2020-ARP-30.txt: the town is sealed, its area declared a buffer zone
    text = (
        "19 अप्रैल को 15 संक्रमित मिलने के बाद नगर को प्रशासन ने पूरी तरह सील करा नगर क्षेत्र को"
        " बफर घोषित कर दिया ।"
    )
    assert _target_texts(text, "सील") == ["नगर"]
    assert _target_texts(text, "बफर") == ["नगर क्षेत्र"]


def test_permission_after_an_order_keeps_the_shops() -> None:
    # PK-2020-MAY-07.txt: "सभी प्रकार की" is a genitive, not the light verb "की"
    text = (
        "वहीं, जाप के राष्ट्रीय अध्यक्ष एवं पूर्व सांसद पप्पू यादव ने कहा कि लॉकडाउन के दौरान आदेश"
        " जारी कर सभी प्रकार की दुकान को खोलने की इजाजत दे दी गयी है."
    )
    assert any("दुकान" in t for t in _target_texts(text, "इजाजत"))


def test_people_after_the_participle_are_the_main_verbs() -> None:
    # DH-2020-MAR-15.txt: one advisory telling its addressees, not a second request
    text = (
        "श्री माता वैष्णो देवी श्राइन बोर्ड ने रविवार को परामर्श जारी कर प्रवासी भारतीयों और"
        " विदेशियों को भारत आने के 28 दिन बाद तक मंदिर नहीं आने को कहा ।"
    )
    _, evs = article_events(text)
    assert len([e for e in evs if e.type == "REQUEST"]) == 1


def test_a_finite_light_verb_after_the_participle_ends_no_clause() -> None:
    # NT-2020-MAR-07.txt: "बैठक कर समीक्षा की और अधिकारियों को …": the officials are told, no
    # one is isolated
    text = (
        "प्रधानमंत्री नरेन्द्र मोदी ने शनिवार को मंत्रालयों के साथ उच्च स्तरीय बैठक कर समीक्षा की और"
        " अधिकारियों को संदिग्धों एवं मरीजों को अलग रखने के उपयुक्त स्थानों की पहचान कर सभी जरूरी"
        " उपाय करने के निर्देश दिए हैं ।"
    )
    _, evs = article_events(text)
    assert not [e for e in evs if e.mode == "quarantine"]

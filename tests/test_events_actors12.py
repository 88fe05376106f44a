"""Issue 13, round ev87: event arguments and names on unseen text (kinds found by rounds ev83
and ev85 on corpus day files outside the event gold's days). Kinds: a topic phrase between a
talk's partner and the talk ("X से अर्थव्यवस्था पर चर्चा") keeps the partner; a ``text:`` source
phrase counts a number written "2.5" as one word, never cut inside it; a title alone ("कैप्टन")
is no person's name; "कई राज्य सरकारों" are "several Indian state governments"; a direct plural after a
quantifier ("सभी राज्य", "तीनों वार्ड") is glossed as its oblique form; "दोनों को" is the two counted
before; a held meeting keeps a partner the glossary names ("सभी जिलाधिकारियों के साथ बैठक").
Sentences written like
the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-04-22")


def test_a_topic_between_partner_and_talk_keeps_the_partner() -> None:
    art = analysed("प्रधानमंत्री ने शुक्रवार को अमेरिकी राष्ट्रपति ट्रंप से कोरोना संकट पर बात की ।")
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "target") == ["Donald Trump"]
    art = analysed("मुख्यमंत्री ने मंगलवार को डॉक्टरों के साथ अस्पतालों की तैयारियों पर बैठक की ।")
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "target") == ["doctors"]
    art = analysed("केंद्रीय मंत्री ने आज मुख्यमंत्रियों से इस बारे में चर्चा की ।")
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "target")


def test_a_relation_or_a_verbal_noun_holds_the_partner_inside_the_topic() -> None:
    # "relations with China's president", "people who came from Italy": no partner of the talk
    for text in (
        "प्रधानमंत्री ने चीन के राष्ट्रपति के साथ संबंधों पर चर्चा की ।",
        "मंत्रियों ने इटली से आए लोगों पर चर्चा की ।",
    ):
        art = analysed(text)
        for ev in _events(art, "CONSULT"):
            assert not ev.target, (text, ev.target)


def test_a_source_phrase_keeps_a_decimal_number_whole() -> None:
    art = analysed("करीब 2.5 लाख छोटी फर्मों ने सरकार से राहत पैकेज की मांग की है ।")
    [ev] = _events(art, "REQUEST")
    assert [s for s in ev.source if s.startswith("text:")] == ["text:2.5 लाख छोटी फर्मों"]


def test_a_title_alone_is_no_name() -> None:
    from khabar.events.names import romanise

    # "कैप्टन ने कहा कि लोग घरों से बाहर न निकलें": the title names no one by itself
    assert romanise("कैप्टन") is None
    assert romanise("मुख्यमंत्री") is None
    assert romanise("कैप्टन अमरिंदर") == "Amarinder"
    assert romanise("आरोपी संजीव") == "Sanjeev"  # round nm7: the press spelling


def test_a_quantifier_before_the_state_governments_is_kept() -> None:
    art = analysed("कई राज्य सरकारों ने केंद्र से लॉकडाउन की अवधि बढ़ाने की मांग की है ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["several Indian state governments"]
    # "all" is the states' governments as such, named as the plain plural
    art = analysed("गृह मंत्रालय ने सभी राज्य सरकारों को सख्ती बरतने के निर्देश दिए हैं ।")
    orders = [e for e in art.events if "Indian state governments" in _names(art, e, "target")]
    assert orders, [(e.type, e.source, e.target) for e in art.events]


def test_a_direct_plural_after_a_quantifier_takes_the_oblique_forms_english() -> None:
    from khabar.events.gloss import gloss

    # the glossary lists "राज्यों", "वार्डों", "जिलाधिकारियों"; after सभी/कई/तीनों the direct
    # form is the same plural
    assert gloss("सभी राज्य") == "all states"
    assert gloss("कई जिलाधिकारी") == "several district magistrates"
    art = analysed("गुरुग्राम प्रशासन ने तीनों वार्ड को सील कर दिया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "target") == ["all three wards in Gurugram"]
    # alone the direct form may be one: no plural is made of it
    assert gloss("राज्य") is None


def test_a_slavic_surname_ends_in_sky() -> None:
    from khabar.events.names import rule_spelling

    # "रूसी वैज्ञानिक पेत्रोव्स्की ने कहा …": English news writes -sky
    assert rule_spelling("पेत्रोव्स्की") == "Petrovsky"
    assert rule_spelling("कोवाल्स्की") == "Kovalsky"
    assert rule_spelling("स्की") == "Ski"  # no surname: the word as it is


def test_both_of_them_are_the_two_named_before() -> None:
    art = analysed(
        "दुबई से लौटे दो युवकों की रिपोर्ट पॉजिटिव आई है । स्वास्थ्य विभाग ने दोनों को"
        " आइसोलेशन वार्ड में रखा है ।"
    )
    evs = [e for e in _events(art, "COERCE") if e.target]
    assert evs, [(e.type, e.source, e.target) for e in art.events]
    assert _names(art, evs[0], "target") == ["two young men"]
    # a phrase that counts no two is not whom "दोनों" means
    art = analysed(
        "बुजुर्ग दंपती को उनके बेटे ने घर से निकाल दिया । पुलिस ने दोनों को आइसोलेशन वार्ड में"
        " रखा है ।"
    )
    for ev in _events(art, "COERCE"):
        assert "sons" not in _names(art, ev, "target")


def test_a_held_meeting_keeps_a_partner_the_glossary_names() -> None:
    art = analysed(
        "मुख्यमंत्री ने सोमवार को सभी जिलाधिकारियों के साथ वीडियो कॉन्फ्रेंसिंग के जरिए बैठक की ।"
    )
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "target") == ["all district magistrates"]
    art = analysed("केंद्रीय स्वास्थ्य मंत्री ने बुधवार को राज्यों के साथ एक बैठक आयोजित की ।")
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "target") == ["Indian state governments"]

"""Issue 13, round tg19 (empty targets of end audit au11): a request of the public's modes
(appeal, advice, telling to) with no addressee written, whose sentence asks a personal precaution
(distance, hands, coughing and sneezing, "… से बचें", "दिशा-निर्देशों का पालन करें"), is asked of
the public of its source's jurisdiction, also where the source was read only after the clause (a
pronoun agent, a passive's issuer) or the clause left a phrase that names no party. A request to
make others follow a rule ("… पालन कराएं", "… सुनिश्चित कराएं") is an order to those who enforce
it and gets no public, nor does a word that only contains a precaution's letters ("मजदूरी").
All sentences are from the 280 allowed corpus day files."""

from __future__ import annotations

from .hindi_events import analyser, one_event, target_names

analysed = analyser("2020-03-08")


def _targets(text: str, trigger: str, dct: str) -> list[str]:
    art = analysed(text, dct)
    ev = one_event(art.events, trigger)
    assert ev.type == "REQUEST"
    return target_names(art, ev)


def test_an_advisory_to_cover_coughs_is_asked_of_the_public() -> None:
    # NT-2020-MAR-08.txt: "वे" points at nobody named; the ministry's public
    text = (
        "केंद्रीय स्वास्थ्य मंत्रालय ने स्वास्थ्य अडवाइजरी जारी कर अपील की है कि वे खांसते और छींकते"
        " वक्त मुंह पर कपड़ा रखें ताकि यह दूसरों में न फैले ।"
    )
    assert _targets(text, "अपील", "2020-03-08") == ["public of India"]


def test_a_passive_appeal_to_wash_hands_drops_a_phrase_and_takes_the_public() -> None:
    # NT-2020-MAR-08.txt: the clause left "इसके अतिरिक्त नियमित रूप" as its target
    text = (
        "केंद्रीय स्वास्थ्य मंत्रालय ने स्वास्थ्य अडवाइजरी जारी की है । इसके अतिरिक्त नियमित रूप से"
        " हाथों को धोते रहने की भी अपील की गई है ।"
    )
    assert _targets(text, "अपील", "2020-03-08") == ["public of India"]


def test_advice_to_avoid_travel_is_asked_of_the_public() -> None:
    # PK-2020-MAR-03.txt
    text = "अपने नये ट्रेवल एडवाइजरी में स्वास्थ्य मंत्रालय ने कहा है कि भारतीय चीन की यात्रा करने से बचें."
    assert _targets(text, "कहा", "2020-03-03") == ["public of India"]


def test_a_chief_minister_asking_distance_asks_his_public() -> None:
    # AU-2020-MAR-21.txt
    text = "केजरीवाल ने कहा कि अगर एक जगह पर पांच लोग जुटे भी हैं तो वह सभी एक मीटर की दूरी बना कर रखें ।"
    assert _targets(text, "कहा", "2020-03-21") == ["public of Delhi"]


def test_a_pronoun_agent_asking_to_follow_guidelines_asks_the_public() -> None:
    # AU-2020-MAR-19.txt (audit au11 n34: Modi's appeal); the first sentence stands in for the
    # article's lead
    text = (
        "प्रधानमंत्री नरेंद्र मोदी ने देश को संबोधित किया । उन्होंने कहा, सभी केंद्र व राज्य सरकारों के"
        " दिशा-निर्देशों का पालन करें ।"
    )
    art = analysed(text, "2020-03-19")
    ev = one_event(art.events, "कहा")
    assert target_names(art, ev) == ["public of India"]
    public = [a for a in ev.arguments if a.role == "target_inferred"]
    assert [(a.start, a.end) for a in public] == [(ev.trigger_start, ev.trigger_start)]


def test_making_others_follow_a_protocol_is_no_appeal_to_the_public() -> None:
    # DJ-2020-MAR-29.txt: Yogi Adityanath's instruction to officials ("… पालन कराएं")
    text = (
        "योगी आदित्यनाथ ने कहा कि जरा भी शक हो तो क्वारंटाइन करें, लोगों को 14 दिनों का हेल्थ"
        " प्रोटोकॉल पालन कराएं ।"
    )
    art = analysed(text, "2020-04-10")
    ev = one_event(art.events, "कहा")
    assert target_names(art, ev) == []


def test_a_wage_suggestion_is_no_precaution() -> None:
    # AU-2020-ARP-27.txt: "मजदूरी" holds "दूरी" but only as letters; the suggestion goes to
    # those who decide, whom the sentence does not name
    text = (
        "मुख्यमंत्री ने सुझाव दिया है कि मनरेगा मजदूरी रोजगार की वर्तमान अवधि को 100 दिनों से"
        " बढ़ाकर 150 दिन कर दिया जाए ।"
    )
    art = analysed(text, "2020-04-27")
    ev = one_event(art.events, "सुझाव")
    assert target_names(art, ev) == []

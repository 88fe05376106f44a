"""Round ev207 (issue 13): recall, second pass, on the tuning sets Vh, Vi and Vj — a place
inspected by a named official, a passive admission to an isolation ward with a pronoun object."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names, target_names

analysed = analyser("2020-04-28")


def _of(art: Article, type_: str, mode: str | None = None) -> list[Event]:
    return [e for e in art.events if e.type == type_ and (mode is None or e.mode == mode)]


# ---- (1) a place inspected by a named official is visited --------------------------------------


def test_a_village_inspected_by_the_district_magistrate_is_a_visit() -> None:
    # DJ-2020-ARP-28.txt (the tuning set Vi's core miss)
    art = analysed(
        "दोनों रिपोर्ट आने के बाद रात लगभग 12 बजे जिलाधिकारी रवीश गुप्त और एसपी ब्रजेश कुमार सिंह"
        " ने परतिया गांव का जायजा लिया ।"
    )
    [ev] = _of(art, "CONSULT", "visit")
    assert ev.trigger == "जायजा"
    assert ev.modality == "happened"
    assert len(ev.source) == 2
    assert target_names(art, ev) == ["Partiya village"]


def test_a_market_inspected_by_a_general_is_a_visit() -> None:
    # DJ-2020-ARP-18.txt
    art = analysed("अब जीओसी मेजर जनरल राजीव शर्मा ने शनिवार सुबह तोपखाना बाजार का निरीक्षण किया ।")
    [ev] = _of(art, "CONSULT", "visit")
    assert ev.trigger == "निरीक्षण"
    assert role_names(art, ev, "source") == ["GOC Major General Rajeev Sharma"]


def test_a_situation_or_arrangements_reviewed_are_no_visit() -> None:
    # AU-2020-ARP-03.txt: the situation reviewed in a talk (the talk is the event)
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने आज सभी राज्यों के मुख्यमंत्रियों से वीडियो कॉन्फ्रेंसिंग के जरिए"
        " बातचीत कर कोरोना से संबंधित स्थिति का जायजा लिया ।"
    )
    assert _of(art, "CONSULT", "visit") == []
    assert [e.trigger for e in _of(art, "CONSULT")] == ["बातचीत"]
    art = analysed("इसके बाद उन्होंने टोल प्लाजा के पास व्यवस्थाओं का जायजा लिया ।")
    assert _of(art, "CONSULT") == []
    # DH-2020-MAR-18.txt: cleanliness inspected, no place
    art = analysed("एसोसिएशन के सदस्यों ने बसों में साफ-सफ़ाई का निरीक्षण किया ।")
    assert _of(art, "CONSULT") == []


def test_an_inspection_with_nobody_named_is_no_visit() -> None:
    art = analysed("परतिया गांव का जायजा लिया गया ।")
    assert _of(art, "CONSULT") == []


# ---- (2) a passive admission to an isolation ward with a pronoun object ------------------------


def test_a_told_admission_of_a_pronoun_is_an_isolation() -> None:
    # DJ-2020-ARP-28.txt (Vi's core miss): the brothers taken to hospital and admitted
    art = analysed(
        "संक्रमित के दो भाई को जांच के लिए जिला अस्पताल ले गए, जहां उन्हें आइसोलेशन वार्ड में भर्ती"
        " करवाया गया ।"
    )
    [ev] = _of(art, "COERCE", "quarantine")
    assert ev.modality == "happened"
    # DJ-2020-MAY-12.txt
    art = analysed("इन्हें आइसोलेशन वार्ड में भर्ती किया गया है ।")
    assert len(_of(art, "COERCE", "quarantine")) == 1


def test_an_admission_in_a_doctors_account_stays_out() -> None:
    # a doctor's account of an admission the article tells again (the dev gold's tune half codes
    # only the later sentence)
    art = analysed(
        "डॉ. जसजीत कौर ने बताया कि सेक्टर-21 निवासी बुजुर्ग को कोरोना की पुष्टि के बाद उन्हें"
        " आइसोलेशन में भर्ती करवाया गया है ।",
        dct="2020-05-15",
    )
    assert _of(art, "COERCE", "quarantine") == []


def test_a_plain_hospital_admission_of_a_pronoun_is_no_measure() -> None:
    # a bare "अस्पताल में भर्ती" is treatment (round ev45), with a pronoun as without
    art = analysed("बुखार होने पर उसे अस्पताल में भर्ती कराया गया ।")
    assert _of(art, "COERCE") == []


# ---- (3) thanks said --------------------------------------------------------------------------


def test_thanks_said_to_a_country_is_support() -> None:
    # NT-2020-MAR-01.txt (the tuning set Vh's core miss)
    art = analysed(
        "भारत ने इन लोगों को एयरलिफ्ट करने में मदद के लिए जापान को शुक्रिया कहा है ।", dct="2020-03-01"
    )
    [ev] = _of(art, "SUPPORT", "thank")
    assert ev.trigger == "शुक्रिया कहा"
    assert role_names(art, ev, "source") == ["India"]
    assert role_names(art, ev, "target") == ["Japan"]


def test_an_appeal_to_thank_is_no_thanks() -> None:
    # AU-2020-MAR-22.txt: the minister asks the public to thank; he thanks nobody himself
    art = analysed(
        "शाह ने कहा कि कल जनता कर्फ्यू के दौरान शाम 5 बजे जो लोग भारत को सुरक्षित और स्वस्थ रखने के"
        " लिए 24 घंटे काम कर रहे हैं, उनके प्रति अपना समर्थन और आभार व्यक्त करना न भूलें ।",
        dct="2020-03-22",
    )
    assert _of(art, "SUPPORT", "thank") == []
    art = analysed("अपने परिवार के साथ घर की बालकनियों में आकर उनका धन्यवाद व्यक्त करें ।")
    assert _of(art, "SUPPORT") == []
    # a thanks noun in what was said is no thanks said
    art = analysed("उन्होंने कहा कि धन्यवाद के पात्र डॉक्टर हैं ।")
    assert _of(art, "SUPPORT") == []

"""Issue 13, round ev186: who "we" and "I" are. A head of a government's "हमने"/"हम" is his
government's act, his "मैंने"/"मैं" his own; the speaker is found where a feature reports him in
the present ("X बताते हैं कि …") and his report runs on past a paragraph break; a symmetric act
of the first person takes the speaker as its first party; a polite wish to appeal is the appeal.
Never a "we" nobody named says. Sentences quoted short from allowed day files of
corpus/hindi-covid-2020 (AU-2020-ARP-26, AU-2020-ARP-05, AU-2020-MAR-10, AU-2020-MAR-05,
PK-2020-APR-16, DH-2020-ARP-28, DJ-2020-MAR-04 kinds)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, one_event, role_names

analysed = analyser("2020-04-26")

_COLLECTOR = (
    "सूरजपुर जिले के जिलाधिकारी दीपक सोनी बताते हैं कि वन विभाग ने इन मजदूरों को बाड़ बनाने का"
    " काम दिया है । इसके लिए इन्हें बांस उपलब्ध कराया गया है ।\n\n"
    "एक ट्री गार्ड बनाने के लिए 200 रुपये का भुगतान किया जाता है । इस हिसाब से एक श्रमिक एक दिन"
    " में लगभग 500 रुपये कमा लेता है । "
)
_RELIEF = "हम यहां राहत शिविर में इन्हें भोजन और अन्य जरूरी चीजें भी मुहैया करा रहे हैं ।"


def test_a_collector_reporting_in_the_present_speaks_on_past_a_paragraph() -> None:
    art = analysed(_COLLECTOR + _RELIEF)
    ev = one_event(events_of(art, "AID"), "मुहैया")
    assert role_names(art, ev, "source") == ["Deepak Soni"]
    # the basis: an inferred source at the words that named the speaker
    [basis] = [a for a in ev.arguments if a.role == "source_inferred"]
    assert art.text[basis.start : basis.end] == "दीपक सोनी"


def test_an_agent_acting_since_ends_the_speakers_run() -> None:
    art = analysed(
        _COLLECTOR.replace("इस हिसाब से", "पुलिस ने शिविर को सील कर दिया है । इस हिसाब से")
        + _RELIEF
    )
    assert not [e for e in events_of(art, "AID") if e.trigger.startswith("मुहैया")]


def test_a_chief_ministers_we_is_his_government_his_i_himself() -> None:
    art = analysed(
        "बिहार के मुख्यमंत्री नीतीश कुमार ने कहा कि प्रवासी मजदूरों की स्क्रीनिंग जरूर करानी"
        " चाहिए । हमने राज्य के सभी पेंशनभोगियों को विभिन्न पेंशन योजनाओं के तहत तीन महीने की"
        " पेंशन भी दी है । मैंने उनसे अपील की है कि वे लॉकडाउन के नियमों का पालन करें ।",
        dct="2020-04-28",
    )
    pension = one_event(events_of(art, "AID"), "पेंशन")
    assert role_names(art, pension, "source") == ["Government of Bihar"]
    assert pension.codes["actor:Government of Bihar"] == "IND-Bihar GOV"
    [basis] = [a for a in pension.arguments if a.role == "source_inferred"]
    assert basis.entity_id == "actor:Government of Bihar"
    assert "नीतीश कुमार" in art.text[basis.start : basis.end]
    appeal = one_event(events_of(art, "REQUEST"), "अपील")
    assert role_names(art, appeal, "source") == ["Nitish Kumar"]


def test_a_wish_to_appeal_is_the_appeal() -> None:
    art = analysed(
        "मुख्यमंत्री शिवराज सिंह चौहान ने कहा कि जान बचाना महत्वपूर्ण है । मैं लोगों से अपील करना"
        " चाहता हूं कि वे अपनी जान से खिलवाड़ ना करें ।",
        dct="2020-04-05",
    )
    ev = one_event(events_of(art, "REQUEST"), "अपील")
    assert role_names(art, ev, "source") == ["Shivraj Singh Chouhan"]


def test_no_speaker_named_no_act() -> None:
    # a quote whose speaker nobody names ("एक व्यक्ति ने कहा"): the thanks is nobody's
    art = analysed(
        'कोरोना से जंग जीतकर ठीक हुए एक व्यक्ति ने कहा, "यह बहुत खुशी का क्षण है । मैं डॉक्टरों'
        ' और अस्पताल के कर्मचारियों को धन्यवाद देना चाहता हूं ।"'
    )
    assert not events_of(art, "SUPPORT")


def test_generic_we_is_no_act() -> None:
    # people in general ("हम सबको मिलकर …"), no act of the speaker's
    art = analysed(
        "मुख्यमंत्री अरविंद केजरीवाल ने कहा कि हालात गंभीर हैं । हम सबको मिलकर इस महामारी से"
        " लड़ना है । हम सब मिलकर एक दूसरे की मदद कर रहे हैं ।"
    )
    assert not [e for e in art.events if "हम" in art.text[e.evidence_start : e.evidence_end]]


def test_we_met_a_partner_in_the_speakers_words() -> None:
    art = analysed(
        "डॉ. हर्षवर्धन ने कहा कि हमने दिल्ली सरकार के साथ आइसोलेशन वार्ड और डॉक्टरों की उपलब्धता"
        " की तैयारियों को लेकर चर्चा की ।",
        dct="2020-03-10",
    )
    ev = one_event(events_of(art, "CONSULT"), "चर्चा")
    assert role_names(art, ev, "source") == ["Harsh Vardhan"]
    assert role_names(art, ev, "target") == ["Government of Delhi"]


def test_we_are_in_touch_with_a_partner() -> None:
    art = analysed(
        "स्वास्थ्य मंत्री डॉ. हर्षवर्धन ने कहा, '12 बड़े बंदरगाहों पर स्क्रीनिंग की जा रही है ।"
        " हम मार्गदर्शन और अपडेट्स के लिए विश्व स्वास्थ्य संगठन के संपर्क में हैं ।'",
        dct="2020-03-05",
    )
    ev = one_event(events_of(art, "CONSULT"), "संपर्क")
    assert role_names(art, ev, "source") == ["Harsh Vardhan"]
    assert role_names(art, ev, "target") == ["World Health Organization"]


def test_a_habitual_talk_is_no_meeting() -> None:
    art = analysed(
        "इस पर नर्स छाया ने कहा कि हां, डरे हुए तो रहते हैं, लेकिन हम उनसे बातचीत करते हैं ।"
    )
    assert not events_of(art, "CONSULT")


def test_the_speaker_again_as_a_pronoun_keeps_his_we() -> None:
    # "उन्होंने कहा, ‘‘… कई देशों ने …" is the spokesman again: the "हम" after it is his
    art = analysed(
        "विदेश मंत्रालय के प्रवक्ता झाओ लिजान ने मीडिया ब्रीफिंग में कहा कि चीन सरकार निर्यात को"
        " प्रोत्साहित कर रही है. उन्होंने कहा, ‘‘हाल ही में कई देशों ने चीन से मेडिकल सामग्री"
        " खरीदी है. अपनी घरेलू जरूरतों को पूरा करते हुए हम प्रतिष्ठित कंपनियों की सहायता कर रहे"
        " हैं.’’",
        dct="2020-04-16",
    )
    ev = one_event(events_of(art, "AID"), "सहायता")
    assert ev.source == [a for a in ev.source if a.startswith("name:person:")]
    assert [a.text for a in ev.arguments if a.role == "source_inferred"] == ["झाओ लिजान"]

"""Issue 13, round rv25: the two largest kinds of miss a second unbiased recall audit found.

200 new body sentences drawn at random (``random.Random(2107)``, rv24's 150 left out) from the
allowed corpus day files were judged by hand: of the 8 core events khabar missed, 4 had no trigger
in the lexicon. Fixed in general form: (1) goods handed out with the hand-out verb, whatever the
goods' word ("… जवानों ने … चावल व अन्य खाने का सामान बांटा", "… ने … खाने के 600 पैकेट बांटे", "…
ने … पीपीई वितरित किए हैं"), as "राशन/मास्क बांटा" already were; (2) a cap on gatherings told as
what people will not do from now on ("… 50 से अधिक लोग कहीं पर जमा नहीं होंगे"), as "बसें नहीं
चलेंगी" and "दुकानें नहीं खुलेंगी" already were. Sentences are the news's own (allowed corpus day
files)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-29")


def test_goods_handed_out_are_relief() -> None:
    art = analysed(
        "शोपियां में शनिवार को 62 राष्ट्रीय राइफल के जवानों ने स्थानीय नागरिकों में चावल व अन्य"
        " खाने का सामान बांटा ।"
    )
    [ev] = events_of(art, "AID", "relief")
    assert ev.trigger == "खाने का सामान"
    assert ev.modality == "happened"
    art = analysed("शनिवार को पुलिसकर्मियों ने शाहीन बाग क्षेत्र में खाने के 600 पैकेट बांटे ।")
    [ev] = events_of(art, "AID", "relief")
    assert ev.trigger == "पैकेट"
    art = analysed(
        "बॉर्डर के आसपास रह रहे लोगों को अर्धसैनिक बलों ने अपनी यूनिटों में बने पीपीई वितरित किए हैं ।"
    )
    [ev] = events_of(art, "AID", "relief")
    assert ev.trigger == "पीपीई"


def test_divided_into_groups_or_goods_not_handed_out_are_no_relief() -> None:
    for text in (
        # बांट- as "divide": no goods handed to anyone
        "देश के जिलों को रेड, ऑरेंज और ग्रीन जोन में बांटा गया है ।",
        "डॉक्टर ने कहा कि मरीजों को दो समूहों में बांटेंगे ।",
        # the goods bought, sold or lacking
        "लोग बाजार से चावल और खाने का सामान खरीद रहे हैं ।",
        "दुकानदार सैनिटाइजर महंगे दाम पर बेच रहे हैं ।",
        # a directive's content (its own entry reads the directive)
        "मुख्यमंत्री ने निर्देश दिया है कि हर व्यक्ति को पैकेट बांटे जाएं ।",
    ):
        assert not events_of(analysed(text), "AID", "relief"), text


def test_gatherings_capped_from_now_on_are_a_ban() -> None:
    art = analysed(
        "कोरोना के खतरे को देखते हुए सरकार ने महत्वपूर्ण निर्णय लिया है । अब प्रदेश में किसी भी"
        " सामाजिक, राजनीतिक यह अन्य गतिविधि में 50 से अधिक लोग कहीं पर जमा नहीं होंगे ।"
    )
    [ev] = [e for e in events_of(art, "COERCE", "ban") if e.trigger == "जमा नहीं होंगे"]
    assert ev.modality == "planned"
    assert not ev.negated
    art = analysed(
        "मुख्यमंत्री अरविंद केजरीवाल ने घोषणा की है कि शहर में पांच लोगों से ज्यादा एक जगह इकट्ठा"
        " नहीं होंगे ।"
    )
    [ev] = events_of(art, "COERCE", "ban")
    assert role_names(art, ev, "source") == ["Arvind Kejriwal"]
    # round mo1: the cap a speaker announces is ordered, happened, as the event gold codes an
    # announced closure ("… ने ऐलान किया है कि … सभी दुकानें बंद होंगी"); rv25 read it planned
    assert ev.modality == "happened"


def test_gatherings_not_capped_are_no_ban() -> None:
    for text in (
        # money, not people
        "खाते में पैसे अभी जमा नहीं होंगे ।",
        # a relative clause restates its head
        "वे लोग जो एक जगह इकट्ठा नहीं होंगे, सुरक्षित रहेंगे ।",
        # a past state, not a rule from now on
        "कल मंदिर में लोग जमा नहीं हुए ।",
    ):
        assert not events_of(analysed(text), "COERCE", "ban"), text

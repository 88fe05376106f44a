"""Round rq1 (issue 13): a restriction's extension asked for in a quote with no demand verb of
its own ("… ने कहा, '… लॉकडाउन … बढ़ाना चाहिए'", "'… हमने लॉकडाउन बढ़ाने की बात कही'") is the
speaker's REQUEST. Sentences from the allowed corpus day files; the negatives are the near-misses
the rule must leave: a pronoun speaker, a lockdown lifted, a forecast, others' demand reported,
a speaker's own decision after "यह जरूरी है कि", a plea the extractor reads already."""

from __future__ import annotations

from hindi_events import analyser, target_names
from khabar.events.names import english_names
from khabar.model import Article, Event

analysed = analyser("2020-04-27")
_EXTEND = ("बढ़ा", "बढा", "जारी")


def _pleas(art: Article) -> list[Event]:
    """The events of this round: a REQUEST whose trigger is the extension's verb and its plea."""
    return [
        e
        for e in art.events
        if e.type == "REQUEST" and len(e.trigger.split()) > 1 and e.trigger.startswith(_EXTEND)
    ]


def _sources(art: Article, ev: Event) -> list[str]:
    en = english_names(art, ev)
    return [en.get(s, s) for s in ev.source]


def test_an_ought_to_extend_in_a_quote_is_a_request() -> None:
    # AU-2020-ARP-27.txt (the tuning pool's AU-2020-04-27-L1-e11, missed at main 9fba93b9)
    art = analysed(
        "गोवा के मुख्यमंत्री प्रमोद सावंत ने कहा, 'कोविड-19 की वजह से लागू लॉकडाउन जो तीन मई को"
        " खत्म हो रहा है उसे और आगे तक के लिए बढ़ाना चाहिए  । इसमें राज्य के भीतर आर्थिक"
        " गतिविधियों को छूट देनी चाहिए लेकिन सीमाओं को सील किया जाना चाहिए  ।'"
    )
    [ev] = _pleas(art)
    assert ev.trigger == "बढ़ाना चाहिए"
    assert (ev.modality, _sources(art, ev)) == ("happened", ["Pramod Sawant"])
    src = next(a for a in ev.arguments if a.role == "source")
    assert art.text[src.start : src.end] == "प्रमोद सावंत"  # the evidence of the speaker
    # no addressee written: a chief minister asks the Centre to extend it (inferred, at the trigger)
    assert target_names(art, ev) == ["Government of India"]
    [inferred] = [a for a in ev.arguments if a.role == "target_inferred"]
    assert inferred.start == inferred.end == ev.trigger_start


def test_we_spoke_of_extending_in_a_meeting_names_its_hosts() -> None:
    # AU-2020-ARP-27.txt (AU-2020-04-27-L1-e08): the ask made in the video conference with them
    art = analysed(
        "मेघालय के मुख्यमंत्री कोनराड संगमा ने कहा, 'प्रधानमंत्री नरेंद्र मोदी और गृह मंत्री अमित"
        " शाह के साथ वीडियो कॉन्फ्रेंस में हमने लॉकडाउन बढ़ाने की बात कही लेकिन  जोन में कुछ छूटों"
        " के साथ गतिविधियों को अनुमति दी जाएगी  ।'"
    )
    [ev] = _pleas(art)
    assert _sources(art, ev) == ["Conrad Sangma"]
    assert target_names(art, ev) == ["Narendra Modi", "Amit Shah"]
    tgt = [a for a in ev.arguments if a.role == "target"]
    assert tgt and all(art.text[a.start : a.end] in art.text for a in tgt)


def test_a_pronoun_speaker_is_left() -> None:
    # AU-2020-ARP-27.txt (AU-2020-04-27-L1-e07): "उन्होंने" is Odisha's chief minister, but the
    # last speaker quoted is the prime minister; no plea is given to the wrong speaker
    art = analysed(
        "सूत्रों के अनुसार बैठक में प्रधानमंत्री ने सभी राज्यों के मुख्यमंत्रियों से कहा कि सामूहिक"
        " प्रयास का लाभ दिख रहा है  । ओडिशा के मुख्यमंत्री नवीन पटनायक के साथ राज्य के स्वास्ख्य"
        " मंत्री नबा दास भी प्रधानमंत्री के साथ हुई वीडियो कॉन्फ्रेंस में मौजूद थे  । उन्होंने कहा,"
        " 'मैंने लॉकडाउन को बढ़ाने की मांग है वरना हम राज्य में इन चीजों का सामना नहीं कर पाएंगे  ।"
    )
    assert _pleas(art) == []


def test_a_lockdown_lifted_slowly_is_no_extension() -> None:
    # PK-2020-APR-24.txt: a doctor's view of how to lift it
    art = analysed("कुमार ने कहा, ‘‘ लॉकडाउन को बेहद धीरे-धीरे हटाना चाहिए.", "2020-04-24")
    assert _pleas(art) == []


def test_a_forecast_of_an_extension_is_no_plea() -> None:
    # NT-2020-APR-09.txt: the subjunctive of a forecast behind a second कि
    art = analysed("कुमार ने बताया कि बहुमत मुमकिन है कि इन जिलों में लॉकडाउन बढ़ाया ही जाए ।", "2020-04-09")
    assert _pleas(art) == []


def test_others_demand_reported_is_not_the_speakers() -> None:
    # NT-2020-APR-08.txt: the prime minister tells of the states' demand (no first person)
    art = analysed(
        "प्रधानमंत्री ने कहा कि कई राज्य सरकारों, जिला प्रशासनों और विशेषज्ञों ने देशव्यापी"
        " लॉकडाउन को और बढ़ाने की मांग की है ।",
        "2020-04-08",
    )
    assert _pleas(art) == []
    assert all(e.type != "REQUEST" or "Narendra Modi" not in _sources(art, e) for e in art.events)


def test_a_continuation_held_necessary_is_left() -> None:
    # AU-2020-ARP-29.txt: a chief minister's own measure after "यह जरूरी है कि", no plea form
    art = analysed(
        "प्रदेश के लोगों के नाम जारी संदेश में सीएम ने कहा कि सूबे को कोरोना संकट से बाहर निकालने"
        " के लिए बनाई गई विशेषज्ञों की कमेटी की रिपोर्ट और समाज के विभिन्न वर्गों से प्राप्त हुई"
        " जानकारी के आधार पर यह जरूरी है कि लॉकडाउन की बंदिशों को अभी जारी रखा जाए  ।",
        "2020-04-29",
    )
    assert _pleas(art) == []


def test_a_plea_the_extractor_reads_is_not_told_twice() -> None:
    # PK-2020-APR-30.txt: "सुझाव दिया" is the REQUEST already; no second one from "चाहिए"
    art = analysed(
        "उन्होंने सुझाव दिया कि ‘रेड जोन' में करीब दो हफ्तों के लिये तथा कुछ और समय के लिये"
        " लॉकडाउन जारी रखना चाहिए.",
        "2020-04-30",
    )
    assert _pleas(art) == []


def _asks(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "REQUEST" and e.trigger == "कहा"]


def test_the_states_bound_by_an_ought_are_asked() -> None:
    # DH-2020-ARP-27.txt (the tuning pool's DH-2020-04-27-L1-e03, missed at main 9fba93b9): the
    # prime minister asks the states to plan the way out; "राज्यों" is no unit of a mention
    art = analysed(
        "प्रधानमंत्री नरेन्द्र मोदी ने सोमवार को जोर देकर कहा कि कोरोना महामारी से निपटने के लिए"
        " पूर्णबंदी का कदम कारगर रहा है लेकिन देश की अर्थव्यवस्था को पटरी पर लाने के लिए राज्यों को"
        " 'दो गज दूरी' के मंत्र को ध्यान में रखते हुए इससे बाहर निकलने की चरणबद्ध योजना पर काम शुरू"
        " करना चाहिए ।"
    )
    [ev] = _asks(art)
    assert (_sources(art, ev), target_names(art, ev)) == (
        ["Narendra Modi"],
        ["Indian state governments"],
    )
    [tgt] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[tgt.start : tgt.end] == "राज्यों"


def test_such_districts_bound_by_an_ought_are_asked() -> None:
    # AU-2020-ARP-15.txt: the joint secretary (named before) asks such districts to act
    art = analysed(
        "वहीं, स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने बताया कि देश के जिलों को तीन"
        " श्रेणियों में वर्गीकृत किया जाएगा  । संयुक्त सचिव ने कहा कि जिन जिलों को हॉटस्पॉट घोषित नहीं किया गया है, लेकिन वहां मामले सामने"
        " आ रहे हैं, उन्हें लगातार काम करने की जरूरत है  । उन्होंने कहा कि ऐसे जिलों को रोकथाम"
        " रणनीति शुरू करनी चाहिए  ।",
        "2020-04-15",
    )
    [ev] = [e for e in _asks(art) if "ऐसे जिलों" in [a.text for a in e.arguments]]
    assert (_sources(art, ev), ev.target) == (["Lav Agarwal"], ["text:ऐसे जिलों"])


def test_the_world_or_the_country_told_what_it_should_do_is_no_ask() -> None:
    # PK-2020-APR-12.txt and NT-2020-APR-08.txt: a norm for everyone, no body asked
    for text, dct in (
        (
            "उन्होंने कहा कि दुनिया को कोरोना का वैक्सीन बनने का इंतजार के भरोसे बैठने की बजाय प्लान"
            " बी पर काम शुरू कर देना चाहिये.",
            "2020-04-12",
        ),
        (
            "बैठक के दौरान प्रधानमंत्री मोदी ने कहा कि बदलती हुई परिस्थितियों में देश को उसी के"
            " मुताबिक अपने वर्क कल्चर और वर्किंग स्टाइल में बदलाव लाने की कोशिश करनी चाहिए ।",
            "2020-04-08",
        ),
    ):
        assert _asks(analysed(text, dct)) == []


def test_the_extension_verb_in_either_spelling_of_dha_nukta() -> None:
    # the corpus writes ढ़ as ढ + nukta (1585 times on the allowed files) and as U+095D (132)
    from khabar.events.quoted_pleas import _extends

    assert _extends(["लॉकडाउन", "बढ़ाना"], 1)
    assert _extends(["लॉकडाउन", "ब\u095dाना"], 1)
    assert _extends(["लॉकडाउन", "जारी", "रखना"], 2)
    assert not _extends(["मामले", "बढ़ने"], 1)  # the intransitive: cases rising

"""Issue 13, round ev72: the issuer of an agentless measure and two event types.

- An unplaced local measure in a later paragraph is the story's town's (its dateline's), not the
  town an earlier paragraph named in passing (where a patient works or is treated), while a town
  named in the measure's own paragraph still decides; a later dateline opens another report.
- Stone-pelting on someone ("पुलिस पर पथराव") is an ASSAULT, not the disaster type RIOTS.
- A "हमला" between home political actors (a party on a government) is criticism: ACCUSE.
Sentences written like the local news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-15")


def _sources(art: Article, trigger: str) -> list[str]:
    return [s for e in art.events if trigger in e.trigger for s in e.source]


def _of_type(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


# the dateline's town (Ghaziabad), then a paragraph naming Delhi where the patient works
_DATELINE = (
    "गाजियाबाद [रमेश कुमार] । मंगलवार को राजनगर की एक नर्स कोरोना पॉजिटिव पाई गई है ।\n\n"
    "नर्स दिल्ली के एक निजी अस्पताल में काम करती है और वहीं उसका इलाज चल रहा है ।\n\n"
    "उसके पति और बच्चों को होम क्वारंटाइन कर दिया गया है ।"
)
# the same, with a credit dateline ("बरेली, जेएनएन ।") and Mumbai named in passing
_CREDIT = (
    "बरेली, जेएनएन । शहर का एक युवक कोरोना पॉजिटिव पाया गया है ।\n\n"
    "युवक मुंबई में एक होटल में काम करता है ।\n\n"
    "उसके संपर्क में आए परिवार के सात लोगों को क्वारंटाइन किया गया है ।"
)
# another town named in the measure's own paragraph: that town's
_SAME_PARAGRAPH = (
    "गाजियाबाद [रमेश कुमार] । मंगलवार को राजनगर की एक नर्स कोरोना पॉजिटिव पाई गई है ।\n\n"
    "वहीं, मेरठ में भी एक युवक संक्रमित मिला । उसके परिवार को होम क्वारंटाइन कर दिया गया है ।"
)


def test_a_later_paragraphs_measure_is_the_datelines_town() -> None:
    assert _sources(analysed(_DATELINE), "क्वारंटाइन") == [
        "actor:Ghaziabad district administration"
    ]
    assert _sources(analysed(_CREDIT), "क्वारंटाइन") == ["actor:Bareilly district administration"]


def test_a_town_of_the_measures_own_paragraph_still_decides() -> None:
    assert _sources(analysed(_SAME_PARAGRAPH), "क्वारंटाइन") == [
        "actor:Meerut district administration"
    ]


def test_stone_pelting_on_the_police_is_an_assault() -> None:
    art = analysed(
        "कानपुर में लॉकडाउन के दौरान पुलिस पर पथराव करने के मामले में पांच लोगों को गिरफ्तार"
        " किया गया है ।"
    )
    assert [e.trigger for e in _of_type(art, "ASSAULT")] == ["पथराव"]
    assert not _of_type(art, "RIOTS")
    team = analysed("सर्वे करने गई स्वास्थ्य टीम पर पत्थरबाजी भी की गई ।")
    assert [e.type for e in team.events if e.trigger == "पत्थरबाजी"] == ["ASSAULT"]


def test_stone_pelting_with_no_one_named_stays_a_riot() -> None:
    art = analysed("दो गुटों में विवाद के बाद दोनों ओर से जमकर पथराव हुआ और दुकानें जला दी गईं ।")
    assert [e.type for e in art.events if e.trigger == "पथराव"] == ["RIOTS"]


def test_a_partys_attack_on_a_government_is_criticism() -> None:
    art = analysed("राशन वितरण में देरी को लेकर कांग्रेस ने राज्य सरकार पर हमला किया है ।")
    assert [(e.type, e.mode) for e in art.events if e.trigger == "हमला"] == [
        ("ACCUSE", "disapprove")
    ]


def test_an_attack_on_a_health_team_stays_an_assault() -> None:
    art = analysed("जांच करने पहुंची मेडिकल टीम पर ग्रामीणों ने हमला कर दिया ।")
    assert [e.type for e in art.events if e.trigger == "हमला"] == ["ASSAULT"]


def test_a_town_that_is_no_district_seat_is_its_districts() -> None:
    # Noida is Gautam Buddh Nagar's, Deoband Saharanpur's, Rishikesh Dehradun's (localities.yaml)
    art = analysed(
        "नोएडा में एक ही परिवार के तीन लोग संक्रमित मिले हैं । इसके बाद पूरी सोसाइटी को सील कर"
        " दिया गया है ।"
    )
    assert _sources(art, "सील") == ["actor:Gautam Buddh Nagar district administration"]
    art = analysed("देवबंद में बाहर से लौटे लोगों को क्वारंटाइन किया गया है ।")
    assert _sources(art, "क्वारंटाइन") == ["actor:Saharanpur district administration"]
    art = analysed("ऋषिकेश में लॉकडाउन का उल्लंघन करने पर 20 लोगों को गिरफ्तार किया गया ।")
    assert _sources(art, "गिरफ्तार") == ["actor:Dehradun Police"]


def test_a_verbal_attack_told_with_bola_is_criticism() -> None:
    art = analysed(
        "लखनऊ : पूर्व मुख्यमंत्री अखिलेश यादव ने सोमवार को ट्वीट कर भाजपा पर तीखा हमला बोला है ।"
    )
    assert [(e.type, e.mode) for e in art.events if e.trigger == "हमला"] == [
        ("ACCUSE", "disapprove")
    ]


def test_an_attack_by_force_told_with_bola_stays_an_assault() -> None:
    art = analysed("गांव पहुंचे थाना प्रभारी और सिपाहियों पर ग्रामीणों ने हमला बोल दिया ।")
    assert [e.type for e in art.events if e.trigger == "हमला"] == ["ASSAULT"]


def test_party_workers_attacking_each_other_stay_an_assault() -> None:
    art = analysed("सपा कार्यकर्ताओं ने भाजपा कार्यकर्ताओं पर हमला कर दिया ।")
    assert [e.type for e in art.events if e.trigger == "हमला"] == ["ASSAULT"]
    art = analysed("कांग्रेस कार्यकर्ताओं ने भाजपा विधायक पर हमला किया ।")
    assert [e.type for e in art.events if e.trigger == "हमला"] == ["ASSAULT"]


def test_a_bare_office_in_a_later_paragraph_is_the_datelines_towns() -> None:
    art = analysed(
        "मैनपुरी । आगरा में संक्रमित मिलने के बाद जिले में भी दहशत है ।\n\n"
        "कई लोग दिल्ली में नौकरी करते हैं और होली पर घर लौटे हैं ।\n\n"
        "स्वास्थ्य विभाग लगातार लोगों से अपील कर रहा है कि वह घबराएं नहीं ।"
    )
    assert _sources(art, "अपील") == ["actor:Mainpuri health department"]


def test_a_measure_in_a_paragraph_about_a_country_named_in_a_genitive_is_its() -> None:
    art = analysed(
        "फ्रांस की जेलों में कैदियों ने नए नियमों के खिलाफ हंगामा किया । नए नियमों में परिजनों से"
        " मुलाकात पर भी रोक लगा दी गई है ।"
    )
    assert _sources(art, "रोक") == ["actor:Government of France"]
    # a home place named since: the home country's again
    art = analysed(
        "फ्रांस की जेलों में कैदियों ने हंगामा किया । उधर, भारत में विदेश से आने वालों के प्रवेश"
        " पर रोक लगा दी गई है ।"
    )
    assert _sources(art, "रोक") != ["actor:Government of France"]

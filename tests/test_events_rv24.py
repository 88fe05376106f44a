"""Issue 13, round rv24: the two largest kinds of miss an unbiased recall audit found.

150 body sentences drawn at random (``random.Random(2106)``) from the allowed corpus day files
were judged by hand: of the events missed, most had no trigger in the lexicon or were dropped for
want of an agent. Fixed in general form: (1) a stance noun of displeasure or objection with its
expressive verb ("… ने धीमी प्रगति पर असंतोष जताया", "… ने … काम पर ऐतराज जताया") is disapproval, as
"नाराजगी जताई" already was; the meal noun with a hand-out verb ("खाना बांट रहे हैं") is relief, as
"राशन बांटा" already was; (2) a body told in the passive ("सभी कलेक्टर से कहा गया है कि …", "तीनों
सेनाओं से …", "अन्य 25 अस्पतालों को … रहने को कहा गया है") is the authority's request, as "सभी
जिलाधिकारियों/विभागों को …" already were; people told to stay home stay out. Sentences are the
news's own (allowed corpus day files)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-28")


def test_displeasure_and_objection_expressed_are_disapproval() -> None:
    art = analysed(
        "किसान सम्मान निधि की समीक्षा में मंडलायुक्त ने धीमी प्रगति पर असंतोष जताया ।"
    )
    [ev] = events_of(art, "ACCUSE", "disapprove")
    assert role_names(art, ev, "source") == ["divisional commissioner"]
    art = analysed("अपने बयान में मुख्यमंत्री ने जेपीएससी के काम पर ही ऐतराज जताया है.")
    [ev] = events_of(art, "ACCUSE", "disapprove")
    assert role_names(art, ev, "source") == ["chief minister"]


def test_satisfaction_or_confidence_expressed_is_no_disapproval() -> None:
    for text in (
        "मुख्यमंत्री ने तैयारियों पर संतोष व्यक्त किया ।",
        "मंत्री ने उम्मीद जताई कि जल्द ही हालात सामान्य होंगे ।",
        "उन्होंने सरकार के कदमों पर विश्वास जताया ।",
    ):
        assert not events_of(analysed(text), "ACCUSE"), text


def test_food_handed_out_is_relief() -> None:
    art = analysed(
        "केजरीवाल ने बताया कि दिल्ली में 4 लाख लोगों के खाने की व्यवस्था की गई है । हम 500"
        " स्कूलों और 238 रैन बसेरों में खाना बांट रहे हैं ।"
    )
    relief = events_of(art, "AID", "relief")
    assert [ev.trigger for ev in relief] == ["खाना"]
    # the chief minister's "हम" is his government's (round ev186)
    assert role_names(art, relief[0], "source") == ["Government of Delhi"]
    assert relief[0].modality == "ongoing"


def test_food_cooked_eaten_or_lacking_is_no_relief() -> None:
    for text in (
        "लोग घर पर खाना बना रहे हैं ।",
        "मजदूरों ने कहा कि उन्हें खाना नहीं मिल रहा है ।",
        "बच्चों को खाना खाने से पहले हाथ धोने चाहिए ।",
    ):
        assert not events_of(analysed(text), "AID"), text


def test_a_body_told_in_the_passive_is_the_authoritys_request() -> None:
    for text, target in (
        ("सभी कलेक्टर से कहा गया है कि वे हर गांव, टोला तक जाकर लोगों की स्थिति की जानकारी लें ।",
         "District Magistrate"),
        ("तीनों सेनाओं से कहा गया है कि कोविड-19 से उपजी परिस्थिति के सामान्य होने तक नए हथियार"
         " अधिग्रहण पर रोक लगा दें ।", "Indian Army"),
        ("इसके अलावा अन्य 25 अस्पतालों को 'रेडी मोड' पर रहने को कहा गया है ।",
         "25 other hospitals in India"),  # nm4: count first
    ):
        art = analysed(text)
        [ev] = events_of(art, "REQUEST", "tell_to")
        assert role_names(art, ev, "source") == ["Government of India"], text
        assert role_names(art, ev, "target") == [target], text


def test_people_told_in_the_passive_are_no_request() -> None:
    for text in (
        "सैकड़ों विदेशियों को घरों में रहने को कहा गया है ।",
        "सभी संक्रमितों के परिवार को भी सावधानी बरतने को कहा गया है ।",
        # the pronoun is the addressee, told to inform the officials
        "कोरोना के लक्षण आने पर उन्हें तुरंत अधिकारियों को बताने को कहा गया है ।",
    ):
        assert not events_of(analysed(text), "REQUEST"), text

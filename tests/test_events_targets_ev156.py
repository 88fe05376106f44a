"""Targets that named the wrong party (issue 13, round ev156): the people in the genitive of a
banned gathering, whom a helpline is "for" (also spelt "के लिये"), the noun an agentive
participle qualifies ("सड़क पर दौड़ने वाले 797 वाहनों": not the road), and a glossary body joined
by "और/एवं" before the target ("नगर निगम एवं अन्य संबंधित अधिकारियों")."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, target_names

events = partial(article_events, dct="2020-03-21")


def _targets(text: str, trigger: str) -> list[str]:
    art, evs = events(text)
    return target_names(art, one_event(evs, trigger))


def test_the_people_who_gather_are_whom_the_ban_binds() -> None:
    said = (
        "इसी स्थिति से निपटने के लिए केजरीवाल सरकार ने शनिवार को कुछ आर्थिक मदद के एलान के साथ ही"
        " एक जगह पर 5 लोगों से ज्यादा के इकट्ठा होने पर रोक लगा दी है ।"
    )
    assert _targets(said, "रोक") == ["people in Delhi"]
    said = (
        "गोवा की सरकार ने अपराध दंड संहिता (सीआरपीसी) की धारा 144 के तहत राज्य भर में लोगों के"
        " ज्यादा संख्या में इकट्ठा होने पर पाबंदी लगाई है ।"
    )
    assert _targets(said, "पाबंदी") == ["people in Goa"]


def test_a_gathering_that_names_nobody_stays_the_target() -> None:
    said = "पंजाब के मुख्यमंत्री कैप्टन अमरिंदर सिंह ने भीड़ इकठ्ठा करने पर प्रतिबंध लगा दिया है ।"
    assert _targets(said, "प्रतिबंध") == ["gatherings in Punjab"]
    said = "सरकार ने एक जगह इकट्ठा होने पर रोक लगा दी है ।"
    assert [t for t in _targets(said, "रोक") if "people" in t] == []


def test_whom_a_helpline_or_guidelines_are_for() -> None:
    said = (
        "केंद्रीय माध्यमिक शिक्षा बोर्ड (सीबीएसई) ने कोरोना वायरस से बचने में छात्रों की मदद के लिए"
        " टोल फ्री हेल्पलाइन शुरू की है ।"
    )
    assert _targets(said, "हेल्पलाइन शुरू") == ["students"]
    said = "प्रशासन ने प्रवासी मजदूरों के लिये हेल्पलाइन नंबर जारी किया ।"
    assert _targets(said, "हेल्पलाइन नंबर जारी") == ["migrant workers"]
    said = "रेलवे ने यात्रियों के लिये नई गाइडलाइंस जारी की ।"
    assert _targets(said, "गाइडलाइंस जारी") == ["passengers"]
    # a purpose is no party: the public inferred stays
    said = "स्वास्थ्य मंत्रालय ने कोरोना वायरस से बचाव के लिये परामर्श जारी किये हैं ।"
    assert _targets(said, "परामर्श जारी") == ["public of India"]


def test_the_place_of_an_agentive_participle_is_no_target() -> None:
    said = (
        "इसी क्रम में पुलिस ने लॉकडाउन का उल्लंघन कर सड़क पर दौड़ने वाले 797 वाहनों का चालान कर"
        " 38 वाहनों को जब्त भी किया गया है ।"
    )
    art, evs = events(said)
    assert "text:सड़क" not in one_event(evs, "चालान").target
    said = "पुलिस ने सड़क पर घूमने वाले 20 लोगों का चालान किया ।"
    assert _targets(said, "चालान") == ["20 people"]


def test_a_body_joined_before_the_target_is_a_target_too() -> None:
    said = (
        "जिलाधिकारी ने नगर निगम एवं अन्य संबंधित अधिकारियों को तीन दिनों तक विशेष सफाई अभियान चलाए"
        " जाने का निर्देश दिया है ।"
    )
    # "other concerned officials" since round ev163 (the words before the head said)
    assert _targets(said, "निर्देश") == ["municipal corporation", "other concerned officials"]
    said = "साथ ही पूरे देश में तीन अप्रैल तक स्कूल, सिनेमाघर, थियेटर, नाइट क्लब और म्यूजियम बंद कर दिए गए हैं ।"
    assert _targets(said, "बंद") == [
        "schools in India",
        "cinemas in India",
        "theatres in India",
        "nightclubs in India",
        "museums in India",
    ]


def test_a_conjunct_the_glossary_does_not_know_is_left_alone() -> None:
    said = (
        "बिरला ने संसद में कार्यरत एनडीएमसी और अन्य संबद्ध एजेंसियों के अधिकारियों को संसद भवन"
        " परिसर को संक्रमणमुक्त करने का निर्देश दिया ।"
    )
    assert _targets(said, "निर्देश") == ["officials of other agencies"]
    said = "पुलिस ने जांच की और अधिकारियों को निर्देश दिया ।"
    assert _targets(said, "निर्देश") == ["officials"]

"""Reopenings, lifted measures, trade controls, clarifications against a claim and a kingdom as
its government (issue 13, round ev161), on real sentences of corpus/hindi-covid-2020: "… को फिर से
खोल दिया" (an easing, active too), "… कंटेनमेंट जोन घोषित किया गया था लेकिन … यह हटा दिया गया" (a
restriction lifted as a pronoun), "… के एक्सपोर्ट को नियंत्रित किया गया है" (a trade restricted),
"… भ्रम फैलाये जा रहे हैं …, लेकिन … मंत्रालय ने साफ कर दिया है कि …" (a denial), "सल्तनत ने …"
(the government of the kingdom named before). Each with the negatives its entry was fenced by."""

from __future__ import annotations

from hindi_events import article_events, one_event, role_names, target_names


def test_a_place_reopened_in_the_active_is_an_easing() -> None:
    art, evs = article_events(
        "मक्का. सऊदी अरब ने शनिवार को मक्का की जामा मस्जिद में पवित्र काबा के चारों ओर के क्षेत्र को"
        " फिर से खोल दिया. इस इलाके को कोरोना फैलने से रोकने के लिए उठाये गये कदमों के तहत बंद कर"
        " दिया गया था.",
        dct="2020-03-08",
    )
    ev = one_event(evs, "खोल")
    assert (ev.type, ev.mode, ev.modality, ev.date) == ("CONCEDE", "ease", "happened", "2020-03-07")
    assert role_names(art, ev, "source") == ["Government of Saudi Arabia"]


def test_a_reopening_to_come_as_an_infinitive_is_no_easing() -> None:
    _, evs = article_events(
        "मुख्यमंत्री अरविंद केजरीवाल ने रविवार को कहा कि दिल्ली को फिर से खोलने का वक्त आ गया है ।",
        dct="2020-05-04",
    )
    assert not [e for e in evs if e.type == "CONCEDE"]


def test_a_zone_lifted_as_a_pronoun_is_an_easing() -> None:
    art, evs = article_events(
        "गुवाहाटी के एक अपार्टमेंट में एक शख्स को संक्रमित पाए जाने के बाद उसे कंटेनमेंट जोन घोषित"
        " किया गया था लेकिन गुरुवार को यह हटा दिया गया ।",
        dct="2020-04-30",
    )
    ev = one_event(evs, "हटा")
    assert (ev.type, ev.mode, ev.modality, ev.date) == ("CONCEDE", "ease", "happened", "2020-04-30")
    # what the zone declared before was on is what the lifting frees (clarified.lifted_targets)
    assert target_names(art, ev) == target_names(art, one_event(evs, "जोन घोषित")) != []


def test_a_tweet_deleted_is_no_easing() -> None:
    # active, and no restriction named: "इसे हटा दिया" removes the tweet
    _, evs = article_events(
        "लेकिन ट्वीट करने के कुछ देर बाद ही उन्होंने इसे हटा दिया और बाद में एक सफाई पेश की ।",
        dct="2020-04-03",
    )
    assert not [e for e in evs if e.type == "CONCEDE"]


def test_an_export_controlled_is_a_restriction() -> None:
    art, evs = article_events(
        "एन95 मास्क और अन्य उपकरणों के एक्सपोर्ट को नियंत्रित किया गया है ।", dct="2020-03-05"
    )
    ev = one_event(evs, "नियंत्रित")
    assert (ev.type, ev.mode, ev.modality) == ("COERCE", "restrict", "happened")
    assert role_names(art, ev, "source") == ["Government of India"]
    # the virus controlled is no trade restricted
    _, evs = article_events(
        "यह इतिहास की पहली महामारी होगी जिसको नियंत्रित किया जा सकता है ।", dct="2020-03-10"
    )
    assert not [e for e in evs if e.type == "COERCE"]


def test_making_clear_against_a_rumour_is_a_denial() -> None:
    art, evs = article_events(
        "इस बीच कोरोना वायरस को लेकर कुछ जो भ्रम फैलाये जा रहे हैं कि भारत में कोरोना तीसरे चरण यानी"
        " कम्युनिटी ट्रांसमिशन स्टेज पर पहुंच गयी है, लेकिन स्वास्थ्य मंत्रालय ने साफ कर दिया है कि"
        " कोरोना भारत में अभी लोकल ट्रांसमिशन स्टेज यानी दूसरे चरण में ही है ।",
        dct="2020-03-30",
    )
    ev = one_event(evs, "साफ")
    assert (ev.type, ev.mode, ev.modality) == ("REJECT", "deny", "happened")
    assert role_names(art, ev, "source") == ["Ministry of Health and Family Welfare of India"]
    _, evs = article_events(
        "अखबार पढ़ने से कोरोना के संक्रमण की आशंकाओं के बीच विशेषज्ञों ने एक बार फिर स्पष्ट किया है"
        " कि ऐसा नहीं होता ।",
        dct="2020-03-27",
    )
    assert (one_event(evs, "स्पष्ट").type, one_event(evs, "स्पष्ट").mode) == ("REJECT", "deny")


def test_making_clear_with_no_claim_named_or_cleaning_is_no_denial() -> None:
    # a negated clause alone: a statement of what the measures are, no claim answered
    _, evs = article_events(
        "मंत्रालय ने स्पष्ट किया है कि ये उपाय कोरोना की बीमारी में उपचार के तौर पर नहीं दिए जा रहे"
        " हैं ।",
        dct="2020-03-31",
    )
    assert not [e for e in evs if e.type == "REJECT"]
    # cleaning, with reports named: no कि-clause after the verb
    _, evs = article_events(
        "एक समूह ने कहा कि उसे खबरों से पता चला है कि कचरे में फेंके गए मास्क को कुछ लोग दोबारा साफ"
        " करके बेच रहे हैं ।",
        dct="2020-05-12",
    )
    assert not [e for e in evs if e.type == "REJECT"]


def test_a_sultanate_acting_is_the_government_of_the_kingdom_named_before() -> None:
    art, evs = article_events(
        "सऊदी अरब में कोरोना वायरस के मामले बढ़ रहे हैं । सल्तनत ने संक्रमण पर अंकुश लगाने के लिए"
        " तेल उत्पादक कातिफ प्रांत में आवाजाही बंद कर दी है ।",
        dct="2020-03-10",
    )
    ev = one_event(evs, "बंद")
    assert (ev.type, ev.modality) == ("COERCE", "happened")
    assert role_names(art, ev, "source") == ["Government of Saudi Arabia"]



def test_a_headline_pronoun_before_its_easing_keeps_the_fronted_light_verb() -> None:
    # the pronouns and "फिर" are no trigger's first word: "ने दी इन्हें ढील" still reads "दी" as
    # the easing's light verb (a form "इन्हें हटा" had ended its reach)
    _, evs = article_events("लॉकडाउन में केंद्र ने दी इन्हें ढील!")
    assert [e.type for e in evs if e.trigger == "ढील"] == ["CONCEDE"]


def test_the_police_removing_him_stays_an_arrest() -> None:
    # the lifted restriction's pronoun entry reads only the nominative "यह": an entry matched
    # after a pronoun is not given back to the arrest entry when its passive test fails
    _, evs = article_events("पुलिस ने उसे हटा दिया ।")
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "arrest")]
    _, lifted = article_events("उसे कंटेनमेंट जोन घोषित किया गया था लेकिन गुरुवार को यह हटा दिया गया ।")
    assert ("CONCEDE", "ease") in [(e.type, e.mode) for e in lifted]

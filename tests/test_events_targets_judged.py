"""Targets as the annotation rules define them (issue 13, round ev127): praise or criticism of a
deed falls on the deed's doer, and a district administration's targets are placed in its district.

Sentences from the corpus day files (the Iran and Faridabad ones: DH-2020-ARP-17, PK-2020-APR-24)
and the dev gold's tune half (Bhilwara, Tilak Vihar), each cut to what the rule reads."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, target_names

events = partial(article_events, dct="2020-04-20")


def test_criticism_of_a_step_falls_on_whoever_took_it() -> None:
    # the ने-agent stands between the deed's genitive and the judgement
    art, evs = events(
        "ईरान में लॉकडाउन में ढील दी गई है । सरकार के इस कदम की स्वास्थ्य विशेषज्ञों और यहां तक"
        " कुछ एजेंसियों ने भी आलोचना की है, लेकिन शीर्ष अधिकारियों का तर्क है कि ईरान की"
        " अर्थव्यवस्था लंबे समय तक लॉकडाउन को सहन नहीं कर सकती ।"
    )
    assert target_names(art, one_event(evs, "आलोचना")) == ["Government of Iran"]


def test_praise_of_a_decision_falls_on_the_decider_past_what_was_decided() -> None:
    art, evs = events(
        "फरीदाबाद के पल्मोनोलॉजी विभाग के प्रमुख रवि शेखर झा ने भी सरकार के लॉकडाउन लगाने के"
        " निर्णय की सराहना करते हुए कहा कि यह निर्णय सही समय पर ले लिया गया."
    )
    assert target_names(art, one_event(evs, "सराहना")) == ["Government of India"]


def test_praise_of_what_a_relative_clause_says_was_done_falls_on_its_agent() -> None:
    art, evs = events(
        "भीलवाड़ा देश में ऐसा पहला शहर है जहां महाकर्फ्यू लगाया गया. यहां के प्रशासन ने 20 मार्च"
        " को पहला पॉजिटिव केस मिलने के बाद जो प्लान बनाया, उसकी केंद्र ने भी तारीफ की."
    )
    assert target_names(art, one_event(evs, "तारीफ")) == ["Bhilwara district administration"]


def test_a_deed_that_is_not_the_judgements_object_names_nobody() -> None:
    # another postposition between the deed and the judgement: the deed is another phrase's
    art, evs = events("सरकार के इस कदम की जानकारी मिलने पर विशेषज्ञों ने सराहना की ।")
    assert target_names(art, one_event(evs, "सराहना")) == []


def test_a_deed_in_a_time_phrase_is_not_what_is_judged() -> None:
    # "के बाद" makes the step a time ("after this step of the government"), found in review rv18
    art, evs = events("सरकार के इस कदम के बाद विशेषज्ञों ने भी आलोचना की ।")
    assert target_names(art, one_event(evs, "आलोचना")) == []
    # a cause and a companion, each of _RELATIONAL_NOUNS' kinds (review rv19: only "बाद" was
    # tested; without the set each judgement is aimed at the government)
    art, evs = events("सरकार के इस फैसले के कारण व्यापारियों ने भी आलोचना की ।")
    assert target_names(art, one_event(evs, "आलोचना")) == []
    art, evs = events("सरकार के इस कदम के साथ विशेषज्ञों ने भी आलोचना की ।")
    assert target_names(art, one_event(evs, "आलोचना")) == []


def test_a_deed_in_a_time_phrase_with_an_adverb_is_not_what_is_judged() -> None:
    # round ev135: a relational noun anywhere before the ने-agent, past an adverb
    art, evs = events("सरकार के इस कदम के ठीक बाद विशेषज्ञों ने भी आलोचना की ।")
    assert target_names(art, one_event(evs, "आलोचना")) == []
    art, evs = events("सरकार के इस फैसले के तुरंत बाद विपक्ष ने भी आलोचना की ।")
    assert target_names(art, one_event(evs, "आलोचना")) == []
    # the deed's own genitive with its agent between is still what is judged
    art, evs = events("सरकार के इस कदम की विशेषज्ञों ने भी आलोचना की ।")
    assert target_names(art, one_event(evs, "आलोचना")) != []


def test_a_delhi_districts_measure_is_placed_in_the_district() -> None:
    art, evs = events("पश्चिमी दिल्ली जिला प्रशासन ने पूरे तिलक विहार इलाके को सील करने के आदेश दिए ।")
    assert target_names(art, one_event(evs, "सील")) == ["entire Tilak Vihar area in West Delhi"]
    # a district whose code holds it already is unchanged
    art, evs = events("लखनऊ जिला प्रशासन ने पूरे इलाके को सील कर दिया ।")
    assert target_names(art, one_event(evs, "सील")) == ["entire area in Lucknow"]


def test_a_delhi_districts_measure_places_the_group_it_binds_in_the_district() -> None:
    art, evs = events(
        "दक्षिण पश्चिमी दिल्ली जिला प्रशासन ने क्वारंटाइन सेंटर बनाया है । क्वारंटाइन किए गए"
        " मजदूरों को परिवार या बाहरी लोगों से मिलने की इजाजत नहीं होगी ।"
    )
    # the participle before the span said too (round ev163)
    assert target_names(art, one_event(evs, "इजाजत")) == ["quarantined workers in South West Delhi"]


def test_the_object_of_a_closure_or_postponement_is_said_when_written_as_a_loan() -> None:
    # sentences of the allowed corpus day files (PK-2020-MAR-14, NT-2020-MAR-22, AU-2020-MAR-18)
    art, evs = events(
        "हिमाचल प्रदेश में भी सभी तरह के स्कूल, कॉलेज, आंगनवाड़ी सेंटर और सार्वजनिक जगह 31 मार्च"
        " तक बंद कर दिए गए हैं."
    )
    assert target_names(art, one_event(evs, "बंद")) == [
        "schools, colleges, anganwadi centres and public places in Himachal Pradesh"
    ]
    art, evs = events("दिल्ली सरकार ने कहा कि इस दौरान कोई भी पब्लिक ट्रांसपोर्ट सर्विस को इजाजत नहीं होगी ।")
    assert target_names(art, one_event(evs, "इजाजत")) == ["public transport services in Delhi"]
    # an occasion with its own place is still an occasion ("… elections in Maharashtra")
    art, evs = events("कोरोना वायरस के मद्देनजर महाराष्ट्र के सभी निकाय चुनाव स्थगित कर दिए गए हैं ।")
    assert target_names(art, one_event(evs, "स्थगित")) == ["all local body elections in Maharashtra"]


def test_a_demand_asks_the_subject_of_its_content_clause() -> None:
    # allowed corpus day files DJ-2020-MAR-09 and DJ-2020-ARP-26
    art, evs = events(
        "इटली सरकार ने सोमवार को आग्रह किया कि यूरोपीय संघ उसे कोरोना वायरस के प्रभावों से देश"
        " को बचाने के लिए एक पैकेज दे ।"
    )
    assert target_names(art, one_event(evs, "आग्रह")) == ["European Union"]
    art, evs = events(
        "विनीत ऑटोमोबाइल्स के मालिक अमन राठी ने मांग की कि सरकार एमएसएमई को आर्थिक ताकत देने"
        " के लिए दिए गए लोन के ब्याज में छूट दे ।"
    )
    assert target_names(art, one_event(evs, "मांग")) == ["Government of India"]


def test_a_content_clause_in_the_passive_or_led_by_a_list_names_nobody_asked() -> None:
    # PK-2020-APR-30: the railways are the first of the things to keep closed, not who is asked
    art, evs = events(
        "विशेषज्ञों ने यह भी सुझाव दिया है कि रेलवे, हवाई यात्रा, अंतरराज्यीय बस सेवाएं, मॉल,"
        " शॉपिंग कॉम्पलेक्स, धार्मिक स्थल सहित अन्य स्थानों को कम से कम मई महीने तक बंद रखा जाए ।"
    )
    assert target_names(art, one_event(evs, "सुझाव")) == []
    art, evs = events("मुख्यमंत्री ने आग्रह किया कि राज्यों को पैकेज दिया जाए ।")
    assert target_names(art, one_event(evs, "आग्रह")) == []


def test_each_guard_of_the_clause_subject_holds_alone() -> None:
    # round rv18: the sentence above is guarded twice (a passive and a list), so neither guard was
    # tested alone. The passive alone: the police are what is to be deployed, not who is asked
    art, evs = events("व्यापारियों ने मांग की कि पुलिस बल तैनात किया जाए ।")
    assert target_names(art, one_event(evs, "मांग")) == []
    # the list alone, the same suggestion in the active (was "Indian Railways")
    art, evs = events(
        "विशेषज्ञों ने सुझाव दिया है कि रेलवे, हवाई यात्रा, मॉल और धार्मिक स्थलों को मई महीने तक बंद रखें ।"
    )
    assert target_names(art, one_event(evs, "सुझाव")) == []


def test_a_demand_already_addressed_by_a_pronoun_takes_no_clause_subject() -> None:
    # round ev127's sentence ("मैंने उनसे अपील की है कि सरकार …") gave no event at all, so its
    # test could not fail; with a named agent the demand was found and the clause subject taken
    # (an xfail of review rv18) until round ev155 made "उनसे" before a request its pronoun
    # addressee (events.pronoun_parties), which asked_in_clause's guard sees
    art, evs = events("व्यापारियों ने उनसे मांग की कि सरकार एमएसएमई को छूट दे ।")
    assert target_names(art, one_event(evs, "मांग")) == []

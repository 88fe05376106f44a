"""Issue 13, round ev129: sources on text nobody tuned on (the unseen tuning sets Uf and Uh).
Kinds: a bare court word after the article named its court is that court; a round-up item about
another state than the dateline's town is that state's; a passive a body's unnamed spokesman
reports is the body's; an agent named inside a speaker's कि-clause does not become who a later
"उन्होंने" is; the pronoun of a "तो"-clause after a "जब"-clause is the person that clause reached.
Sentences quoted short from the day files the sets are drawn from (corpus/hindi-covid-2020)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, one_event, role_names

analysed = analyser("2020-03-18")


def test_a_bare_court_after_a_named_high_court_is_that_court() -> None:
    art = analysed(
        "दिल्ली उच्च न्यायालय ने याचिका पर केंद्र से बुधवार को जवाब मांगा । अदालत ने आरएमएल"
        " अस्पताल को महिला का शव उसके परिवार को तत्काल सौंपने का निर्देश दिया ।"
    )
    ev = one_event(events_of(art, "COERCE"), "निर्देश")
    assert role_names(art, ev, "source") == ["Delhi High Court"]


def test_a_bare_court_with_no_court_named_or_of_another_kind_stays_a_court() -> None:
    art = analysed(
        "अदालत ने आरएमएल अस्पताल को महिला का शव उसके परिवार को तत्काल सौंपने का निर्देश दिया ।"
    )
    ev = one_event(events_of(art, "COERCE"), "निर्देश")
    assert role_names(art, ev, "source") == ["court"]
    # "सत्र अदालत": the sessions court, not the high court named before
    art = analysed(
        "दिल्ली उच्च न्यायालय ने याचिका पर केंद्र से बुधवार को जवाब मांगा । सत्र अदालत ने"
        " आरोपी की जमानत रद्द कर दी थी ।"
    )
    ev = one_event(events_of(art, "COERCE"), "रद्द")
    assert role_names(art, ev, "source") == ["sessions court"]  # named by its kind since round pl1


def test_a_round_up_item_about_another_state_is_that_states() -> None:
    art = analysed(
        "नई दिल्ली, एजेंसियां । भारत में कोरोना वायरस के अब 150 से ऊपर पॉजिटिव मामले सामने आ"
        " चुके हैं ।\n\nआज तेलंगाना में कोरोना वायरस का छठा पॉजिटिव मामला सामने आया है । रोगी"
        " का ब्रिटेन की यात्रा का इतिहास है । मरीज को एक सरकारी अस्पताल के आइसोलेशन वार्ड में"
        " भर्ती कराया गया है ।"
    )
    ev = one_event(events_of(art, "COERCE"), "आइसोलेशन")
    assert role_names(art, ev, "source") == ["Telangana health department"]
    # the same item in the dateline town's own paragraph stays the town's
    art = analysed(
        "नई दिल्ली, एजेंसियां । भारत में कोरोना वायरस के अब 150 से ऊपर पॉजिटिव मामले सामने आ"
        " चुके हैं । रोगी का ब्रिटेन की यात्रा का इतिहास है । मरीज को एक सरकारी अस्पताल के"
        " आइसोलेशन वार्ड में भर्ती कराया गया है ।"
    )
    ev = one_event(events_of(art, "COERCE"), "आइसोलेशन")
    assert role_names(art, ev, "source") == ["Delhi health department"]


def test_a_passive_a_firms_unnamed_spokesman_reports_is_the_firms() -> None:
    art = analysed(
        "गूगल के प्रवक्ता ने बताया कि गूगल के कुछ कार्यालयों में बाहरी यात्राओं को प्रतिबंधित कर"
        " दिया गया है ।"
    )
    ev = one_event(events_of(art, "COERCE"), "प्रतिबंधित")
    assert role_names(art, ev, "source") == ["Google"]


def test_an_agent_inside_a_speakers_clause_is_not_a_later_pronoun() -> None:
    art = analysed(
        "किर्लोस्कर ने कहा कि हमारी सरकार ने इस संकट के दौरान अच्छा काम किया है । उन्होंने"
        " रिजर्व बैंक से नीतिगत दरों को नरम करने का भी आग्रह किया ।"
    )
    ev = one_event(events_of(art, "REQUEST"), "आग्रह")
    assert role_names(art, ev, "source") == ["Kirloskar"]
    # a direct quote is left alone: its next sentence's pronoun may be the quote's own
    art = analysed(
        "ट्रंप ने कहा, 'विश्व स्वास्थ्य संगठन ने 14 जनवरी को एक बयान दिया कि मानव-से-मानव संक्रमण"
        " नहीं था । उन्होंने मेरी कड़ी आलोचना की जब मैंने कहा कि हम चीन से आने वाली उड़ानों को"
        " बंद करने जा रहे हैं ।"
    )
    ev = one_event(events_of(art, "ACCUSE"), "आलोचना")
    assert role_names(art, ev, "source") == ["World Health Organization"]


def test_a_clause_agent_named_again_on_its_own_is_the_later_pronoun() -> None:
    # the government named inside Kirloskar's clause acts in the next sentence in its own name:
    # the pronoun after that is the government again (it was, at 4a66ba0)
    art = analysed(
        "किर्लोस्कर ने कहा कि महाराष्ट्र सरकार ने अच्छा काम किया है । इसके बाद महाराष्ट्र सरकार ने"
        " लॉकडाउन 31 मई तक बढ़ा दिया । उन्होंने लोगों से अपील की कि वे घरों में रहें ।"
    )
    ev = one_event(events_of(art, "REQUEST"), "अपील")
    assert role_names(art, ev, "source") == ["Government of Maharashtra"]


def test_a_speaker_whose_ne_is_misspelt_still_reports_the_clause_agent() -> None:
    # round ev133: forgetting the speaker once a sentence names its own agent must not let a
    # clause agent after a misspelt "उन्होंन कहा कि" become who the next "उन्होंने" is
    art = analysed(
        "उद्धव ठाकरे ने बताया कि प्रधानमंत्री नरेंद्र मोदी ने होली नहीं मनाने का फैसला किया है ।"
        " विधानसभा में बोलते हुए ठाकरे ने प्रधानमंत्री नरेंद्र मोदी का भी जिक्र किया । उन्होंन कहा"
        " कि पीएम मोदी ने होली नहीं मनाने का फैसला किया है । पीएम मोदी के फैसले का जिक्र करते"
        " हुए उन्होंने लोगों से सीमित रूप से होली मनाने की अपील की ।"
    )
    ev = one_event(events_of(art, "REQUEST"), "अपील")
    assert role_names(art, ev, "source") == ["Uddhav Thackeray"]


def test_the_pronoun_after_a_when_clause_is_the_person_it_reached() -> None:
    art = analysed(
        "एम्स ने मरीजों से अपील की है कि वे घर पर रहें । जब चिकित्सा अधीक्षक डॉ. जेसी पासी से"
        " संपर्क किया, तो उन्होंने मिलने से इंकार कर दिया ।"
    )
    ev = one_event(events_of(art, "REJECT"), "इंकार")
    assert role_names(art, ev, "source") == ["J.C. Pasi"]  # round nm7: initials dotted

"""What a closure or cancellation falls on when written bare before its verb (issue 13, round
ev145): "… यात्रा आज से बंद कर दी गई", "बजट सत्र भी समय से पहले स्थगित", "बसें और सभी मेट्रो
नहीं चलेंगे"; never a noun use of the trigger, a pronoun, a decision or the clause's doer."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, role_names

events = partial(article_events, dct="2020-03-18")


def target_texts(text: str, mode: str) -> list[list[str]]:
    _, evs = events(text)
    return [[a.text for a in e.arguments if a.role == "target"] for e in evs if e.mode == mode]


def test_the_thing_closed_as_a_bare_subject_is_the_target() -> None:
    # corpus day file DJ-2020-MAR-18 (allowed): a pilgrimage closed, written bare and passive
    assert target_texts(
        "कोरोना वायरस के बढ़ते प्रकोप को देखते हुए श्री माता वैष्णो देवी यात्रा आज से बंद कर दी"
        " गई है ।",
        "close",
    ) == [["श्री माता वैष्णो देवी यात्रा"]]
    # PK-2020-MAR-24: an owner's genitive and "समय से पहले" between the thing and the verb
    assert target_texts("विधानसभा का बजट सत्र भी समय से पहले स्थगित कर दिया गया.", "cancel") == [
        ["विधानसभा का बजट सत्र"]
    ]
    # AU-2020-MAR-21: the intransitive "नहीं चलेंगे" takes no को object at all
    assert target_texts(
        "वहीं जनता कर्फ्यू के दिन यानी 22 मार्च को 50 फीसदी बसें और सभी मेट्रो नहीं चलेंगे ।",
        "close",
    ) == [["50 फीसदी बसें और सभी मेट्रो"]]


def test_the_people_whose_leave_is_cancelled_are_the_target() -> None:
    # DJ-2020-MAR-13 and DJ-2020-MAR-03 (allowed corpus day files): the people before the
    # genitive, not their leave, as possessors.people_of_the_noun reads it
    assert target_texts(
        "प्रदेश में मेडिकल स्टाफ की छुट्टियां पहले ही रद की जा चुकी हैं ।", "cancel"
    ) == [["मेडिकल स्टाफ"]]
    assert target_texts(
        "कोरोना के खतरे को देखते हुए अखिल भारतीय फुटबॉल संघ (AIFF) ने सभी खिलाड़ियों की"
        " छुट्टियां रद्द कर दीं ।",
        "cancel",
    ) == [["सभी खिलाड़ियों"]]


def test_the_bare_object_of_an_active_closure_is_the_target() -> None:
    # DH-2020-ARP-30: the object after the ने-agent, an emphatic and a duration before the verb
    assert target_texts(
        "लॉकडाउन के बाद प्रशासन ने नगर के बैंक और एटीएम भी पिछले दस दिनों से बंद करा दिए हैं ।",
        "close",
    ) == [["नगर के बैंक और एटीएम"]]
    # AU-2020-MAY-04: an adverb before the object is no part of it
    assert target_texts(
        "भीड़ बढ़ती देखकर दुकानदार ने तत्काल शटर बंद कर दिया ।", "close"
    ) == [["शटर"]]


def test_no_thing_is_read_where_none_is_written() -> None:
    # a noun use of the trigger, a pronoun, a decision put off, an adverb of place
    for text in (
        "प्रधानमंत्री नरेंद्र मोदी ने 25 मार्च से 21 दिन के राष्ट्रव्यापी बंद की घोषणा की थी ।",
        "कोरोना के मामले बढ़ने के साथ ही सबकुछ बंद कर दिया गया.",
        "चिंतित सरकार ने लॉक डाउन का फैसला फिलहाल टाल दिया है ।",
        "जहां परीक्षाएं शुरू नहीं हुई हैं, वहां स्थगित कर दी गई हैं ।",
    ):
        _, evs = events(text)
        assert all(
            not any(a.role == "target" and a.entity_id and a.entity_id.startswith("text:")
                    for a in e.arguments)
            for e in evs
            if e.mode in {"close", "cancel"}
        ), text
    # "that will not do": no service is named, so no closure (the entry's cues)
    _, evs = events("फिर सबने तय किया कि ऐसे काम नहीं चलेगा ।")
    assert [e for e in evs if e.mode == "close"] == []


def test_the_place_locked_down_as_the_object_of_karna_is_the_target() -> None:
    # PK-2020-MAR-22 and PK-2020-MAR-23 (allowed corpus day files): "X को लॉकडाउन करना"
    assert target_texts(
        "कोरोना वायरस के बढ़ते संक्रमण को देखते हुए अब झारखंड को भी लॉकडाउन कर दिया गया है.",
        "lockdown",
    ) == [["झारखंड"]]
    assert target_texts(
        "इसके अलावा उत्तर प्रदेश के 16 जिलों को भी 25 मार्च तक लॉकडाउन किया गया है.", "lockdown"
    ) == [["16 जिलों"]]
    # AU-2020-ARP-05: a city with its class word after it
    assert target_texts(
        "आदेश में कहा गया है कि अब भोपाल शहर को पूरी तरह लॉकडाउन किया जा रहा है ।", "lockdown"
    ) == [["भोपाल"]]


def test_a_lockdown_of_the_whole_country_binds_its_public() -> None:
    # PK-2020-MAY-06, AU-2020-ARP-08: no agent; the public is named with the inferred issuer
    for text in (
        "कोरोना वायरस के बढ़ते संक्रमण को देखते हुए देश में 17 मई तक लॉकडाउन लगा दिया गया है.",
        "संक्रमण को रोकने के लिए पूरे देश में 21 दिन का लॉकडाउन लगाया गया था ।",
    ):
        art, evs = events(text)
        [ev] = [e for e in evs if e.mode == "lockdown"]
        assert role_names(art, ev, "target") == ["public of India"], text
    # an infinitive's clause of time tells the lockdown as background: its public is not added
    # (a recap of an act told elsewhere in the article is dropped only when it adds nothing)
    _, evs = events(
        "इससे पहले देश में 21 दिनों का लॉकडाउन लागू करने के बाद पीएम मोदी ने हर राज्य के सीएम"
        " से चर्चा की थी ।"
    )
    assert all(
        a.text != "देश" for e in evs if e.mode == "lockdown" for a in e.arguments
    )


def test_whom_an_allegation_accuses_is_the_doer_of_its_clause() -> None:
    # AU-2020-ARP-13 and AU-2020-ARP-27 (allowed corpus day files)
    assert target_texts(
        "उधर, भाजपा ने सोमवार को आरोप लगाया कि कोरोना वायरस महामारी के खिलाफ मोदी सरकार की"
        " लड़ाई में कांग्रेस नकारात्मक भूमिका निभा रही है ।",
        "allege",
    ) == [["कांग्रेस"]]
    assert target_texts(
        "पश्चिम बंगाल की मुख्यमंत्री ममता बनर्जी ने आरोप लगाया कि केंद्र सरकार लॉकडाउन पर"
        " विरोधाभासी बयान दे रही है ।",
        "allege",
    ) == [["केंद्र सरकार"]]
    # the people a clause names as harmed are no accused; a passive names no doer
    for text in (
        "राहुल गांधी ने आरोप लगाया कि पूरे देश में एक ही तरह का लॉकडाउन लागू करने से करोड़ों"
        " किसानों, मजदूरों और कारोबारियों को बहुत पीड़ा हुई है ।",
        "प्रदर्शन कर रहे स्वास्थ्यकर्मियों का आरोप है कि उनके साथ भेदभावपूर्ण व्यवहार किया जा रहा"
        " है.",
    ):
        assert target_texts(text, "allege") == [[]], text


def test_the_place_a_measures_pronoun_stands_for_in_its_own_sentence() -> None:
    # NT-2020-APR-15, DH-2020-MAR-03, NT-2020-MAR-07 (allowed corpus day files)
    assert target_texts(
        "जिलाधिकारी ने कहा कि यदि डॉक्टर में संक्रमण की पुष्टि होती है तो जिस इमारत में वह रहते"
        " थे उसे सील कर दिया जाएगा ।",
        "seal",
    ) == [["इमारत"]]
    assert target_texts(
        "इस व्यक्ति के बच्चे जिस स्कूल में पढ़ते थे उसे भी बंद कर दिया गया है ।", "close"
    ) == [["स्कूल"]]
    assert target_texts(
        "शनिवार को एक मेडिकल स्टोर पर छापा मारकर एक हजार से अधिक मास्क जब्त कर इसे सील कर दिया"
        " गया है ।",
        "seal",
    ) == [["एक मेडिकल स्टोर"]]
    # a named place is where something else is sealed: no target read for the pronoun
    assert target_texts(
        "दिल्ली में एक डॉक्टर के संक्रमित पाए जाने के बाद इसे सील कर दिया गया है ।", "seal"
    ) == [[]]


def test_a_thing_named_after_a_person_keeps_the_name_in_english() -> None:
    # lead, session 19: the word-by-word gloss said "mother travel" (माता glossed, the name left out)
    art, evs = events("श्री माता वैष्णो देवी यात्रा आज से बंद कर दी गई है ।")
    [ev] = [e for e in evs if e.mode == "close"]
    assert role_names(art, ev, "target") == ["Shri Mata Vaishno Devi travel"]
    # negative: a thing with no name in it is glossed as before
    art, evs = events("वहीं 22 मार्च को 50 फीसदी बसें और सभी मेट्रो नहीं चलेंगे ।")
    [ev] = [e for e in evs if e.mode == "close"]
    assert "Shri" not in role_names(art, ev, "target")[0]

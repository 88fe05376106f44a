"""Issue 13, round fp2: a permission given only to some is no easing
(:mod:`khabar.events.granted_some`).

"केवल 30 छात्रों को … चढ़ने की अनुमति दी जाएगी" keeps everyone else off the bus: a restriction,
not a CONCEDE. Permissions given to all, or narrowed by words that do not limit who gets them, stay
easings, and the restriction's own order stays a coercion.

Sentences are the news's own (allowed corpus day files, named at each) or written for the
negative cases."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-05-01")


def test_a_bus_seat_for_a_few_only_is_no_easing() -> None:
    # AU-2020-ARP-17.txt
    art = analysed(
        "अधिकारियों ने बताया कि छात्रों को लाने के लिए बसें भेजी गई हैं । उन्होंने कहा कि केवल 30"
        " छात्रों को एक बस में चढ़ने की अनुमति दी जाएगी ताकि सामाजिक दूरी को सुनिश्चित किया जा सके ।",
        dct="2020-04-17",
    )
    assert not events_of(art, "CONCEDE")
    # written: the same permission given to all students is an easing
    art = analysed("जिला प्रशासन ने कहा कि छात्रों को घर जाने की अनुमति दी जाएगी ।", dct="2020-04-17")
    assert events_of(art, "CONCEDE")


def test_travel_for_the_healthy_only_is_no_easing() -> None:
    # AU-2020-MAY-01.txt
    art = analysed(
        "रेलवे ने कहा है कि राज्य ट्रेन पर चढ़ने के स्थानों पर यात्रियों की स्क्रीनिंग कराएंगे, केवल"
        " उन्हीं को यात्रा की अनुमति दी जाएगी, जिनमें कोविड-19 के लक्षण नहीं दिखेंगे ।"
    )
    assert not events_of(art, "CONCEDE")
    # the screening the same sentence orders stays
    assert events_of(art, "COERCE")


def test_an_exemption_inside_a_closure_order_is_the_order() -> None:
    # DJ-2020-MAR-13.txt
    art = analysed(
        "उत्‍तराखंड सरकार ने भी स्‍कूलों को 31 मार्च तक बंद करने के आदेश दिए और केवल उन्‍हीं"
        " स्‍कूलों को छूट दी गई जिसमें बोर्ड परिक्षाएं चल रहीं हैं ।",
        dct="2020-03-13",
    )
    assert not events_of(art, "CONCEDE")
    assert events_of(art, "COERCE")  # the closure stays


def test_cruise_ships_let_in_only_if_they_asked_early() -> None:
    # NT-2020-MAR-15.txt
    art = analysed(
        "शिपिंग मिनिस्ट्री ने कहा है कि वह सिर्फ उन इंटरनैशनल क्रूज शिप को भारतीय तटों पर उतरने की"
        " इजाजत देगी जिन्होंने 1 जनवरी 2020 से पहले इसकी मांग की होगी ।",
        dct="2020-03-15",
    )
    assert not events_of(art, "CONCEDE")


def test_easings_that_no_limiter_narrows_stay() -> None:
    # written: "ही" after a time word, not after the को-phrase, limits no one
    art = analysed("सरकार ने आज ही दुकानों को खोलने की अनुमति दे दी है ।")
    assert events_of(art, "CONCEDE")
    # written: a limiter in the clause before, not in the permission's clause
    art = analysed("केवल दो जिलों में नए मामले मिले हैं, इसलिए सरकार ने सभी दुकानों को खोलने की अनुमति दे दी है ।")
    assert events_of(art, "CONCEDE")
    # written: relief narrowed by "ही" is still relief to those who get it
    art = analysed("सरकार ने किसानों को ही कर्ज में राहतें दी हैं ।")
    assert events_of(art, "CONCEDE")


# (2) An act asked for by its infinitive before "को/के लिए कहा" is the request, one act
# (:mod:`khabar.events.asked_content`).


def test_work_asked_to_resume_is_no_easing() -> None:
    # NT-2020-APR-11.txt
    art = analysed(
        "मगर पीटीआई ने सूत्रों के हवाले से बताया है कि सभी केंद्रीय मंत्रियों को सोमवार से मंत्रालयों में"
        " कामकाज बहाल करने को कहा गया है ।",
        dct="2020-04-11",
    )
    assert not events_of(art, "CONCEDE")
    assert events_of(art, "REQUEST", "tell_to")


def test_strict_action_the_states_are_asked_to_take_is_not_taken() -> None:
    # NT-2020-APR-03.txt
    art = analysed(
        "गृह मंत्रालय की अधिकारी पुण्य सलिला श्रीवास्तव ने बताया कि मंत्रालय ने सभी राज्य सरकारों पत्र"
        " लिखकर स्वास्थ्यकर्मियों और फ्रंटलाइन वर्कर्स पर हमले के मामले में सख्त कार्रवाई करने को कहा"
        " है ।",
        dct="2020-04-03",
    )
    assert not events_of(art, "COERCE")
    assert events_of(art, "REQUEST", "tell_to")


def test_acts_done_beside_a_request_stay() -> None:
    # written: the closure is done, the request asks for something else
    art = analysed("प्रशासन ने सभी दुकानें बंद कर दी हैं और लोगों को घर में रहने को कहा है ।")
    assert events_of(art, "COERCE", "close")
    assert events_of(art, "REQUEST", "tell_to")
    # written: a curfew imposed, then the police asked to enforce it (the pronoun, no trigger)
    art = analysed("सरकार ने शहर में कर्फ्यू लगा दिया है और पुलिस से इसे सख्ती से लागू करने को कहा है ।")
    assert events_of(art, "COERCE", "curfew")
    # written: an order to close (no request) stays the closure
    art = analysed("जिलाधिकारी ने सभी दुकानों को बंद करने का आदेश दिया है ।")
    assert events_of(art, "COERCE", "close")
    # AU-2020-MAR-21.txt: a measure told to be enforced stays the authority's own (precision4)
    art = analysed(
        "प्रधानमंत्री मोदी ने पूरे देश से रविवार को सुबह सात से रात के नौ बजे तक 14 घंटे का जनता"
        " कर्फ्यू लागू करने के लिए कहा है ।",
        dct="2020-03-21",
    )
    assert events_of(art, "COERCE", "curfew")


# (3) A measure that is only the topic of a decision nobody took is a denied act, as the gold's
# annotators code it (:mod:`khabar.events.undecided`).


def test_an_extension_nobody_confirmed_is_a_denied_lockdown() -> None:
    # NT-2020-APR-08.txt
    art = analysed(
        "हालांकि केंद्र सरकार की तरफ से लॉकडाउन को बढ़ाने को लेकर कोई पुष्टि नहीं की गई है ।",
        dct="2020-04-08",
    )
    evs = events_of(art, "COERCE")
    assert evs and all(e.modality == "denied" and e.negated for e in evs)


def test_a_postponement_not_decided_is_denied() -> None:
    # NT-2020-APR-23.txt
    art = analysed(
        "न्यूजीलैंड क्रिकेट के मुख्य कार्यकारी डेविड वाइट ने गुरूवार को कहा कि कोरोना वायरस महामारी के"
        " कारण टी20 विश्व कप स्थगित करने को लेकर कोई भी फैसला जुलाई से पहले नहीं लिया जायेगा ।",
        dct="2020-04-23",
    )
    evs = events_of(art, "COERCE")
    assert evs and all(e.modality == "denied" for e in evs)


def test_decisions_taken_and_measures_beside_them_stay() -> None:
    # written: the decision taken names its measure with का
    art = analysed("सरकार ने लॉकडाउन को बढ़ाने का फैसला लिया है ।", dct="2020-04-08")
    assert [e.modality for e in events_of(art, "COERCE", "lockdown")] == ["happened"]
    # written: an order issued on the extension (no noun of deciding)
    art = analysed(
        "राज्य सरकार ने लॉकडाउन को 30 अप्रैल तक बढ़ाने को लेकर अधिसूचना जारी कर दी है ।",
        dct="2020-04-08",
    )
    assert [e.modality for e in events_of(art, "COERCE")] == ["happened"]
    # written: the closure is done; only the exams wait for a decision
    art = analysed(
        "राज्य सरकार ने सभी स्कूलों को बंद कर दिया है, लेकिन परीक्षाओं पर फैसला नहीं हुआ है ।",
        dct="2020-04-08",
    )
    assert [e.modality for e in events_of(art, "COERCE", "close")] == ["happened"]

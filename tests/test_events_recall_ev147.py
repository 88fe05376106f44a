"""Issue 13, round ev147: recall by corpus frequency. The commonest kind of act the allowed corpus
day files report with no event was an authority watching or tracing people, told with the watch
or the search as the act itself:

- a watch kept on people ("… नागरिकों की लगातार निगरानी की जा रही है", "इन पर लगातार नजर रखी जा
  रही है"): COERCE, mode surveillance, as the tuning sets code it;
- people searched for or traced ("… यात्रियों का पता लगाया जा रहा है", "प्रशासन अब उन 8000 लोगों
  की तलाश कर रहा है"): ACCUSE investigate, the dev gold's contact tracing, whose inferred issuer
  is the place's health department.

Only when who is watched are people, in the finite forms, and not a doctor's observation of
patients. Sentences are the corpus's own (allowed day files), with negatives beside them."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-13")


def test_a_watch_kept_on_people_is_surveillance() -> None:
    art = analysed("विदेश से लौटे जिले के नागरिकों की लागातार निगरानी की जा रही है ।")
    [ev] = events_of(art, "COERCE", "surveillance")
    assert ev.trigger == "निगरानी" and ev.modality == "ongoing" and ev.source
    art = analysed("2500 लोग खांसी, जुकाम और बुखार से पीड़ित मिले । इन पर लगातार नजर रखी जा रही है ।")
    [ev] = events_of(art, "COERCE", "surveillance")
    assert ev.trigger == "नजर" and ev.modality == "ongoing"
    art = analysed(
        "उनके परिवार के सदस्यों को आइसोलेशन में रखा गया है और हम उनकी निगरानी कर रहे हैं ।"
    )
    assert [e.trigger for e in events_of(art, "COERCE", "surveillance")] == ["निगरानी"]


def test_people_searched_for_or_traced_are_investigated() -> None:
    art = analysed("प्रशासन अब उन 8000 लोगों की तलाश कर रहा है जो ईरान की यात्रा करके वापस आए हैं ।")
    [ev] = events_of(art, "ACCUSE", "investigate")
    assert ev.trigger == "तलाश" and ev.source == ["actor:district administration"]
    art = analysed(
        "देवघर के सारवां प्रखंड में एक युवक कोरोना पॉजिटिव पाया गया है । "
        "युवक के संपर्क में आने वाले लोगों का पता लगाया जा रहा है ।",
        dct="2020-04-20",
    )
    [ev] = events_of(art, "ACCUSE", "investigate")
    assert ev.trigger == "पता" and ev.modality == "ongoing"
    assert ev.source == ["actor:Deoghar health department"]  # contact tracing: health's work
    # round nm10: the contacts' owner joins their words ("contacts of the young man")
    assert ev.target == ["text:युवक के संपर्क में आने वाले लोगों"]


def test_a_watch_on_no_one_or_a_patient_is_no_act() -> None:
    for text in (
        "सरकार हालात पर करीब से नजर रखे हुए है ।",  # a situation watched
        "मंत्रियों का एक समूह भी स्थिति की निगरानी कर रहा है ।",
        "इस ऐप से देशभर में 300 कोरोना हॉटस्पॉट्स का पता लगा है ।",  # places found
        "दोनों की हालत स्थिर है और उनकी लगातार निगरानी की जा रही है ।",  # a doctor's watch
        "शख्स की स्थिति स्थिर है । उसपर कड़ी नजर रखी जा रही है ।",
        "देश में संक्रमित मिले 30 मरीजों की निगरानी की जा रही है ।",
        "ये दोनों चिकित्सक एक महिला के संक्रमित होने के बाद उसकी निगरानी कर रहे थे ।",
    ):
        art = analysed(text)
        assert events_of(art, "COERCE", "surveillance") == [], text
        assert events_of(art, "ACCUSE", "investigate") == [], text


def test_a_purpose_a_practice_or_a_genitive_is_no_watch() -> None:
    # the infinitive is the request's content; a past practice; "की" before a noun a genitive
    art = analysed(
        "मंत्रालय ने कहा कि राज्यों को इन मरीजों के संपर्क में आए लोगों का पता लगाने के लिए कहा "
        "गया है ।"
    )
    assert events_of(art, "ACCUSE") == [] and events_of(art, "REQUEST")
    art = analysed(
        "पहले विदेश से आए किसी व्यक्ति की सूचना मिलने से 28 दिन तक उसकी निगरानी की जाती थी ।"
    )
    assert events_of(art, "COERCE") == []
    art = analysed(
        "कुल 33,599 यात्रियों को निगरानी में रखा गया है और 21,867 यात्रियों की निगरानी की अवधि "
        "पूरी हो चुकी है ।"
    )
    assert [e.trigger for e in events_of(art, "COERCE")] == ["निगरानी में"]
    art = analysed("पीड़ित व्यक्ति को एक खुले हवादार कमरे में रखें और 28 दिन तक निगरानी करें ।")
    assert events_of(art, "COERCE", "surveillance") == []

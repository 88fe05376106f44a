"""Issue 13, round ev158: core events still missed, four kinds that recur in the corpus.

(1) A place, a vehicle or a building sanitised ("… संसद भवन को सेनिटाइज किया गया", "… सैनिटाइज
अभियान चलाया गया") had no entry: it is a public-health service of the place's authority, AID as
the unseen tuning sets code it, in finite forms only and never one's own hands. (2) A seizure in
the passive with no agent ("इनके पासपोर्ट और वीजा जब्त कर लिये गये हैं") was dropped for want
of one; only an authority seizes, as only one seals. (3) A passive "को कहा गया है कि …" whose
कि-clause asks, said to an authority ("सभी विभागों को कहा गया है कि वह … लें"), was dropped as no
request: the entry wanted an infinitive before its को. (4) A claim called a rumour, misleading or
false ("… की बातों को अफवाह बताया है") denies it, as खंडन does. Sentences are the news's own
(allowed corpus day files)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-31")


def test_a_place_sanitised_in_the_passive_is_the_authoritys_aid() -> None:
    art = analysed("कोरोना वायरस संक्रमण के मद्देनजर शनिवार को संसद भवन को सेनिटाइज किया गया ।")
    [ev] = events_of(art, "AID", "sanitise")
    assert ev.modality == "happened" and ev.date == "2020-03-28"
    assert ev.source  # an authority guessed: the passive names none
    art = analysed("क्षेत्र को सैनिटाइज करवा दिया गया है ।")
    [ev] = events_of(art, "AID", "sanitise")
    assert role_names(art, ev, "target") == ["area"]


def test_a_drive_and_a_plan_keep_the_body_that_named_itself() -> None:
    art = analysed(
        "इधर मंगलवार को हिंदपीढ़ी में कोरोना पॉजिटिव मरीज पाये जाने के बाद नगर निगम की टीम द्वारा"
        " पूरे हिंदपीढ़ी क्षेत्र में सैनिटाइज अभियान चलाया गया."
    )
    [ev] = events_of(art, "AID", "sanitise")
    assert ev.trigger == "सैनिटाइज अभियान"
    assert role_names(art, ev, "source") == ["municipal corporation"]
    assert ev.date == "2020-03-31"
    art = analysed(
        "वैश्विक महामारी कोरोना से निबटने के लिए रांची नगर निगम अब शहर की हर गली और मुहल्ले को"
        " सैनिटाइज करेगा."
    )
    [ev] = events_of(art, "AID", "sanitise")
    assert role_names(art, ev, "source") == ["Ranchi Municipal Corporation"]
    assert ev.modality == "planned"


def test_every_spelling_of_the_loanword_is_read() -> None:
    art = analysed("युवक का घर पूरी तरह से सेनेटाइज किया जाएगा ।")
    assert [e.modality for e in events_of(art, "AID", "sanitise")] == ["planned"]
    art = analysed("गांव को सील करने के साथ ही सैनिटाइजेशन किया गया ।")
    assert len(events_of(art, "AID", "sanitise")) == 1


def test_no_sanitisation_act_where_none_is_done() -> None:
    # advice to readers about their hands, a decision's content, an attribute of buses or gates
    for text in (
        "ऑफिस या वर्क प्लेस पर हाथों को सेनिटाइज करना नहीं भूलें ।",
        "घर में जिस जगह पर बैठते हैं या फिर जहां आपका हाथ बार-बार जाता हो, उसे जरूर सेनिटाइज करें ।",
        "यूपी सरकार ने लखनऊ, नोएडा और कानपुर को कोरोना के खतरे को देखते हुए सैनिटाइज करने का फैसला किया है ।",
        "सोसायटी के दोनों मुख्य गेट पर सैनिटाइज टनल लगाई गई है ।",
        "सैनिटाइज बसों में यात्रियों को स्टेशन तक लाएं राज्य",
    ):
        assert not events_of(analysed(text), "AID", "sanitise"), text


def test_a_seizure_with_no_agent_is_the_authoritys() -> None:
    art = analysed("इनके पासपोर्ट और वीजा जब्त कर लिये गये हैं.")
    [ev] = events_of(art, "COERCE", "seize")
    assert role_names(art, ev, "source") == ["police"]
    art = analysed("वहीं 481 गाड़ियों को जब्‍त किया गया है ।")
    [ev] = events_of(art, "COERCE", "seize")
    assert role_names(art, ev, "target") == ["481 vehicles"]


def test_a_seizure_nobody_made_is_none() -> None:
    assert not events_of(analysed("किसी का वाहन जब्त नहीं किया गया है ।"), "COERCE")


def test_a_body_told_in_the_passive_to_act_is_asked() -> None:
    art = analysed("सभी विभागों को कहा गया है कि वह इससे जुड़े मामलों को इमरजेंसी के तौर पर लें ।")
    [ev] = events_of(art, "REQUEST", "tell_to")
    assert ev.trigger == "को कहा"
    assert role_names(art, ev, "target") == ["all departments in India"]
    assert ev.source


def test_no_request_read_from_a_ko_that_tells_no_body_to_act() -> None:
    for text in (
        "लोगों को कहा गया है कि वे घरों में रहें ।",  # the public: left out, as for the infinitive
        "मंत्री ने सोमवार को कहा कि लोग घरों में रहें ।",  # a day's को, the active
        "सरकार की ओर से रविवार को कहा गया कि आर्थिक कठिनाइयों के बावजूद बंद धीरे-धीरे ही हटाया जाएगा ।",
        "सभी मंत्रालयों को कहा गया है कि जॉइंट सेक्रटरी और उससे ऊपर रैंक के अधिकारी सोमवार से संबंधित"
        " विभागों में काम शुरू करेंगे ।",  # what will be done: no subjunctive, no request
    ):
        assert not [e for e in events_of(analysed(text), "REQUEST") if e.trigger == "को कहा"], text


def test_a_claim_called_a_rumour_or_false_is_denied() -> None:
    art = analysed(
        "यूएस सेंटर फॉर डिजीज कंट्रोल एंड प्रीवेंशन ने भी अखबारों से संक्रमण फैलने की बातों को अफवाह"
        " बताया है ।"
    )
    [ev] = events_of(art, "REJECT", "deny")
    assert ev.trigger == "अफवाह" and ev.source
    art = analysed(
        "इस खबर के आने के बाद पुर्तगाल के एक पत्रकार फिलिप केटानो ने रोनाल्डो द्वारा ऐसा कोई भी कदम"
        " उठाने की बात को गलत बताया है ।"
    )
    [ev] = events_of(art, "REJECT", "deny")
    assert role_names(art, ev, "source") == ["Filip Ketano"]


def test_a_decision_called_wrong_or_a_name_given_false_is_no_denial() -> None:
    for text in ("विपक्ष ने सरकार के फैसले को गलत बताया ।", "उसने अपना नाम फर्जी बताया ।"):
        assert not events_of(analysed(text), "REJECT"), text

"""Issue 13, round ev139: kinds of core events the unseen tuning set Uk missed that recur on other
allowed corpus text:

- a deed that needs a target whose target is an object pronoun ("उन्हें जान से मारने की धमकी भी
  दी", "लोगों ने उन्हें फिर से पीटा"): the pronoun is its target, found by anaphora; an agentless
  measure of a pronoun ("उसे आइसोलेशन वार्ड में भर्ती कराया गया") still retells an admission;
- a list of bare states opening the clause as the subject of a completive ("पंजाब, … और ओडिशा
  पहले ही … लॉकडाउन की अवधि को बढ़ा चुके हैं"), and a lockdown's period extended read from its
  extending verb, not from the genitive की before the period noun;
- a punishment to come with हो ("जो नहीं मानेंगे उनके खिलाफ … कार्रवाई होगी") read as the passive
  future "कार्रवाई की जाएगी" is: the speaker's warning (THREATEN);
- an app or website launched with its name between the noun and the verb ("मोबाइल एप 'कोवा पंजाब'
  लॉन्च किया", "वेबपोर्टल www.poorpreg.haryana.gov.in भी लॉन्च किया गया"): the service (AID);
- and a false event kind: a sentence opened by "इसमें" telling the parts of the act the sentence
  before it told ("… 709 ट्रेनें कैंसिल कर दी हैं । इसमें 584 रेलगाड़ियां पूरी तरह रद्द …") is that act.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-13")


def test_threat_to_an_object_pronoun_is_a_threat() -> None:
    art = analysed("ग्रामीणों ने आशा कार्यकर्ता के साथ मारपीट की। उन्हें जान से मारने की धमकी भी दी.")
    [ev] = events_of(art, "THREATEN")
    assert ev.trigger == "धमकी" and ev.modality == "happened"
    assert role_names(art, ev, "source") == ["villagers"]
    art = analysed("मना करने पर लोगों ने उन्हें फिर से पीटा.")
    assert len(events_of(art, "ASSAULT")) == 1


def test_plain_warning_and_pronoun_admission_stay_dropped() -> None:
    # a warning of a danger threatens no one; an admission of "him" in a speaker's account
    # retells a patient's (round ev207 counts the narrative's own, "फिलहाल उसे … भर्ती किया गया है")
    art = analysed("विशेषज्ञों ने चेतावनी दी है कि संक्रमण और तेजी से फैल सकता है.")
    assert events_of(art, "THREATEN") == []
    art = analysed(
        "सीएमओ ने बताया कि फिलहाल उसे जिला अस्पताल के आइसोलेशन वार्ड में भर्ती किया गया है ।"
    )
    assert events_of(art, "COERCE") == []


def test_listed_states_extending_the_lockdown_are_its_issuers() -> None:
    art = analysed(
        "पंजाब, पश्चिम बंगाल, तेलंगाना, महाराष्ट्र और ओडिशा पहले ही अपने राज्यों में जारी लॉकडाउन"
        " की अवधि को बढ़ा चुके हैं ।"
    )
    [ev] = events_of(art, "COERCE", "lockdown")
    assert role_names(art, ev, "source") == [
        "Government of Punjab", "Government of West Bengal", "Government of Telangana",
        "Government of Maharashtra", "Government of Odisha",
    ]
    assert ev.modality == "happened"


def test_a_lone_state_and_a_requested_extension_are_no_issuer() -> None:
    # a state alone is as often where as who; an extension asked for is the request's content
    art = analysed("पंजाब लॉकडाउन की अवधि को बढ़ा चुका है ।")
    assert events_of(art, "COERCE") == []
    art = analysed("बैठक में कुछ राज्यों ने प्रधानमंत्री से लॉकडाउन की अवधि को बढ़ाने के लिए कहा है ।")
    assert events_of(art, "COERCE") == []
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["Prime Minister of India"]


def test_period_extended_in_the_passive_is_the_lockdown() -> None:
    art = analysed("देश में जारी लॉकडाउन की अवधि एक बार फिर बढ़ा दी गई है ।")
    [ev] = events_of(art, "COERCE", "lockdown")
    assert ev.modality == "happened"


def test_action_to_come_with_ho_is_a_warning() -> None:
    # "… कार्रवाई होगी" as "… कार्रवाई की जाएगी": the speaker's warning of punishment
    art = analysed(
        "जिलाधिकारी ने लोगों से घरों में रहने की अपील की है । जो नहीं मानेंगे उनके खिलाफ धारा 151 के"
        " अंतर्गत कार्रवाई होगी ।"
    )
    [ev] = events_of(art, "THREATEN")
    assert role_names(art, ev, "source") == ["District Magistrate"]
    art = analysed("अगर कोई व्यक्ति लक्षणों को छिपाता है, तो उस पर मुकदमा दर्ज होगा ।")
    assert len(events_of(art, "THREATEN")) == 1


def test_action_that_happened_or_a_meeting_to_come_stay_as_they_were() -> None:
    art = analysed("कल जिले में कोरोना को लेकर अधिकारियों की बैठक होगी ।")
    assert events_of(art, "THREATEN") == [] and events_of(art, "COERCE") == []
    art = analysed("उनके खिलाफ धारा 188 के तहत कार्रवाई हुई है ।")
    assert events_of(art, "THREATEN") == []


def test_service_launched_under_its_name_is_aid() -> None:
    art = analysed(
        "वहीं, पंजाब सरकार ने लोगों को जागरूक करने के लिए मोबाइल एप 'कोवा पंजाब' लॉन्च किया ।"
    )
    [ev] = events_of(art, "AID", "service")
    assert role_names(art, ev, "source") == ["Government of Punjab"]
    art = analysed(
        "इसके अलावा हरियाणा सरकार की ओर से असंगठित श्रमिकों के लिए वेबपोर्टल"
        " www.poorpreg.haryana.gov.in भी लॉन्च किया गया है ।"
    )
    [ev] = events_of(art, "AID", "service")
    assert role_names(art, ev, "source") == ["Government of Haryana"]


def test_an_app_downloaded_or_a_study_launched_is_no_service() -> None:
    art = analysed("लोगों से आरोग्य सेतु एप डाउनलोड करने की अपील की गई है ।")
    assert events_of(art, "AID") == []
    art = analysed("इसमें भी साइड इफेक्ट देखने के लिए एक स्टडी लांच की गई ।")
    assert events_of(art, "AID") == []


def test_parts_of_an_act_told_just_before_are_that_act() -> None:
    art = analysed(
        "भारतीय रेल ने शनिवार को 709 ट्रेनें कैंसिल कर दी हैं । इसमें 584 रेलगाड़ियां पूरी तरह रद्द की गई"
        " हैं, जबकि 125 ट्रेनों को आंशिक रूप से कैंसिल किया गया है ।"
    )
    [ev] = events_of(art, "COERCE", "cancel")
    assert "709" in art.text[ev.evidence_start : ev.evidence_end]


def test_people_counted_before_and_a_sentence_between_keep_their_acts() -> None:
    # "इनमें से" after a count of people, no act before: a new act on some of them
    art = analysed(
        "विदेश से लौटे 330 लोगों की जांच की गई है । इनमें से 22 को घर पर निगरानी में रखा गया है ।"
    )
    assert len(events_of(art, "COERCE", "quarantine")) == 1
    # another sentence between the act and "इसमें": not its parts
    art = analysed(
        "भारतीय रेल ने शनिवार को 709 ट्रेनें कैंसिल कर दी हैं । यात्रियों को पूरा किराया लौटाया जाएगा ।"
        " इसमें 584 रेलगाड़ियां पूरी तरह रद्द की गई हैं ।"
    )
    assert len(events_of(art, "COERCE", "cancel")) == 2

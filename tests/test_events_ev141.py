"""Issue 13, round ev141: acts the lexicon had no trigger of their type for, and agentless acts
whose issuer the place shows, from the misses of the unseen tuning sets and their kin on other
allowed corpus text:

- a body in touch with another ("भारत सरकार ईरान के संपर्क में है"): CONSULT, the copula's
  subject and the genitive partner; the exposed ("… के संपर्क में आए/रहे लोग") stay none;
- an inquiry written "पड़ताल"/"तफ्तीश", as "जांच" is, an actor's only, and never a lab test;
- a measure done "while" the passive main act ("गांव को सील करते हुए … कदम उठाए जा रहे हैं"):
  agentless, its issuer the place's authority, as with the absolutive "सील कर";
- one department told in the passive ("शिक्षा विभाग से कहा गया है कि … करें"): a request of
  government to government, as the plural "विभागों" already was.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-05")


def test_a_body_in_touch_with_another_consults() -> None:
    art = analysed("तेहरान में फंसे भारतीयों को निकालने के लिए भारत सरकार ईरान के संपर्क में है ।")
    [ev] = events_of(art, "CONSULT")
    # ongoing since round pr3: the copula's state of talks goes on (tuning set Vq's gold)
    assert ev.trigger == "संपर्क में" and ev.modality == "ongoing"
    # since round rv27 the subject is the source and the party in touch the target
    assert role_names(art, ev, "source") == ["Government of India"]
    assert role_names(art, ev, "target") == ["Iran"]
    art = analysed("सभी मंत्री प्रभार वाले राज्यों के जिला कलेक्टर के सीधे संपर्क में हैं ।")
    assert len(events_of(art, "CONSULT")) == 1


def test_the_exposed_and_the_unnamed_are_in_no_talks() -> None:
    for text in (
        "ये लोग संक्रमित व्यक्ति के संपर्क में हैं ।",
        "मरीज डॉक्टर के संपर्क में है ।",
        "बताया जाता है कि युवक के संपर्क में रहे उसके परिजनों को क्वारंटाइन किया गया ।",
        "यह पता लगाया जा रहा है कि मरीज किसके संपर्क में है ।",
    ):
        assert events_of(analysed(text), "CONSULT") == [], text


def test_an_inquiry_in_other_words_is_an_investigation() -> None:
    art = analysed(
        "ऐसे में अमर उजाला ने स्वास्थ्य विभाग के हेल्थ बुलेटिन और लोकनायक अस्पताल की पड़ताल की ।",
        dct="2020-05-09",
    )
    [ev] = events_of(art, "ACCUSE", "investigate")
    assert ev.trigger == "पड़ताल"
    # a claim or a pronoun's doings looked into: nobody investigated, no event
    for text in (
        "जब इस बात की पड़ताल की गई तो मालूम हुआ कि यह मामला दूसरा है ।",
        "पुलिस इसकी भी पड़ताल कर रही है ।",
    ):
        assert events_of(analysed(text), "ACCUSE") == [], text


def test_a_seal_while_the_passive_main_act_is_inferred() -> None:
    art = analysed(
        "गोरखपुर जिले के शुनपुरकला गांव में एक युवक कोरोना संक्रमित मिला है । शुनपुरकला गांव को "
        "सील करते हुए जरूरी एहतियाती कदम उठाए जा रहे हैं ।",
        dct="2020-05-01",
    )
    [ev] = events_of(art, "COERCE", "seal")
    assert ev.modality == "happened" and role_names(art, ev, "source") == ["Gorakhpur district administration"]
    # whom it holds only a pronoun: nothing to show, no guessed issuer
    art = analysed("उन्होंने बताया कि उसे होम क्वारंटाइन करते हुए उस पर निगरानी भी रखी जा रही थी ।")
    assert events_of(art, "COERCE") == []


def test_one_department_told_in_the_passive_is_requested() -> None:
    art = analysed(
        "शिक्षा विभाग से कहा गया है कि सभी स्कूलों के बच्चों में कोरोना वायरस के बारे में "
        "जागरूकता पैदा करें ।"
    )
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "target") == ["education department"]
    # a person told, not a body: no request of government
    art = analysed("मरीज से कहा गया है कि वह घर में ही रहे ।")
    assert events_of(art, "REQUEST") == []


def test_a_number_issued_to_call_is_a_helpline() -> None:
    art = analysed(
        "कोविड-19 को लेकर गृह मंत्रालय ने शनिवार को सभी राज्यों के लिये एक हेल्पनाइन नंबर जारी किया है.",
        dct="2020-05-02",
    )
    [ev] = events_of(art, "AID", "service")
    assert ev.trigger == "नंबर जारी"
    assert role_names(art, ev, "source") == ["Ministry of Home Affairs of India"]
    # nobody issuing them named: since round ev189 the helpline entry is agentless, so the
    # numbers issued in the passive are the service of the place's authority, marked inferred
    # (was: no event)
    art = analysed(
        "देहरादून शहर में हुए लॉकडाउन के बाद लोगों को राशन की चिंता सता रही है । इन सभी जगहों के"
        " मोबाइल नंबर भी जारी किए गए हैं ।"
    )
    [ev] = events_of(art, "AID", "service")
    assert role_names(art, ev, "source") == ["Dehradun district administration"]
    assert any(a.role == "source_inferred" for a in ev.arguments)


def test_a_warship_sent_in_the_passive_is_the_governments() -> None:
    art = analysed(
        "वतन वापसी के इच्छुक भारतीयों को लाने के लिए आईएनएस शरदुल को दुबई की तरफ भेजा गया है ।",
        dct="2020-05-05",
    )
    [ev] = events_of(art, "MOBILIZE")
    assert role_names(art, ev, "source") == ["Government of India"]
    # a naval hospital's patients are sent, no warship
    art = analysed("मरीजों को नौसेना अस्पताल में भेजा गया है ।")
    assert events_of(art, "MOBILIZE") == []


def test_a_seal_along_with_the_passive_main_act_is_inferred() -> None:
    art = analysed(
        "वाराणसी के ओइना गांव का एक युवक पॉजिटिव मिला । गांव को सील करने के साथ ही सैनिटाइजेशन किया गया ।",
        dct="2020-04-28",
    )
    [ev] = events_of(art, "COERCE", "seal")
    assert ev.modality == "happened" and any(a.role == "source_inferred" for a in ev.arguments)
    # a story told ("… किए जा चुके थे"): no measure of the news, no guessed issuer
    art = analysed(
        "लोगों को एडवाइजरी जारी करने के साथ ही अलग-अलग जगहों पर सेंटर तैयार किए जा चुके थे ।",
        dct="2020-03-16",
    )
    assert events_of(art, "REQUEST") == []

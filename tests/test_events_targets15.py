"""Issue 13, round ev104: targets that are there but not taken (kinds from the empty targets of
the tuning sets Ta, Tc, Td, Te, checked on allowed corpus day files). Sentences written like the
news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import events_of as _events

analysed = analyser("2020-04-10")


def _antecedent(ev: object) -> str | None:
    args = [a for a in ev.arguments if a.role == "target_antecedent"]  # type: ignore[attr-defined]
    return args[0].text if args else None


def test_a_singular_pronoun_chain_keeps_the_one_named_before() -> None:
    # sentences that speak of him only as वह/उसका do not count among those looked back over
    art = analysed(
        "सिवान निवासी एक व्यक्ति पिछले सप्ताह मुंबई से लौटा था । वह लगातार बुखार से परेशान था ।"
        " उसका कहना है कि वह किसी के संपर्क में नहीं आया । जांच के बाद उसे क्वारंटाइन सेंटर में"
        " रखा गया है ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    assert _antecedent(ev) == "सिवान निवासी एक व्यक्ति"  # was none (three sentences back)
    # a sentence naming nobody and holding no pronoun of him still counts: two back at most
    art = analysed(
        "सिवान निवासी एक व्यक्ति पिछले सप्ताह मुंबई से लौटा था । बाजार में भीड़ बढ़ती जा रही है ।"
        " गांव में सफाई अभियान चलाया गया । जांच के बाद उसे क्वारंटाइन सेंटर में रखा गया है ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    assert _antecedent(ev) is None
    # a plural pronoun is often the honoured speaker: no chain through उन्होंने
    art = analysed(
        "गोरखपुर के 12 मजदूर सूरत से लौटे थे । उन्होंने बताया कि रास्ते में पुलिस ने रोका था ।"
        " उन्होंने कहा कि जांच जरूरी है । बाजार बंद रहा । उन्हें स्कूल में क्वारंटाइन किया गया ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    assert _antecedent(ev) is None


def test_a_resolved_pronoun_stands_for_its_antecedent() -> None:
    # "उसे" of the sentence before was resolved: the next "उसे" means the same man, not nobody
    art = analysed(
        "पुलिस ने एक लापरवाह युवक पर मुकदमा दर्ज किया । उसे डॉक्टरों ने घर में रहने को कहा था ।"
        " उसे फिर से क्वारंटाइन सेंटर में भेज दिया गया ।"
    )
    evs = _events(art, "COERCE", "quarantine")
    assert [_antecedent(ev) for ev in evs] == ["एक लापरवाह युवक"]  # was none


def test_a_resident_and_the_person_are_one() -> None:
    # "<home> निवासी एक युवक": one young man (was two candidates, the pronoun left open)
    art = analysed(
        "रामपुर गांव निवासी एक युवक दिल्ली से लौटा । स्वास्थ्य टीम ने जांच के बाद उसे"
        " क्वारंटाइन किया ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    assert _antecedent(ev) == "रामपुर गांव निवासी एक युवक"
    # the participle before the home is where he came from, no part of it (round nm10: its
    # words join the antecedent and its English says it apart from the home, never "of Delhi")
    art = analysed("दिल्ली से लौटे ग्राम सरैया निवासी युवक में लक्षण मिले तो डॉक्टरों ने उसे आइसोलेट किया ।")
    [ev] = _events(art, "COERCE", "quarantine")
    assert _antecedent(ev) == "दिल्ली से लौटे ग्राम सरैया निवासी युवक"
    assert [a.en for a in ev.arguments if a.role == "target"] == ["young man returned from Delhi"]
    # "नगर निवासी एक महिला … उन्हें": one woman, honoured; no residents (was "residents", then
    # none; round tg2's topic_antecedents.honoured_one takes her)
    art = analysed("नगर निवासी एक महिला दिल्ली गई थी । उन्हें होम क्वारंटाइन किया गया है ।")
    [ev] = _events(art, "COERCE", "quarantine")
    assert _antecedent(ev) == "नगर निवासी एक महिला"


def test_contacts_not_the_one_they_met() -> None:
    # "X इन मरीजों के संपर्क में आए थे । उन्हें …": the contacts are quarantined
    art = analysed(
        "जिला अस्पताल के 40 कर्मचारी इन मरीजों के संपर्क में आए थे । उन्हें क्वारंटाइन में रखा"
        " गया है ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    assert _antecedent(ev) == "कर्मचारी"  # was none: two groups named there
    # with no other group named, the one whose contacts are spoken of is not dropped for nobody
    art = analysed("इन मरीजों के संपर्क में कोई नहीं आया । उन्हें आइसोलेशन वार्ड में रखा गया है ।")
    [ev] = _events(art, "COERCE", "quarantine")
    assert _antecedent(ev) in {None, "इन मरीजों"}


def test_the_unmarked_subject_of_an_agentless_passive_confinement() -> None:
    # a place or a date between the subject and the trigger: the subject is still its target
    art = analysed(
        "इधर, गाजीपुर के चार मरीज अभी तक जिला अस्पताल स्थित क्वारंटाइन सेंटर में रखे गए हैं ।"
    )
    [ev] = _events(art, "COERCE", "quarantine")
    assert ev.target == ["text:गाजीपुर के चार मरीज"]  # was none
    art = analysed("सूत्रों के अनुसार संक्रमित व्यक्ति दो मई को पंचायत भवन के क्वारंटाइन सेंटर में रखा गया था ।")
    [ev] = _events(art, "COERCE", "quarantine")
    assert ev.target == ["text:संक्रमित व्यक्ति"]
    art = analysed("पंजाब से लौटे 15 मजदूर गांव के स्कूल में क्वारंटाइन किए गए हैं ।")
    [ev] = _events(art, "COERCE", "quarantine")
    assert ev.target == ["text:पंजाब से लौटे 15 मजदूर"]
    # the second clause's own subject, not its conjunction
    art = analysed(
        "बुलेटिन के अनुसार 120 लोगों को घरों में पृथक रखा गया है और 14 व्यक्ति अस्पताल में पृथक"
        " रखे गए हैं ।"
    )
    assert ["text:14 व्यक्ति"] in [e.target for e in _events(art, "COERCE", "quarantine")]


def test_no_passive_subject_where_it_points_back_or_an_agent_acts() -> None:
    # a demonstrative subject points back: no antecedent is looked for here
    art = analysed("ये सभी पहले से क्वारंटाइन सेंटर में रखे गए हैं ।")
    assert all(ev.target == [] for ev in _events(art, "COERCE", "quarantine"))
    # an active clause with its agent: the को object as before, no subject taken
    art = analysed("प्रशासन ने गांव के 20 लोगों को स्कूल में क्वारंटाइन किया ।")
    [ev] = _events(art, "COERCE", "quarantine")
    assert ev.target == ["text:गांव के 20 लोगों"]
    # not passive: a state told, no confinement's subject
    art = analysed("गांव के 20 लोग अभी भी घरों में क्वारंटाइन में हैं ।")
    assert all(ev.target == [] for ev in _events(art, "COERCE", "quarantine"))


def test_aid_for_those_whose_help_is_its_purpose_in_the_infinitive() -> None:
    # "X की मदद करने के लिए … पैकेज": X, as "X की मदद के लिए" (was none)
    art = analysed(
        "एशियाई विकास बैंक ने महामारी से प्रभावित देशों की मदद करने के लिए 20 अरब डॉलर के"
        " सहायता पैकेज की घोषणा की ।"
    )
    [ev] = [e for e in art.events if e.type == "AID"]
    assert ev.target == ["text:प्रभावित देशों"]
    # a pronoun possessor names nobody
    art = analysed("सरकार ने इसकी मदद करने के लिए पैकेज की घोषणा की ।")
    assert all(e.target == [] for e in art.events if e.type == "AID")


def test_what_is_spared_is_no_target() -> None:
    # "X को छोड़कर" is "except X": the measure falls on the rest
    art = analysed("इस दौरान जरूरी सेवाओं को छोड़कर सभी सेवाएं बंद रहेंगी ।")
    [ev] = _events(art, "COERCE", "close")
    assert ev.target == ["text:सभी सेवाएं"]  # was the spared "जरूरी सेवाओं"
    art = analysed("इस दौरान आपात सेवाओं को छोड़कर राज्य सरकार के सभी कार्यालय बंद रहेंगे ।")
    [ev] = _events(art, "COERCE", "close")
    assert ev.target == ["text:सभी कार्यालय"]
    # nothing the glossary can say is left: no target rather than the thing spared
    art = analysed("जिला प्रशासन ने कहा है कि जरूरी चीजों को छोड़कर सब कुछ बंद रहेगा ।")
    assert all("text:जरूरी चीजों" not in ev.target for ev in art.events)
    # a को-object before the measure's own is still found ("X को … Y को छोड़कर न जाने")
    art = analysed(
        "सभी थाना प्रभारियों को अपने-अपने थानों को छोड़कर न जाने के निर्देश दिए गए हैं ।"
    )
    [ev] = _events(art, "COERCE", "order")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["थाना प्रभारियों"]  # and थानों


def test_a_bare_object_begins_after_an_adverbial_participle() -> None:
    # "<verb>ते हुए" ends a clause of its own: the object begins after it (was "हुए सभी स्कूल …")
    art = analysed("संक्रमण के बढ़ते खतरे को देखते हुए सभी स्कूल और कोचिंग सेंटर 14 अप्रैल तक बंद कर दिए गए हैं ।")
    [ev] = _events(art, "COERCE", "close")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["सभी स्कूल और कोचिंग सेंटर"]
    # "करते हुए" as well ("… का हवाला देते हुए दुकानें बंद")
    art = analysed("कई दुकानदारों ने माल नहीं होने का हवाला देते हुए दुकानें बंद कर दीं ।")
    [ev] = _events(art, "COERCE", "close")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["दुकानें"]
    # "इस X समेत … दो Y": the count says how many, the determiner is the included one's
    art = analysed("खतरे को देखते हुए इस स्कूल समेत शहर के दो निजी स्कूल बंद कर दिए गए हैं ।")
    [ev] = _events(art, "COERCE", "close")
    names = [a.en or "" for a in ev.arguments if a.role == "target"]
    assert names and all("schools" in n for n in names), names


def test_no_piece_of_a_clause_before_a_target_phrase() -> None:
    # the tail of a relative clause cut at a place's में is no word of the object
    art = analysed("जिला अस्पताल में बने आइसोलेशन वार्ड में रखे गए कुछ लोगों पर मुकदमा दर्ज किया गया है ।")
    [ev] = _events(art, "COERCE", "charge")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["कुछ लोगों"]
    # a "… वाले" relative keeps its own verb
    art = analysed("मंत्री ने तैनात किए जाने वाले दलों को नियमित निगरानी करने का निर्देश दिया है ।")
    [ev] = _events(art, "COERCE", "order")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["तैनात किए जाने वाले दलों"]
    # the second word of a compound postposition is no part of the people after it
    art = analysed("सरकार ने लॉकडाउन के कारण फंसे हुए लोगों को घर जाने की अनुमति दी है ।")
    [ev] = [e for e in art.events if e.type == "CONCEDE"]
    assert [a.text for a in ev.arguments if a.role == "target"] == ["फंसे हुए लोगों"]

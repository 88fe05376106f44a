"""Targets as analysts code them (issue 13, round ev136): the possessor of what an act falls on,
a governed noun's businesses, and the conjuncts of a coordinated addressee."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, target_names

events = partial(article_events, dct="2020-03-21")


def test_the_people_whose_bare_object_a_verb_acts_on_are_its_target() -> None:
    # whose pension is doubled, whose leave is cancelled (corpus day files, Uf)
    art, evs = events("इसके साथ ही बुजुर्ग, विधवा और दिव्यांग लोगों की पेंशन दोगुनी कर दी जाएगी ।")
    assert target_names(art, one_event(evs, "दोगुनी")) == [
        "elderly people, widows and disabled people"
    ]
    art, evs = events(
        "राज्य सरकार ने सभी स्वास्थ्य विभाग के कर्मचारियों की छुट्टी भी रद कर दी है ।"
    )
    assert "employees" in " ".join(target_names(art, one_event(evs, "रद")))


def test_the_businesses_an_ordered_inspection_falls_on_are_the_orders_target() -> None:
    art, evs = events(
        "इसके बाद जिला प्रशासन ने जहां मृत कौवे पाए गए थे, उससे 10 किलोमीटर के दायरे में मौजूद"
        " सभी पोल्ट्री फार्मों की जांच के आदेश दिये थे ।"
    )
    # round nm13: "मौजूद" is a glossary participle, the phrase holds the radius it is present in
    assert target_names(art, one_event(evs, "आदेश")) == ["all poultry farms within 10 km"]


def test_a_genitive_of_a_companion_an_issuer_or_a_thing_provided_is_no_target() -> None:
    # what an arrangement provides is not whom it is for
    art, evs = events(
        "दिल्ली सरकार ने इन लोगों के लिए जरूर सामान की व्यवस्था करने का आश्वासन दिया है ।"
    )
    assert "goods" not in " ".join(target_names(art, one_event(evs, "आश्वासन")))
    # "X के जारी आदेश में": X issued it
    art, evs = events("सोमवार को राजतंत्र के अधिकारी के जारी आदेश में कहा गया है कि लोगों को जुर्माना देना होगा ।")
    for ev in evs:
        assert "official" not in " ".join(target_names(art, ev))
    # a time is no people ("24 घंटे पुलिस की तैनाती")
    art, evs = events("वहां पर दंडाधिकारी के साथ 24 घंटे पुलिस की तैनाती कर दी गई है ।")
    for ev in evs:
        assert not any(n.startswith("24") for n in target_names(art, ev))


def test_an_agent_the_roles_took_as_no_entity_still_makes_the_genitive_whom_it_falls_on() -> None:
    art, evs = events("मकान मालिक ने किरायेदारों का किराया माफ कर दिया है ।")
    assert target_names(art, one_event(evs, "माफ")) == ["tenants"]
    # whom it is said to (को) is the target, not the asked act's own object in the genitive
    art, evs = events(
        "स्वास्थ्य विभाग की टीम ने अकादमी प्रशासन को सभी ट्रेनी आईएफएस अफसरों, वहां रह रहे अन्य"
        " अधिकारियों व कर्मचारियों और उनके संपर्क में आए लोगों की निगरानी करने का कहा है ।"
    )
    for ev in evs:
        assert "workers" not in " ".join(target_names(art, ev))


def test_a_se_phrase_of_the_advised_infinitive_is_no_addressee_after_a_ko_addressee() -> None:
    art, evs = events(
        "डॉ अमित अग्रवाल ने महिलाओं को घर से बाहर निकलने पर मास्क पहनने और दिन में कई बार साबुन से हाथ"
        " धोने की सलाह दी ।"
    )
    assert target_names(art, one_event(evs, "सलाह")) == ["women"]
    art, evs = events("इटली और दक्षिण कोरिया के कर्मियों को घर से काम करने की सलाह दी गयी है ।")
    assert "home" not in " ".join(target_names(art, one_event(evs, "सलाह")))
    # with no को addressee, the से phrase is whom an appeal asks
    art, evs = events("सोनिया गांधी ने कोरोना वायरस से निपटने के लिए सभी से एकजुट होने की अपील की ।")
    assert target_names(art, one_event(evs, "अपील")) != []


def test_a_relative_clauses_own_object_taken_up_by_a_correlative_is_no_target() -> None:
    art, evs = events(
        "स्वास्थ्य मंत्री ने कहा कि डिप्टी कमिश्नर द्वारा जिन लोगों को पॉजिटिव पाया गया है उनके घर के"
        " आसपास की 3 मीटर तक के एरिया को कंटेनमेंट जोन घोषित किया जाएगा ।"
    )
    assert target_names(art, one_event(evs, "जोन")) == ["area"]
    # the act of the relative clause itself keeps its object
    art, evs = events(
        "जिन इलाकों को हॉटस्पॉट मानकर सील किया जा रहा है, वहां बाहर से किसी व्यक्ति को अंदर नहीं जाने"
        " दिया जाता ।"
    )
    assert target_names(art, one_event(evs, "सील")) != []


def test_a_bare_centre_conjoined_with_a_government_shares_its_head() -> None:
    art, evs = events("अदालत ने केंद्र और दिल्ली सरकार से जवाब मांगा है ।")
    assert target_names(art, one_event(evs, "जवाब")) == ["Government of India", "Government of Delhi"]
    art, evs = events("हाईकोर्ट ने केंद्र व राज्य सरकार को निर्देश दिए हैं ।")
    assert "Government of India" in target_names(art, one_event(evs, "निर्देश"))
    # a centre of something is no government
    art, evs = events("प्रशासन ने जिले के केंद्र और राज्य सरकार के कार्यालयों को बंद कर दिया ।")
    for ev in evs:
        assert "Government of India" not in target_names(art, ev)

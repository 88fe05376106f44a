"""Issue 13, round sr1 (wrong sources): the railways' department acting by name ("रेलवे विभाग",
"रेल विभाग") is the Indian Railways of the actor dictionary, so its act, told by a passenger or
an official, is its own and not the reporter's nor a guessed Government of India; a nested
report ("X ने बताया कि Y ने उनसे कहा है कि <agentless act>") gives the act to Y only where Y is
an actor (unchanged: a district administration was already one). Railway staff stay workers."""

from __future__ import annotations

from khabar.events.state_offices import state_government

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-22")


def test_the_railways_department_told_by_a_passenger_is_the_doer() -> None:
    # PK-2020-MAR-22.txt (the passenger's report of what the railways told him)
    art = analysed(
        "बोकारो । श्री महतो ने बताया कि रेलवे विभाग ने उनसे कहा है कि रात 10 बजे की ट्रेन से उन्हें"
        " टिटलागढ़ से रवाना कर दिया जायेगा ।"
    )
    [ev] = _events(art, "AID")
    assert _names(art, ev, "source") == ["Indian Railways"]


def test_the_railways_department_acting_in_its_own_clause() -> None:
    art = analysed("पटना । अधिकारी ने बताया कि रेल विभाग ने मजदूरों के लिए विशेष ट्रेन चलाई है ।")
    [ev] = _events(art, "AID")
    assert _names(art, ev, "source") == ["Indian Railways"]


def test_a_nested_report_of_another_body_is_unchanged() -> None:
    art = analysed("पटना । श्री महतो ने बताया कि जिला प्रशासन ने उनसे कहा है कि गांव को सील कर दिया जायेगा ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Patna district administration"]


def test_railway_staff_stay_workers_and_a_speaker_unnamed_in_the_clause_keeps_it() -> None:
    art = analysed("पटना । रेलवे कर्मचारियों ने वेतन न मिलने पर हड़ताल की ।")
    [ev] = _events(art, "PROTEST")
    assert _names(art, ev, "source") == ["workers"]
    # no railways named: the speaker's own closure stays his
    art = analysed("पटना । मुख्यमंत्री नीतीश कुमार ने कहा कि राज्य के सभी स्कूल 14 अप्रैल तक बंद रहेंगे ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Nitish Kumar"]


def test_a_chief_secretary_reports_his_governments_passive_measure() -> None:
    # DH-2020-ARP-08.txt (the chief secretary announcing the sealing)
    art = analysed(
        "लखनऊ । उत्तर प्रदेश के मुख्य सचिव राजेंद्र तिवारी ने इसकी जानकारी देते हुए बताया कि इन जिलों के"
        " हॉटस्पॉट इलाकों को 15 अप्रैल तक पूरी तरह से सील किया जाएगा ।"
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Government of Uttar Pradesh"]


def test_a_chief_secretary_keeps_what_he_does_himself() -> None:
    art = analysed("लखनऊ । उत्तर प्रदेश के मुख्य सचिव राजेंद्र तिवारी ने कहा कि सभी लोग घरों में रहें ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["Rajendra Tiwari"]
    art = analysed(
        "लखनऊ । उत्तर प्रदेश के मुख्य सचिव राजेंद्र तिवारी ने सभी जिलाधिकारियों को निर्देश दिया है कि"
        " सीमाएं सील करें ।"
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Rajendra Tiwari"]
    # his warning of a punishment to come stays his (district_body's rule)
    art = analysed(
        "लखनऊ । उत्तर प्रदेश के मुख्य सचिव राजेंद्र तिवारी ने कहा कि नियम तोड़ने वालों के खिलाफ सख्त"
        " कार्रवाई की जाएगी ।"
    )
    assert [_names(art, ev, "source") for ev in art.events] == [["Rajendra Tiwari"]]


def test_a_chief_secretary_of_a_bare_state_names_no_government() -> None:
    # "राज्य के मुख्य सचिव": the state is the article's guess (PK-2020-MAR-09.txt's kind)
    art = analysed(
        "आइजोल । राज्य के मुख्य सचिव लालनुनमाविया चुआंगो ने बताया कि कोरोना वायरस को फैलने से रोकने के"
        " लिए दोनों देशों की सीमाओं को सील किया जाएगा ।"
    )
    [ev] = _events(art, "COERCE")
    assert not any(n.startswith("Government of") for n in _names(art, ev, "source"))


def test_a_bare_states_title_is_guarded_where_the_article_placed_it() -> None:
    # PK-2020-MAR-09.txt's round-up from Delhi placed "राज्य के मुख्य सचिव" (Mizoram's) in Delhi
    bare = ["राज्य", "के", "मुख्य", "सचिव", "लालनुनमाविया", "चुआंगो", "ने", "बताया", "कि"]
    assert state_government("Delhi Chief Secretary", "IND-Delhi", bare) is None
    named = ["उत्तर", "प्रदेश", "के", "मुख्य", "सचिव", "राजेंद्र", "तिवारी", "ने", "बताया", "कि"]
    assert state_government("Uttar Pradesh Chief Secretary", "IND-Uttar_Pradesh", named) == (
        "actor:Government of Uttar Pradesh", "IND-Uttar_Pradesh GOV", "Government of Uttar Pradesh"
    )
    assert state_government("Lucknow District Magistrate", "IND-Lucknow", named) is None
    assert state_government("Chief Secretary", "IND", named) is None  # no state


# Round sr1 of 2026-12-07 (issue 13, audit au11): a Union ministry's official who reports an
# agentless passive measure reports his ministry's act (events/official_passives.py).
analysed_march = analyser("2020-03-16")


def test_a_ministry_officials_passive_is_the_ministrys_where_his_title_comes_later() -> None:
    # DJ-2020-MAR-16.txt (a live blog, newest first: the title only in a later item)
    art = analysed_march(
        "- लव अग्रवाल ने कहा, यूएई, कतर, ओमान और कुवैत से आने वाले यात्रियों के लिए 14 दिनों का विशेष"
        " निगरानी रखा गया है ।\n"
        " - लव अग्रवाल ने कहा, ईरान से चौथे बैच के रूप में 53 लोगों को लाया गया है ।\n"
        " - केंद्रीय स्‍वास्‍थ्‍य मंत्रालय के संयुक्‍त सचिव लव अग्रवाल ने कहा, सार्वजनिक परिवहन का कम उपयोग"
        " करने के लिए कहा गया है ।"
    )
    sources = {ev.trigger: _names(art, ev, "source") for ev in art.events}
    assert sources["निगरानी"] == ["Ministry of Health and Family Welfare of India"]
    assert sources["लाया"] == ["Ministry of Health and Family Welfare of India"]


def test_a_ministry_official_written_with_men_reports_its_request() -> None:
    # AU-2020-MAR-27.txt ("<ministry> में संयुक्त सचिव")
    art = analysed_march(
        "नई दिल्ली । गृह मंत्रालय में संयुक्त सचिव पुण्य सलिला श्रीवास्तव ने जानकारी दी कि राज्यों और केंद्र"
        " शासित प्रदेशों से प्रवासी मजदूरों के लिए भोजन, पानी और स्वच्छता की व्यवस्था करने का अनुरोध किया"
        " गया है ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["Ministry of Home Affairs of India"]


def test_a_passive_with_its_agent_written_and_a_ministers_report_are_unchanged() -> None:
    # AU-2020-ARP-10.txt: "… द्वारा" names the requester; the official is not made the ministry
    art = analysed_march(
        "नई दिल्ली । विदेश मंत्रालय के अतिरिक्त सचिव दामू रवि ने कहा कि कई देशों की सरकार द्वारा अनुरोध"
        " किया गया था ।"
    )
    assert all("Ministry of External Affairs" not in _names(art, ev, "source") for ev in art.events)
    # AU-2020-MAR-06.txt: a minister is no ministry's official; his announcement stays his
    art = analysed_march(
        "नई दिल्ली । केंद्रीय नागरिक उड्डयन मंत्री हरदीप सिंह पुरी ने शुक्रवार को यहां बताया कि ईरान में फंसे"
        " सभी भारतीयों को यहां लाया जाएगा ।"
    )
    [ev] = _events(art, "AID")
    assert _names(art, ev, "source") == ["Hardeep Singh Puri"]


def test_a_state_departments_official_is_left_to_the_older_rules() -> None:
    # PK-2020-MAR-31.txt: a state's department, whose state is the article's guess
    art = analysed_march(
        "पटना । स्वास्थ्य विभाग के प्रधान सचिव संजय कुमार ने बताया कि राज्य में कुल 5387 लोगों को"
        " ऑब्जर्वेशन में रखा गया है ।"
    )
    assert all(
        not any(n.startswith("Ministry of") for n in _names(art, ev, "source")) for ev in art.events
    )

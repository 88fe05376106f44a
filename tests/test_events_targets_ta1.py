"""Targets of declared emergencies (issue 13, round ta1).

An epidemic, a disaster or an emergency that a government declares gives it powers over everyone
in its territory, as a lockdown does: with no place named, its target is the public of the
declarer's jurisdiction; what is declared (the disease, "कोरोना को") stays no target, and a
place written with the act ("देश में आपातकाल") still names where it holds. A body of many states
rating the disease ("… ने इसे वैश्विक महामारी घोषित कर दिया") stays no event.

The sentences are from corpus day files outside the event gold's days and the excluded list
(AU-2020-MAR-12, DJ-2020-MAR-16, PK-2020-MAR-14)."""

from __future__ import annotations

from hindi_events import article_events, target_names
from khabar.model import Event


def emergencies(evs: list[Event]) -> list[Event]:
    return [e for e in evs if e.type == "COERCE" and e.mode == "emergency"]


def test_a_state_declaring_an_epidemic_binds_its_public() -> None:
    art, evs = article_events("हरियाणा सरकार ने कोरोना को महामारी घोषित कर दिया है ।", "2020-03-12")
    [ev] = emergencies(evs)
    assert target_names(art, ev) == ["public of Haryana"]
    assert not any(a.text == "कोरोना" for a in ev.arguments if a.role == "target")


def test_a_national_emergency_binds_the_country() -> None:
    art, evs = article_events(
        "अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने शुक्रवार को कोरोना वायरस के तेजी से बढ़ते प्रभाव को"
        " देखते हुए देश में संक्रामक रोग राष्ट्रीय आपातकाल घोषित कर दिया ।",
        "2020-03-14",
    )
    [ev] = emergencies(evs)
    assert target_names(art, ev) == ["public of the United States"]  # article: nm4


def test_a_world_body_rating_the_disease_stays_no_act() -> None:
    # negative: no government, no powers over a territory, no event and so no public
    _, evs = article_events(
        "विश्व स्वास्थ्य संगठन ने कोरोना वायरस को वैश्विक महामारी घोषित कर दिया है ।", "2020-03-12"
    )
    assert emergencies(evs) == []


def test_a_closure_keeps_its_own_target() -> None:
    # negative: a measure on things named keeps them; the public is only for no target
    art, evs = article_events(
        "उत्तर प्रदेश सरकार ने कोरोना को महामारी घोषित कर सभी स्कूलों को बंद कर दिया है ।", "2020-03-12"
    )
    [closed] = [e for e in evs if e.mode == "close"]
    assert not any(t.startswith("actor:public") for t in closed.target)


# A measure chained after a conjunctive participle ("X को A कर B कर दिया") falls on the party
# the participle's act named (corpus day files DJ-2020-ARP-28, DJ-2020-MAY-10, DH-2020-ARP-10,
# DH-2020-MAY-03).


def test_a_seal_after_marking_a_hotspot_falls_on_the_villages() -> None:
    art, evs = article_events(
        "आनन-फानन में दोनों गांवों को हॉटस्पाट के रूप में चिन्हित कर सील कर दिया गया ।", "2020-04-28"
    )
    [seal] = [e for e in evs if e.mode == "seal"]
    assert [a.text for a in seal.arguments if a.role == "target"] == ["दोनों गांवों"]
    assert target_names(art, seal) == ["both villages"]


def test_a_zone_after_a_seal_falls_on_the_sector() -> None:
    art, evs = article_events(
        "रिपोर्ट आने के बाद पूरे सेक्टर को सील करके कंटेनमेंट जोन बना दिया गया ।", "2020-05-10"
    )
    [zone] = [e for e in evs if e.trigger == "जोन बना"]
    assert [a.text for a in zone.arguments if a.role == "target"] == ["पूरे सेक्टर"]


def test_cases_filed_after_arrests_fall_on_those_arrested() -> None:
    art, evs = article_events("जिले में 149 लोगों को गिरफ्तार कर सात मुकदमे दर्ज किए गए ।", "2020-04-10")
    [charge] = [e for e in evs if e.mode == "charge"]
    assert target_names(art, charge) == ["149 people"]


def test_the_later_act_with_its_own_object_keeps_it() -> None:
    # negative: "कोविड-19 के प्रसार को" is the stopping's own phrase, not the building sealed
    _, evs = article_events(
        "जिला मजिस्ट्रेट ने कहा कि प्रशासन ने इमारत को सील करके कोविड-19 के प्रसार को रोक दिया ।",
        "2020-05-03",
    )
    later = [e for e in evs if e.trigger_start > evs[0].trigger_start]
    assert all(not any(a.text == "इमारत" for a in e.arguments if a.role == "target") for e in later)


def test_acts_joined_by_and_are_left_alone() -> None:
    # negative: "और" opens a clause of its own; no participle chains the two acts
    _, evs = article_events(
        "पुलिस ने मोहल्ला सील कर दिया है और आवाजाही पर पाबंदी लगा दी है ।", "2020-04-19"
    )
    [ban] = [e for e in evs if e.mode == "ban"]
    assert not any(a.text == "मोहल्ला" for a in ban.arguments if a.role == "target")

"""Permissions stated as a rule (issue 13, round ev117): "… को … की अनुमति/इजाजत होगी", "… को
छूट रहेगी", the positive twin of a permission withheld. Granted to some only ("… को ही", "केवल …")
it is no easing and, as before the round, no event (read as a restriction it cost a report-only
set a false positive); granted outright it is an easing (CONCEDE) of the authority the sentence
names as its agent, and no event where the sentence names none (an item of a list of rules).
Shops or offices that will
open or stay open ("… दुकानें खुली रहेंगी/खुलेंगी") are an easing on the same terms; so are a
service restored ("… सेवा बहाल की जाएगी") and a green light given ("… को हरी झंडी दे दी")."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, role_names, target_names
from khabar.events.fates import tracing

events = partial(article_events, dct="2020-05-02")


def test_a_permission_an_authority_announces_is_an_easing() -> None:
    art, evs = events(
        "गृह मंत्रालय ने शुक्रवार को स्पष्ट किया कि ग्रीन जोन में नाई की दुकानों को खोलने की"
        " अनुमति होगी ।"
    )
    ev = one_event(evs, "अनुमति")
    assert (ev.type, ev.mode, ev.modality) == ("CONCEDE", "ease", "planned")
    assert role_names(art, ev, "source") == ["Ministry of Home Affairs of India"]
    art, evs = events("जिलाधिकारी ने बताया कि सभी दुकानों को सुबह सात बजे से खुलने की छूट रहेगी ।")
    ev = one_event(evs, "छूट")
    assert (ev.type, ev.mode) == ("CONCEDE", "ease")
    assert role_names(art, ev, "source") == ["District Magistrate"]
    assert target_names(art, ev) == ["all shops"]
    # "साथ ही" says also, not only (fates.only_allowed): granted outright
    _, evs = events(
        "जिलाधिकारी ने कहा कि इसके साथ ही सरकारी वाहनों को इस प्रतिबंध से छूट रहेगी ।"
    )
    ev = one_event(evs, "छूट")
    assert (ev.type, ev.mode) == ("CONCEDE", "ease")


def test_a_permission_to_some_only_is_no_easing() -> None:
    _, evs = events(
        "रेलवे ने कहा है कि वैध टिकट वाले यात्रियों को ही प्लेटफार्म पर जाने की इजाजत होगी ।"
    )
    assert not [e for e in evs if e.type == "CONCEDE" or e.mode == "restrict"]
    # an agent named, so only "केवल" keeps it from being an easing (fates.only_allowed)
    _, evs = events(
        "प्रशासन ने कहा कि सील किए गए इन मोहल्लों में केवल दूध और दवा की आपूर्ति की अनुमति होगी ।"
    )
    assert not [e for e in evs if e.type == "CONCEDE" or e.mode == "restrict"]


def test_a_permission_with_no_authority_named_or_in_a_relative_is_no_such_event() -> None:
    # an item of a list of rules: no issuer the sentence says, no event
    with tracing() as fates:
        _, evs = events("हवाई अड्डे और बस स्टैंड जाने वाले सभी प्रकार के परिवहन को छूट रहेगी ।")
    assert not [e for e in evs if e.trigger == "छूट"]
    assert "granted by nobody named" in {f.fate for f in fates}
    # a relative clause describes shops, it grants nothing
    _, evs = events("जिन दुकानों को अनुमति होगी, वे सुबह सात बजे खुलेंगी ।")
    assert not [e for e in evs if e.trigger == "अनुमति"]


def test_a_permission_withheld_is_still_a_ban() -> None:
    _, evs = events("कंटेनमेंट जोन में किसी को भी घर से निकलने की इजाजत नहीं होगी ।")
    ev = one_event(evs, "इजाजत")
    assert (ev.type, ev.mode) == ("COERCE", "ban")


def test_shops_an_authority_says_will_open_are_an_easing() -> None:
    art, evs = events("गृह मंत्रालय ने शनिवार को बताया कि ग्रामीण इलाकों में सभी दुकानें खुली रहेंगी ।")
    ev = one_event(evs, "खुली")
    assert (ev.type, ev.mode) == ("CONCEDE", "ease")
    assert role_names(art, ev, "source") == ["Ministry of Home Affairs of India"]
    art, evs = events("महाराष्ट्र सरकार ने ऐलान किया कि ग्रीन जोन में शराब की दुकानें खुलेंगी ।")
    ev = one_event(evs, "खुलेंगी")
    assert (ev.type, ev.modality) == ("CONCEDE", "planned")
    assert role_names(art, ev, "source") == ["Government of Maharashtra"]


def test_shops_open_in_a_list_shut_or_trains_leaving_are_no_easing() -> None:
    with tracing() as fates:
        _, evs = events("दवा और दूध की दुकानें खुली रहेंगी ।")  # a list's item: nobody named
    assert not [e for e in evs if e.type == "CONCEDE"]
    assert "granted by nobody named" in {f.fate for f in fates}
    _, evs = events("मुख्यमंत्री ने कहा कि शहर में बाजार भी नहीं खुलेंगे ।")
    assert not [e for e in evs if e.type == "CONCEDE"]
    _, evs = events("रेलवे ने बताया कि दिल्ली से 15 ट्रेनें खुलेंगी ।")  # trains depart
    assert not [e for e in evs if e.type == "CONCEDE"]
    _, evs = events("व्यापारियों ने बताया कि बाजार सुबह नौ बजे खुला ।")  # past: no rule
    assert not [e for e in evs if e.type == "CONCEDE"]


def test_a_service_restored_or_a_green_light_given_is_an_easing() -> None:
    _, evs = events("लॉकडाउन के बाद बंद पड़ी बस सेवा सोमवार से बहाल की जाएगी ।")
    ev = one_event(evs, "बहाल")
    assert (ev.type, ev.mode, ev.modality) == ("CONCEDE", "ease", "planned")
    art, evs = events("राज्य सरकार ने निर्माण कार्यों को भी हरी झंडी दे दी है ।")
    ev = one_event(evs, "हरी झंडी")
    assert (ev.type, ev.mode) == ("CONCEDE", "ease")
    # English since round gl1 (the naming-only glossary); the id before
    assert target_names(art, ev) == ["construction work"]


def test_a_service_not_restored_or_a_vehicle_flagged_off_is_no_easing() -> None:
    _, evs = events("शहर में ऑटो सेवा अभी बहाल नहीं हुई है ।")
    assert not [e for e in evs if e.type == "CONCEDE"]
    _, evs = events("मुख्यमंत्री ने एंबुलेंस को हरी झंडी दिखाकर रवाना किया ।")
    assert not [e for e in evs if e.type == "CONCEDE"]

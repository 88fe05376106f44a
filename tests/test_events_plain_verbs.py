"""Acts told with a plain verb and a goods object (issue 13, round ev114): asking someone for
something ("X ने Y से … मांगी"), telling someone to do in every finite form ("… रहने को कह रहे
हैं", "… करने का कहा है"), supplies sent to a country named before a bare country subject
("Y को भी X … टेबलेट भेजेगा"), a regulation brought into force with its year ("… रेगुलेशन 2020
लागू कर दिया"), a first conjunct joined by "या", and a link's headline whose verb stands before
its object."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, role_names, target_names
from khabar.events.fates import tracing

events = partial(article_events, dct="2020-04-12")


def test_asking_someone_for_something_is_a_request() -> None:
    art, evs = events("ब्राजील ने भारत से मलेरिया की दवा की 20 लाख गोलियां मांगी हैं ।")
    ev = one_event(evs, "मांगी")
    assert (ev.type, ev.mode, ev.modality) == ("REQUEST", "request", "happened")
    assert role_names(art, ev, "source") == ["Government of Brazil"]
    assert target_names(art, ev) == ["India"]
    art, evs = events("गृह मंत्रालय ने राज्य सरकारों से कई मुद्दों पर सुझाव मांगे हैं ।")
    # suggestions asked for are one multiword trigger since round ev140, with the same addressee
    assert target_names(art, one_event(evs, "सुझाव मांगे")) == ["Indian state governments"]


def test_asking_with_no_addressee_an_apology_or_an_advertisement_is_none() -> None:
    # no से-addressee: a price or a sum asked, nobody named
    _, evs = events("दुकानदार ने मास्क के दोगुने दाम मांगे ।")
    assert not [e for e in evs if e.trigger.startswith("मांग")]
    _, evs = events("मंत्री ने अपने बयान के लिए लोगों से माफी मांगी है ।")
    assert not [e for e in evs if e.type == "REQUEST"]
    _, evs = events("आयोग ने योग्य उम्मीदवारों से आवेदन मांगे हैं ।")
    assert not [e for e in evs if e.type == "REQUEST"]
    # the noun "मांग" with its light verb stays the demand it was
    _, evs = events("व्यापारियों ने सरकार से दुकानें खोलने की मांग की है ।")
    assert one_event(evs, "मांग").type == "REQUEST"


def test_telling_to_do_in_every_finite_form_is_a_request() -> None:
    art, evs = events("जिला प्रशासन लोगों से घरों में रहने को कह रहा है ।")
    ev = one_event(evs, "को कह")
    assert (ev.type, ev.mode, ev.modality) == ("REQUEST", "tell_to", "ongoing")
    art, evs = events(
        "स्वास्थ्य विभाग की टीम ने अस्पताल प्रशासन को सभी मरीजों की निगरानी करने का कहा है ।"
    )
    ev = one_event(evs, "का कहा")
    assert ev.type == "REQUEST"
    assert target_names(art, ev) == ["hospital management"]


def test_saying_without_an_infinitive_asks_nothing() -> None:
    _, evs = events("मंत्री ने पत्रकारों को कह दिया कि स्थिति नियंत्रण में है ।")
    assert not [e for e in evs if e.type == "REQUEST"]
    _, evs = events("उन्होंने इस योजना का कहा हुआ लाभ सबको मिलेगा ।")
    assert not [e for e in evs if e.type == "REQUEST"]


def test_supplies_sent_to_a_country_named_first_are_the_bare_countrys_aid() -> None:
    art, evs = events("नेपाल को भी भारत पैरासिटामोल की 10 लाख टेबलेट भेजेगा ।")
    ev = one_event(evs, "टेबलेट")
    assert (ev.type, ev.mode, ev.modality) == ("AID", "relief", "planned")
    assert role_names(art, ev, "source") == ["Government of India"]
    assert target_names(art, ev) == ["Nepal"]
    art, evs = events("चीन ने इटली को 6.5 लाख किट भेजी हैं ।")
    assert target_names(art, one_event(evs, "किट")) == ["Italy"]


def test_samples_or_people_sent_are_no_aid_and_no_subject_follows_a_people_object() -> None:
    _, evs = events("अस्पताल ने 40 लोगों के सैंपल जांच के लिए लखनऊ भेजे हैं ।")
    assert not [e for e in evs if e.type == "AID"]
    # after a fronted को-phrase only a bare country is the subject, nothing else
    _, evs = events("यह पोर्टल जनता को अधिकारियों तक पहुंचने में मदद करेगा ।")
    assert not [e for e in evs if e.type == "AID"]


def test_a_regulation_brought_into_force_with_its_year() -> None:
    art, evs = events(
        "राज्य सरकार ने झारखंड में कोरोना वायरस रेगुलेशन 2020 लागू कर दिया है ।"
    )
    ev = one_event(evs, "रेगुलेशन")
    assert (ev.type, ev.mode, ev.modality) == ("COERCE", "rules", "happened")
    art, evs = events("सरकार ने महामारी रोग विनियमन, 2020 लागू किया है ।")
    assert one_event(evs, "विनियमन").type == "COERCE"


def test_a_regulation_in_force_or_an_act_of_law_is_no_new_measure() -> None:
    # no agent: a regulation in force; an act of law is left to the charges it brings
    _, evs = events("प्रदेश में महामारी रेगुलेशन 2020 लागू है ।")
    assert not [e for e in evs if e.trigger.startswith("रेगुलेशन")]
    _, evs = events("सरकार ने एपिडेमिक डिजीज एक्ट लागू कर दिया है ।")
    assert not [e for e in evs if e.trigger.startswith("एक्ट")]


def test_a_first_conjunct_joined_by_or_shares_the_marker() -> None:
    # "मजदूर या छात्रों को": to whom the traders hand it out, not who hands it out
    art, evs = events("दुकानदार मजदूर या छात्रों को राशन बांट रहे हैं ।")
    assert role_names(art, one_event(evs, "राशन"), "source") == ["traders"]
    # "या तो": either … or, the subject stays
    art, evs = events(
        "केंद्र सरकार या तो उन्हीं यात्रियों को हवाई यात्रा करने की अनुमति देगी ।"
    )
    assert role_names(art, one_event(evs, "अनुमति"), "source") == ["Government of India"]


def test_a_links_headline_with_its_verb_before_the_object_is_a_heading() -> None:
    text = (
        "इसे भी पढ़ें : राजस्थान में बढ़ रहे हैं मरीज, मुख्यमंत्री गहलोत ने एनजीओ से मांगी मदद\n"
        "राजस्थान में मरीजों की संख्या बढ़कर 50 हो गई है ।"
    )
    with tracing() as seen:
        _, evs = events(text)
    assert not [e for e in evs if e.type == "REQUEST"]
    assert {f.fate for f in seen if f.trigger == "मांगी"} == {"heading"}
    # in body text, the object before the verb, the request stays
    _, evs = events("मुख्यमंत्री गहलोत ने एनजीओ से मदद मांगी है ।")
    assert one_event(evs, "मदद मांगी").type == "REQUEST"

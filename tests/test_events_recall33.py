"""Issue 13, round ev130: kinds of core events missed on the unseen tuning sets (Uf, Uh, Ug) that
recur on other allowed corpus text:

- an obligation told ("मंत्री ने कहा कि … सभी यात्रियों को … संपर्क में होना चाहिए"): the
  को-dative the "चाहिए" binds is whom the speaker urges, a REQUEST to it; a generic dative ("एक
  इलाके के लोगों को …"), a participle's object and a passive ("… किया जाना चाहिए") name nobody;
- a team formed ("भारतीय रेल रैपिड रिस्पांस टीम का गठन करेगा", "35 विशेष टीमें गठित कर दी गई
  हैं"): MOBILIZE, as a team sent or deployed is; a committee formed is not;
- an act in the polite imperative inside a कि-clause ("राज्यों से कहा है कि … दल का गठन करें") is
  the request's content, not an act done;
- a payment waived ("… ने … 21 दुकानों और 12 मकानों का किराया माफ कर दिया है"): AID, only with a
  payment word; "… माफ करने की योजना" is planned;
- asked in the third person singular ("… संस्थान से कहा है कि वह … क्षमता … बढ़ाकर 125 कर दे"):
  a request, as the plural "करें" is.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-18")



def test_obligation_told_to_a_dative_is_a_request_to_it() -> None:
    art = analysed(
        "स्वास्थ्य मंत्री के के शैलजा ने कहा कि 29 फरवरी को दोहा से कोच्चि आने वाली उड़ान में "
        "यात्रा करने वाले सभी यात्रियों को स्वास्थ्य अधिकारियों के संपर्क में होना चाहिए ।"
    )
    [ev] = events_of(art, "REQUEST")
    assert ev.trigger == "कहा" and role_names(art, ev, "target")[0].startswith("all passengers")
    art = analysed("भाजपा प्रवक्ता संबित पात्रा ने कहा कि कांग्रेस को इस तरह की राजनीति बंद कर सरकार का सहयोग करना चाहिए ।")
    [ev] = events_of(art, "REQUEST")
    assert ev.target
    # the dative of a participle inside the clause is not whom it binds: the next one is
    art = analysed(
        "मंत्री हरदीप पुरी ने कहा कि 33 करोड़ लोगों को रोजगार देने वाले इस क्षेत्र के लिए भी "
        "सरकार को मदद करने पर विचार करना चाहिए ।"
    )
    [ev] = events_of(art, "REQUEST")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["सरकार"]


def test_obligation_with_nobody_bound_stays_an_opinion() -> None:
    # a generic dative: a norm for anyone
    art = analysed("अधिकारी दम्मू रवि ने कहा कि एक इलाके के लोगों को दूसरे इलाके में नहीं जाना चाहिए ।")
    assert not events_of(art, "REQUEST")
    # a passive: nobody bound
    art = analysed("मुख्यमंत्री ने कहा कि मजदूरों को घर भेजने का इंतजाम किया जाना चाहिए ।")
    assert not events_of(art, "REQUEST")
    # no dative at all
    assert not events_of(analysed("मुख्यमंत्री ने कहा कि लॉकडाउन जारी रहना चाहिए ।"), "REQUEST")


def test_team_formed_is_mobilised() -> None:
    art = analysed("कोरोना से लड़ने के लिए भारतीय रेल रैपिड रिस्पांस टीम का गठन करेगा ।")
    [ev] = events_of(art, "MOBILIZE")
    assert ev.modality == "planned"
    art = analysed(
        "केरल के रोग निरीक्षण अधिकारी के मुताबिक बर्ड फ्लू से निपटने के लिए दोनों जगहों पर 35 "
        "विशेष टीमें गठित कर दी गई हैं ।"
    )
    assert len(events_of(art, "MOBILIZE")) == 1
    # a committee is a body that decides, no force mobilised
    assert not events_of(analysed("राज्य सरकार ने एक 23 सदस्यीय कमेटी का गठन कर दिया है ।"), "MOBILIZE")


def test_act_asked_for_in_a_polite_imperative_is_not_done() -> None:
    art = analysed(
        "स्वास्थ्य मंत्रालय ने राज्यों से कहा है कि जिला स्तरों पर त्वरित प्रतिक्रिया दल का गठन करें ।"
    )
    assert [e.type for e in art.events] == ["REQUEST"]
    art = analysed("स्वास्थ्य मंत्रालय ने राज्यों से कहा है कि जिलों में पुलिस बल तैनात करें ।")
    assert [e.type for e in art.events] == ["REQUEST"]
    # the same act done, told in the past: kept
    art = analysed("जिला प्रशासन ने कहा कि जिलों में पुलिस बल तैनात किया गया है ।")
    assert events_of(art, "MOBILIZE")


def test_payment_waived_is_aid() -> None:
    art = analysed(
        "कॉम्प्लेक्स के मालिक मोहम्मद हसन ने अपने परिसर की 21 दुकानों और 12 मकानों का किराया "
        "माफ कर दिया है ।"
    )
    [ev] = events_of(art, "AID")
    assert ev.modality == "happened" and role_names(art, ev, "source")
    art = analysed("व्यापारी संघ के अध्यक्ष ने कहा कि वह एक और महीने का किराया भी माफ करने की योजना बना रहे हैं ।")
    assert all(e.modality == "planned" for e in events_of(art, "AID"))
    # asked for, not done; forgiveness is no waiver
    art = analysed("सरकार ने कहा है कि मकान मालिक किरायेदारों का किराया फिलहाल माफ कर दें ।")
    assert not events_of(art, "AID")
    assert not events_of(analysed("प्रधानमंत्री ने कहा कि मैं गरीबों से माफी मांगता हूं ।"), "AID")


def test_request_in_the_singular_subjunctive() -> None:
    art = analysed(
        "स्वास्थ्य मंत्रालय ने राष्ट्रीय कैंसर संस्थान से कहा है कि वह अपनी बिस्तर क्षमता को 25 से "
        "बढ़ाकर 125 कर दे ।"
    )
    [ev] = events_of(art, "REQUEST")
    assert ev.trigger == "कहा" and ev.target
    # a statement in the past is no request
    art = analysed("स्वास्थ्य मंत्रालय ने राष्ट्रीय कैंसर संस्थान से कहा है कि उसने क्षमता बढ़ा दी है ।")
    assert not events_of(art, "REQUEST")

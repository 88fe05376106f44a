"""Issue 13, round ty3: approvals typed CONCEDE, which type.

An approval ("मंजूरी", "हरी झंडी") whose object is aid, a hospital or a supply sent is aid granted
(AID), as the tuning pool X codes the Centre's green flag to a COVID hospital in every state; an
approval whose object is a sum or a package was AID already (round ev61). Permissions to open, to
move or to work (अनुमति/इजाजत) stay easings (CONCEDE), and so do approvals of a drug, a kit or a
trial, as pool Y codes the use of plasma therapy permitted; a permission withheld stays a ban.

Sentences are the news's own (allowed corpus day files, named by each)."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-04-10")

_APPROVALS = ("मंजूरी", "हरी झंडी", "अनुमति", "इजाजत")


def _approvals(text: str, dct: str) -> list[str]:
    art = analysed(text, dct=dct)
    return [e.type or "" for e in art.events if e.trigger.startswith(_APPROVALS)]


def test_aid_approved_is_aid() -> None:
    # AU-2020-ARP-03.txt
    text = "विश्व बैंक ने भारत के लिए एक अरब डॉलर के आपातकालीन आर्थिक सहायता को मंजूरी दी  ।"
    assert _approvals(text, "2020-04-03") == ["AID"]


def test_hospital_given_the_green_flag_is_aid() -> None:
    # DJ-2020-MAR-22.txt (pool X: AID, CONCEDE also accepted)
    text = (
        "कोरोना धीरे- धीरे पैर पसारता जा रहा है । ऐसे मे केंद्र ने जहां सभी अस्पतालों को हर स्थिति से"
        " निपटने के लिए तैयार रहने का निर्देश दिया है । वहीं हर राज्य मे कोरोना के लिए खास तौर पर तैयार"
        " अस्पताल को भी हरी झंडी दे दी है ।"
    )
    assert _approvals(text, "2020-03-22") == ["AID"]


def test_a_sending_approved_is_aid() -> None:
    # AU-2020-ARP-10.txt
    text = (
        "सूत्रों के मुताबिक, अमेरिका ने भारत से इस दवा की 48 लाख टेबलेट मांगी थीं जबकि, भारत ने 35.82"
        " लाख टेबलेट भेजने को मंजूरी दी है  ।"
    )
    assert _approvals(text, "2020-04-10") == ["AID"]


def test_package_approved_stays_aid() -> None:
    # AU-2020-ARP-09.txt (round ev61)
    text = (
        "केंद्र सरकार ने राष्ट्रीय और राज्य स्वास्थ्य प्रणालियों को मजबूत करने के उद्देश्य से केंद्र द्वारा"
        " वित्त पोषित 'भारत COVID19 आपातकालीन और स्वास्थ्य प्रणाली तैयारी पैकेज' को मंजूरी दे दी है  ।"
    )
    assert _approvals(text, "2020-04-09") == ["AID"]


def test_permission_to_open_or_move_stays_an_easing() -> None:
    # NT-2020-APR-26.txt
    text = "अलास्का ने रेस्टोरेंटों को वहीं पर भोजन करने की सुविधा शुरू करने की मंजूरी दी है ।"
    assert _approvals(text, "2020-04-26") == ["CONCEDE"]
    # DH-2020-MAY-12.txt: trains approved to run, not a supply
    text = (
        "लॉकडाउन की वजह से देश के अलग-अलग हिस्सों में फंसे प्रवासियों को घर पहुंचाने के लिए भारतीय"
        " रेलवे ने कुछ यात्री ट्रेनों के परिचालन को मंजूरी दे दी है ।"
    )
    assert _approvals(text, "2020-05-12") == ["CONCEDE"]


def test_trial_or_kit_approved_stays_an_easing() -> None:
    # NT-2020-APR-22.txt
    text = (
        "जर्मनी की सरकार ने नोवेल कोरोना वायरस (Corornavirus) की रोकथाम के लिए बनाए जा रहे वैक्सीन"
        " (Vaccine) के पहले क्लीनिकल टेस्ट को मंजूरी दे दी है ।"
    )
    assert _approvals(text, "2020-04-22") == ["CONCEDE"]
    # AU-2020-MAY-10.txt: companies allowed to make test kits
    text = "सीडीएससीओ ने अब छह अन्य कंपनियों को टेस्ट किट बनाने की मंजूरी दी हैं ।"
    assert _approvals(text, "2020-05-10") == ["CONCEDE"]


def test_permission_withheld_stays_a_ban() -> None:
    # DJ-2020-MAR-16.txt
    text = (
        "- मध्य प्रदेश के उज्जैन के महाकालेश्वर मंदिर की 'भस्मारती' में भक्तों को 31 मार्च तक शामिल"
        " होने की अनुमति नहीं दी जाएगी ।"
    )
    assert _approvals(text, "2020-03-16") == ["COERCE"]

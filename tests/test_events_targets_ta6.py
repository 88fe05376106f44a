"""Issue 13, round ta6: whom a deployment or a permission is for when a purpose clause says it
carries them (``possessors.carried_people``).

"… फंसे भारतीय नागरिकों को वापस लाने के लिए नौसेना के तीन युद्धपोत को रवाना किया गया है" sends the
ships for the stranded Indians; "… फंसे प्रवासियों को घर पहुंचाने के लिए … रेलवे ने कुछ यात्री
ट्रेनों के परिचालन को मंजूरी दे दी है" permits the trains for the migrants, not for the trains.
Only an infinitive of carrying and a phrase that names people are read: a purpose that names a
thing ("लॉकडाउन को लागू कराने के लिए") is no party.

Sentences are the news's own (allowed corpus day files)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-05-07")


def _target_text(ev) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text for a in ev.arguments if a.role == "target"]


def test_warships_sent_to_bring_back_the_stranded_are_for_them() -> None:
    # AU-2020-MAY-07 (allowed corpus): a MOBILIZE with no target before
    art = analysed(
        "इससे पहले नौसेना के अधिकारियों ने कहा था कि मालदीव और संयुक्त अरब अमीरात (यूएई) में फंसे"
        " भारतीय नागरिकों को वापस लाने के लिए नौसेना के तीन युद्धपोत को रवाना किया गया है ।"
    )
    [ev] = events_of(art, "MOBILIZE")
    assert ev.target
    assert any("भारतीय नागरिकों" in t for t in _target_text(ev))


def test_an_aircraft_sent_for_indians_in_iran() -> None:
    # PK-2020-MAR-09 (allowed corpus): planned, the people of the purpose clause
    art = analysed(
        "आधिकारिक सूत्रों के अनुसार, भारत ने कहा है कि वह ईरान में फंसे भारतीय नागरिकों को वापस"
        " लाने के लिए सोमवार की रात वहां एक सैन्य परिवहन विमान भेजेगा.",
        dct="2020-03-09",
    )
    [ev] = events_of(art, "MOBILIZE")
    assert any("भारतीय नागरिकों" in t for t in _target_text(ev))


def test_trains_permitted_to_take_migrants_home_are_for_the_migrants() -> None:
    # DH-2020-MAY-12 (allowed corpus): the trains were the target before
    art = analysed(
        "लॉकडाउन की वजह से देश के अलग-अलग हिस्सों में फंसे प्रवासियों को घर पहुंचाने के लिए भारतीय"
        " रेलवे ने कुछ यात्री ट्रेनों के परिचालन को मंजूरी दे दी है ।",
        dct="2020-05-12",
    )
    [ev] = events_of(art, "CONCEDE")
    texts = _target_text(ev)
    assert any("प्रवासियों" in t for t in texts)
    assert not any("ट्रेनों" in t for t in texts)


def test_a_purpose_that_names_no_people_gives_no_target() -> None:
    # negative: a purpose with a thing and no carrying verb ("लागू कराने") names nobody
    art = analysed(
        "लॉकडाउन को सख्ती से लागू कराने के लिए जिले में पुलिस बल तैनात किया गया है ।",
        dct="2020-04-10",
    )
    for ev in events_of(art, "MOBILIZE"):
        assert not any("लॉकडाउन" in t for t in _target_text(ev))


def test_aid_keeps_its_own_purpose_reading() -> None:
    # unchanged: an evacuation's purpose object is aid's own rule (round ev190)
    art = analysed(
        "हालांकि भारत सरकार ने इन छात्रों को वापस लाने के लिए फ्लाइट भेज दी हैं ।",
        dct="2020-03-18",
    )
    [ev] = events_of(art, "AID")
    assert ev.target

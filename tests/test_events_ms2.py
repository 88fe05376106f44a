"""Round ms2 (issue 13): the modality of an act named as the purpose of a plan ("<act> देने के
लिए … जारी किए जाएंगे": planned, clause_plans), and what stays as it was read (a purpose told
with what was done, a commitment, a request's content)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, one_event

analysed = analyser("2020-04-29")


def _of(art: Article, kind: str) -> list[Event]:
    return [e for e in art.events if e.type == kind]


def test_relaxations_a_future_guideline_is_for_are_planned() -> None:
    # AU-2020-ARP-29.txt (the tuning set Vi's core CONCEDE, planned)
    art = analysed(
        "इसके साथ ही गृह मंत्रालय ने कहा कि कई जिलों में चार मई से कुछ राहतें देने के लिए"
        " कोरोना वायरस के खिलाफ जंग को लेकर नए दिशानिर्देश जारी किए जाएंगे  ।"
    )
    ev = one_event(_of(art, "CONCEDE"), "राहत")
    assert ev.modality == "planned"


def test_awareness_a_campaign_to_come_is_for_is_planned() -> None:
    # PK-2020-MAR-09.txt
    art = analysed(
        "केजरीवाल ने कहा कि कोरोना वायरस फैलने से रोकने के लिए एहतियाती कदमों के बारे में लोगों"
        " को जागरुक करने के लिए एक अभियान चलाया जाएगा.",
        dct="2020-03-09",
    )
    ev = one_event(_of(art, "REQUEST"), "जागरुक")
    assert ev.modality == "planned"


def test_aid_teams_will_be_formed_for_is_planned() -> None:
    # written: the main verb a future passive of its own
    art = analysed("जिलाधिकारी ने कहा कि गरीबों को राशन देने के लिए पंचायत स्तर पर टीमें बनाई जाएंगी ।")
    ev = one_event(_of(art, "AID"), "राशन")
    assert ev.modality == "planned"


def test_a_purpose_told_with_steps_taken_stays_happened() -> None:
    # PK-2020-MAR-28.txt: the steps taken are the aid; the perfect main verb keeps it happened
    art = analysed(
        "केंद्र सरकार की ओर से लोगों को राहत देने के लिए कई तरह के कदम भी उठाये गये हैं.",
        dct="2020-03-28",
    )
    ev = one_event(_of(art, "AID"), "राहत")
    assert ev.modality == "happened"


def test_a_purpose_before_a_perfect_in_another_clause_stays_happened() -> None:
    # written: a future further on, past a comma, is another clause's
    art = analysed(
        "मुख्यमंत्री ने कहा कि गरीबों को राशन देने के लिए सरकार ने पांच करोड़ रुपये जारी किए हैं"
        " , अगले हफ्ते समीक्षा होगी ।"
    )
    ev = one_event(_of(art, "AID"), "राशन")
    assert ev.modality == "happened"


def test_a_request_for_a_measure_is_not_made_planned() -> None:
    # AU-2020-MAR-21.txt: the curfew is what the prime minister asks for ("… के लिए कहा है")
    art = analysed(
        "भारत में इसके बढ़ते खतरे को देखते हुए प्रधानमंत्री मोदी ने पूरे देश से रविवार को सुबह सात"
        " से रात के नौ बजे तक 14 घंटे का जनता कर्फ्यू लागू करने के लिए कहा है ।",
        dct="2020-03-21",
    )
    assert all(e.modality != "planned" for e in art.events)


def test_people_who_will_stay_in_quarantine_are_planned() -> None:
    # AU-2020-MAR-22.txt (the tuning set Vu's core COERCE, planned)
    art = analysed(
        "जम्मू-कश्मीर प्रशासन ने कहा कि विदेश यात्रा करने वाले सभी कर्मचारी और उनके रिश्तेदार काम पर"
        " आने से पहले पृथक केंद्रों में रहेंगे ।",
        dct="2020-03-22",
    )
    ev = one_event(_of(art, "COERCE"), "पृथक")
    assert ev.modality == "planned"


def test_a_closure_a_speaker_says_stays_is_still_happened() -> None:
    # the dev gold's "… ने कहा कि … सभी मॉल बंद रहेंगे" (happened): only people kept are planned
    art = analysed(
        "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने शुक्रवार को कहा कि राष्ट्रीय राजधानी में सभी मॉल"
        " बंद रहेंगे ।",
        dct="2020-03-20",
    )
    ev = one_event(_of(art, "COERCE"), "बंद")
    assert ev.modality == "happened"


def test_people_kept_in_quarantine_already_stay_happened() -> None:
    # written: the perfect passive of a quarantine made
    art = analysed(
        "जिलाधिकारी ने बताया कि विदेश से लौटे सभी 12 लोगों को पृथक केंद्रों में रखा गया है ।",
        dct="2020-03-22",
    )
    ev = one_event(_of(art, "COERCE"), "पृथक")
    assert ev.modality == "happened"

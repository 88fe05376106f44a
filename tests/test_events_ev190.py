"""Issue 13, round ev190: acts the lexicon did not know (no trigger in their sentence).

Mined from the sentences of the 280 allowed corpus day files that got no candidate trigger at all
(the extractor's trace), ranked by noun + light verb and clause-final verb, judged by hand:

- a vehicle sent or run to bring people back is an evacuation (AID): the purpose phrase "… को
  (वापस) लाने/निकालने के लिए" with a sending verb a few words on and a plane, flight or ship
  between (``kind_rules.carried``); an errand sent with the same purpose is none;
- a zone designated with the verb of marking, "X को हॉटस्पॉट के तौर पर/के रूप में चिह्नित किया",
  is the restriction "हॉटस्पॉट घोषित" names (COERCE); people or buildings marked are not.

Sentences are the news's own (allowed corpus day files)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-18")


def test_a_flight_sent_to_bring_students_back_is_an_evacuation() -> None:
    # PK-2020-MAR-18 (allowed corpus): a core miss of the rv28 audit
    art = analysed("हालांकि भारत सरकार ने इन छात्रों को वापस लाने के लिए फ्लाइट भेज दी हैं ।")
    [ev] = events_of(art, "AID")
    assert ev.mode == "evacuate"
    assert ev.source == ["actor:Government of India"]
    assert ev.target and ev.modality == "happened"


def test_a_plane_that_will_leave_to_bring_the_stranded_is_a_planned_evacuation() -> None:
    # DJ-2020-MAR-14 (allowed corpus): the verb seven words after the purpose phrase
    art = analysed(
        "चीन के बाहर कोरोना वायरस से सबसे ज्यादा प्रभावित यूरोपीय देश इटली में फंसे भारतीयों को लाने"
        " के लिए एयर इंडिया का विमान आज दोपहर बाद रवाना होगा ।",
        dct="2020-03-14",
    )
    [ev] = events_of(art, "AID")
    assert ev.mode == "evacuate" and ev.modality == "planned"


def test_flights_run_to_bring_people_back_are_an_evacuation() -> None:
    # AU-2020-MAY-12 (allowed corpus): the participle संचालित with कर
    art = analysed(
        "वहीं, सात मई से 14 मई के बीच इस मिशन के पहले चरण में एयर इंडिया 12 देशों में फंसे करीब 15"
        " हजार भारतीयों को वापस लाने के लिए 64 उड़ानों को संचालित कर रही है ।",
        dct="2020-05-12",
    )
    [ev] = events_of(art, "AID")
    assert ev.mode == "evacuate" and ev.modality == "ongoing"
    assert ev.source == ["kb:org/air-india"]


def test_an_errand_with_the_same_purpose_is_no_evacuation() -> None:
    # PK-2020-APR-11 (allowed corpus): a wife sent to fetch rations, no vehicle between
    art = analysed(
        "चार अप्रैल को घर का राशन लाने के लिए पत्नी को महिला मंडल डीलर के पास भेजा ।",
        dct="2020-04-11",
    )
    assert not [e for e in art.events if e.mode == "evacuate"]


def test_districts_marked_as_hotspots_are_restricted() -> None:
    # AU-2020-ARP-16 (allowed corpus): "के तौर पर चिह्नित" beside "हॉटस्पॉट घोषित"
    art = analysed(
        "केंद्र सरकार द्वारा देश के 170 जिलों को हॉटस्पॉट के तौर पर चिह्नित किया है ।",
        dct="2020-04-16",
    )
    [ev] = events_of(art, "COERCE")
    assert ev.mode == "restrict"
    assert ev.source == ["actor:Government of India"]
    assert ev.target


def test_the_other_spelling_of_the_marking_verb_reads_the_same() -> None:
    # DJ-2020-ARP-28 (allowed corpus): चिन्हित, and the seal after it is an event of its own
    art = analysed(
        "आनन-फानन में दोनों गांवों को हॉटस्पाट के रूप में चिन्हित कर सील कर दिया गया ।",
        dct="2020-04-28",
    )
    assert {e.mode for e in events_of(art, "COERCE")} == {"restrict", "seal"}


def test_people_or_buildings_marked_are_no_zone() -> None:
    # PK-2020-MAR-27, AU-2020-MAR-16 (allowed corpus): traced people, buildings listed
    for text in (
        "साथ ही जिले में इस दौरान विदेशों से आये 192 लोगों को चिह्नित किया गया ।",
        "आइसोलेशन के लिए भवनों को चिह्नित किया जाएगा ।",
    ):
        assert not [e for e in analysed(text).events if e.mode == "restrict"], text


def test_hotspots_made_in_a_background_recap_stay_out() -> None:
    # AU-2020-ARP-26 (allowed corpus): tried and not kept (the tuning set Ul leaves it uncoded)
    art = analysed(
        "बता दें कि उन जिलों को हॉटस्पॉट बनाया गया था जहां कोरोना के कई मामले सामने आए थे ।",
        dct="2020-04-26",
    )
    assert not [e for e in art.events if e.mode == "restrict"]

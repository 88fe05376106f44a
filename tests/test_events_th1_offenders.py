"""Round th1 (issue 13): a punishment promised to whoever does something ("… निकलने वाले को
गिरफ्तार किया जाएगा") is the authority's warning, THREATEN, as the event gold codes it; an arrest
to come of people in hand, or one made, stays the COERCE it is."""

from __future__ import annotations

from hindi_events import article_events


def _events(text: str) -> list[tuple[str, str, str, str]]:
    _, evs = article_events(text, "2020-04-09")
    return [(e.type, e.mode, e.modality, e.trigger) for e in evs]


def test_relative_offender_arrest_is_a_warning() -> None:
    # DJ-2020-ARP-09.txt (allowed): "इमरजेंसी हालत के बगैर घर से निकलने वाले को गिरफ्तार किया जाएगा ।"
    evs = _events("गुड़गांव पुलिस ने कहा कि इमरजेंसी हालत के बगैर घर से निकलने वाले को गिरफ्तार किया जाएगा ।")
    assert ("THREATEN", "threaten", "happened", "गिरफ्तार") in evs
    assert not any(t == "COERCE" for t, *_ in evs)


def test_relative_offender_jail_and_fine_are_warnings() -> None:
    jail = _events("जिलाधिकारी ने कहा कि लॉकडाउन का उल्लंघन करने वालों को जेल भेजा जाएगा ।")
    assert ("THREATEN", "threaten", "happened", "जेल") in jail
    fine = _events("जिलाधिकारी ने कहा कि लॉकडाउन का उल्लंघन करने वालों पर जुर्माना लगाया जाएगा ।")
    assert ("THREATEN", "threaten", "happened", "जुर्माना") in fine


def test_arrest_to_come_of_accused_stays_planned_coerce() -> None:
    evs = _events("पुलिस ने कहा कि दोनों आरोपियों को गिरफ्तार किया जाएगा ।")
    assert ("COERCE", "arrest", "planned", "गिरफ्तार") in evs
    assert not any(t == "THREATEN" for t, *_ in evs)


def test_counted_offenders_to_be_arrested_stay_planned_coerce() -> None:
    evs = _events("पुलिस ने कहा कि लॉकडाउन का उल्लंघन करने वाले 20 लोगों को गिरफ्तार किया जाएगा ।")
    assert not any(t == "THREATEN" for t, *_ in evs)


def test_arrest_made_of_offenders_stays_happened_coerce() -> None:
    evs = _events("पुलिस ने लॉकडाउन का उल्लंघन करने वाले 20 लोगों को गिरफ्तार किया ।")
    assert ("COERCE", "arrest", "happened", "गिरफ्तार") in evs


def test_quarantine_of_arrivals_is_no_punishment() -> None:
    evs = _events("जिलाधिकारी ने कहा कि विदेश से आने वाले लोगों को क्वारंटीन किया जाएगा ।")
    assert not any(t == "THREATEN" for t, *_ in evs)
    assert any(t == "COERCE" for t, *_ in evs)

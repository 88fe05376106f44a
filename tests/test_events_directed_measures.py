"""Issue 13, round ev106: a measure an authority says in the passive subjunctive ("जिलाधिकारी ने
कहा कि … बंद किए जाएं") naming nobody to carry it out is the measure, the speaker's; one asked of
someone named, or said by a speaker of no authority, stays a request. Sentences written like the
news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-18")


def _acts(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.type, e.mode, e.modality) for e in analysed(text).events]


def test_an_officials_measure_in_the_subjunctive_is_the_measure() -> None:
    art = analysed("जिलाधिकारी ने कहा कि जिले के सभी सिनेमा हॉल और जिम 31 मार्च तक बंद किए जाएं ।")
    [ev] = art.events
    assert (ev.type, ev.mode, ev.modality) == ("COERCE", "close", "happened")  # was a REQUEST
    assert role_names(art, ev, "source") == ["District Magistrate"]
    assert role_names(art, ev, "target") == ["all cinemas and gyms"]
    # a police officer's and a minister's alike
    assert _acts("पुलिस अधीक्षक ने कहा कि बाहर से आए सभी लोगों को क्वारंटाइन किया जाए ।") == [
        ("COERCE", "quarantine", "happened")
    ]
    assert _acts("शिक्षा मंत्री ने कहा कि जिले के सभी कोचिंग संस्थान 30 अप्रैल तक बंद किए जाएं ।") == [
        ("COERCE", "close", "happened")
    ]


def test_a_measure_asked_of_someone_named_stays_the_request_to_them() -> None:
    art = analysed("मुख्य सचिव ने सभी जिलाधिकारियों से कहा कि साप्ताहिक बाजार बंद कराए जाएं ।")
    [ev] = art.events
    assert (ev.type, ev.mode) == ("REQUEST", "tell_to")
    assert role_names(art, ev, "target") == ["all district magistrates"]


def test_a_speaker_of_no_authority_asks_and_an_appeal_stays_an_appeal() -> None:
    # doctors (a health group, no office) only ask
    assert _acts("डॉक्टरों ने कहा कि सभी धार्मिक आयोजन रद्द किए जाएं ।") == [
        ("REQUEST", "tell_to", "happened")
    ]
    # an official's appeal is an appeal, whatever it asks for
    acts = _acts("जिलाधिकारी ने अपील की कि सभी शादी समारोह 31 मार्च तक टाल दिए जाएं ।")
    assert ("COERCE", "postpone", "happened") not in acts
    assert all(kind != "COERCE" or modality != "happened" for kind, _, modality in acts)
    # a measure taken, told in a कि-clause, is the measure as before
    acts = _acts("जिलाधिकारी ने कहा कि जिले के सभी सिनेमा हॉल बंद कर दिए गए हैं ।")
    assert acts == [("COERCE", "close", "happened")]

"""Issue 13, round ev106: a light verb's absolutive (-कर) before the clause's main act names the
trigger's act as "कर" does for कर ("… बैठक बुलाकर … मंथन किया", "… निर्देश देकर …"). Sentences
written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-16")


def test_a_meeting_called_in_the_absolutive_is_held_by_its_caller() -> None:
    art = analysed("मुख्यमंत्री ने आपात बैठक बुलाकर हालात की समीक्षा की ।")
    [ev] = [e for e in art.events if e.type == "CONSULT"]  # was none
    assert (ev.mode, ev.modality) == ("meeting", "happened")
    assert role_names(art, ev, "source") == ["chief minister"]
    # the finite form, and the absolutive of कर, as before
    for text in (
        "मुख्यमंत्री ने आपात बैठक बुलाई ।",
        "मुख्यमंत्री ने आपात बैठक कर हालात की समीक्षा की ।",
    ):
        assert [e.mode for e in analysed(text).events if e.type == "CONSULT"] == ["meeting"]


def test_an_order_given_in_the_absolutive_is_the_order() -> None:
    art = analysed("पुलिस ने दुकानदारों को निर्देश देकर सभी दुकानें बंद करा दीं ।")
    orders = [e for e in art.events if (e.type, e.mode) == ("COERCE", "order")]
    assert [role_names(art, e, "target") for e in orders] == [["traders"]]


def test_an_absolutive_of_no_trigger_makes_no_event() -> None:
    # wearing masks, stressing a point: no act between actors
    art = analysed("लोग मास्क लगाकर ही घर से निकलें, उन्होंने इस बात पर जोर देकर कहा ।")
    assert [e for e in art.events if e.type in {"CONSULT", "COERCE"}] == []
    # someone called to a place is no meeting
    art = analysed("पुलिस ने युवक को थाने बुलाकर पूछताछ की ।")
    assert [e for e in art.events if e.type == "CONSULT"] == []

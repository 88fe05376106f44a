"""Issue 13, round ev108: act-naming constructions of the corpus's missed sentences, counted by the
allowed day files they occur in (`tools/find_missed_acts.py --any`, `tools/mine_light_verbs.py
--sentences`). A curfew extended ("कर्फ्यू को … तक बढ़ा दिया") is a curfew imposed for longer, as a
lockdown extended is; a team sent to a place ("… की एक टीम को … भेजा गया है") is mobilised, and one
sent to a foreign country is help sent there (AID). Sentences written like the news of
corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-18")


def test_a_curfew_extended_is_a_curfew() -> None:
    art = analysed("पंजाब सरकार ने राज्य में कर्फ्यू को 14 अप्रैल तक बढ़ा दिया है ।")
    [ev] = art.events  # was none
    assert (ev.type, ev.mode) == ("COERCE", "curfew")
    assert role_names(art, ev, "source") == ["Government of Punjab"]
    art = analysed("राजस्थान में कर्फ्यू को 31 मार्च तक बढ़ा दिया गया है ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "curfew")]
    # a curfew that grows no longer by anybody's act, and one only talked of
    for text in (
        "कर्फ्यू के चलते बाजारों में सन्नाटा बढ़ गया है ।",
        "कर्फ्यू बढ़ाने को लेकर अभी कोई फैसला नहीं हुआ है ।",
    ):
        assert [e for e in analysed(text).events if e.mode == "curfew"] == [], text


def test_a_team_sent_is_mobilised() -> None:
    art = analysed("स्वास्थ्य मंत्रालय ने कहा कि विशेषज्ञों की पांच टीमों को तीन राज्यों में भेजा गया है ।")
    [ev] = art.events  # was none
    assert (ev.type, ev.mode, ev.modality) == ("MOBILIZE", "mobilize", "happened")
    assert role_names(art, ev, "source") == ["Ministry of Health and Family Welfare of India"]
    # sent by nobody named: the authority of the place, inferred
    art = analysed("मेरठ में चिकित्सकों की एक टीम को भेजा गया है ।")
    [ev] = art.events
    assert ev.type == "MOBILIZE"
    assert any(a.role == "source_inferred" for a in ev.arguments)


def test_a_team_sent_abroad_is_aid() -> None:
    art = analysed("विदेश मंत्रालय ने कहा कि भारत डॉक्टरों की एक टीम को ईरान भेजेगा ।")
    [ev] = art.events
    assert (ev.type, ev.modality) == ("AID", "planned")
    # within the country it stays a deployment
    art = analysed("केंद्र ने डॉक्टरों की एक टीम को केरल भेजा है ।")
    assert [e.type for e in art.events] == ["MOBILIZE"]


def test_what_a_team_sends_is_no_team_sent() -> None:
    for text in (
        # the team is the sender: samples, an ambulance
        "स्वास्थ्य विभाग की टीम ने दोनों के सैंपल जांच के लिए लखनऊ भेजे हैं ।",
        "टीम ने उसके गांव एंबुलेंस भेजी थी ।",
        # a team that arrived, or one only talked of
        "टीम के सदस्यों ने बताया कि नमूने भेजे जा चुके हैं ।",
    ):
        assert [e for e in analysed(text).events if e.type in {"MOBILIZE", "AID"}] == [], text

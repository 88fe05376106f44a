"""Measures extended and measures written "लागू" (issue 13, round ev164): a lockdown, a curfew or
"धारा 144" extended with "बढ़ाकर … कर दिया" or past a time phrase is its issuer's COERCE act, the
new end date no date of the act; "लागू कर दी है" with its subject dropped is a perfect; "बंद लागू
कर दिया" puts a shutdown (a lockdown) in force. Never a count grown nor a deadline or a number
raised, and never a state ("बंद लागू है")."""

from __future__ import annotations

from hindi_events import article_events, role_names
from khabar.model import Event


def measures(text: str, dct: str = "2020-04-10") -> list[tuple[Event, list[str]]]:
    """The article's COERCE curfews and lockdowns, each with its sources' English names."""
    art, evs = article_events(text, dct)
    return [
        (e, role_names(art, e, "source"))
        for e in evs
        if e.type == "COERCE" and e.mode in {"curfew", "lockdown"}
    ]


def test_an_absolutive_extension_past_its_from_date() -> None:
    # NT-2020-APR-05 (allowed corpus day file; tuning set Uf codes it COERCE, core)
    [(ev, source)] = measures(
        "उधर नोएडा में कोरोना वायरस के मद्देनजर लगाई गई धारा 144 को 5 अप्रैल से बढ़ाकर 14 अप्रैल"
        " तक कर दिया गया है ।",
        "2020-04-05",
    )
    assert ev.mode == "curfew" and ev.modality == "happened"
    assert source and ev.date is None  # 14 April is when it ends, not when it was extended


def test_the_period_extended_with_the_absolutive() -> None:
    # AU-2020-ARP-17 (allowed corpus day file)
    [(ev, source)] = measures(
        "देश में कोरोना के प्रसार को रोकने के लिए लॉकडाउन की अवधि को बढ़ाकर तीन मई तक कर दिया"
        " गया है ।",
        "2020-04-17",
    )
    assert ev.mode == "lockdown" and source == ["Government of India"]


def test_a_time_phrase_between_the_object_and_its_verb() -> None:
    # AU-2020-ARP-13 and AU-2020-MAY-01 (allowed corpus day files): "30 अप्रैल तक के लिए", "अब
    # दो सप्ताह के लिए और" fill the few words a light verb may stand away
    [(ev, _)] = measures(
        "अभी तक सात राज्यों में लॉकडाउन को 30 अप्रैल तक के लिए बढ़ा दिया गया है ।", "2020-04-13"
    )
    assert ev.mode == "lockdown" and ev.modality == "happened"
    found = measures(
        "केंद्रीय गृह मंत्रालय ने आदेश जारी किया है चार मई को खुलने वाले लॉकडाउन को अब दो सप्ताह"
        " के लिए और बढ़ा दिया है ।",
        "2020-05-01",
    )
    assert [s for _, s in found] == [["Ministry of Home Affairs of India"]]


def test_the_new_end_is_no_date_of_the_act() -> None:
    # PK-2020-APR-22 (allowed corpus day file): "1 जून" without तक was taken as the act's day
    [(ev, _)] = measures(
        "इस बीच सिंगापुर से खबर है कि वहां लॉकडाउन को बढ़ाकर 1 जून कर दिया गया है.", "2020-04-22"
    )
    assert ev.date is None


def test_put_in_force_with_the_subject_dropped() -> None:
    # PK-2020-MAR-24 (allowed corpus day file; tuning set Un codes it COERCE, core)
    found = measures(
        "झारखंड सरकार ने सख्ती बढ़ायी है. पूरे राज्य में धारा 144 लागू कर दी है.", "2020-03-24"
    )
    assert [(e.mode, s) for e, s in found] == [("curfew", ["Government of Jharkhand"])]


def test_a_shutdown_put_in_force_is_a_lockdown() -> None:
    # NT-2020-MAR-30 (allowed corpus day file; tuning set Uj codes it COERCE, core)
    found = measures(
        "कोरोना वायरस संक्रमण को फैलने से रोकने के लिए रूस की राजधानी मॉस्को में सोमवार से बंद"
        " लागू कर दिया ।",
        "2020-03-30",
    )
    assert [(e.mode, e.date) for e, _ in found] == [("lockdown", "2020-03-30")]


def test_no_count_deadline_number_or_state() -> None:
    # a count grown, a deadline and a capacity raised (NT-2020-MAR-24, PK-2020-MAR-08), a
    # shutdown's state, and a decision only commented on (AU-2020-MAY-03)
    for text in (
        "उत्तर प्रदेश में संक्रमित मामले बढ़कर 500 हो गए हैं ।",
        "- आधार पैन लिंक करने की आखिरी तारीख बढ़ाकर 30 जून 2020 तक कर दी गई है ।",
        "मंत्रालय ने कहा है कि वह अपनी पृथक बिस्तर क्षमता को वर्तमान में 25 सीटों से बढ़ाकर 125"
        " कर दे.",
        "अधिकारी ने बताया कि शहर में पूर्ण बंद लागू है ।",
        "पॉल ने बंद को बढ़ाकर 17 मई तक करने के फैसले पर कहा कि देश को पिछले लॉकडाउन से फायदा"
        " हुआ ।",
    ):
        assert measures(text) == [], text

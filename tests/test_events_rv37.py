"""Issue 13, round rv37: an eleventh unbiased recall audit and the kinds of miss it fixed.

250 new body sentences drawn at random (``random.Random(3711)``; the 2,550 of the earlier draws
left out) from the allowed corpus day files were judged by hand. Fixed in general form: people
kept under "observation", the English loan (ऑब्जर्वेशन and its spellings), are kept under watch
as with निगरानी; and a measure said to stay until a date with the date between the noun and its
verb ("लॉकडाउन अब तीन मई तक रहेगा") is read as the date before the noun was. Sentences are the
news's own (allowed corpus day files) or written like them."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-16")


def test_people_kept_under_observation_are_quarantined() -> None:
    # DJ-2020-MAR-16 (allowed corpus day file; the rv37 draw's core miss, typed with a joiner)
    art = analysed(
        "लव अग्रवाल ने कहा, ईरान से चौथे बैच के रूप में 53 लोगों को लाया गया है । जैसलमेर में सेना"
        " के ऑर्ब्\u200dजेवेशन में रखा गया है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert (ev.mode, ev.modality) == ("quarantine", "happened")
    # the common spelling and "पर" (NT-2020-MAR-12, DJ-2020-MAR-16)
    for text in (
        "अब तक संक्रमित पाए गए 73 लोगों के संपर्क में आए 1,500 से ज्यादा लोगों को ऑब्जर्वेशन में"
        " रखा गया है ।",
        "उनमें से 5,000 लोगों को ऑब्\u200dजवेशन पर रखा गया है ।",
    ):
        [ev] = events_of(analysed(text), "COERCE")
        assert ev.mode == "quarantine"


def test_an_observation_period_kept_by_no_one_is_no_act() -> None:
    # PK-2020-MAR-31: the watch's time completed, no रख
    art = analysed("इसमें से 327 लोगों ने अपना 14 दिनों का ऑब्जर्वेशन का समय पूरा कर लिया है ।")
    assert events_of(art, "COERCE") == []
    # a study's design named with the loan's adjective (AU-2020-ARP-18)
    study = analysed("हाइड्रोक्सीक्लोरोक्वीन की स्टडी ऑब्जरवेशनल यानी कोहर्ट है ।")
    assert study.events == []


def test_a_lockdown_said_to_stay_until_a_date_past_the_noun() -> None:
    # PK-2020-APR-17 (allowed corpus day file; the rv37 draw's core miss)
    art = analysed(
        "इसे 14 अप्रैल को खत्म होना था मगर पीएम मोदी ने ऐलान किया कि लॉकडाउन अब तीन मई तक रहेगा.",
        "2020-04-17",
    )
    [ev] = events_of(art, "COERCE")
    assert (ev.mode, ev.trigger) == ("lockdown", "लॉकडाउन")


def test_a_lockdown_that_continues_with_no_date_is_no_act() -> None:
    # a forecast with no date stays no act (PK-2020-MAY-04 has one); nor a lockdown's duration
    art = analysed("विशेषज्ञों ने कहा कि भारत में लॉकडाउन जारी रहेगा ।", "2020-05-04")
    assert events_of(art, "COERCE") == []
    spent = analysed("जितने दिन लॉकडाउन रहेगा, उतने दिन लोग घर में योग करें ।", "2020-04-21")
    assert events_of(spent, "COERCE") == []

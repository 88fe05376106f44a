"""Issue 13, round kk1: a day's "को" before "कहा" is no addressee.

"मंत्री ने सोमवार को कहा कि …" matched the request entry "को कहा" (told to, after an infinitive),
was dropped for no infinitive before it, and the plain "कहा" (whose content decides: a request
read from a कि-clause that asks, else nothing) was never tried. 98 "<time word> को कह-" on the
280 allowed corpus day files. Now the day's को is passed over after every time expression
(:func:`khabar.events.dated_said.day_before`) and the day stays free for the acts of the
कि-clause (:func:`khabar.events.dated_said.said_from`), as the "को कहा" left it. Real sentences of
the allowed files; the near-misses are the told-to "को कहा" after an infinitive and after an
addressee, which stay requests."""

from __future__ import annotations

from khabar.events.candidates import find_candidates
from khabar.events.fates import tracing
from khabar.events.lexicon import hindi_triggers

from .hindi_events import analyser, before_events, events_of, sentence_views, target_names

analysed = analyser("2020-03-28")

# AU-2020-MAR-29.txt: an opinion, no addressee
_OPINION = (
    "कांग्रेस महासचिव प्रियंका गांधी वाड्रा ने कोरोना वायरस का प्रसार रोकने के लिए किए गए लॉकडाउन"
    " के दौरान मजदूरों एवं गरीबों के अपने घरों के लिए पैदल निकलने को लेकर शनिवार को कहा कि इस"
    " स्थिति को लेकर हम सभी को शर्म आनी चाहिए ।"
)
# DH-2020-ARP-19.txt: the date in brackets after its weekday
_BRACKETED = (
    "स्वास्थ्य अधिकारियों ने रविवार (19 अप्रैल) को कहा कि यह मृतक संख्या 22 मार्च से सबसे कम दैनिक मृतक संख्या है ।"
)
# AU-2020-MAY-07.txt: the act of the कि-clause told that day
_TRAINS = "भारतीय रेलवे ने गुरुवार को कहा कि उसने 1 मई से अब तक 163 श्रमिक स्पेशल ट्रेनें चलाई हैं ।"
# NT-2020-MAR-30.txt: a day inside the कि-clause still dates its own act
_NO_PLAN = (
    "सरकार ने सोमवार को कहा कि पिछले हफ्ते मंगलवार को मध्यरात्रि से प्रभावी हुए 21 दिन के लॉकडाउन"
    " की अवधि बढ़ाने की उसकी कोई योजना नहीं है ।"
)
# AU-2020-ARP-21.txt: told to act, the infinitive before the postposition
_TOLD_TO = (
    "दूसरे राज्यों से लोगों के लौटने को लेकर चिंतित राज्य सरकार ने सभी जिला कलेक्टरों को सतर्क रहने को कहा है ।"
)
# AU-2020-MAR-05.txt: the passive told to an authority
_TOLD_BODIES = "सभी विभागों को कहा गया है कि वह इससे जुड़े मामलों को इमरजेंसी के तौर पर लें ।"


def _triggers(text: str, dct: str) -> list[str]:
    art = before_events(text, dct)
    lex = hindi_triggers()
    return [
        " ".join(sv.texts[c.first : c.last + 1])
        for sv in sentence_views(art)
        for c in find_candidates(sv, lex)
        if c.trig.type == "REQUEST"
    ]


def test_a_days_ko_opens_no_told_to() -> None:
    assert _triggers(_OPINION, "2020-03-29") == ["कहा"]
    assert _triggers(_BRACKETED, "2020-04-19") == ["कहा"]


def test_the_dated_saying_is_read_by_its_content() -> None:
    with tracing() as fates:
        art = analysed(_OPINION, "2020-03-29")
    assert events_of(art, "REQUEST") == []
    # the plain saying's own check (an opinion asks nobody), no longer "no infinitive before"
    assert [(f.trigger, f.fate) for f in fates if f.type == "REQUEST"] == [("कहा", "no target")]


def test_the_day_still_reaches_the_act_told() -> None:
    [aid] = events_of(analysed(_TRAINS, "2020-05-07"), "AID")
    assert aid.date == "2020-05-07"
    [lockdown] = events_of(analysed(_NO_PLAN, "2020-03-30"), "COERCE")
    assert lockdown.date == "2020-03-24"  # "पिछले हफ्ते मंगलवार को", not the saying's Monday


def test_told_to_after_an_infinitive_stays_a_request() -> None:
    assert _triggers(_TOLD_TO, "2020-04-21") == ["को कहा"]
    art = analysed(_TOLD_TO, "2020-04-21")
    [ev] = events_of(art, "REQUEST", "tell_to")
    assert ev.trigger == "को कहा"
    assert target_names(art, ev) == ["all district collectors"]


def test_told_to_an_authority_stays_a_request() -> None:
    art = analysed(_TOLD_BODIES, "2020-03-05")
    [ev] = events_of(art, "REQUEST", "tell_to")
    assert ev.trigger == "को कहा"

"""Issue 13, round ev146: the source is the office or person the text names, not a guess. A
bare title after its holder was named in full is that person also when the doctor's title is
written out ("स्वास्थ्य मंत्री डॉक्टर हर्षवर्धन"). Sentences quoted short from the allowed day files
of corpus/hindi-covid-2020 (AU-2020-MAR-05.txt) or written like them."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-05")


def test_the_doctors_title_written_out_keeps_the_holder() -> None:
    art = analysed(
        "जिसे लेकर राज्यसभा में केंद्रीय स्वास्थ्य मंत्री डॉक्टर हर्षवर्धन ने बयान दिया । स्वास्थ्य"
        " मंत्री ने लोगों से अपील की कि वे कोरोनावायरस से प्रभावित देशों में जाने से बचें ।"
    )
    [appeal] = _events(art, "REQUEST")
    assert _names(art, appeal, "source") == ["Harsh Vardhan"]


def test_the_noun_doctor_after_a_title_is_no_holder() -> None:
    # "सीएमओ ने डॉक्टर को …": the noun, no name after it; the office stays the office
    art = analysed(
        "सीएमओ डॉक्टर ने बताया कि सभी अस्पतालों को तैयार रहने के निर्देश दिए गए हैं ।"
    )
    assert all("डॉक्टर" not in n for e in art.events for n in _names(art, e, "source"))

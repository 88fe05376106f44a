"""A body's meeting with a word between its genitive and the meeting noun (issue 13, round rv38:
the recall audit of the tuning sets' missed core events and the "symmetric, one party" drops of
the allowed corpus day files). "टास्क फोर्स की पहली बैठक हुई" is the task force's meeting as
"टास्क फोर्स की बैठक" is; the loans "कमेटी"/"फोर्स" are bodies as समिति is. Sentences of the
corpus day files (short quotes) and negatives."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event, role_names

events = partial(article_events, dct="2020-03-05")


def test_a_task_forces_first_meeting_is_its_consultation() -> None:
    # AU-2020-MAR-05.txt: an ordinal between "की" and बैठक
    art, evs = events("दिल्ली सचिवालय में बुधवार को टास्क फोर्स की पहली बैठक हुई ।")
    ev = one_event(evs, "बैठक")
    assert ev.type == "CONSULT"
    assert ev.modality == "happened"
    assert role_names(art, ev, "source") == ["task force"]


def test_a_committee_spelt_as_the_loan_is_a_body() -> None:
    # AU-2020-MAR-03.txt: "कमेटी", the English loan for समिति, its meeting planned
    art, evs = events("मामले पर मुख्य सचिव के साथ मंगलवार शाम को हाई पावर कमेटी की बैठक भी होगी ।", dct="2020-03-03")
    ev = one_event(evs, "बैठक")
    assert ev.type == "CONSULT"
    assert ev.modality == "planned"


def test_a_special_meeting_of_a_cabinet_stays_as_it_was() -> None:
    # PK-2020-MAR-10.txt: "एक विशेष" between; the meeting after which the minister spoke
    art, evs = events(
        "विजयन ने मंत्रिमंडल की एक विशेष बैठक के बाद संवाददाताओं से कहा कि प्रभावित लोगों में तीन इटली से आये हैं ।",
        dct="2020-03-10",
    )
    assert [e.type for e in evs if e.trigger.startswith("बैठक")] == ["CONSULT"]


def test_a_team_is_no_body_and_a_bare_first_meeting_names_none() -> None:
    # negatives: "टीम" is not a body word; a first meeting of nobody named has one party at most
    for text in ("दिल्ली सचिवालय में बुधवार को टीम की पहली बैठक हुई ।", "बुधवार को पहली बैठक हुई ।"):
        _, evs = events(text)
        assert not [e for e in evs if e.type == "CONSULT"], text


def test_a_word_that_is_not_the_meetings_own_keeps_the_body_out() -> None:
    # negative: a place between the genitive and the meeting is no word of which meeting it is
    _, evs = events("बुधवार को टास्क फोर्स की दिल्ली बैठक हुई ।")
    assert not [e for e in evs if e.type == "CONSULT" and e.source == ["text:टास्क फोर्स"]]

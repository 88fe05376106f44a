"""Round tr2 (issue 13): questions "stood up" against someone ("… पर सवाल खड़े किए हैं") are the
same criticism as "सवाल उठाए"; questions that arise ("सवाल खड़े होते हैं") are no act."""

from __future__ import annotations

from .hindi_events import analyser, role_names, target_names

analysed = analyser("2020-04-09")


def test_questions_raised_on_a_body_are_an_accusation() -> None:
    # AU-2020-ARP-09.txt (the tuning set Vw's core miss)
    art = analysed("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने डब्ल्यूएचओ पर सवाल खड़े किए हैं  ।")
    [ev] = [e for e in art.events if e.type == "ACCUSE"]
    assert (ev.trigger, ev.mode, ev.modality) == ("सवाल खड़े", "disapprove", "happened")
    assert role_names(art, ev, "source") == ["Donald Trump"]
    assert target_names(art, ev) == ["World Health Organization"]


def test_questions_that_arise_are_no_accusation() -> None:
    # NT-2020-MAR-31.txt
    art = analysed("इस बीच बढ़ते मामलों को देखते हुए ढेरों सवाल खड़े होते हैं ।")
    assert [e for e in art.events if e.type == "ACCUSE"] == []
    art = analysed("क्या विपक्ष सरकार पर सवाल खड़े करेगा?")
    assert [e for e in art.events if e.type == "ACCUSE"] == []  # a question asked, no act

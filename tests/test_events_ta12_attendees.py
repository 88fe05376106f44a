"""Issue 13, round ta12 (targets): a meeting written with only the one who held it takes as its
target the people the next sentence says were present at it ("बैठक में X, Y … मौजूद थे",
:func:`khabar.events.meeting_attendees.meeting_attendees`). Real sentences and written negatives."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-09")


def _meetings(text: str) -> list[tuple[list[str], list[str]]]:
    art = analysed(text)
    return [
        (role_names(art, e, "source"), role_names(art, e, "target"))
        for e in events_of(art, "CONSULT")
        if "बैठक" in e.trigger
    ]


def test_those_present_in_the_next_sentence_are_met() -> None:
    # PK-2020-MAR-09.txt (the tuning set Vm)
    text = (
        "केन्द्रीय स्वास्थ्य मंत्री हर्षवर्धन ने एक बैठक की अध्यक्षता की. बैठक में उपराज्यपाल अनिल"
        " बैजल, दिल्ली के मुख्यमंत्री अरविंद केजरीवाल और वरिष्ठ अधिकारी मौजूद थे."
    )
    assert _meetings(text) == [(["Harsh Vardhan"], ["Anil Baijal", "Arvind Kejriwal"])]


def test_a_list_with_besides_and_including() -> None:
    # PK-2020-MAR-16.txt (the tuning set Vm)
    text = (
        "मुख्यमंत्री हेमंत सोरेन ने सोमवार को विधानसभा कक्ष में उच्चस्तरीय बैठक की. बैठक में"
        " स्वास्थ्य मंत्री बन्ना गुप्ता के अलावा मुख्य सचिव डीके तिवारी, स्वास्थ्य मंत्री के प्रधान"
        " सचिव नितिन मदन कुलकर्णी समेत तमाम वरीय पदाधिकारी मौजूद थे."
    )
    [(source, target)] = _meetings(text)
    assert source == ["Hemant Soren"]
    assert "Banna Gupta" in target and "Nitin Madan Kulkarni" in target and len(target) == 3


def test_evidence_offsets_are_the_attendees_words() -> None:
    text = (
        "केन्द्रीय स्वास्थ्य मंत्री हर्षवर्धन ने एक बैठक की अध्यक्षता की. बैठक में उपराज्यपाल अनिल"
        " बैजल भी मौजूद थे."
    )
    art = analysed(text)
    [ev] = [e for e in events_of(art, "CONSULT") if "बैठक" in e.trigger]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == arg.text == "अनिल बैजल"


def test_a_sentence_about_the_meeting_names_no_attendee() -> None:
    # negative, AU-2020-MAR-29.txt: "मौजूदा" (current) is no presence
    text = (
        "केंद्रीय गृह मंत्री अमित शाह ने शनिवार को उच्च स्तरीय बैठक बुलाई । इस बैठक में मौजूदा"
        " स्थिति से निपटने पर चर्चा हुई ।"
    )
    assert _meetings(text) == [(["Amit Shah"], [])]


def test_who_came_with_the_host_is_not_met() -> None:
    # negative: "उनके साथ" puts the minister at the host's side
    text = "मुख्यमंत्री योगी आदित्यनाथ ने बैठक की । बैठक में उनके साथ मंत्री सुरेश खन्ना भी मौजूद रहे ।"
    assert _meetings(text)[0] == (["Yogi Adityanath"], [])


def test_officials_of_departments_are_not_the_departments() -> None:
    # PK-2020-MAR-03.txt: the departments' officials attended, not the departments; since round
    # mt1 (events/later_attendees.py) the officials are the target, as one phrase
    text = (
        "कैबिनेट सचिव ने रविवार को एक उच्च स्तरीय बैठक बुलायी थी. इस बैठक में स्वास्थ्य विभाग, गृह"
        " विभाग, नागरिक उड्डयन विभाग और एनडीआरएफ विभाग के अधिकारी शामिल थे."
    )
    [(source, [target])] = _meetings(text)
    assert source == ["Cabinet Secretary of India"]
    assert target.startswith("officials of ")


def test_another_paragraph_or_a_meeting_with_a_partner_is_left() -> None:
    # negatives: a new paragraph; a meeting whose partner its own sentence names
    apart = "मुख्यमंत्री हेमंत सोरेन ने उच्चस्तरीय बैठक की.\nबैठक में मुख्य सचिव डीके तिवारी मौजूद थे."
    assert _meetings(apart)[0][1] == []
    partner = (
        "केंद्रीय गृह मंत्री अमित शाह ने सभी राज्यों के मुख्यमंत्रियों के साथ बैठक की । बैठक में"
        " वित्त मंत्री निर्मला सीतारमण भी मौजूद थीं ।"
    )
    assert _meetings(partner) == [(["Amit Shah"], ["chief ministers of all Indian states"])]


def test_a_participle_inside_the_sentence_is_no_list_of_attendees() -> None:
    # negative: "बैठक में शामिल रहे X ने दावा किया": a claim, the predicate is not presence
    text = (
        "मुख्यमंत्री हेमंत सोरेन ने उच्चस्तरीय बैठक की. बैठक में शामिल रहे मंत्री बन्ना गुप्ता ने"
        " दावा किया कि तैयारी पूरी है."
    )
    assert _meetings(text)[0] == (["Hemant Soren"], [])

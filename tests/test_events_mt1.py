"""Issue 13, round mt1 (meetings with no target): the attendees a later sentence of the
meeting's paragraph names ("… इस बैठक में वित्त मंत्री निर्मला सीतारमण भी शामिल थीं") and the
officials of bodies an attendance names ("इस बैठक में स्वास्थ्य विभाग, गृह विभाग … के अधिकारी
शामिल थे") are the meeting's target (:func:`khabar.events.later_attendees.later_attendees`). A
sentence about the meeting that names no one, another meeting told in between, a new paragraph
and officials owned by a person keep no target. Sentences from the 280 allowed corpus day files;
the negatives join real sentences as the reading of the files found them side by side."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-03")


def _meetings(text: str, dct: str = "2020-03-03") -> list[tuple[list[str], list[str]]]:
    art = analysed(text, dct)
    return [
        (role_names(art, e, "source"), role_names(art, e, "target"))
        for e in events_of(art, "CONSULT")
        if "बैठक" in e.trigger
    ]


def test_an_attendee_named_three_sentences_on_is_met() -> None:
    # PK-2020-APR-30.txt: two sentences on what was discussed and the chair's request between
    text = (
        "प्रधानमंत्री नरेंद्र मोदी ने आज कोविड 19 से प्रभावित अर्थव्यवस्था को मजबूती देने के लिए"
        " विचार-विमर्श हेतु एक बैठक आयोजित की. बैठक में विदेशी निवेशकों को लुभाने की रणनीति पर"
        " चर्चा हुई. साथ ही देशी निवेशकों को भी आकर्षित करने पर चर्चा हुई. पीएम मोदी ने इस रणनीति"
        " पर प्रो एक्टिव होकर काम करने को कहा है. इस बैठक में वित्त मंत्री निर्मला सीतारमण भी"
        " शामिल थीं."
    )
    art = analysed(text, "2020-04-30")
    [ev] = [e for e in events_of(art, "CONSULT") if "बैठक" in e.trigger]
    assert role_names(art, ev, "source") == ["Narendra Modi"]
    assert role_names(art, ev, "target") == ["Nirmala Sitharaman"]
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == arg.text == "निर्मला सीतारमण"


def test_the_officials_of_departments_are_met() -> None:
    # PK-2020-MAR-03.txt: the cabinet secretary's meeting; round ta12 refused the departments
    text = (
        "दरअसल, कोरोना वायरस के संभावित खतरों से निपटने के लिए कैबिनेट सचिव ने रविवार को एक उच्च"
        " स्तरीय बैठक बुलायी थी. इस बैठक में स्वास्थ्य विभाग, गृह विभाग, नागरिक उड्डयन विभाग,"
        " हेल्थ रिसर्च और एनडीआरएफ विभाग के अधिकारी शामिल थे."
    )
    art = analysed(text)
    [ev] = [e for e in events_of(art, "CONSULT") if "बैठक" in e.trigger]
    assert role_names(art, ev, "source") == ["Cabinet Secretary of India"]
    [target] = role_names(art, ev, "target")
    assert target.startswith("officials of Health Department, Home Department")
    assert target.endswith(" and other departments")  # civil aviation, health research unsaid
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == arg.text
    assert arg.text.startswith("स्वास्थ्य विभाग") and arg.text.endswith("के अधिकारी")


def test_a_meeting_whose_sentences_name_no_one_stays_empty() -> None:
    # AU-2020-MAR-29.txt: "मौजूदा" (current) is no presence
    text = (
        "केंद्रीय गृह मंत्री अमित शाह ने शनिवार को उच्च स्तरीय बैठक बुलाई । इस बैठक में मौजूदा"
        " स्थिति से निपटने पर चर्चा हुई ।"
    )
    assert _meetings(text, "2020-03-29") == [(["Amit Shah"], [])]


def test_another_meeting_between_stops_the_reading() -> None:
    # DH-2020-MAR-22.txt's state meeting, then the colleges' emergency meetings; the attendance
    # (DJ-2020-MAR-13.txt) would be of the last meeting told, not the state government's
    text = (
        "राज्य सरकार ने भी बैठक बुलाई है । एम्स, एनएमसीएच के अलावा अन्य मेडिकल कॉलेजों में भी आपात"
        " बैठक चल रही है । इस बैठक में स्वास्थ्य मंत्री जय प्रताप सिंह भी मौजूद थे ।"
    )
    for _, target in _meetings(text, "2020-03-22"):
        assert target == []


def test_a_new_paragraph_is_another_story() -> None:
    # DJ-2020-MAR-13.txt: Nitish Kumar's meeting; the next paragraph's attendee is at Yogi
    # Adityanath's
    text = (
        "बिहार के मुख्यमंत्री नीतीश कुमार की अध्‍यक्षता में कोरोना वायरस को लेकर बैठक की गई ।\n\n"
        "इस बैठक में स्वास्थ्य मंत्री जय प्रताप सिंह भी मौजूद थे ।"
    )
    assert _meetings(text, "2020-03-13") == [(["Nitish Kumar"], [])]


def test_officials_of_a_person_are_not_read_as_bodies() -> None:
    # AU-2020-ARP-27.txt's attendance after PK-2020-APR-30.txt's meeting: a minister and the
    # PMO's officials, no list of bodies; left alone rather than half read
    text = (
        "प्रधानमंत्री नरेंद्र मोदी ने आज कोविड 19 से प्रभावित अर्थव्यवस्था को मजबूती देने के लिए"
        " विचार-विमर्श हेतु एक बैठक आयोजित की. बैठक में विदेशी निवेशकों को लुभाने की रणनीति पर"
        " चर्चा हुई. इस वर्चुअल बैठक में केंद्रीय स्वास्थ्य मंत्री हर्षवर्धन और पीएमओ के वरिष्ठ"
        " अधिकारी भी मौजूद रहे ।"
    )
    assert _meetings(text, "2020-04-30") == [(["Narendra Modi"], [])]

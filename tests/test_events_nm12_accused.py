"""Issue 13, round nm12 (generic mentions the article names elsewhere): a generic accused
("आरोपी को गिरफ्तार कर", "मारपीट करने वाले आरोपी") is the one person the article called the
accused before it ("… के आरोपी संजीव शर्मा"), and "आरोपी संजीव" after "संजीव शर्मा" is that
person; the argument keeps its words and a ``referent`` argument the naming mention's. One real
sentence (the allowed corpus day file named), the rest written; negatives: two accused named, the
name only after the mention, a person named who is not the accused, several accused, a first
name two full names share, no name in the article."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-16")

# written: the accused named in full, as a court report names him first
NAMED = "अदालत ने डॉक्टरों पर हमला करने के आरोपी संजीव शर्मा को जमानत दे दी । "
# DH-2020-ARP-16.txt
ARREST = "दिल्ली पुलिस ने 9 अप्रैल को आरोपी को गिरफ्तार कर अदालत में पेश किया था ।"


def _arrested(text: str) -> list[str]:
    art = analysed(text)
    return [n for e in events_of(art, "COERCE") for n in role_names(art, e, "target")]


def test_the_accused_named_before() -> None:
    art = analysed(NAMED + ARREST)
    [ev] = [e for e in events_of(art, "COERCE") if e.trigger.startswith("गिरफ्तार")]
    assert role_names(art, ev, "target") == ["Sanjeev Sharma"]
    [ref] = [a for a in ev.arguments if a.role == "referent"]
    assert art.text[ref.start : ref.end] == ref.text == "संजीव शर्मा"
    [arg] = [a for a in ev.arguments if a.role == "target"]
    assert art.text[arg.start : arg.end] == arg.text == "आरोपी"


def test_the_accused_by_first_name() -> None:
    # written: "आरोपी संजीव" (the tagger's one person) after the full name
    text = NAMED + "सत्र अदालत ने आरोपी संजीव को जेल भेज दिया था ।"
    assert "Sanjeev Sharma" in _arrested(text)


def test_the_accused_named_through_the_first_name() -> None:
    # written: named in full, then by first name, then generic: one person, not two candidates
    text = NAMED + "सत्र अदालत ने आरोपी संजीव की जमानत रद्द कर दी थी । " + ARREST
    assert _arrested(text)[-1] == "Sanjeev Sharma"


def test_two_accused_named() -> None:
    text = "अदालत ने हमला करने के आरोपी संजीव शर्मा और चोरी के आरोपी रमेश यादव की अर्जी सुनी । " + ARREST
    names = _arrested(text)
    assert names and "Sanjeev Sharma" not in names and "Ramesh Yadav" not in names


def test_named_only_after() -> None:
    text = ARREST + " " + NAMED
    assert "Sanjeev Sharma" not in _arrested(text)


def test_a_person_who_is_not_the_accused() -> None:
    text = "डॉक्टर संजीव शर्मा ने पुलिस में शिकायत की । " + ARREST
    assert "Sanjeev Sharma" not in _arrested(text)


def test_several_accused() -> None:
    text = NAMED + "दिल्ली पुलिस ने आरोपियों को गिरफ्तार कर लिया ।"
    assert "Sanjeev Sharma" not in _arrested(text)


def test_no_name_in_the_article() -> None:
    # as a day file's next article that never names him: the accused stays the accused
    names = _arrested(ARREST)
    assert names and all("Sanjeev" not in n for n in names)


def test_a_first_name_two_full_names_share() -> None:
    text = "संजीव शर्मा और संजीव यादव ने अदालत में अर्जी दी । सत्र अदालत ने आरोपी संजीव को जेल भेज दिया ।"
    names = _arrested(text)
    assert "Sanjeev Sharma" not in names and "Sanjeev Yadav" not in names

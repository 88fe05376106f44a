"""Issue 13, round et1: the thing a ban withholds permission for, written as a noun phrase in the
genitive before the permission, is the ban's target
(:func:`khabar.events.denied_permissions.denied_thing`). Real sentences, with negatives."""

from __future__ import annotations

from khabar.model import Event

from .hindi_events import analyser

analysed = analyser("2020-04-04")


def _bans(text: str) -> tuple[list[Event], list[str]]:
    art = analysed(text)
    evs = [e for e in art.events if e.type == "COERCE" and e.mode == "ban"]
    spans = [art.text[a.start : a.end] for e in evs for a in e.arguments if a.role == "target"]
    return evs, spans


def test_religious_and_sports_events_not_allowed() -> None:
    # AU-2020-ARP-04.txt (the tuning set Vw-Vz), its issuer (a sentence before there) written
    _, spans = _bans(
        "मुख्यमंत्री उद्धव ठाकरे ने कहा कि राज्य में किसी भी प्रकार के धार्मिक, खेल आयोजन की"
        "  इजाजत नहीं दी जाएगी  ।"
    )
    assert spans == ["धार्मिक, खेल आयोजन"]


def test_list_of_programmes_not_allowed() -> None:
    # PK-2020-MAR-22.txt, with a written issuer
    _, spans = _bans(
        "सरकार ने कहा कि किसी भी प्रकार के कार्यक्रमों जैसे सामाजिक, सांस्कृतिक, राजनीतिक, धार्मिक,"
        " अकादमिक, खेलकूद, संगोष्ठी या सम्मेलनों की भी इजाजत नहीं होगी."
    )
    assert spans == [
        "कार्यक्रमों जैसे सामाजिक, सांस्कृतिक, राजनीतिक, धार्मिक, अकादमिक, खेलकूद, संगोष्ठी या सम्मेलनों"
    ]


def test_permission_granted_is_left_alone() -> None:
    # written: an easing names whom it frees, not the activity (no ban, no target read here)
    art = analysed("मुख्यमंत्री उद्धव ठाकरे ने कहा कि राज्य में धार्मिक आयोजन की इजाजत दी जाएगी ।")
    assert all(not e.target for e in art.events)


def test_an_activity_is_its_doers() -> None:
    # written: "आवाजाही" is an act of the people; the rule reads no thing there
    evs, spans = _bans("सरकार ने कहा कि लोगों की आवाजाही की इजाजत नहीं होगी.")
    assert evs and "आवाजाही" not in spans


def test_infinitive_is_no_thing() -> None:
    # written: who may not go out is no thing banned
    evs, spans = _bans("सरकार ने कहा कि किसी को भी घर से निकलने की इजाजत नहीं होगी.")
    assert evs and not any("निकलने" in s for s in spans)


def test_an_entity_genitive_is_not_read() -> None:
    # written: whose permission it is, an entity the clause analysis reads
    evs, spans = _bans("सरकार ने कहा कि दिल्ली की इजाजत नहीं होगी.")
    assert evs and spans == []

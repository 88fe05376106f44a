"""Issue 13, round ta16 (targets): a transport aid with no target takes the people it carries,
the "को" object or the unmarked subject of the agentless passive of its clause's motion verb
("इस ट्रेन से 1200 यात्री भेजे गए"), or the riders a Shramik Special train's name says
(:func:`khabar.events.carried_people.carried_people`). Real sentences (the allowed corpus day
files named) and written negatives."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, events_of, target_names

analysed = analyser("2020-05-07")


def _transport(text: str, dct: str = "2020-05-07") -> tuple[Article, Event]:
    art = analysed(text, dct)
    [ev] = [e for e in events_of(art, "AID") if e.mode in {"transport", "repatriate"}]
    return art, ev


def _span(art: Article, ev: Event) -> list[str]:
    return [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"]


def test_the_unmarked_subject_of_a_passive_sending_is_carried() -> None:
    # AU-2020-MAY-01.txt (the tuning set Vt: "1200 यात्री", the first Shramik train's riders)
    art, ev = _transport("इस ट्रेन से 1200 यात्री भेजे गए ।", "2020-05-01")
    assert ev.target == ["text:1200 यात्री"]
    assert target_names(art, ev) == ["1200 passengers"]
    assert _span(art, ev) == ["1200 यात्री"]  # its words are the evidence


def test_citizens_brought_home_are_the_repatriation_target() -> None:
    # AU-2020-MAY-11.txt (Vt): the Vande Bharat mission's returnees, the subject of "लाए गए"
    text = "वंदे भारत मिशन के तहत 10 मई तक करीब 4 हजार भारतीय नागरिक विदेशों से लाए गए ।"
    art, ev = _transport(text, "2020-05-11")
    assert target_names(art, ev) == ["about 4,000 Indian citizens"]


def test_the_object_of_the_motion_verb_the_trains_serve() -> None:
    # DJ-2020-MAY-06.txt: "श्रमिकों को … ट्रेनों से … रवाना किया", the vehicle is the trigger
    text = "उधर, राज्‍य से अब तक करीब 83 हजार श्रमिकों को भी ट्रेनों से उनके प्रदेशों को रवाना किया जा चुका है ।"
    art, ev = _transport(text, "2020-05-06")
    assert target_names(art, ev) == ["about 83,000 workers"]  # not the states they go to


def test_a_shramik_special_train_carries_stranded_migrant_workers() -> None:
    # AU-2020-MAY-07.txt; and AU-2020-MAY-01.txt with the name quoted (Vt codes both so)
    art, ev = _transport("रेलवे ने बताया कि उसने बुधवार को 56 श्रमिक स्पेशल ट्रेनें चलाईं ।")
    assert target_names(art, ev) == ["stranded migrant workers"]
    assert _span(art, ev) == ["श्रमिक स्पेशल"]
    text = (
        "गृह मंत्रालय के निर्देशों के मुताबिक, एक मई यानी अंतरराष्ट्रीय मजदूर दिवस से 'श्रमिक"
        " स्पेशल' ट्रेन चलाई जाएंगी ।"
    )
    art, ev = _transport(text, "2020-05-01")
    assert target_names(art, ev) == ["stranded migrant workers"]  # no "international" read in


def test_trains_that_say_no_riders_keep_no_target() -> None:
    # AU-2020-MAY-07.txt: the trains alone; written: another train's name
    art, ev = _transport("बुधवार रात तक रेलवे ने इस तरह की 149 ट्रेनें चलाई थीं ।")
    assert ev.target == []
    art = analysed("रेलवे ने बताया कि उसने बुधवार को 56 राजधानी स्पेशल ट्रेनें चलाईं ।")
    assert all(e.target == [] for e in events_of(art, "AID"))


def test_a_pronoun_or_a_genitive_is_not_read_as_the_riders() -> None:
    # PK-2020-MAY-01.txt: "उन्हें" is left to the anaphora rules; written: the workers' luggage
    art, ev = _transport("इसके बाद बसों से उन्हें उनके जिले में भेजा जायेगा.", "2020-05-01")
    assert ev.target == []
    art = analysed("इस ट्रेन से मजदूरों का सामान भेजा गया ।")
    assert all("text:मजदूरों" not in e.target for e in art.events)


def test_a_target_already_read_is_kept() -> None:
    # AU-2020-ARP-17.txt: the argument rules read the stranded students: nothing added
    text = (
        "वहीं, इसी कड़ी में उत्तर प्रदेश सरकार ने शुक्रवार को राजस्थान में फंसे अपने छात्रों को"
        " निकालने के लिए 250 बसों को भेजा है ।"
    )
    art, ev = _transport(text, "2020-04-17")
    assert target_names(art, ev) == ["students stranded in Rajasthan"]

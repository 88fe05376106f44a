"""Issue 13, round rc1: a talk or meeting told in the infinitive before the clause's main act
("X ने Y के साथ बैठक करने के साथ … निरीक्षण किया") is X's consultation with Y
(:mod:`khabar.events.talk_agents`); a purpose, the press, or no partner stays out."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-29")


def _talks(art: Article) -> list[Event]:
    return [e for e in art.events if e.type == "CONSULT" and e.trigger in {"बैठक", "बात"}]


def test_a_meeting_before_the_main_act_is_the_agents() -> None:
    # DJ-2020-MAR-29.txt (the core CONSULT DJ-2020-03-29-L1-e05 of the tuning set Vr)
    art = analysed(
        "मुख्यमंत्री योगी आदित्यनाथ ने रविवार अपने सरकारी आवास पर अधिकारियों के साथ बैठक करने के"
        " साथ लखनऊ में स्थलीय निरीक्षण किया ।"
    )
    [ev] = _talks(art)
    assert role_names(art, ev, "source") == ["Yogi Adityanath"]
    assert ev.target and ev.modality == "happened"


def test_a_talk_during_the_main_act_with_a_glossed_group() -> None:
    # AU-2020-ARP-26.txt: the patients are a glossed group, found as the talk's partner
    art = analysed(
        "केंद्रीय स्वास्थ्य मंत्री ने मरीजों से बात करने के दौरान उन्हें सुविधाओं के बारे में जानकारी ली ।"
    )
    [ev] = _talks(art)
    assert ev.source and ev.target
    art = analysed("मुख्यमंत्री ने अधिकारियों के साथ बैठक करने के बाद अस्पताल का दौरा किया ।")
    assert len(_talks(art)) == 1


def test_a_purpose_the_press_or_no_partner_is_no_talk() -> None:
    assert not _talks(analysed("जिलाधिकारी ने अधिकारियों के साथ बैठक करने के लिए समय मांगा ।"))
    assert not _talks(analysed("मुख्यमंत्री ने पत्रकारों से बात करने के बाद अस्पताल का दौरा किया ।"))
    assert not _talks(analysed("मुख्यमंत्री ने बैठक करने के बाद अस्पताल का दौरा किया ।"))

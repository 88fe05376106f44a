"""Targets on unseen text (issue 13, round ev154): a clause's bare subject run into the को
phrase after it ("सरकार गरीबों को … वितरण") is left out of the target; a modifier the
glossary knows ("पुलिस कर्मियों", "रेलवे यात्रियों") stays inside one group."""

from __future__ import annotations

from functools import partial

from hindi_events import article_events, one_event

events = partial(article_events, dct="2020-04-21")


def _target_ids(text: str, trigger: str) -> list[str]:
    _, evs = events(text)
    return one_event(evs, trigger).target


def test_a_bare_subject_before_a_people_object_is_no_part_of_it() -> None:
    said = "सरकार गरीबों को मुफ्त राशन का वितरण करने जा रही है ।"
    assert _target_ids(said, "वितरण") == ["text:गरीबों"]
    said = "मुख्यमंत्री किसानों को बीज का वितरण करेंगे ।"
    assert _target_ids(said, "वितरण") == ["text:किसानों"]
    said = "प्रशासन गरीबों को राशन का वितरण कर रहा है ।"
    assert _target_ids(said, "वितरण") == ["text:गरीबों"]


def test_a_modifier_the_glossary_knows_keeps_the_group_whole() -> None:
    said = "सरकार अस्पतालों को वेंटिलेटर का वितरण करेगी ।"
    assert _target_ids(said, "वितरण") == ["text:अस्पतालों"]  # never "सरकार अस्पतालों"
    said = "राज्य सरकार गरीब परिवारों को राशन का वितरण करेगी ।"
    assert _target_ids(said, "वितरण") == ["text:गरीब परिवारों"]
    said = "सरकार पुलिस कर्मियों को मास्क का वितरण करेगी ।"
    assert _target_ids(said, "वितरण") == ["actor:police"]  # "police employees": one group
    # the people phrase is not cut where the subject has its own postposition
    said = "मुख्यमंत्री ने जिला प्रशासन की टीम की सराहना की ।"
    assert _target_ids(said, "सराहना") == ["actor:district administration"]

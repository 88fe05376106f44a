"""Issue 13, round src3 (sources that name the wrong party): an oblique plural ("पुलिसकर्मियों",
"महिलाओं") that opens a list marked by a genitive after its last conjunct shares that genitive
and is no nominative subject of a clause without ने, so the praise of a second conjunct keeps the
first conjunct's ने-agent; a direct-case list ("प्रशासन, पुलिस और …") still is a subject."""

from __future__ import annotations

from khabar.events.clause import SentenceView
from khabar.events.oblique_lists import oblique_conjunct

from .hindi_events import analyser, before_events, sentence_views
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-12")


def test_the_praised_list_is_not_the_praiser() -> None:
    # PK-2020-MAR-12.txt (POOL_tuning PK-2020-03-12-L15-e07: the residents praised themselves)
    art = analysed(
        "बीजिंग । चीन के राष्ट्रपति शी जिनपिंग ने मंगलवार को वुहान शहर का पहला दौरा किया और घातक"
        " महामारी के खिलाफ युद्ध स्तर पर लड़ाई के लिए मरीजों, निवासियों और कार्यकर्ताओं, पुलिस"
        " अधिकारियों, सैन्य कर्मियों, अधिकारियों और स्वयंसेवियों की प्रशंसा की."
    )
    [ev] = _events(art, "SUPPORT")
    assert _names(art, ev, "source") == ["Xi Jinping"]


def test_a_written_second_conjunct_keeps_its_agent() -> None:
    art = analysed("प्रधानमंत्री नरेंद्र मोदी ने बैठक की और पुलिसकर्मियों, डॉक्टरों और नर्सों की सराहना की.")
    [ev] = _events(art, "SUPPORT")
    assert _names(art, ev, "source") == ["Narendra Modi"]
    assert "police" not in _names(art, ev, "source")


def test_a_list_in_the_direct_case_is_still_the_subject() -> None:
    art = analysed("प्रशासन, पुलिस और स्वास्थ्य विभाग की टीमें लोगों से घरों में रहने की अपील कर रही हैं.")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["district administration", "police", "health department"]


def _view(text: str) -> SentenceView:
    [sv] = sentence_views(before_events(text, "2020-03-12"))
    return sv


def test_the_rule_reads_the_oblique_ending_and_a_genitive_only() -> None:
    sv = _view("पुलिसकर्मियों, डॉक्टरों और नर्सों की सराहना की.")
    trig = sv.texts.index("सराहना")
    assert oblique_conjunct(sv, 0, 1, trig)
    sv = _view("सरकार, डॉक्टरों और नर्सों की सराहना की.")
    assert not oblique_conjunct(sv, 0, 1, sv.texts.index("सराहना"))  # a direct case
    sv = _view("दोनों, डॉक्टरों और नर्सों की सराहना की.")
    assert not oblique_conjunct(sv, 0, 1, sv.texts.index("सराहना"))  # a numeral, direct too
    sv = _view("पुलिसकर्मियों, डॉक्टरों और नर्सों से अपील की.")
    assert not oblique_conjunct(sv, 0, 1, sv.texts.index("अपील"))  # no genitive: ev83's markers

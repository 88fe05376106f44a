"""Issue 13, round ev94: the speaker of a report is not the agent of the act he reports. In "X ने
कहा, <clause with its own agent Y ने …>, <agentless act>" the act is Y's, whoever X is: a person
the knowledge base links, an office of the actor dictionary or a name nobody knows (the linked
and the dictionary speakers outranked Y before). After "कहा," / "बताया," / "कहा कि" / "बताया कि"
and direct quotes alike; speech acts of the speaker himself (an appeal, his own measure) keep
him. Sentences written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

import pytest

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-28")

_KITCHENS = "नगर निगम ने शहर में सौ सामुदायिक रसोई शुरू की हैं, इनके जरिए जरूरतमंदों को भोजन दिया जाएगा ।"


@pytest.mark.parametrize(
    "speaker",
    [
        "लव अग्रवाल ने बताया कि",  # a person the knowledge base links
        "स्वास्थ्य मंत्री ने कहा,",  # an office of the actor dictionary
        "सुरेश वर्मा ने कहा कि",  # a name nobody knows
        "जिलाधिकारी ने बताया,",
    ],
)
def test_the_reported_clauses_own_agent_outranks_any_speaker(speaker: str) -> None:
    art = analysed(f"लखनऊ । {speaker} {_KITCHENS}")
    # the kitchens launched (round ev101: a service, AID) and the food they hand out
    assert [ev.mode for ev in _events(art, "AID")] == ["service", "relief"]
    for ev in _events(art, "AID"):
        assert _names(art, ev, "source") == ["Lucknow Municipal Corporation"]


def test_a_direct_quote_with_its_own_agent() -> None:
    art = analysed(
        "पटना । मुख्यमंत्री नीतीश कुमार ने कहा, “जिला प्रशासन ने गांव के सभी रास्तों पर बैरिकेडिंग की है,"
        " इसके बाद पूरे गांव को सील कर दिया गया है ।”"
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Patna district administration"]


def test_the_speakers_own_speech_acts_and_measures_keep_him() -> None:
    # a request in his words, a closure he announces, aid he promises: no other agent named
    art = analysed("पटना । मुख्यमंत्री नीतीश कुमार ने कहा कि लोग घरों से बाहर न निकलें ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["Nitish Kumar"]
    art = analysed("पटना । मुख्यमंत्री नीतीश कुमार ने कहा कि राज्य के सभी स्कूल 14 अप्रैल तक बंद रहेंगे ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Nitish Kumar"]
    art = analysed(
        "पटना । मुख्यमंत्री नीतीश कुमार ने लोगों से घरों में रहने की अपील की और कहा कि जरूरतमंदों को"
        " मुफ्त राशन दिया जाएगा ।"
    )
    assert {ev.type: _names(art, ev, "source") for ev in art.events} == {
        "REQUEST": ["Nitish Kumar"],
        "AID": ["Nitish Kumar"],
    }

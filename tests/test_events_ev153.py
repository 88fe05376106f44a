"""Issue 13, round ev153: an object written before its ने-agent.

Hindi puts the genitive object of a noun act before the agent as freely as after it: "… लोगों की
प्रशासन ने तलाश शुरू कर दी है" says what "प्रशासन ने … लोगों की तलाश शुरू कर दी है" says.
The watch and search entries asked for people right before the noun, found the agent there, and
dropped the act ("holds no people"); the genitive's people were not its target either. A को-object
before the agent ("इन लोगों को पुलिस ने हिरासत में ले लिया") was already read. Sentences are the
news's own (allowed corpus day files), some with the agent moved."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-02")


def test_the_genitive_before_the_agent_is_whom_the_search_is_for() -> None:
    art = analysed("उनके सीधे संपर्क में आने वाले लोगों की प्रशासन ने तलाश शुरू कर दी है ।")
    [ev] = events_of(art, "ACCUSE", "investigate")
    assert role_names(art, ev, "source") == ["district administration"]
    assert role_names(art, ev, "target") == ["contacts"]
    art = analysed("विदेश से लौटे लोगों की स्वास्थ्य विभाग ने निगरानी शुरू कर दी है ।")
    [ev] = events_of(art, "COERCE", "surveillance")
    assert role_names(art, ev, "source") == ["health department"]
    assert role_names(art, ev, "target") == ["people returned from abroad"]


def test_the_same_act_with_the_agent_first_is_unchanged() -> None:
    art = analysed("प्रशासन ने 8000 लोगों की तलाश शुरू कर दी है ।")
    [ev] = events_of(art, "ACCUSE", "investigate")
    assert role_names(art, ev, "target") == ["8000 people"]


def test_a_ko_object_before_the_agent_stays_the_target() -> None:
    art = analysed("इन लोगों को पुलिस ने हिरासत में ले लिया ।")
    [ev] = events_of(art, "COERCE", "arrest")
    assert role_names(art, ev, "source") == ["police"]
    assert role_names(art, ev, "target") == ["the people"]


def test_a_genitive_that_is_no_object_before_the_agent_is_none() -> None:
    # a cause or a time before the agent ("… की हड़ताल के बाद"), and a place's genitive
    art = analysed("कर्मचारियों की हड़ताल के बाद प्रशासन ने जांच शुरू की ।")
    assert not events_of(art, "ACCUSE", "investigate")
    art = analysed("जिलाधिकारी की बैठक के बाद पुलिस ने तलाश शुरू की ।")
    assert not events_of(art, "ACCUSE", "investigate")
    art = analysed("शहर की पुलिस ने तलाश शुरू कर दी है ।")
    assert not events_of(art, "ACCUSE", "investigate")

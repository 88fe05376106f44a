"""Issue 13, round sa8 (sources at the wrong place): "X में रहकर" says where someone had been
living, not where the story is (:func:`khabar.events.places._lives_in`), so the story town keeps
its health team and its seals. Real sentences, with negatives."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-04-28")


def _sources(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    return [s for e in art.events if e.trigger == trigger for s in e.source]


# DJ-2020-ARP-28.txt (the tuning set Vi's Jaunpur report), shortened
_LEAD = "जागरण संवाददाता, जौनपुर: जनपद में कोरोना पीड़ितों की संख्या बढ़कर अब आठ हो गई है । "
_STAYED = "जलालपुर क्षेत्र के ओइना गांव निवासी एक युवक वाराणसी में रहकर सिलाई करता है । "
_AFTER = (
    "वह गत 18 अप्रैल को घर लौटा । आशा की सूचना पर स्वास्थ्य टीम ने 23 अप्रैल को जांच के बाद उसे"
    " सामुदायिक स्वास्थ्य केंद्र नेहरू नगर में क्वारंटाइन किया । गांव को सील कर दिया गया ।"
)


def test_a_place_lived_in_is_not_the_story_town() -> None:
    text = _LEAD + _STAYED + _AFTER
    assert _sources(text, "क्वारंटाइन") == ["actor:Jaunpur health teams"]
    assert _sources(text, "सील") == ["actor:Jaunpur district administration"]


def test_rah_kar_written_apart_reads_the_same() -> None:
    text = _LEAD + _STAYED.replace("रहकर", "रह कर") + _AFTER
    assert _sources(text, "सील") == ["actor:Jaunpur district administration"]


def test_a_place_where_things_happen_is_still_the_measures() -> None:
    # the negative: "वाराणसी में" with no staying verb after it is where the news is
    text = _LEAD + "इसी बीच वाराणसी में एक युवक संक्रमित पाया गया । " + _AFTER
    assert _sources(text, "सील") == ["actor:Varanasi district administration"]

"""Issue 13, round sa8 (sources at the wrong level): a sub-heading told in the past gives the
story's background and opens no round-up item (:data:`khabar.events.actor_context.
_PAST_AUXILIARIES`), so a later agentless measure stays the story town's; a news heading still
opens an item. Real sentences, with negatives."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _sources(text: str, trigger: str) -> list[str]:
    art = analysed(text)
    return [s for e in art.events if e.trigger == trigger for s in e.source]


# DJ-2020-ARP-10.txt (the tuning set Vf's Meerut report), shortened
_LEAD = (
    "मेरठ, जेएनएन । साउथ अफ्रीका से लौटे कारी के पॉजिटिव आने पर स्वास्थ्य विभाग की टीम ने 16 लोगों"
    " को क्वारंटाइन कर दिया ।\n\n"
)
_BODY = (
    "\nलिसाड़ी गेट के हुमायूं नगर निवासी क्षेत्र के ही एक मदरसे के कारी हैं ।\n\n"
    "सेक्टर-13 से तीन लोग भेजे\n"
    "सेक्टर-13 में कोरोना पाजिटिव मरीजों के मिलने के बाद क्षेत्र को सील कर दिया है ।"
)


def test_a_background_sub_heading_keeps_the_story_town() -> None:
    # "जमात में गए थे दक्षिण अफ्रीका" (had gone to South Africa): the sealing is Meerut's
    text = _LEAD + "जमात में गए थे दक्षिण अफ्रीका" + _BODY
    assert _sources(text, "सील") == ["actor:Meerut district administration"]


def test_a_background_heading_of_a_stay_abroad_keeps_it_too() -> None:
    # written: where the man had stayed ("रुके थे"), a foreign country in the locative
    text = _LEAD + "लौटने से पहले नेपाल में रुके थे कारी" + _BODY
    assert _sources(text, "सील") == ["actor:Meerut district administration"]


def test_a_news_sub_heading_still_opens_an_item() -> None:
    # a round-up item's heading ("इटली में 107 लोगों की मौत", "कुवैत … लगा चुका है रोक") names
    # another story: the Meerut administration is not the later measure's issuer
    text = _LEAD + "दक्षिण अफ्रीका में लॉकडाउन की घोषणा" + _BODY
    assert "actor:Meerut district administration" not in _sources(text, "सील")


def test_a_dateline_with_a_past_heading_still_opens_an_item() -> None:
    # "आगरा : एक और कोरोना संक्रमित , यूके से लौटी थी महिला": the dateline opens the Agra item
    text = _LEAD + "आगरा : एक और कोरोना संक्रमित, यूके से लौटी थी महिला" + _BODY
    assert "actor:Meerut district administration" not in _sources(text, "सील")

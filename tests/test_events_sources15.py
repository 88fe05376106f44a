"""Issue 13, round ev109: event SOURCES on unseen text. Kinds from the census of wrong sources
on the unseen tuning sets (tools/actor_errors.py --gold), checked on allowed corpus day files:
a government department named bare ("स्वास्थ्य विभाग ने …") with no town is the department of
the state the article names, not a department of nowhere; a police act with no agent and no place
("… के खिलाफ मुकदमा दर्ज किया गया") is the police's, never the country's government. Sentences
written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

import pytest

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-04-12")


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "उत्तराखंड सरकार ने कोरोना को महामारी घोषित कर दिया है । स्वास्थ्य विभाग ने तुरंत"
            " उच्चस्तरीय बैठक की ।",
            "CONSULT",
            "Uttarakhand health department",
        ),
        (
            "बिहार के बाहर फंसे मजदूरों की संख्या बढ़ रही है । आपदा प्रबंधन विभाग ने मजदूरों के लिए"
            " भोजन की व्यवस्था की है ।",
            "AID",
            "Bihar disaster management department",
        ),
        (
            "केरल में 20 नए मामले सामने आए हैं । शिक्षा विभाग ने सभी स्कूलों को बंद करने का आदेश दिया ।",
            "COERCE",
            "Kerala education department",
        ),
    ],
)
def test_a_bare_department_is_the_states_the_article_names(
    text: str, kind: str, source: str
) -> None:
    art = analysed(text)
    [ev] = _events(art, kind)
    assert _names(art, ev, "source") == [source]


def test_a_town_or_a_place_named_keeps_its_department() -> None:
    # the town named before is the department's; no state named: the bare office
    art = analysed("पटना में कोरोना के दो नए मरीज मिले । स्वास्थ्य विभाग ने तुरंत बैठक की ।")
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "source") == ["Patna health department"]
    art = analysed("स्वास्थ्य विभाग ने तुरंत बैठक की ।")
    [ev] = _events(art, "CONSULT")
    assert _names(art, ev, "source") == ["health department"]
    # not a department: a bare administration stays as it was (no state's administration)
    art = analysed("केरल में 20 नए मामले सामने आए हैं । प्रशासन ने लोगों से घरों में रहने की अपील की ।")
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") != ["Kerala administration"]


@pytest.mark.parametrize(
    "text",
    [
        "लॉकडाउन का उल्लंघन करने पर 50 लोगों के खिलाफ मुकदमा दर्ज किया गया ।",
        "बिना वजह घूम रहे 12 लोगों को गिरफ्तार किया गया है ।",
    ],
)
def test_a_police_act_of_no_place_is_the_polices(text: str) -> None:
    art = analysed(text)
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["police"]


def test_a_police_act_at_a_place_is_that_places_police() -> None:
    art = analysed("मेरठ में लॉकडाउन का उल्लंघन करने पर 50 लोगों के खिलाफ मुकदमा दर्ज किया गया ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Meerut Police"]
    # a measure that is no police act keeps the country's guess when nothing is named
    art = analysed("सभी उड़ानों को 14 अप्रैल तक रद्द कर दिया गया है ।")
    for ev in _events(art, "COERCE"):
        assert _names(art, ev, "source") != ["police"]


def test_shasan_is_the_states_government() -> None:
    # "शासन" (the state's government in the Hindi of UP and Uttarakhand), not "प्रशासन"
    art = analysed(
        "देहरादून : उत्तराखंड में कोरोना के खतरे को देखते हुए शासन ने सभी सरकारी और प्राइवेट"
        " डिग्री कॉलेजों को 31 मार्च तक बंद करने के निर्देश जारी किए हैं ।"
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Government of Uttarakhand"]
    art = analysed("शासन ने सभी जिलाधिकारियों को बाहर से आए लोगों की जांच कराने के निर्देश दिए हैं ।")
    for ev in art.events:
        assert _names(art, ev, "source") in (["state government"], [])
    art = analysed("देहरादून में जिला प्रशासन ने सभी मॉल बंद करने के आदेश दिए हैं ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Dehradun district administration"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("मेरठ में अधिकारियों ने बताया कि गांव को सील कर दिया गया है ।", "Meerut district administration"),
        (
            "नोएडा के अधिकारियों ने शनिवार को बताया कि सीएमओ की शिकायत पर प्राथमिकी दर्ज की गई है ।",
            "Gautam Buddh Nagar Police",
        ),
        ("मेरठ में अधिकारियों ने बताया कि गांव को सील कर दिया जाएगा ।", "Meerut district administration"),
    ],
)
def test_unnamed_officials_reporting_a_measure_are_no_issuer(text: str, source: str) -> None:
    art = analysed(text)
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == [source]


def test_officials_acting_or_named_officials_reporting_keep_their_act() -> None:
    # officials who seal it themselves act; a named official reporting stays (round ev109 left
    # named reporters alone), but a district's officer reports his administration's measure
    # (round ev120: the unseen tuning sets Tk and Ti code it so)
    art = analysed("मेरठ में अधिकारियों ने गांव को सील कर दिया ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") != ["Meerut district administration"]
    art = analysed("मेरठ के जिलाधिकारी अजय कुमार ने बताया कि गांव को सील कर दिया गया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Meerut district administration"]
    art = analysed("मेरठ के सांसद अजय कुमार ने बताया कि गांव को सील कर दिया गया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["Ajay Kumar"]
    # no place to find: the country's government would be a worse guess than the officials
    art = analysed("अधिकारियों ने बताया कि बच्चे को आइसोलेशन वार्ड में रखा गया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "source") == ["officials"]

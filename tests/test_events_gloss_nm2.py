"""Issue 13, round nm2: the English of a side says what its own Hindi says where the glossary
lacked a plain head or modifier of the phrase. The gloss leaves an unknown word out, so a
modifier was lost ("सक्रिय हॉटस्पॉट" = hotspots, "रिहायशी इलाकों" = "Rihayshi areas", read as a
locality's name) or a phrase whose head was unknown had no English at all ("अपर किंडरगार्टन
कक्षाओं", "स्वास्थ्य अनुभाग", "सभी मुर्गे-मुर्गियों"). A list of things closed whose last conjunct is
an activity stays the target once its earlier conjunct is known. Sentences short and quoted from
the allowed corpus day files of corpus/hindi-covid-2020."""

from __future__ import annotations

from khabar.events.gloss import gloss

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-14")


def _targets(sentence: str) -> list[str]:
    art = analysed(sentence)
    return [n.split(" in ")[0] for ev in _events(art, "COERCE") for n in _names(art, ev, "target")]


def test_classes_suspended_have_english() -> None:
    assert _targets(
        "न्यूयॉर्क में स्कूलों और कॉलेजों में कक्षाएं निलंबित कर दी गई हैं ।"
    ) == ["classes"]


def test_a_list_ending_in_an_activity_keeps_its_target() -> None:
    assert _targets(
        "कोरोना वायरस के डर की वजह से आईआईईटी बॉम्बे ने सभी कक्षाएं और लैब से जुड़ी गतिविधियां"
        " 29 मार्च तक बंद कर दी हैं ।"
    ) == ["classes and activities"]


def test_an_activity_alone_is_still_no_target() -> None:
    # "धार्मिक यात्रा रद्द": travel is something people do, no object (round ev98)
    assert _targets("प्रशासन ने धार्मिक यात्रा रद्द कर दी है ।") == []


def test_an_order_to_cull_chickens() -> None:
    assert _targets(
        "केरल सरकार ने बर्ड फ्लू के केंद्र परप्पनंगडी व कोझिकोड में एक किलोमीटर के दायरे में सभी"
        " मुर्गे-मुर्गियों को मारने का आदेश दिया है ।"
    ) == ["all chickens"]


def test_heads_and_modifiers_said() -> None:
    assert gloss("स्वास्थ्य अनुभाग") == "health section"
    assert gloss("अपर किंडरगार्टन कक्षाओं") == "upper kindergarten classes"
    assert gloss("निजी चिकित्सालयों") == "private hospitals"
    assert gloss("रिहायशी इलाकों") == "residential areas"
    assert gloss("सक्रिय हॉटस्पॉट") == "active hotspots"
    assert gloss("मुस्लिम समुदाय") == "Muslim community"
    assert gloss("विनिर्माण उद्योगों") == "manufacturing factories"
    assert gloss("रांची के प्रसिद्ध पहाड़ी मंदिर") == "famous temples in Ranchi"
    assert gloss("अभयारण्य और राष्ट्रीय उद्यान") == "sanctuaries and national parks"


def test_a_grade_is_no_class() -> None:
    # the singular कक्षा names a grade ("कक्षा एक से आठ तक के … विद्यालयों"), not classes held
    assert gloss("कक्षा") is None
    assert gloss("कक्षाएं") == "classes"

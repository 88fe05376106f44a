"""Issue 13, round ev66: actor naming consistency on unseen text (corpus day files outside the
event gold's days). Kinds: one place has one English name wherever a user reads it (the NCT of
Delhi is "Delhi" in a target as in its government's name; a gazetteer town loses its diacritics
in a target as in its police's name). Sentences written like the news of corpus/hindi-covid-2020,
not taken from it."""

from __future__ import annotations

from khabar.eval.event_gold import english_names
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _names(art: Article, kind: str, role: str, nth: int = 0) -> list[str]:
    """English names of the ``role`` ("source"/"target") actors of the ``nth`` event of a type."""
    ev = [e for e in art.events if e.type == kind][nth]
    names = english_names(art, ev)
    return [names.get(i, "") for i in getattr(ev, role)]


def test_delhi_is_one_name_in_sources_and_targets() -> None:
    art = analysed("दिल्ली सरकार ने राजधानी के सभी सिनेमा हॉल और जिम बंद कर दिए हैं ।")
    assert _names(art, "COERCE", "source") == ["Government of Delhi"]
    targets = _names(art, "COERCE", "target")
    assert targets and not any("NCT" in t for t in targets)
    art = analysed("मुख्यमंत्री अरविंद केजरीवाल ने लोगों से घरों में रहने की अपील की है ।")
    assert _names(art, "REQUEST", "target") == ["general public of Delhi"]


def test_a_town_s_people_are_named_without_diacritics() -> None:
    art = analysed("गाजियाबाद के डीएम ने लोगों से घरों में रहने का अनुरोध किया है ।")
    assert _names(art, "REQUEST", "target") == ["residents of Ghaziabad"]


def test_an_institution_s_administration_is_its_management() -> None:
    art = analysed(
        "दिल्ली में कोरोना के दो नए मामले मिले हैं । कॉलेज प्रशासन ने सभी छात्रों को हॉस्टल खाली"
        " करने का निर्देश दिया है ।"
    )
    assert _names(art, "COERCE", "source") == ["college administration"]
    assert _names(art, "COERCE", "target") == ["all students"]  # not "… in Delhi"
    art = analysed("आगरा में विश्वविद्यालय प्रशासन ने सभी परीक्षाएं स्थगित कर दी हैं ।")
    assert _names(art, "COERCE", "source") == ["university administration"]
    art = analysed("जेल प्रशासन ने दोनों बंदियों को अलग बैरक में क्वारंटाइन कर दिया है ।")
    assert _names(art, "COERCE", "source") == ["prison administration"]
    # the town's administration is still the district's
    art = analysed("आगरा में प्रशासन ने सभी परीक्षाएं स्थगित कर दी हैं ।")
    assert _names(art, "COERCE", "source") == ["Agra district administration"]


def test_a_country_s_or_a_state_s_administration_is_its_government() -> None:
    art = analysed("सऊदी अरब प्रशासन ने उमरा यात्रा पर अगले आदेश तक रोक लगा दी है ।")
    assert _names(art, "COERCE", "source") == ["Government of Saudi Arabia"]
    art = analysed("जम्मू-कश्मीर प्रशासन ने 31 मार्च तक सभी प्राइमरी स्कूल बंद करने का आदेश दिया है ।")
    # the territory's own, not a district's; named as the text says it (round sa10: the tuning
    # sets Vm and Vp code "Jammu and Kashmir administration"), its code the territory's GOV
    assert _names(art, "COERCE", "source") == ["Jammu and Kashmir administration"]
    # a town's administration stays its district's
    art = analysed("जम्मू प्रशासन ने शहर में सभी रैलियों पर रोक लगा दी है ।")
    assert _names(art, "COERCE", "source") == ["Jammu district administration"]


def test_people_stranded_outside_a_place_are_not_placed_in_it() -> None:
    art = analysed("मुख्यमंत्री नीतीश कुमार ने बिहार के बाहर फंसे लोगों से धैर्य रखने की अपील की है ।")
    assert _names(art, "REQUEST", "target") == ["stranded people outside Bihar"]
    # the place they are outside is not asked
    art = analysed(
        "मुख्यमंत्री योगी आदित्यनाथ ने उत्तर प्रदेश से बाहर फंसे मजदूरों से अपील की है कि वे जहां"
        " हैं वहीं रहें ।"
    )
    assert _names(art, "REQUEST", "target") == ["stranded workers outside Uttar Pradesh"]
    # people stranded in a place keep it
    art = analysed("मुख्यमंत्री नीतीश कुमार ने राजस्थान में फंसे छात्रों से अपील की है ।")
    assert _names(art, "REQUEST", "target") == ["stranded students in Rajasthan"]


def test_a_bare_high_court_is_the_state_s_of_the_towns_named() -> None:
    art = analysed(
        "देहरादून में लॉकडाउन का सख्ती से पालन कराया गया । हाईकोर्ट ने 14 अप्रैल तक सभी अदालतों"
        " में अवकाश घोषित कर दिया है ।"
    )
    assert _names(art, "COERCE", "source") == ["Uttarakhand High Court"]
    # a town's name in a road's is no town named ("सहारनपुर चौक" in a Dehradun report)
    art = analysed(
        "शहर में चकराता रोड, सहारनपुर चौक पर पुलिस तैनात रही । हाईकोर्ट ने 14 अप्रैल तक सभी"
        " अदालतों में अवकाश घोषित कर दिया है ।"
    )
    assert _names(art, "COERCE", "source") == ["High Court"]
    # towns of two states: no state
    art = analysed(
        "लखनऊ और पटना में लॉकडाउन रहा । हाईकोर्ट ने 14 अप्रैल तक सभी अदालतों में अवकाश घोषित कर"
        " दिया है ।"
    )
    assert _names(art, "COERCE", "source") == ["High Court"]


def test_a_bare_high_court_after_a_named_one_is_that_court() -> None:
    art = analysed(
        "डॉक्टरों पर हमला करने के आरोपी की जमानत याचिका पर दिल्ली उच्च न्यायालय ने सुनवाई की ।"
        " उच्च न्यायालय ने आरोपी को निजी मुचलके पर रिहा करने का आदेश दिया ।"
    )
    ev = [e for e in art.events if e.type == "RETREAT"]
    assert ev and _names(art, "RETREAT", "source") == ["Delhi High Court"]


def test_high_courts_named_after_their_seat_s_old_name() -> None:
    art = analysed(
        "बॉम्बे हाईकोर्ट ने महाराष्ट्र सरकार को प्रवासी मजदूरों के लिए भोजन की व्यवस्था करने का"
        " निर्देश दिया ।"
    )
    assert _names(art, "COERCE", "source") == ["Bombay High Court"]
    art = analysed("मद्रास उच्च न्यायालय ने लॉकडाउन के खिलाफ दायर याचिका खारिज कर दी ।")
    assert _names(art, "REJECT", "source") == ["Madras High Court"]

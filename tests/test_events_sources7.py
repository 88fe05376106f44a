"""Issue 13, round ev64: source actors of unseen text (day files outside the event gold; stand-in
sets /tmp/s11/annotC, /tmp/s12/annotF-G, round s13). Kinds: one government under one name (the
NCT of Delhi as "Government of Delhi", whether named by its head or by the city); an agentless
measure in Delhi with no district is the NCT's government (a "Delhi district administration" does
not exist); a state's office holder acting as a ने-agent makes a later bare "सरकार" that state's.
Sentences written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from khabar.eval.event_gold import english_names
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _sources(art: Article, kind: str, nth: int = 0) -> list[str]:
    """English names of the sources of the ``nth`` event of PLOVER type ``kind``."""
    ev = [e for e in art.events if e.type == kind][nth]
    names = english_names(art, ev)
    return [names.get(i, "") for i in ev.source]


def test_the_delhi_government_has_one_name() -> None:
    art = analysed("केजरीवाल सरकार ने राजधानी के सभी जिम और स्विमिंग पूल बंद कर दिए हैं ।")
    assert _sources(art, "COERCE") == ["Government of Delhi"]
    art = analysed("दिल्ली सरकार ने राजधानी के सभी जिम और स्विमिंग पूल बंद कर दिए हैं ।")
    assert _sources(art, "COERCE") == ["Government of Delhi"]


def test_an_agentless_measure_in_delhi_is_the_nct_s() -> None:
    art = analysed("दिल्ली में 30 अप्रैल तक सभी सरकारी स्कूल बंद कर दिए गए हैं ।")
    assert _sources(art, "COERCE") == ["Government of Delhi"]
    # a district named by its compass word stays that district's
    art = analysed("दक्षिणी दिल्ली में कई गलियों को सील कर दिया गया है ।")
    assert _sources(art, "COERCE") == ["South Delhi district administration"]
    # another city keeps its district administration
    art = analysed("लखनऊ में 30 अप्रैल तक सभी सरकारी स्कूल बंद कर दिए गए हैं ।")
    assert _sources(art, "COERCE") == ["Lucknow district administration"]


def test_a_chief_minister_s_appeal_makes_a_later_bare_government_his_state_s() -> None:
    art = analysed(
        "दिल्ली सरकार ने मजदूरों के लिए भोजन का इंतजाम करने का भरोसा दिया है । झारखंड के"
        " मुख्यमंत्री हेमंत सोरेन ने दूसरे राज्यों में फंसे मजदूरों से अपील की है कि वे जहां हैं"
        " वहीं रहें । सरकार उनके लिए राशन की व्यवस्था कर रही है ।"
    )
    assert _sources(art, "AID") == ["Government of Jharkhand"]
    # a government the sentence names itself is not overridden
    art = analysed(
        "दिल्ली सरकार ने सभी स्कूल बंद कर दिए हैं । मुख्यमंत्री हेमंत सोरेन ने केंद्र सरकार से"
        " मदद मांगी है । सरकार ने सभी मॉल बंद कर दिए हैं ।"
    )
    assert _sources(art, "COERCE", 1) == ["Government of Delhi"]

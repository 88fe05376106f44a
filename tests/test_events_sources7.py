"""Issue 13, round ev64: source actors of unseen text (day files outside the event gold; stand-in
sets /tmp/s11/annotC, /tmp/s12/annotF-G, round s13). Kinds: one government under one name (the
NCT of Delhi as "Government of Delhi", whether named by its head or by the city); an agentless
measure in Delhi with no district is the NCT's government (a "Delhi district administration" does
not exist); a state's office holder acting as a ने-agent makes a later bare "सरकार" that state's.
Sentences written like the news of corpus/hindi-covid-2020, not taken from it."""

from __future__ import annotations

from khabar.eval.event_gold import english_names
from khabar.model import Article, Event

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
    # the administration named by the office word in a Delhi report
    art = analysed(
        "दिल्ली में कोरोना के 150 नए मामले मिले हैं । प्रशासन ने राजधानी में 20 और इलाकों को"
        " कंटेनमेंट जोन घोषित कर दिया है ।"
    )
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


def test_a_country_or_state_taking_a_measure_is_its_government() -> None:
    art = analysed("ओमान ने भारत से आने वाली सभी उड़ानों पर अगले आदेश तक रोक लगा दी है ।")
    assert _sources(art, "COERCE") == ["Government of Oman"]
    art = analysed("अमेरिका ने महामारी से निपटने के लिए नेशनल गार्ड के जवानों को तैनात किया है ।")
    assert _sources(art, "MOBILIZE") == ["Government of the United States"]
    art = analysed("ओडिशा ने दूसरे राज्यों से आने वाले लोगों के लिए अपनी सीमाएं सील कर दी हैं ।")
    assert _sources(art, "COERCE") == ["Government of Odisha"]


def test_a_country_between_states_or_as_a_possessor_stays_itself() -> None:
    # an accusation between states: the country, as analysts code international acts
    art = analysed("चीन ने अमेरिका पर महामारी को लेकर झूठ फैलाने का आरोप लगाया है ।")
    assert _sources(art, "ACCUSE") == ["China"]
    # a possessor is no subject: "ईरान के फैसले" stays Iran
    art = analysed("भारतीयों के लिए वीजा-मुक्त प्रवेश की अनुमति देने के ईरान के फैसले का स्वागत हुआ ।")
    assert all(not s.startswith("Government of") for e in art.events for s in _names(art, e))


def test_a_force_or_national_body_named_alone_is_india_s() -> None:
    art = analysed("सेना ने छावनी के बाजार वाले इलाके को 48 घंटे के लिए सील कर दिया है ।")
    assert _sources(art, "COERCE") == ["Indian Army"]
    art = analysed("सीबीएसई ने दसवीं और बारहवीं की बची हुई परीक्षाएं स्थगित कर दी हैं ।")
    assert _sources(art, "COERCE") == ["Central Board of Secondary Education"]
    art = analysed("डीएमआरसी ने यात्रियों से बेवजह सफर न करने की अपील की है ।")
    assert _sources(art, "REQUEST") == ["Delhi Metro Rail Corporation"]


def test_a_ne_agent_keeps_the_act_over_a_by_phrase_inside_its_object() -> None:
    art = analysed(
        "दौरे के बाद स्वास्थ्य मंत्री हर्षवर्धन ने एम्स द्वारा वीडियो कॉल तकनीक के इस्तेमाल से"
        " मरीजों की निगरानी के इंतजामों की सराहना की ।"
    )
    assert _sources(art, "SUPPORT") == ["Harsh Vardhan"]


def _names(art: Article, ev: Event) -> list[str]:
    names = english_names(art, ev)
    return [names.get(i, "") for i in ev.source]


def test_a_state_s_high_court_is_named_so() -> None:
    art = analysed("केरल उच्च न्यायालय ने याचिका पर राज्य सरकार से दो दिन में जवाब मांगा है ।")
    assert _sources(art, "REQUEST") == ["Kerala High Court"]
    art = analysed("जिला अदालत ने आरोपी की जमानत याचिका खारिज कर दी है ।")
    assert all("High Court" not in s for e in art.events for s in _names(art, e))
    # with no place, the high court of the state the report named
    art = analysed(
        "देहरादून : उत्तराखंड में कोरोना के दो नए मामले मिले हैं । हाईकोर्ट ने निचली अदालतों के लिए"
        " 14 अप्रैल तक अवकाश घोषित कर दिया है ।"
    )
    assert _sources(art, "COERCE") == ["Uttarakhand High Court"]


def test_place_and_person_names_are_written_as_the_english_press_does() -> None:
    art = analysed("गाजियाबाद पुलिस ने लॉकडाउन तोड़ने वाले 40 लोगों को गिरफ्तार किया है ।")
    assert _sources(art, "COERCE") == ["Ghaziabad Police"]  # not the gazetteer's "Ghāziābād"
    art = analysed("केंद्रीय मंत्री नितिन गडकरी ने टोल कंपनियों से मजदूरों को खाना देने की अपील की है ।")
    assert _sources(art, "REQUEST") == ["Nitin Gadkari"]

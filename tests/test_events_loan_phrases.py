"""Issue 13, round nm1: the English of a side says what its own Hindi says when the Hindi is
English written in Devanagari. A ``text:`` actor whose head the glossary lacks had no English at
all ("लॉयन सफारी", "एक पीएसयू", "पीएम-केयर्स फंड"); a loan word or initials before a known head
was left out ("रेड जोन" = zone, "डिप्टी कमिश्नरों" = commissioners). Sentences short and quoted
from the allowed corpus day files of corpus/hindi-covid-2020."""

from __future__ import annotations

from khabar.events.gloss import gloss
from khabar.events.loan_phrases import loan_modifier, loan_phrase

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-03-16")


def test_a_closed_place_named_in_loan_words_is_said() -> None:
    art = analysed("यूपी के इटावा में लॉयन सफारी को लोगों के लिए 23 मार्च तक बंद कर दिया गया है ।")
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "target") == ["lion safari"]


def test_an_order_to_a_body_named_by_initials() -> None:
    art = analysed(
        "केंद्रीय स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने कहा कि हमने 10,000 वेंटिलेटर"
        " बनाने के लिए एक पीएसयू को आदेश दिया है ।"
    )
    [ev] = _events(art, "COERCE")
    assert _names(art, ev, "target") == ["one PSU"]


def test_loan_phrases_word_by_word() -> None:
    assert loan_phrase("प्लेसमेंट फेयर") == "placement fair"
    assert loan_phrase("पीएम-केयर्स फंड") == "PM-CARES fund"
    assert loan_phrase("पीएम- केयर्स फंड") == "PM CARES fund"  # the tokenizer's dangling hyphen
    assert loan_phrase("इस पूरे प्रोग्राम") == "the entire programme"  # the glossary's determiners
    assert loan_phrase("पेरिस मैराथन") == "Paris marathon"  # a place of the KB
    assert loan_phrase("सभी स्पा") == "all spas"  # a plural quantifier
    assert loan_phrase("4 केबिन क्रू") == "4 cabin crew"  # no plural of its own


def test_no_loan_phrase_with_a_hindi_word_or_a_hindi_head() -> None:
    # a Hindi head or modifier the glossary lacks: no English rather than a part of it
    assert loan_phrase("टिकट बुकिंग खिड़की") is None
    assert loan_phrase("पश्चिमी विंग") is None
    assert loan_phrase("स्कूल अभी") is None
    assert loan_phrase("कसाई बाड़ा") is None
    # a genitive is the gloss's reading, not a run of loan words
    assert loan_phrase("संबंधित दुकान का लाइसेंस") is None


def test_a_loan_modifier_before_a_known_head_is_said() -> None:
    art = analysed(
        "डिप्टी कमिश्नरों को आदेश दिए गए हैं कि वे मुख्यमंत्री के निर्देशों के तहत दुकानों को"
        " खोलने के लिए रोटेशनल समय सारिणी बनाएं ।"
    )
    [ev] = _events(art, "COERCE")
    assert [n.split(" in ")[0] for n in _names(art, ev, "target")] == ["deputy commissioners"]
    assert gloss("रेड जोन") == "red zone"
    assert gloss("डीएलडब्लू सिनेमा हॉल") == "DLW cinemas"
    assert gloss("COVID-19 प्रभावित देशों") == "COVID-19 affected countries"
    assert gloss("बॉयोमीट्रिक अटेंडेंस") == "biometric attendance"


def test_loan_modifier_negatives() -> None:
    assert loan_modifier("दौरान") is None  # a Hindi word stays out ("इस दौरान सभी राज्यों")
    assert loan_modifier("के") is None  # one letter's name is no initials
    assert gloss("इस दौरान सभी राज्यों") == "all states"
    # the head itself must be the glossary's: a loan word alone as head is loan_phrase's
    assert gloss("लॉयन सफारी") is None


def test_a_feminine_head_in_its_direct_singular_is_one() -> None:
    # "कंपनी ने …": the company of the report, which the entry's plural English said "companies"
    art = analysed(
        "कंपनी ने अपने सभी कर्मचारियों को अगले कुछ दिनों के लिए घर से काम करने की सलाह दी है ।"
    )
    [ev] = _events(art, "REQUEST")
    assert _names(art, ev, "source") == ["company"]
    assert gloss("लिखित परीक्षा") == "written examination"
    assert gloss("मेट्रो सेवा") == "metro service"
    # the direct plural, a plural quantifier, a list and a masculine -ी noun keep the plural
    assert gloss("कंपनियां") == "companies"
    assert gloss("सभी यात्री ट्रेन सेवा") == "all passenger train services"
    assert gloss("स्कूल और कंपनी") == "schools and companies"
    assert gloss("कर्मचारी") == "employees"

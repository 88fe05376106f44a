"""Issue 13, recall pass ev65: a measure in the absolutive ("… को हॉटस्पॉट घोषित कर", "… को
गिरफ्तार कर") before a passive main verb ("… सील कर दिया गया है", "… मुकदमे दर्ज किए गए") is
agentless like it and gets the same inferred issuer; it lost its event before (no agent). Sentences
written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-18")


def _coerce(art: Article, trigger: str) -> list[Event]:
    return [
        e for e in art.events if e.type == "COERCE" and trigger in (e.trigger or "") and e.source
    ]


def test_an_absolutive_before_a_passive_is_an_event() -> None:
    art = analysed(
        "मरीज मिलने के बाद प्रशासन सतर्क हो गया । पूरे मोहल्ले को कंटेनमेंट जोन घोषित कर "
        "आसपास की गलियों को सील कर दिया गया है ।"
    )
    [ev] = _coerce(art, "घोषित")
    assert ev.modality == "happened"
    assert _coerce(art, "सील")
    art = analysed("लॉकडाउन तोड़ने पर जिले में 86 लोगों को गिरफ्तार कर पांच मुकदमे दर्ज किए गए हैं ।")
    assert _coerce(art, "गिरफ्तार")
    art = analysed("संपर्क में आए लोगों को क्वारंटाइन कर उनके नमूने जांच के लिए भेजे जा रहे हैं ।")
    assert _coerce(art, "क्वारंटाइन")


def test_no_absolutive_no_condition_no_future_no_lab() -> None:
    # a finite "कर दिया" joined to a passive by और is no absolutive: its own agent stays
    art = analysed("हमने बाजार को बंद कर दिया है और दुकानदारों को घर भेज दिया गया है ।")
    assert not [e for e in _coerce(art, "बंद") if e.source == ["actor:Government of India"]]
    # a condition and a future main verb: nothing done yet
    assert not _coerce(
        analysed("अगर नए मामले मिले तो गांव को क्वारंटाइन कर बाहर से आवाजाही रोक दी जाएगी ।"),
        "क्वारंटाइन",
    )
    assert not _coerce(analysed("संक्रमित इलाकों को सील कर वहां सभी घरों तक राशन पहुंचाया जाएगा ।"), "सील")
    # the virus isolated in a laboratory is no measure
    assert not _coerce(
        analysed("संस्थान में मरीजों के नमूनों से वायरस को आइसोलेट कर टीके के लिए जरूरी सामग्री जुटा ली गई है ।"),
        "आइसोलेट",
    )


def test_a_closure_until_further_orders_is_a_measure() -> None:
    art = analysed("जिले में सभी सिनेमा हॉल और जिम अगले आदेश तक बंद रहेंगे ।")
    [ev] = [e for e in art.events if e.type == "COERCE" and e.source]
    assert ev.mode == "close"
    art = analysed("शहर के सभी पार्क अगली सूचना तक के लिए बंद रहेंगे ।")
    assert [e for e in art.events if e.type == "COERCE" and e.source]


def test_a_closure_with_no_order_named_stays_out() -> None:
    # a list of what stays closed names no order: still no event without a speaker or a date
    assert not [e for e in analysed("सभी सिनेमा हॉल और जिम बंद रहेंगे ।").events if e.type == "COERCE"]
    # the order is another clause's: "अगले आदेश तक" bounds the ban, the closure is a consequence
    art = analysed("अगले आदेश तक के लिए लॉकडाउन है, इसलिए सभी बाजार बंद रहेंगे ।")
    assert not [e for e in art.events if e.type == "COERCE" and e.mode == "close"]


def test_what_stays_closed_during_a_lockdown_is_part_of_it() -> None:
    art = analysed(
        "राज्य में 31 मार्च तक लॉकडाउन लागू कर दिया गया है । इस दौरान सभी मॉल और सिनेमा हॉल बंद रहेंगे ।"
    )
    assert [e for e in art.events if e.mode == "close" and e.source]
    art = analysed("लॉकडाउन के दौरान जिले के सभी सरकारी कार्यालय बंद रहेंगे ।")
    assert [e for e in art.events if e.mode == "close" and e.source]


def test_during_something_else_is_no_order() -> None:
    # the period of a festival or a journey names no measure
    art = analysed("त्योहार के दौरान बाजार बंद रहेंगे ।")
    assert not [e for e in art.events if e.mode == "close"]
    # "इस दौरान" in another clause, a comma between
    art = analysed("इस दौरान बैठक हुई, जिसके बाद कुछ दुकानें बंद रहेंगी ।")
    assert not [e for e in art.events if e.mode == "close"]


def test_a_cancellation_announced_to_stay_is_a_measure() -> None:
    art = analysed("मुख्यमंत्री ने कहा कि राज्य की सभी परीक्षाएं 15 अप्रैल तक स्थगित रहेंगी ।")
    [ev] = [e for e in art.events if e.mode == "cancel"]
    assert ev.source
    art = analysed("दिल्ली से मुंबई की सभी उड़ानें 10 से 20 अप्रैल तक निलंबित रहेंगी ।")
    assert [e for e in art.events if e.mode == "cancel" and e.source]


def test_a_cancellation_staying_with_no_order_named_is_no_event() -> None:
    assert not [e for e in analysed("कई उड़ानें निलंबित रहेंगी ।").events if e.mode == "cancel"]

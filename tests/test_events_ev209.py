"""Round ev209 (issue 13): recall on the tuning sets, second pass — a filing deadline extended
("… की आखिरी तारीख बढ़ाकर 30 जून कर दी गई है") and the closures listed under a measure just
announced ("सभी पार्क, मल्टीप्लेक्स सिनेमा हॉल बंद रहेंगे")."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-24")


def _of(art: Article, type_: str, mode: str | None = None) -> list[Event]:
    return [e for e in art.events if e.type == type_ and (mode is None or e.mode == mode)]


def _closures(art: Article, words: str) -> list[Event]:
    """The closure events whose sentence holds ``words``."""
    return [
        e
        for e in _of(art, "COERCE", "close")
        if words in art.text[e.evidence_start : e.evidence_end]
    ]


# ---- (1) a filing deadline extended ---------------------------------------------------------


def test_a_deadline_extended_with_badhaakar_is_a_concession() -> None:
    # NT-2020-MAR-24.txt
    art = analysed(
        "वित्त मंत्री निर्मला सीतारमण ने मंगलवार को कई राहतों का ऐलान किया । "
        "- आधार पैन लिंक करने की आखिरी तारीख बढ़ाकर 30 जून 2020 तक कर दी गई है ।"
    )
    [ev] = _of(art, "CONCEDE", "ease")
    assert ev.trigger == "आखिरी तारीख"
    assert ev.modality == "happened"
    assert ev.date is None  # 30 June is the new deadline, not the day it was extended
    assert ev.source  # the government, inferred


def test_a_filing_date_to_be_extended_is_a_planned_concession() -> None:
    # AU-2020-MAY-13.txt
    art = analysed("आईटीआर भरने की तारीख को 30 नवंबर 2020 तक बढ़ाया जाएगा ।", "2020-05-13")
    [ev] = _of(art, "CONCEDE", "ease")
    assert ev.trigger == "भरने की तारीख"
    assert ev.modality == "planned"


def test_a_holiday_put_back_or_a_date_that_may_move_is_no_concession() -> None:
    # a school's holiday date extends a closure; AU-2020-MAR-13.txt: what may be done later
    art = analysed("स्कूलों की छुट्टी की तारीख बढ़ाकर 31 मार्च कर दी गई है ।")
    assert not _of(art, "CONCEDE")
    art = analysed("20 मार्च को समीक्षा बैठक के बाद जरूरत पड़ने पर तारीख पुन: बढ़ाई जा सकती है ।")
    assert not art.events


def test_a_count_raised_with_badhaakar_is_no_act() -> None:
    art = analysed("अस्पताल में बिस्तरों की संख्या बढ़ाकर 500 कर दी गई है ।")
    assert not _of(art, "CONCEDE")


# ---- (2) closures listed under a measure just announced ---------------------------------------

_JHARKHAND = (  # PK-2020-MAR-16.txt
    "रांची : झारखंड में भी कोरोना वायरस के बढ़ते खतरे को देखते हुए सभी स्कूल कॉलेज और कोचिंग सेंटर "
    "14 अप्रैल तक के लिए बंद कर दिया गया है. "
)


def test_an_item_after_a_closure_order_is_the_same_authoritys_closure() -> None:
    art = analysed(_JHARKHAND + "सभी पार्क, मल्टीप्लेक्स सिनेमा हॉल बंद रहेंगे.", "2020-03-16")
    [ev] = _closures(art, "सभी पार्क")
    assert ev.source
    assert "park" in target_names(art, ev)[0]


def test_the_items_carry_the_list_on() -> None:
    # PK-2020-MAR-22.txt: a lockdown's items, one sentence each
    art = analysed(
        "झारखंड सरकार ने पूरे राज्य में लॉकडाउन का ऐलान किया है. "
        "सभी दुकानें, व्यावसायिक प्रतिष्ठान, कार्यालय, फैक्ट्री, गोदाम आदि बंद रहेंगे. "
        "सभी प्रकार के निर्माण कार्य बंद रहेंगे. "
        "सभी धार्मिक स्थल भी पूर्णत: बंद रहेंगे.",
        "2020-03-22",
    )
    for words in ("सभी दुकानें", "निर्माण कार्य", "धार्मिक स्थल"):
        assert len(_closures(art, words)) == 1, words


def test_a_bare_item_with_no_measure_before_stays_out() -> None:
    art = analysed("सभी पार्क, मल्टीप्लेक्स सिनेमा हॉल बंद रहेंगे.", "2020-03-16")
    assert not art.events


def test_an_item_far_from_the_measure_stays_out() -> None:
    art = analysed(
        _JHARKHAND
        + "राज्य में अब तक कोई मरीज नहीं मिला है. डॉक्टरों ने लोगों को हाथ धोने की सलाह दी है. "
        + "अस्पतालों में भीड़ कम है. बाजारों में मास्क की कमी है. "
        + "सभी पार्क, मल्टीप्लेक्स सिनेमा हॉल बंद रहेंगे.",
        "2020-03-16",
    )
    assert not _closures(art, "सभी पार्क")


def test_a_forecast_people_at_home_or_a_relative_clause_stay_out() -> None:
    art = analysed(_JHARKHAND + "माना जा रहा है कि सभी पार्क भी बंद रहेंगे.", "2020-03-16")
    assert not _closures(art, "सभी पार्क")
    # DH-2020-MAR-23.txt: people kept indoors, no place closed
    art = analysed(
        _JHARKHAND + "सभी नागरिक आपातकालीन स्थिति को छोड़कर अपने घरों में बंद रहेंगे.", "2020-03-23"
    )
    assert not _closures(art, "सभी नागरिक")
    # AU-2020-MAR-22.txt: the order's content in its own sentence, one act with it
    art = analysed(
        _JHARKHAND
        + "साथ ही अकोला जिला प्रशासन ने 22 मार्च से 24 मार्च के बीच तालाबंदी के आदेश दिए हैं "
        + "जिस दौरान आवश्यक सामग्री बेचने वालों को छोड़कर सभी प्रतिष्ठान बंद रहेंगे.",
        "2020-03-22",
    )
    assert not _closures(art, "अकोला")

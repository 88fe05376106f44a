"""Issue 13, round pl3: a place taken from another item of a round-up.

A round-up's item opened by one state's sub-heading or government ("उत्तराखंड : …", "आंध्र प्रदेश
सरकार ने …") left that state as the article's government; the next item named its own state only
as where its news is ("ओडिशा में … आदेश दिया गया है", "तमिलनाडु का रामेश्वरम … मंदिर …"), and its
agentless measure was still guessed the first state's (:func:`khabar.events.issuer.authority`).
The state named since is the measure's. Negatives: a measure with no other state named keeps the
item's government; a state named before the government word keeps the government named last; a
national government word is not replaced by a state named after it.

Sentences are the news's own (allowed corpus day files, named by each) or written for a negative."""

from __future__ import annotations

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-22")

# AU-2020-MAR-22.txt (a temples round-up's item)
_ANDHRA = (
    "आंध्र प्रदेश सरकार ने प्रसिद्ध बालाजी व श्रीकालहस्ती मंदिर समेत सभी मंदिरों को 31 मार्च तक"
    " बंद कर दिया है ।\n"
)
# AU-2020-MAR-22.txt
_TAMIL = (
    "तमिलनाडु का रामेश्वरम रामनाथन स्वामी मंदिर भी 31 तक बंद रहेगा । इस दौरान श्रद्धालुओं के मंदिर"
    " आने पर पाबंदी रहेगी ।\n"
)
# DJ-2020-MAR-13.txt (two items of a states round-up, shortened)
_UTTARAKHAND = (
    "उत्तराखंड : सभी स्कूल 31 मार्च तक बंद\n\n"
    "उत्तराखंड में सभी स्कूल 31 मार्च तक बंद करने का आदेश दिया गया है ।\n\n"
)
_ODISHA = (
    "ओडिशा में कोरोना वायरस के मद्देनजर सभी शैक्षणिक संस्थान 31 मार्च तक बंद रखने का आदेश दिया गया"
    " है । सिनेमा हॉल, स्विमिंग पूल और जिम भी 31 मार्च तक बंद रहेंगे ।\n"
)


def _event(text: str, trigger: str, words: str) -> tuple[list[str], list[str]]:
    art = analysed(text)
    [ev] = [
        e
        for e in art.events
        if e.trigger == trigger and words in art.text[e.evidence_start : e.evidence_end]
    ]
    return ev.source, target_names(art, ev)


def test_a_temple_ban_is_the_state_named_since() -> None:
    source, target = _event(_ANDHRA + _TAMIL, "पाबंदी", "श्रद्धालुओं")
    assert source == ["actor:Government of Tamil Nadu"]
    assert not any("Andhra" in t for t in target)


def test_a_closure_after_the_next_states_item_is_that_states() -> None:
    source, target = _event(_UTTARAKHAND + _ODISHA, "बंद", "स्विमिंग")
    assert source == ["actor:Government of Odisha"]
    assert any("Odisha" in t for t in target)


def test_the_items_own_state_keeps_its_measure() -> None:
    # the Uttarakhand item alone: its measure stays Uttarakhand's
    text = _UTTARAKHAND + "राज्य में सिनेमा हॉल भी 31 मार्च तक बंद रहेंगे ।\n"
    source, _ = _event(text, "बंद", "सिनेमा")
    assert source == ["actor:Government of Uttarakhand"]


def test_a_government_named_after_the_state_keeps_its_measure() -> None:
    # written: Tamil Nadu named first, Andhra Pradesh's government after it: Andhra's, as before
    text = (
        "तमिलनाडु में भी कई मंदिर बंद हैं ।\n"
        + _ANDHRA
        + "इस दौरान श्रद्धालुओं के मंदिर आने पर पाबंदी रहेगी ।\n"
    )
    source, _ = _event(text, "पाबंदी", "श्रद्धालुओं")
    assert source == ["actor:Government of Andhra Pradesh"]


def test_the_centre_is_not_replaced_by_a_state_named_after_it() -> None:
    # written: the Centre's order, a state named after it as a place of cases
    text = (
        "केंद्र सरकार ने सभी अंतरराष्ट्रीय उड़ानों पर रोक लगा दी है ।\n"
        "केरल में अब तक 20 मामले सामने आए हैं । इस दौरान सभी पर्यटन वीजा निलंबित रहेंगे ।\n"
    )
    source, _ = _event(text, "निलंबित", "वीजा")
    assert source == ["actor:Government of India"]

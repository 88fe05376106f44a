"""Issue 13, round ev111 (session 20): kinds of false positive on the unseen tuning sets Ti and
Td (articles of allowed corpus days, annotated by people who never ran khabar) that recur on
other corpus text. The dev gold's rules code easing a restriction CONCEDE; an order that lays one
down was read as a coercion (an order), its easing missed:

- an order to reopen a trade or a place ("… दुकानों को खोलने के आदेश जारी किए") is an easing;
- the plural "राहतें" is relaxations (CONCEDE), the singular "राहत" stays relief given (AID);

and a measure said not to have been taken before a "but" ("… पर रोक तो नहीं लगाई है लेकिन सलाह
जरूर दी है") is no act (Td).

Sentences are written like the news, each kind with negatives beside it (the orders still found)."""

from __future__ import annotations

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-05-02")


def _kinds(art: Article) -> list[tuple[str | None, str | None]]:
    return [(e.type, e.mode) for e in art.events]


# ---- an order to reopen ---------------------------------------------------------------------------


def test_an_order_to_reopen_shops_is_an_easing() -> None:
    art = analysed("जिला प्रशासन ने राशन और दवा की दुकानों को खोलने के आदेश जारी किए हैं ।")
    assert _kinds(art) == [("CONCEDE", "ease")]
    # a time between the object and its verb
    art = analysed("जिलाधिकारी ने सभी दुकानों को सुबह सात बजे से खोलने का आदेश दिया है ।")
    assert _kinds(art) == [("CONCEDE", "ease")]
    art = analysed("आबकारी विभाग ने शहर में शराब के ठेके खोलने का आदेश दे दिया है ।")
    assert _kinds(art) == [("CONCEDE", "ease")]


def test_an_order_to_open_what_no_lockdown_shut_stays_an_order() -> None:
    # a control room, an account: opened, not reopened
    art = analysed("जिलाधिकारी ने कलेक्ट्रेट में कंट्रोल रूम खोलने का आदेश दिया है ।")
    assert _kinds(art) == [("COERCE", "order")]
    art = analysed("उपायुक्त ने बैंकों में मजदूरों के खाते खोलने का निर्देश दिया है ।")
    assert _kinds(art) == [("COERCE", "order")]
    # shops ordered shut: a closure, as before
    art = analysed("जिलाधिकारी ने सभी दुकानों को बंद करने का आदेश दिया है ।")
    assert ("COERCE", "close") in _kinds(art)
    assert ("CONCEDE", "ease") not in _kinds(art)


# ---- relaxations and relief -----------------------------------------------------------------------


def test_relaxations_given_are_an_easing_and_relief_stays_aid() -> None:
    art = analysed("लॉकडाउन के तीसरे चरण में केंद्र सरकार ने कुछ राहतें जरूर दी हैं ।")
    assert _kinds(art) == [("CONCEDE", "ease")]
    # relaxations an order lays down: the easing is found beside the order
    art = analysed(
        "गृह मंत्रालय ने अपने आदेश में कहा है कि ऑरेंज जोन में कुछ राहतें दी जाएंगी वहीं, रेड जोन में"
        " कोई छूट नहीं दी जाएगी ।"
    )
    assert ("CONCEDE", "ease") in _kinds(art)
    art = analysed("राज्य सरकार ने बाढ़ पीड़ितों को राहत दी है ।")
    assert [e.type for e in art.events] == ["AID"]


# ---- a measure not taken, but … -------------------------------------------------------------------


def test_a_measure_not_taken_before_a_but_is_no_act() -> None:
    art = analysed(
        "राज्य सरकार ने लोगों के बाहर जाने पर रोक तो नहीं लगाई है लेकिन सलाह जरूर दी है कि वे घर"
        " में रहें ।"
    )
    assert ("COERCE", "ban") not in _kinds(art)
    assert [e.type for e in art.events] == ["REQUEST"]  # the advice given instead
    art = analysed(
        "मुख्यमंत्री ने कहा कि फिलहाल हम शहर में लॉकडाउन नहीं कर रहे हैं, लेकिन जरूरत पड़ने पर ऐसा"
        " किया जा सकता है ।"
    )
    assert not [e for e in art.events if e.type == "COERCE"]


def test_a_denied_act_that_is_news_of_its_own_stays() -> None:
    # a state not following the Centre's zones ("but" before it, not after)
    art = analysed(
        "केंद्र सरकार ने 13 जिलों को ग्रीन जोन में शामिल किया था, लेकिन राज्य सरकार ने हालात को देखते"
        " हुए ग्रीन जोन नहीं बनाया है ।"
    )
    assert [(e.type, e.modality) for e in art.events if e.type == "COERCE"] == [("COERCE", "denied")]
    # a refusal before a "but" is still a refusal
    art = analysed("बीडीओ ने धरना कार्यक्रम की अनुमति देने से इनकार कर दिया, लेकिन लोग जुटे रहे ।")
    assert art.events

"""Issue 13, round ev124 (session 23): an act an article recaps as background is one event.

The census of the false positives of the seven tuning sets found acts told once as news and again
in a sentence the news marks as background: opened by "इससे पहले" or "गौरतलब है", or with "पहले
ही" (already) or "चूंकि" (since) in the clause of the act. The scorer counts the recap as a false
positive wherever the annotator listed only the telling. An event so marked is dropped where
another sentence of its article tells the same act (type, mode, modality, givers, targets, dates
agreeing) in another paragraph (``retold.drop_recaps``); a marked act told nowhere else, a marked
act of another giver, target or date, and a step told "already" in the paragraph of the act just
told, stay.

Sentences are written like the news, each kind with negatives beside it."""

from __future__ import annotations

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")


def _acts(art: Article, kind: str) -> list[str]:
    return [e.trigger for e in art.events if e.type == kind]


def test_a_closure_recapped_with_already_is_one_act() -> None:
    art = analysed(
        "राज्य सरकार ने सभी स्कूलों और कॉलेजों को 31 मार्च तक बंद कर दिया है ।\n"
        "गौरतलब है कि राज्य सरकार ने स्कूलों को पहले ही बंद कर दिया है ।"
    )
    assert len(_acts(art, "COERCE")) == 1


def test_the_recap_before_the_telling_is_the_one_dropped() -> None:
    art = analysed(
        "जिलाधिकारी ने सिनेमा हॉल को पहले ही बंद कर दिया है ।\n"
        "जिलाधिकारी ने शनिवार को सभी सिनेमा हॉल और जिम 15 अप्रैल तक बंद कर दिए ।"
    )
    [close] = [e for e in art.events if e.type == "COERCE"]
    assert "शनिवार" in art.text[close.evidence_start : close.evidence_end]


def test_an_appeal_cited_as_a_reason_is_the_appeal_made() -> None:
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने देशवासियों से रात नौ बजे दीया जलाने की अपील की है ।\n"
        "लोगों ने कहा कि चूंकि प्रधानमंत्री ने अपील की है इसलिए वे भी दीया जलाएंगे ।"
    )
    assert len(_acts(art, "REQUEST")) == 1


def test_an_earlier_act_told_only_as_background_stays() -> None:
    art = analysed(
        "जिला प्रशासन ने मंगलवार को दस गांवों को सील कर दिया ।\n"
        "इससे पहले पुलिस ने शहर के सभी बाजार बंद करा दिए थे ।"
    )
    assert len(_acts(art, "COERCE")) == 2


def test_a_recap_of_another_givers_act_stays() -> None:
    art = analysed(
        "गृह मंत्रालय ने लॉकडाउन को दो हफ्ते के लिए बढ़ा दिया है ।\n"
        "इससे पहले मुख्यमंत्री ने राज्य में लॉकडाउन की घोषणा की थी ।"
    )
    assert len(_acts(art, "COERCE")) == 2


def test_an_unmarked_second_telling_stays() -> None:
    art = analysed(
        "प्रशासन ने शहर के सभी पार्क बंद कर दिए हैं ।\nप्रशासन ने सभी जिम भी बंद कर दिए हैं ।"
    )
    assert len(_acts(art, "COERCE")) == 2


def test_an_earlier_step_in_the_same_paragraph_stays() -> None:
    art = analysed(
        "मुख्यमंत्री ने बाहर फंसे सभी मजदूरों को एक हजार रुपये की सहायता दी है । "
        "मुख्यमंत्री ने पहले ही राहत कोष से 200 करोड़ रुपये की सहायता दी है ।"
    )
    assert len(_acts(art, "AID")) == 2


def test_a_recap_naming_another_place_or_group_stays() -> None:
    art = analysed(
        "जिला प्रशासन ने विदेश से लौटे एक परिवार को होम क्वारंटाइन कर दिया है ।\n"
        "इससे पहले जिला प्रशासन ने हरमू में एक परिवार को होम क्वारंटाइन कर दिया था ।"
    )
    assert len(_acts(art, "COERCE")) == 2

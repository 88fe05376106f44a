"""Issue 13, round ev128 (session 24): kinds of false positive on fresh corpus text (15 allowed
day files drawn with random.Random(128), every predicted event judged by the dev gold's rules).

A measure someone says should be done ("… सीमाओं को सील किया जाना चाहिए", "… उनकी मदद की जाए")
is no measure taken: the gold codes speech by what it does (advice and demands are REQUEST), and
nobody took the measure. Sentences are corpus sentences (allowed day files), with negatives
beside them: a measure whose noun was proposed ("प्रस्तावित परीक्षाएं टाल दी") and an order's
content stay as before."""

from __future__ import annotations

from khabar.model import Article

from .hindi_events import analyser, role_names

analysed = analyser("2020-04-27")


def _kinds(art: Article) -> list[tuple[str | None, str | None]]:
    return [(e.type, e.mode) for e in art.events]


def test_a_measure_said_to_be_needed_is_the_speakers_advice() -> None:
    art = analysed("गोवा के मुख्यमंत्री प्रमोद सावंत ने कहा कि सीमाओं को सील किया जाना चाहिए ।")
    assert _kinds(art) == [("REQUEST", "advise")]
    [ev] = art.events
    assert role_names(art, ev, "source") == ["Pramod Sawant"]
    assert ev.target == [] and ev.modality == "happened"
    # the speaker of the report it goes on in (AU-2020-MAR-06.txt)
    art = analysed(
        "स्वास्थ्य मंत्री डॉ. हर्षवर्धन ने कहा कि मास्क पहनने को लेकर घबराने की कोई जरूरत नहीं"
        " है । जो भी दुकानदार मास्क के लिए ज्यादा पैसे वसूल रहे हैं उनके खिलाफ सख्त कार्रवाई की"
        " जानी चाहिए ।"
    )
    assert _kinds(art) == [("REQUEST", "advise")]
    assert role_names(art, art.events[0], "source") == ["Harsh Vardhan"]


def test_a_measure_a_request_asks_for_is_the_request() -> None:
    # DH-2020-MAR-03.txt: the demand, not help given to students
    art = analysed(
        "मौलाना कल्बे जवाद ने कहा कि उन्होंने विदेश मंत्रालय को पत्र लिख मांग की है कि जो छात्र"
        " वहां से आने की इच्छा रखते हो उनकी मदद की जाए ।"
    )
    assert _kinds(art) == [("REQUEST", "request")]


def test_a_measure_nobody_proposes_is_no_act() -> None:
    # DJ-2020-ARP-21.txt: an interview's advice, no speaker named: the writer's page, no event
    art = analysed(
        "वहां बहुत आक्रामक तरीके से अभियान चलाकर हर संक्रमित व्यक्ति की पहचान कर उसे क्वारंटाइन"
        " व आइसोलेट किया जाना चाहिए, ताकि संक्रमण की चेन को तोड़ा जा सके ।"
    )
    assert art.events == []


def test_proposed_things_and_ordered_measures_stay() -> None:
    art = analysed("उत्तर प्रदेश लोकसेवा आयोग ने मार्च माह में प्रस्तावित परीक्षाएं टाल दिया है ।")
    assert _kinds(art) == [("COERCE", "cancel")]
    art = analysed("जिलाधिकारी ने निर्देश दिए हैं कि सभी स्कूलों को बंद किया जाए ।")
    assert _kinds(art) == [("COERCE", "order")]

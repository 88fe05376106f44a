"""Issue 13, recall pass of round ev80 (session 7): kinds of the core misses of the spent stand-in L
that recur in unseen text. A service announced or decided with its infinitive ("ट्रेन चलाने की
घोषणा की") is the announcer's AID, while the same infinitive as a permission's, a demand's or a
purpose's content is no act; a measure announced in an adverbial participle ("फंड बनाने की घोषणा
करते हुए प्रधानमंत्री ने …") has the main clause's ने-agent. Sentences are written like the news,
not copied from any gold; negatives beside the kind."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-05-02")  # as tests/test_events_covid_kinds.py


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_a_service_announced_with_its_infinitive_is_aid() -> None:
    for text, who in (
        ("इसके बाद रेलवे ने आठ श्रमिक स्पेशल ट्रेनें चलाने की घोषणा की ।", "actor:Indian Railways"),
        ("रेल मंत्रालय ने मजदूरों के लिए 50 विशेष ट्रेनें चलाने का फैसला किया है ।", "actor:Indian Railways"),
    ):
        [ev] = _of(analysed(text), "AID")
        assert ev.source == [who], text
        assert ev.modality == "happened", text


def test_running_a_service_as_content_of_a_permission_demand_or_purpose_is_no_aid() -> None:
    for text in (
        "गृह मंत्रालय द्वारा विशेष ट्रेनें चलाने की अनुमति देने के बाद रेलवे ने तैयारी शुरू की ।",
        "ग्रीन जोन में आधी सवारियों के साथ बसें चलाने की अनुमति दी गई है ।",
        "झारखंड सरकार ने केंद्र से विशेष ट्रेन चलाने की मांग की है ।",
        "राज्य सरकार ट्रेनें चलाने के लिए रेलवे से बात कर रही है ।",
    ):
        assert not _of(analysed(text), "AID"), text


def test_a_measure_announced_in_a_participle_has_the_main_clauses_agent() -> None:
    text = (
        "बैठक में संक्रमण से लड़ने के लिए एक आपात फंड बनाने की घोषणा करते हुए प्रधानमंत्री ने "
        "भारत की ओर से इसमें एक करोड़ डॉलर देने का एलान भी किया ।"
    )
    aid = _of(analysed(text), "AID")
    assert aid and all(e.source == ["actor:Prime Minister of India"] for e in aid)
    text = "प्रदेश में तीन दिन के लॉकडाउन की घोषणा करते हुए मुख्यमंत्री ने लोगों से घरों में रहने को कहा ।"
    [ev] = _of(analysed(text), "COERCE")
    assert ev.source == ["actor:chief minister"]


def test_a_participle_with_no_agent_after_it_gives_none() -> None:
    text = "लॉकडाउन की घोषणा करते हुए कहा गया कि सभी लोग घरों में रहें ।"
    assert not _of(analysed(text), "COERCE")

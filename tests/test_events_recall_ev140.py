"""Issue 13, round ev140: nominal acts dropped as "noun without light verb", read over the
tuning sets pooled. The one recurring kind fixed: suggestions or advice asked for ("… उन्होंने
सभी से … कदमों पर सुझाव मांगा था", a core miss of the unseen tuning set Uk; "… सुझाव भी मांगे",
"… इस पर सलाह मांगी थी") are a REQUEST, as "राय मांगी" already was: the appeal entry's सुझाव/सलाह
take कर/दे as their light verbs, so asking for them was dropped as a bare noun.

Sentences are written like the news, with negatives beside them (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-13")


def test_suggestions_asked_for_are_a_request() -> None:
    art = analysed(
        "प्रधानमंत्री ने सभी मुख्यमंत्रियों से बात की । जिसमें उन्होंने सभी से लॉकडाउन बढ़ाने सहित "
        "संक्रमण के निवारण के उपायों पर सुझाव मांगा था ।"
    )
    [ev] = [e for e in events_of(art, "REQUEST") if e.trigger.startswith("सुझाव")]
    assert ev.trigger == "सुझाव मांगा" and ev.modality == "happened" and ev.source
    art = analysed(
        "केंद्रीय स्वास्थ्य मंत्री ने मरीजों से सुविधाओं के बारे में जानकारी ली और सुझाव भी मांगे ।"
    )
    assert [e.trigger for e in events_of(art, "REQUEST")] == ["सुझाव भी मांगे"]
    art = analysed("सरकार ने महाधिवक्ता से इस पर सलाह मांगी थी ।", dct="2020-03-01")
    [ev] = events_of(art, "REQUEST")
    assert ev.trigger == "सलाह मांगी" and ev.modality == "happened"


def test_suggestions_that_may_be_asked_or_given_stay_as_they_were() -> None:
    # a forecast ("… मांगे जा सकते हैं") is no act; a suggestion given stays the appeal
    art = analysed("बैठक में मुख्यमंत्रियों से सुझाव मांगे जा सकते हैं ।")
    assert events_of(art, "REQUEST") == []
    art = analysed("इस बैठक में कुछ मुख्यमंत्रियों ने लॉकडाउन बढ़ाने का सुझाव दिया था ।")
    [ev] = events_of(art, "REQUEST")
    assert ev.trigger == "सुझाव" and ev.mode == "appeal"

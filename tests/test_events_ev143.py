"""Issue 13, round ev143: false events, pooled over the tuning sets (precision as a user sees
it). Three kinds of the extractor's own habits that recur on the allowed corpus day files:

- a team named by its members ("डॉक्टरों की एक टीम … पहुंच गयी"): no body's visit, care work;
  a body's team ("स्वास्थ्य विभाग की टीम … पहुंची") stays a visit;
- a running tally of coercive measures ("… 6217 लोगों को क्वारंटाइन किया जा चुका है"): a count,
  no act; the act itself, a count that is a reason, and a service kept running stay;
- "शामिल होंगे" with no gathering named before it: someone included, not attending ("… एक समिति
  बनाई गई है, जिसमें … शामिल होंगे"); "इस चर्चा में शामिल होगा" stays.

Sentences are the news's own (tuning sets Ui, Ul, Un and allowed corpus day files)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-11")


def test_a_team_named_by_its_members_visits_nobody() -> None:
    for text in (
        "उस दौरान सिविल सर्जन के कहने पर डॉक्टरों की एक टीम भी वहां पहुंच गयी थी.",
        "तिर्वा के प्रभारी चिकित्सा अधिकारी डॉ. अवधेश कुमार डॉक्टरों की टीम के साथ गांव पहुंचे ।",
    ):
        assert events_of(analysed(text), "CONSULT") == [], text


def test_a_bodys_team_still_visits() -> None:
    art = analysed("शुक्रवार को स्वास्थ्य विभाग की टीम हुमायूं नगर पहुंची ।")
    [ev] = events_of(art, "CONSULT", "visit")
    assert ev.trigger == "टीम"


def test_a_running_tally_of_measures_is_no_act() -> None:
    for text in (
        "देहात में 5193 और शहर में 6217 लोगों को क्वारंटाइन किया जा चुका है ।",
        "अभी तक शहर में 86 हॉटस्पॉट घोषित किए जा चुके हैं ।",
    ):
        assert events_of(analysed(text), "COERCE") == [], text


def test_the_act_a_reason_counted_and_a_service_running_stay() -> None:
    art = analysed("प्रशासन ने जिले में 272 लोगों को होम क्वारंटाइन कर दिया ।")
    assert len(events_of(art, "COERCE", "quarantine")) == 1
    art = analysed(
        "बटालियन के 46 कर्मियों की जांच रिपोर्ट पॉजिटिव आने और एक सैनिक की मौत होने के कारण"
        " पुलिस ने इसे पहले ही सील कर दिया था ।"
    )
    assert len(events_of(art, "COERCE", "seal")) == 1
    art = analysed("रेलवे ने बताया कि सोमवार सुबह दस बजे तक 468 श्रमिक स्पेशल ट्रेनें चलाई जा चुकी हैं ।")
    assert len(events_of(art, "AID")) == 1


def test_included_is_not_attending() -> None:
    for text in (
        "दिल्ली सचिवालय से डिप्टी सीएम, स्वास्थ्य मंत्री, मुख्य सचिव और स्वास्थ्य सचिव भी शामिल होंगे ।",
        "नीति आयोग के डॉ. विनोद पॉल की सह अध्यक्षता वाली एक समिति बनाई गई है, जिसमें प्रो. के"
        " विजयराघवन शामिल होंगे ।",
    ):
        art = analysed(text)
        assert [e for e in art.events if e.trigger.startswith("शामिल")] == [], text


def test_attending_a_gathering_named_stays() -> None:
    art = analysed("पाकिस्तान के विदेश मंत्री ने कहा कि पाकिस्तान इस चर्चा में शामिल होगा ।")
    assert [e.type for e in art.events if e.trigger.startswith("शामिल")] == ["AGREE"]

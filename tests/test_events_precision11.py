"""Issue 13, round ev95 (session 9): kinds of false positives on the unseen set Tc (12 articles of
allowed corpus days, annotated by someone who never ran khabar) that recur on other corpus text:

- a measure named as the time or the cause of what the sentence reports ("लॉकडाउन की अवधि में",
  "लॉकडाउन लागू होने के बाद", "लॉकडाउन की वजह से") read as a lockdown ordered by the speaker;
- a family's wedding or hotel booking put off, read as a government's cancellation;
- concern voiced in a "करते हुए" participle on the way to an appeal, read as an accusation besides
  the appeal.

Sentences are written like the news, each kind with negatives beside it (the acts still found)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-22")


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def _modes(art: Article) -> list[str | None]:
    return [e.mode for e in art.events]


# ---- a measure named as a time or a cause ------------------------------------------------------


def test_a_lockdown_named_as_a_period_or_cause_is_no_act_of_the_speaker() -> None:
    art = analysed(
        "सचिव ने लॉकडाउन की अवधि में उठाए गए कदमों का ब्योरा देते हुए बताया कि जांच की रफ्तार बढ़ी है ।"
    )
    assert "lockdown" not in _modes(art)
    art = analysed("मंत्री ने कहा कि लॉकडाउन लागू होने के बाद जांच में दस गुना वृद्धि हुई है ।")
    assert "lockdown" not in _modes(art)
    art = analysed("सांसद ने कहा कि लॉकडाउन की वजह से हजारों मजदूर दूसरे राज्यों में फंसे हैं ।")
    assert "lockdown" not in _modes(art)
    art = analysed("अधिकारी ने बताया कि कर्फ्यू लगने से बाजारों में सन्नाटा है ।")
    assert "curfew" not in _modes(art)
    art = analysed("उपायुक्त ने कहा कि प्रतिबंध लगाए जाने के बाद सीमा पर आवाजाही थम गई है ।")
    assert not _of(art, "COERCE")


def test_a_lockdown_imposed_extended_or_refused_is_still_an_act() -> None:
    art = analysed("जिलाधिकारी ने पूरे जिले में लॉकडाउन लागू कर दिया है ।")
    assert _modes(art) == ["lockdown"]
    # the period extended: the genitive's noun is the object of the extending verb
    art = analysed("राज्य सरकार ने लॉकडाउन की अवधि तीन मई तक बढ़ा दी है ।")
    assert _modes(art) == ["lockdown"]
    art = analysed("मुख्यमंत्री ने लॉकडाउन की अवधि को दो सप्ताह के लिए बढ़ा दिया है ।")
    assert _modes(art) == ["lockdown"]
    # an active infinitive before "के बाद": the agent did it, then went on
    art = analysed("प्रधानमंत्री ने देश में लॉकडाउन लागू करने के बाद मुख्यमंत्रियों से बात की ।")
    assert "lockdown" in _modes(art)
    # announced: the genitive before the announcement noun
    art = analysed("राज्य सरकार ने पूरे प्रदेश में लॉकडाउन की घोषणा की है ।")
    assert _modes(art) == ["lockdown"]


# ---- a family's affair put off -------------------------------------------------------------------


def test_a_wedding_or_booking_put_off_is_no_government_measure() -> None:
    art = analysed(
        "होटल संचालक को अग्रिम राशि दी जा चुकी थी, लेकिन संक्रमण के कारण बुकिंग की तारीख स्थगित कर दी गई ।"
    )
    assert not _of(art, "COERCE")
    art = analysed("गांव में इस महीने होने वाली सभी शादियां अगले साल तक टाल दी गई हैं ।")
    assert not _of(art, "COERCE")
    art = analysed("जिन परिवारों में सगाई होनी थी, उन्होंने कार्यक्रम रद्द कर दिया है ।")
    assert not _of(art, "COERCE")


def test_public_cancellations_stay_measures() -> None:
    art = analysed("रेल मंत्रालय ने सभी यात्री ट्रेनें तीन मई तक रद्द कर दी हैं ।")
    assert [e.type for e in art.events] == ["COERCE"]
    art = analysed("जिला प्रशासन ने शादी समारोहों को देखते हुए सभी सार्वजनिक कार्यक्रम रद्द कर दिए हैं ।")
    assert [e.type for e in art.events] == ["COERCE"]
    art = analysed("सरकार ने रेल और हवाई यात्रा में मिलने वाली रियायत रद्द कर दी है ।")
    assert [e.type for e in art.events] == ["COERCE"]


# ---- concern on the way to an appeal -------------------------------------------------------------


def test_concern_voiced_while_appealing_is_the_appeal() -> None:
    art = analysed(
        "निदेशक ने मरीजों के देर से अस्पताल पहुंचने पर चिंता व्यक्त करते हुए लोगों से समय पर जांच कराने का आह्वान किया ।"
    )
    assert [e.type for e in art.events] == ["REQUEST"]


def test_concern_standing_alone_is_still_a_complaint() -> None:
    art = analysed("गृह मंत्रालय ने बाजारों में उमड़ रही भीड़ पर चिंता जाहिर की है ।")
    assert [e.type for e in art.events] == ["ACCUSE"]
    art = analysed("मंत्रालय ने राज्य सरकार को पत्र लिखकर नियमों में दी गई ढील पर चिंता जताई है ।")
    assert "ACCUSE" in [e.type for e in art.events]

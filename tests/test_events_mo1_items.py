"""Round mo1 (issue 13): a closure told as a state to come ("… बंद रहेंगे", "रोक रहेगी", "नहीं
खुलेंगे") is happened where a speaker announces it in its sentence or where it is an item of a
measure in force told just before it; it stays as read where the measure begins on a later day,
is an extension, is itself planned, is far back, or where the closure is on a condition or has a
day of its own."""

from __future__ import annotations

from hindi_events import article_events, before_events
from khabar.events.measure_items import measure_items
from khabar.model import Event


def _closure(text: str, words: str, dct: str) -> Event:
    """The COERCE event whose trigger lies in the last occurrence of ``words`` in ``text``."""
    art, events = article_events(text, dct)
    start = art.text.rindex(words)
    [ev] = [
        e for e in events if e.type == "COERCE" and start <= e.trigger_start < start + len(words)
    ]
    return ev


# PK-2020-MAR-22.txt (allowed): "झारखंड में 31 मार्च तक लॉकडाउन रहेगा." and, a paragraph later,
# "इस दौरान आकस्मिक सेवाओं को छोड़कर राज्‍य सरकार के सभी कार्यालय बंद रहेंगे."
_JHARKHAND = (
    "रांची : कोरोना वायरस के बढ़ते संक्रमण को देखते हुए अब झारखंड को भी लॉकडाउन कर दिया गया है. "
    "झारखंड सरकार ने इसका नोटिफिकेशन जारी कर दिया है. झारखंड में 31 मार्च तक लॉकडाउन रहेगा.\n\n"
    "इस दौरान आकस्मिक सेवाओं को छोड़कर राज्य सरकार के सभी कार्यालय बंद रहेंगे. "
    "सभी धार्मिक स्थल भी पूर्णत: बंद रहेंगे."
)


def test_items_of_a_lockdown_in_force_are_happened() -> None:
    assert _closure(_JHARKHAND, "कार्यालय बंद", "2020-03-22").modality == "happened"
    assert _closure(_JHARKHAND, "स्थल भी पूर्णत: बंद", "2020-03-22").modality == "happened"


# DJ-2020-MAR-21.txt (allowed)
_UDDHAV = "मुख्यमंत्री उद्धव ठाकरे ने ऐलान किया है कि पुणे, मुंबई, पिंपरी, चिंचवाड़ में सभी दुकानें बंद होंगी ।"


def test_closure_a_speaker_announces_is_happened() -> None:
    assert _closure(_UDDHAV, "दुकानें बंद", "2020-03-21").modality == "happened"


def test_items_of_a_lockdown_from_a_later_day_stay_planned() -> None:
    # NT-2020-MAR-22.txt (allowed) tells a lockdown "सोमवार सुबह 6 बजे से" on Sunday
    text = (
        "कोरोना वायरस के मद्देनजर दिल्ली में लॉकडाउन का ऐलान कर दिया गया है । सोमवार सुबह 6 बजे से"
        " 31 मार्च की आधी रात को 12 बजे तक यह लागू रहेगा । सभी दुकानें, बाजार, पब्लिक ट्रांसपोर्ट"
        " बंद रहेंगी ।"
    )
    assert _closure(text, "ट्रांसपोर्ट बंद", "2020-03-22").modality != "happened"


def test_items_of_an_extension_stay_as_read() -> None:
    # AU-2020-MAY-02.txt (allowed): an extended lockdown's new rules begin with the extension
    text = (
        "गृह मंत्रालय ने शुक्रवार को लॉकडाउन दो हफ्ते के लिए बढ़ाते हुए इसे 17 मई तक कर दिया था । "
        "रेड जोन में नाई की दुकान और सलून आदि नहीं खुलेंगे ।"
    )
    assert _closure(text, "नहीं खुलेंगे", "2020-05-02").modality != "happened"


def test_items_of_a_planned_measure_stay_planned() -> None:
    text = "दिल्ली से सटे सभी राज्यों के बॉर्डर सील कर दिए जाएंगे । सभी प्राइवेट कंपनियां और फर्म बंद रहेंगी ।"
    assert _closure(text, "फर्म बंद", "2020-03-22").modality == "planned"


def test_closure_with_its_own_later_day_stays_planned() -> None:
    # AU-2020-MAR-21.txt (allowed): "वहीं जनता कर्फ्यू के दिन यानी 22 मार्च को 50 फीसदी बसें और
    # सभी मेट्रो नहीं चलेंगे ।"
    text = (
        "केजरीवाल सरकार ने एक जगह पर 5 लोगों से ज्यादा के इकट्ठा होने पर रोक लगा दी है । "
        "वहीं जनता कर्फ्यू के दिन यानी 22 मार्च को 50 फीसदी बसें और सभी मेट्रो नहीं चलेंगे ।"
    )
    assert _closure(text, "नहीं चलेंगे", "2020-03-21").modality == "planned"


def test_closure_on_a_condition_stays() -> None:
    # NT-2020-APR-06.txt (allowed)
    text = (
        "सरकार ने प्रदेश के सभी बाजार बंद कर दिए हैं । "
        "अगर प्रदेश में कोरोना का एक भी केस रहेगा तो लॉकडाउन नहीं खुलेगा ।"
    )
    assert _closure(text, "नहीं खुलेगा", "2020-04-06").modality != "happened"


def test_people_kept_somewhere_stay_planned() -> None:
    # AU-2020-MAR-22.txt (allowed): a stay in quarantine is no closure
    text = (
        "बिहार सरकार ने समूचे राज्य में बस सेवाएं बंद कर दी हैं । जम्मू-कश्मीर प्रशासन ने कहा कि विदेश"
        " यात्रा करने वाले सभी कर्मचारी काम पर आने से पहले पृथक केंद्रों में रहेंगे ।"
    )
    art, events = article_events(text, "2020-03-22")
    kept = [e for e in events if e.mode == "quarantine"]
    assert kept and all(e.modality != "happened" for e in kept)


def _event(text: str, words: str, mode: str, modality: str, sentence: int) -> Event:
    """A COERCE event on ``words`` of ``text``, its evidence the sentence around it."""
    start = text.index(words)
    ev_start = text.rfind("।", 0, start) + 1
    ev_end = text.index("।", start) + 1
    return Event(
        type="COERCE",
        mode=mode,
        trigger=words.split()[0],
        trigger_start=start,
        trigger_end=start + len(words.split()[0]),
        evidence_start=ev_start,
        evidence_end=ev_end,
        modality=modality,
        sentence=sentence,
    )


_FAR = (
    "सरकार ने सभी स्कूल बंद कर दिए हैं । मरीजों की संख्या बढ़कर 20 हो गई है । डॉक्टरों ने लोगों"
    " को घरों में रहने की सलाह दी है । अस्पताल में नए वार्ड बनाए गए हैं । शहर में जांच तेज हुई है"
    " । सभी पार्क और सिनेमा हॉल बंद रहेंगे ।"
)


def test_measure_far_back_does_not_reach() -> None:
    art = before_events(_FAR, "2020-03-16")
    anchor = _event(_FAR, "बंद कर", "close", "happened", 0)
    item = _event(_FAR, "बंद रहेंगे", "close", "planned", 5)
    measure_items([anchor, item], art)
    assert item.modality == "planned"
    near = _event(_FAR, "बंद रहेंगे", "close", "planned", 3)
    measure_items([anchor, near], art)
    assert near.modality == "happened"


def test_closure_announced_from_today_is_happened() -> None:
    # DJ-2020-MAR-21.txt (allowed), published on the 21st
    text = "कन्फेडरेशन ऑफ इंडियन ट्रेडर्स ने फैसला किया है कि दिल्ली में 21 से 23 मार्च तक सभी बाजार बंद रहेंगे ।"
    assert _closure(text, "बाजार बंद", "2020-03-21").modality == "happened"
    # the same told a day before: the closure begins later and stays as read
    assert _closure(text, "बाजार बंद", "2020-03-20").modality != "happened"


def test_closure_from_midnight_stays_planned() -> None:
    # DJ-2020-MAY-06.txt (allowed): an hour of the day is no day in force
    text = (
        "शाम होते-होते अहमदाबाद में 15 मई तक संपूर्ण तालाबंदी का एलान कर दिया गया । दवाई व दूध की"
        " दुकानें खुली रहेंगी लेकिन अन्य सभी तरह की दुकानें छह मई रात 12 बजे से 15 मई तक बंद रहेंगी ।"
    )
    assert _closure(text, "दुकानें छह मई रात 12 बजे से 15 मई तक बंद", "2020-05-06").modality != (
        "happened"
    )


# NT-2020-MAR-22.txt (allowed), published on Sunday 22 March
_MONDAY = (
    "कोरोना वायरस के संक्रमण को रोकने के लिए दिल्ली सरकार ने सभी 7 जिलों में लॉकडाउन का ऐलान किया"
    " है । सोमवार सुबह 6 बजे से 31 मार्च को आधी रात तक लॉकडाउन रहेगा । इस दौरान सभी बाजार,"
    " व्यापारिक प्रतिष्ठान, दुकानें, पब्लिक ट्रांसपोर्ट सब बंद रहेंगे ।"
)


def test_lockdown_from_next_weekday_and_its_items_are_planned() -> None:
    assert _closure(_MONDAY, "लॉकडाउन रहेगा", "2020-03-22").modality == "planned"
    assert _closure(_MONDAY, "सब बंद", "2020-03-22").modality == "planned"


def test_lockdown_from_todays_weekday_is_not_made_planned() -> None:
    # the same told on Monday 23 March: it begins the day it is told
    assert _closure(_MONDAY, "लॉकडाउन रहेगा", "2020-03-23").modality != "planned"

"""Issue 13, round ev138: kinds of core events the unseen tuning set Uj missed that recur on other
allowed corpus text:

- an allegation stated as its makers' in the copula ("नोएडा आरडब्ल्यूए के सदस्यों का आरोप है कि …"):
  ACCUSE, the possessor the accuser, as "X की मांग है कि" is a demand; a charge against the
  accused ("आरोपी पर आरोप है कि") names no accuser and stays out.
- a guard tightened or raised ("पुलिस ने इन सभी इलाकों की पहरेदारी और कड़ी कर दी है", "चौकसी बढ़ा दी
  गई है") and a flag march ("… की टीमों ने फ्लैग मार्च भी किया"): MOBILIZE, as forces deployed;
  alertness or surveillance raised (सतर्कता, निगरानी) is no force put out.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-10")


def test_an_allegation_in_the_copula_is_its_makers() -> None:
    art = analysed(
        "नोएडा आरडब्ल्यूए के सदस्यों का आरोप है कि वेंडरों से सब्जी और दवा की मांग करने पर वेंडर इंकार "
        "कर रहे हैं ।"
    )
    [ev] = events_of(art, "ACCUSE", "allege")
    assert ev.source == ["actor:Noida resident welfare association"]
    art = analysed("प्रदर्शन कर रहे स्वास्थ्यकर्मियों का आरोप है कि उनके साथ भेदभाव किया जा रहा है ।")
    assert len(events_of(art, "ACCUSE", "allege")) == 1


def test_a_charge_against_the_accused_names_no_accuser() -> None:
    art = analysed("वहां मौजूद आरोपी पर आरोप है कि उसने दोनों बहनों के साथ बदसलूकी की ।")
    assert events_of(art, "ACCUSE", "allege") == []


def test_a_guard_tightened_is_a_mobilisation() -> None:
    art = analysed(
        "गाजियाबाद में 13 कोरोना हॉटस्पॉट सील करने के बाद पुलिस ने इन सभी इलाकों की पहरेदारी और कड़ी कर "
        "दी है ।"
    )
    [ev] = events_of(art, "MOBILIZE")
    assert ev.trigger == "पहरेदारी और कड़ी" and ev.source == ["actor:Ghaziabad Police"]
    art = analysed("करनाल में गांव के आसपास के क्षेत्र में भी चौकसी बढ़ा दी गई है ।")
    assert len(events_of(art, "MOBILIZE")) == 1


def test_alertness_or_surveillance_raised_is_no_mobilisation() -> None:
    art = analysed("उत्तर प्रदेश में किसी बड़ी अनहोनी की आशंका को लेकर सतर्कता बढ़ा दी गई है ।")
    assert events_of(art, "MOBILIZE") == []
    art = analysed("तेलंगाना और कर्नाटक की राज्य सरकारों ने संदिग्धों पर निगरानी बढ़ा दी है ।")
    assert events_of(art, "MOBILIZE") == []


def test_a_flag_march_is_a_mobilisation() -> None:
    art = analysed("गुरुग्राम में पुलिस की टीमें इन जगहों पर फ्लैग मार्च भी कर रही हैं ।")
    [ev] = events_of(art, "MOBILIZE")
    assert ev.trigger == "फ्लैग मार्च" and ev.modality == "ongoing"
    art = analysed("विभिन्न स्थानों पर पुलिस के साथ पीएसी और आरएएफ की टीमों ने फ्लैग मार्च भी किया ।")
    assert len(events_of(art, "MOBILIZE")) == 1

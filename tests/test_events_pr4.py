"""Round pr4 (issue 13, modality of acts put off): a cancel verb whose object is the decision on a
measure ("लॉक डाउन का फैसला फिलहाल टाल दिया है") is that measure denied, not a cancellation that
happened; an earlier decision of unknown content suspended, and an event put off, stay
cancellations.

Sentences are the news's own (allowed corpus day files, named by each) or written for a negative."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-18")


def test_a_measures_decision_put_off_is_the_measure_denied() -> None:
    # AU-2020-MAR-18.txt (the tuning set Vg's gold: COERCE denied)
    art = analysed(
        "देश में कोरोना वायरस के सबसे ज्यादा पॉजिटिव महाराष्ट्र में पाए जाने से चिंतित सरकार ने लॉक डाउन"
        " का फैसला फिलहाल टाल दिया है ।"
    )
    [ev] = events_of(art, "COERCE")
    assert (ev.mode, ev.modality, ev.negated) == ("lockdown", "denied", True)
    assert ev.source == ["actor:Government of Maharashtra"]
    # written: a curfew's decision put off, in one word and with "निर्णय"
    art = analysed("राज्य सरकार ने कर्फ्यू का निर्णय स्थगित कर दिया है ।")
    assert [(e.mode, e.modality) for e in events_of(art, "COERCE")] == [("curfew", "denied")]


def test_other_things_put_off_stay_cancellations() -> None:
    # AU-2020-MAR-18.txt: exams put off are a cancellation that happened
    art = analysed("वहीं, परीक्षाएं भी टाल दी गई हैं ।")
    assert [(e.mode, e.modality) for e in events_of(art, "COERCE")] == [("cancel", "happened")]
    # DH-2020-MAY-04.txt: an earlier decision of unknown content suspended is not read as a measure
    art = analysed(
        "कोरोना महामारी को देखते हुए नगर विकास एवं आवास विभाग ने पूर्व के फैसले को तत्काल स्थगित करते"
        " हुए यह फैसला लिया है ।",
        dct="2020-05-04",
    )
    assert [(e.mode, e.modality) for e in events_of(art, "COERCE")] == [("cancel", "happened")]
    # written: a decision on something other than a measure put off stays as it was
    art = analysed("आयोग ने परीक्षा के परिणाम का फैसला टाल दिया है ।")
    assert all(e.modality != "denied" for e in events_of(art, "COERCE"))

"""Issue 13, round rc6 (missed core events): a body's कि-clause saying there is no such
provision, order or decision ("गृह मंत्रालय ने राज्यों को पत्र लिखकर कहा है कि ऐसा कोई प्रावधान
नहीं है") denies a measure told of it, a REJECT from the body to whom it wrote, as the tuning
sets code it (`events/clarified.deny_such`). Sentences from the allowed corpus day files; the
negatives are the near-misses the rule must leave alone: "ऐसा कोई प्रमाण नहीं मिला है कि …" (what
science knows, no denial of a measure) and "ऐसी कोई वजह नहीं है जिसके आधार पर …" (a reason, a
denial the article coded the sentence before with खंडन)."""

from __future__ import annotations

from .hindi_events import analyser, target_names

analysed = analyser("2020-04-24")


def _rejects(text: str, dct: str = "2020-04-24") -> list[tuple[str, str, list[str]]]:
    art = analysed(text, dct)
    return [(e.trigger, e.mode, target_names(art, e)) for e in art.events if e.type == "REJECT"]


def test_no_such_provision_said_is_a_denial() -> None:
    # AU-2020-ARP-24.txt:19
    text = (
        "कुछ ऐसी व्याख्या की जा रही थी कि किसी फैक्टरी में कोविड मरीज पाए जाने पर सीईओ को सजा हो"
        " सकती है, या फैक्टरी को तीन महीने के लिए सील किया जा सकता है, इसलिए गृह मंत्रालय ने"
        " राज्यों को पत्र लिखकर कहा है कि ऐसा कोई प्रावधान नहीं है ।"
    )
    art = analysed(text)
    [ev] = [e for e in art.events if e.type == "REJECT"]
    assert (ev.trigger, ev.mode, ev.modality) == ("कहा", "deny", "happened")
    assert target_names(art, ev) == ["Indian state governments"]
    [src] = [a for a in ev.arguments if a.role == "source"]
    assert art.text[src.start : src.end] == "गृह मंत्रालय"


def test_clarification_without_a_claim_noun_denies_such_a_provision() -> None:
    # DJ-2020-ARP-24.txt:4: no भ्रम/अफवाह/आशंका in the sentence; the "ऐसा" points back
    text = (
        "इसलिए कल गृह मंत्रालय ने सभी राज्यों को पत्र लिखकर स्पष्ट किया है कि 15 अप्रैल को जारी"
        " दिशानिर्देशों में ऐसा कोई प्रावधान नहीं है ।"
    )
    assert _rejects(text) == [("स्पष्ट", "deny", ["all Indian state governments"])]


def test_no_such_evidence_is_no_denial() -> None:
    # DJ-2020-MAR-07.txt:3: what is known of the virus, no measure denied
    text = (
        "माइक रायन ने शुक्रवार को जिनेवा में कहा कि कोविड-19 (कोरोना वायरस) के प्रसार की क्षमता"
        " बढ़ रही है और अभी तक ऐसा कोई प्रमाण नहीं मिला है कि यह मौसमी संक्रमण है और गर्मियों में"
        " खुद ब खुद ही गायब हो जाएगा ।"
    )
    assert _rejects(text, "2020-03-07") == []


def test_no_such_reason_is_not_a_second_denial() -> None:
    # AU-2020-MAY-09.txt:37: the denial is the खंडन; the reason after it retells it
    text = (
        "सत्येंद्र जैन ने इन आरोपों का खंडन भी किया है । शनिवार को उन्होंने कहा कि ऐसी कोई वजह"
        " नहीं है जिसके आधार पर सरकार इन आंकड़ों को छिपा सकती है ।"
    )
    assert [t for t, _, _ in _rejects(text, "2020-05-09")] == ["खंडन"]

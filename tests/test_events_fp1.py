"""Issue 13, round fp1: false positives of the tuning sets whose own frame says they are no act,
or an act of another type (:mod:`khabar.events.sorted_candidates`).

(1) A trigger noun that is the genitive of a noun of need or of state ("मदद की जरूरत है",
"लॉकडाउन की स्थिति") tells no act; help given and a lockdown imposed still are.
(2) A future verb under "कैसे" asks how something will be done; the act is not told. A "कैसे"
clause in the present, and the same act told plainly, stay.
(3) Tracing people who fled, went missing or attended an event is a coercive search (COERCE);
tracing a patient's contacts stays ACCUSE investigate, as the dev gold codes it.

Sentences are the news's own (allowed corpus day files, named at each) or written for the
negative cases."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-26")


def test_a_need_of_help_is_no_aid() -> None:
    # DJ-2020-ARP-26.txt
    art = analysed(
        "प्रशांत इंटरप्राइजेज के प्रशांत सिंघल ने कहा कि कोरोना वायरस के चलते एक्सपोर्ट सेक्टर बहुत"
        " प्रभावित हुआ है । इस सेक्टर को बहुत मदद की जरूरत है ।"
    )
    assert not events_of(art, "AID")
    # written: help given is still aid
    art = analysed("जिला प्रशासन ने गरीब परिवारों की मदद की है ।")
    assert events_of(art, "AID")


def test_the_state_of_the_lockdown_is_no_lockdown() -> None:
    # PK-2020-MAY-04.txt
    art = analysed(
        "कोलकाता के बेस्ड इंडियन एसोसिएशन फॉर कल्टिवेशन ऑफ साइंस ने कोरोना वायरस की रफ्तार और"
        " लॉकडाउन की स्थिति को समझने के लिए एक अध्ययन किया है.",
        dct="2020-05-04",
    )
    assert not events_of(art, "COERCE")
    # written: a lockdown imposed stays a coercion
    art = analysed("राज्य सरकार ने पूरे राज्य में 31 मई तक लॉकडाउन लगा दिया है ।", dct="2020-05-04")
    assert events_of(art, "COERCE")


def test_how_it_will_be_done_is_no_act() -> None:
    # AU-2020-MAY-10.txt
    art = analysed(
        "सरकार ने अभी यह साफ नहीं किया है कि ट्रेनों में जाने वाले यात्री रेलवे स्टेशन तक कैसे"
        " पहुंचेंगे ।",
        dct="2020-05-10",
    )
    assert not events_of(art, "CONSULT")
    # AU-2020-ARP-27.txt: a critic's rhetorical question
    art = analysed(
        "उन्होंने कहा कि यदि आप दुकानें खोलते हैं तो कैसे आप लॉकडाउन लागू करेंगे ।",
        dct="2020-04-27",
    )
    assert not events_of(art, "COERCE")
    # written: the same lockdown told plainly is planned
    art = analysed(
        "मुख्यमंत्री ने कहा कि सरकार पूरे राज्य में लॉकडाउन लागू करेगी ।", dct="2020-04-27"
    )
    assert events_of(art, "COERCE")


def test_missing_patients_traced_are_searched_for() -> None:
    # NT-2020-MAY-11.txt
    art = analysed(
        "इटनकर ने कहा कि नांदेड़ जिले में इस समय कोरोना वायरस के 51 मरीज हैं और इनमें से दो संक्रमित"
        " लापता है तथा इनका पता लगाया जा रहा है ।",
        dct="2020-05-11",
    )
    assert events_of(art, "COERCE", "investigate")
    assert not events_of(art, "ACCUSE")
    # AU-2020-ARP-04.txt: the attendees of an event traced
    art = analysed(
        "उन्होंने कहा कि अधिकारियों ने अब उन सभी लोगों का पता लगाया है जो हमारे राज्य से दिल्ली"
        " कार्यक्रम में गए थे ।",
        dct="2020-04-04",
    )
    assert events_of(art, "COERCE", "investigate")


def test_contacts_traced_stay_an_investigation() -> None:
    # allowed corpus day files (round ev147's example): a patient's contacts
    art = analysed("इनके संपर्क में आए लोगों का पता लगाया जा रहा है ।")
    assert events_of(art, "ACCUSE", "investigate")
    assert not events_of(art, "COERCE")
    # AU-2020-MAR-27.txt: fellow passengers are contacts too
    art = analysed(
        "ट्रेन में उसके साथ यात्रा करने वाले यात्रियों का पता लगाया जा रहा है ।", dct="2020-03-27"
    )
    assert events_of(art, "ACCUSE", "investigate")

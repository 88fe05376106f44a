"""Recall kinds of issue 13 (round ev6) on real corpus sentences (corpus/hindi-covid-2020, files
outside the event gold) through the real stages: speech that urges in the polite imperative, a
request said in the copula, and one's own programmes called off."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-03-19")


def test_speech_that_urges_in_the_imperative_is_a_request() -> None:
    # DJ-2020-MAR-08.txt:58: no addressee named, the कि-clause ends in a polite imperative
    art = analysed(
        "बाबा रामदेव ने कहा कि जिन्हें कोरोना वायरस का अटैक हो गया है वे सुबह और शाम इस औषधीय"
        " काढ़ा का जरूर सेवन करें ।"
    )
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.mode == "tell_to" and ev.trigger == "कहा" and ev.source


def test_the_subject_of_the_imperative_is_whom_it_urges() -> None:
    # AU-2020-ARP-20.txt:78 (the kind; a ministry briefing, the event gold's tune half has the like)
    art = analysed(
        "संयुक्त सचिव लव अग्रवाल ने कहा कि पत्रकारों को भी ग्राउंड में जाने से पहले तमाम सुरक्षा के उपाय अपनाएं ।"
    )
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.target == ["actor:journalists"]


def test_speech_that_only_says_or_opines_is_no_request() -> None:
    # "चाहिए" is an opinion as often as advice; a purpose clause (ताकि) is nobody's command
    for text in (
        "उन्होंने कहा कि ऐसे जिलों को रोकथाम रणनीति शुरू करनी चाहिए ।",
        "मंत्री ने कहा कि टीके पर काम चल रहा है ताकि लोग सतर्क रहें ।",
        "मंत्री ने कहा कि इस साल उसने सिर्फ 300 करोड़ रुपये प्राप्त किये ।",
    ):
        assert not [e for e in analysed(text).events if e.type == "REQUEST"], text


def test_a_request_in_the_copula_is_the_speakers() -> None:
    # AU-2020-MAR-19.txt:5-7 (the first sentence added to name the speaker)
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को राष्ट्र को संबोधित किया । उन्होंने कहा, सभी केंद्र व"
        " राज्य सरकारों के दिशा-निर्देशों का पालन करें । मेरा सभी देशवासियों से आग्रह है कि आने"
        " वाले कुछ सप्ताह तक बहुत जरूरी हो तभी अपने घर से बाहर निकलें ।"
    )
    [ev] = [e for e in art.events if e.type == "REQUEST" and e.trigger == "आग्रह"]
    assert ev.source == ["kb:person/narendra-modi"]


def test_a_request_in_the_copula_with_nobody_speaking_is_not_kept() -> None:
    # bad input: no speaker anywhere before it; nothing is invented, nothing fails
    art = analysed("शहर के बाजारों में सुबह से भीड़ रही और दुकानें खुली रहीं । सभी से आग्रह है कि घर में रहें ।")
    assert art.status == "ok"
    assert not [e for e in art.events if e.trigger == "आग्रह"]


def test_calling_off_ones_own_programmes_is_no_coercion() -> None:
    # AU-2020-MAR-10.txt:40
    art = analysed(
        "कोरोनावायरस के खौफ से पुर्तगाल के राष्ट्रपति ने अपने सभी सार्वजनिक कार्यक्रमों को रद्द"
        " करके घर पर रहने का फैसला किया है ।"
    )
    assert not [e for e in art.events if e.type == "COERCE"]


def test_a_lockdown_done_or_declared_is_an_order() -> None:
    # PK-2020-MAR-22.txt:59, NT-2020-MAR-25.txt:9
    art = analysed("इटली में मामला गंभीर होने के बाद वहां के प्रधानमंत्री ने पूरे देश को लॉकडाउन कर दिया.")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "lockdown")]
    art = analysed("देश में 21 दिन का लॉकडाउन घोषित किया गया है ।", dct="2020-03-25")
    [ev] = [e for e in art.events if e.mode == "lockdown"]
    assert any(a.role == "source_inferred" for a in ev.arguments)


def test_a_challan_or_fine_is_coercion() -> None:
    # DJ-2020-MAR-25.txt:18
    art = analysed(
        "इसके साथ ही पुलिस ने 2838 वाहनों का चालान किया और 101 वाहन सीज किए गए ।", dct="2020-03-25"
    )
    assert ("COERCE", "fine") in [(e.type, e.mode) for e in art.events]


def test_a_zone_made_is_a_zone_declared() -> None:
    # NT-2020-APR-09.txt:16
    art = analysed("दिल्\u200dली सरकार ने 21 इलाकों को कन्\u200dटेनमेंट जोन बना दिया है ।")
    [ev] = [e for e in art.events if e.type == "COERCE"]
    assert ev.mode == "restrict" and ev.target == ["text:21 इलाकों"]


def test_a_request_by_its_rarer_nouns() -> None:
    # AU-2020-MAR-29.txt:113 (निवेदन), AU-2020-ARP-02.txt:81 (गुजारिश)
    for text in (
        "गृह मंत्रालय ने राज्यों से निवेदन किया है कि वे अपने स्तर पर मजदूरों के लिए इंतजाम करें ।",
        "गृह मंत्रालय ने राज्यों और केंद्रशासित प्रदेशों से गुजारिश की थी कि वे इसे सख्ती से लागू करें ।",
    ):
        assert [e.mode for e in analysed(text).events if e.type == "REQUEST"][:1] == ["appeal"]


def test_an_agentless_case_registered_is_the_polices() -> None:
    # DJ-2020-MAR-25.txt:14 (the kind): an FIR or challan with nobody named is a police act
    art = analysed(
        "गाजियाबाद में लॉकडाउन तोड़ने वालों पर सख्ती की गई । आरोपित के खिलाफ शांतिभंग की धारा के"
        " तहत मुकदमा दर्ज किया गया है ।",
        dct="2020-03-25",
    )
    [ev] = [e for e in art.events if e.mode == "charge"]
    assert any(a.role == "source_inferred" for a in ev.arguments)
    assert ev.source[0].endswith("Police") and ev.codes[ev.source[0]].endswith(" COP")


def test_a_quarantine_reached_by_a_postposition_is_the_senders_act() -> None:
    # DJ-2020-ARP-18.txt:25: sent for quarantine (के लिए … भेज दिया)
    art = analysed("हालांकि, अनुमंडल प्रशासन द्वारा डॉक्टर को क्वारंटाइन के लिए जिला मुख्यालय भेज दिया गया है ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "quarantine")]


def test_a_quarantine_named_in_passing_is_no_act() -> None:
    # the noun before a postposition with no light verb of its own after it
    art = analysed("क्वारंटाइन के लिए बने केंद्रों में सुविधाओं की कमी है ।")
    assert not [e for e in art.events if e.mode == "quarantine"]


def test_direct_speech_that_urges_is_a_request() -> None:
    # AU-2020-MAR-19.txt:5 (the first sentence added to name the speaker)
    art = analysed(
        "प्रधानमंत्री नरेंद्र मोदी ने गुरुवार को राष्ट्र को संबोधित किया । उन्होंने कहा, सभी केंद्र व"
        " राज्य सरकारों के दिशा-निर्देशों का पालन करें ।"
    )
    [ev] = [e for e in art.events if e.trigger == "कहा"]
    assert ev.type == "REQUEST" and ev.source == ["kb:person/narendra-modi"]

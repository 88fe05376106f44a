"""Issue 13, round tg14 (pronoun objects of measures): people named aside are never the
antecedent of a pronoun object (:mod:`khabar.events.aside_people`): the source cited by "के
अनुसार/के मुताबिक", the companion of a subject pronoun ("वह अपने पिता के साथ"), a person's name
that begins a hospital's, a people noun that names a train ("श्रमिक स्पेशल ट्रेन"), the bare
"निवासी" before the person it describes. Real sentences of the allowed corpus day files, with
the near-misses the rule must leave alone."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, target_names

analysed = analyser("2020-03-03")


def _event(art: Article, trigger: str) -> Event:
    [ev] = [e for e in art.events if e.trigger == trigger]
    return ev


def _antecedent(art: Article, ev: Event) -> str:
    [a] = [a for a in ev.arguments if a.role == "target_antecedent"]
    return art.text[a.start : a.end]


def test_cited_minister_is_not_whom_they_sent() -> None:
    # NT-2020-MAR-03.txt: the minister the news is cited from competed with the six people
    text = (
        "यूपी के हेल्थ मिनिस्टर जय प्रताप सिंह के अनुसार, दिल्ली के शख्स के संपर्क में आए आगरा के 6"
        " लोगों में भी कोरोना की पुष्टि हुई है । उन्होंने बताया कि उन्हें दिल्ली के सफदरजंग अस्पताल"
        " भेज दिया गया है ।"
    )
    art = analysed(text, "2020-03-03")
    ev = _event(art, "अस्पताल")
    assert target_names(art, ev) == ["6 people"]
    assert _antecedent(art, ev) == "6 लोगों"


def test_cited_officer_in_the_own_sentence() -> None:
    # AU-2020-ARP-03.txt: "एसएसपी … के मुताबिक कुछ लोगों के खिलाफ … उनके खिलाफ मामला दर्ज"
    text = (
        "एसएसपी कलानिधि नैथानी के मुताबिक कुछ लोगों के खिलाफ शिकायत मिलने के बाद उनके खिलाफ मामला"
        " दर्ज किया गया है और मामले की अच्छे तरीके से जांच के निर्देश भी दिए गए हैं  ।"
    )
    art = analysed(text, "2020-04-03")
    ev = _event(art, "मामला दर्ज")
    assert target_names(art, ev) == ["some people"]


def test_cited_doctor_no_longer_blocks_the_chain() -> None:
    # AU-2020-MAR-13.txt: "इन सभी लोगों" followed back past the CMO to the thirty people
    text = (
        "सीएमओ डॉ. पीके मिश्र के अनुसार 30 लोगों की सूची 12 मार्च को प्राप्त हुई है । इन सभी लोगों को"
        " ट्रैक किया जा रहा है । ट्रैक होने के बाद इनकी निगरानी की जाएगी ।"
    )
    art = analysed(text, "2020-03-13")
    ev = _event(art, "निगरानी")
    assert target_names(art, ev) == ["30 people"]


def test_train_named_for_workers_is_no_people() -> None:
    # PK-2020-MAY-09.txt: "श्रमिक स्पेशल ट्रेन" competed with the two young men
    text = (
        "स्वास्थ प्रबंधक अखिलेश कुमार ने बताया कि सूरत से श्रमिक स्पेशल ट्रेन से दोनों युवक पटना के"
        " दानापुर पहुंचे थे. जहां से बस में सवार होकर वे अरवल पहुंचे, जिसके बाद इन्हें बंशी मध्य"
        " विद्यालय में बने क्वारेंटिन सेंटर में रखा गया."
    )
    art = analysed(text, "2020-05-09")
    ev = _event(art, "क्वारेंटिन सेंटर में")
    assert target_names(art, ev) == ["both young men"]


def test_resident_word_is_the_patient_it_describes() -> None:
    # PK-2020-MAR-22.txt: "फुलवारीशरीफ निवासी उक्त मरीज": one person, not "निवासी" and "मरीज"
    text = (
        "पटना के फुलवारीशरीफ निवासी उक्त मरीज को इलाज के लिए पूर्व में पटना एम्स में भर्ती कराया गया"
        " था जहां से उसके फरार हो जाने पर उसे प्रशासन ने पकड़कर इलाज के लिए एनएमसीएच में भर्ती कराया"
        " था."
    )
    art = analysed(text, "2020-03-22")
    ev = _event(art, "पकड़कर")
    assert _antecedent(art, ev) == "मरीज"


def test_companion_and_hospital_namesake_not_taken() -> None:
    # PK-2020-MAR-08.txt: the boy came "अपने पिता के साथ"; the hospital is named after Rajiv
    # Gandhi. Neither is whom "उसे" means (main read the father); the boy himself is no
    # glossary noun ("लड़के"), so the target is left open rather than wrong
    text = (
        "हवाई अड्डे के सूत्रों ने बताया कि इस लड़के में ज्वर से संबंधित लक्षण नजर आये जिसके बाद उसे"
        " राजीव गांधी सरकारी सामान्य अस्पताल भेज दिया गया. वह अपने पिता के साथ अमेरिका से पहुंचा"
        " था. हवाई अड्डे पर एक विशेष वार्ड में उसका परीक्षण किया गया. उसके बाद अधिकारियों ने उसे"
        " अस्पताल भेज दिया."
    )
    art = analysed(text, "2020-03-08")
    [ev] = [
        e
        for e in art.events
        if e.trigger == "अस्पताल" and "अधिकारियों" in art.text[e.evidence_start : e.evidence_end]
    ]
    assert not any(n in {"father", "Rajiv Gandhi"} for n in target_names(art, ev))


def test_companion_of_those_who_refused() -> None:
    # PK-2020-MAR-08.txt: "जब उन्होंने स्वास्थ्य अधिकारियों के साथ सहयोग करने से इनकार कर दिया":
    # the health officials are not whom "उन्हें" means (main read them)
    text = (
        "उन्होंने कहा कि जब उन्होंने स्वास्थ्य अधिकारियों के साथ सहयोग करने से इनकार कर दिया तो उन्हें"
        " जबरदस्ती पथनमथिट्टा जनरल अस्पताल में भर्ती कराया गया. उन्हें पृथक एवं निगरानी में रखा गया है."
    )
    art = analysed(text, "2020-03-08")
    ev = _event(art, "निगरानी में")
    assert "health officials" not in target_names(art, ev)


def test_named_subject_keeps_the_people_it_met() -> None:
    # PK-2020-MAR-08.txt (near-miss): a named subject, not a pronoun: the officials of its
    # "के साथ बैठक" are whom "उन्हें … निर्देश" is given (unchanged)
    text = (
        "प्रधानमंत्री नरेन्द्र मोदी ने शनिवार को अधिकारियों के साथ बैठक में देश में कोरोना वायरस की"
        " स्थिति की समीक्षा की थी और उन्हें निर्देश दिया था कि पर्याप्त पृथक व्यवस्था के लिए जगहों"
        " की पहचान करें और अगर रोग अधिक फैलता है तो गहन उपचार की व्यवस्था करें."
    )
    art = analysed(text, "2020-03-08")
    ev = _event(art, "निर्देश")
    assert target_names(art, ev) == ["officials"]


def test_resident_phrase_of_one_person_unchanged() -> None:
    # AU-2020-MAR-13.txt (near-miss): "बचवली गांव निवासी 50 वर्षीय व्यक्ति" is one candidate,
    # not the bare "निवासी": still the fifty-year-old
    text = (
        "बड़ागांव के बचवली गांव निवासी 50 वर्षीय व्यक्ति को निमोनिया हो गया है । उसे सांस लेने में"
        " दिक्कत हो रही है । डॉक्टरों ने उसे आइसोलेशन वार्ड में भर्ती किया है ।"
    )
    art = analysed(text, "2020-03-13")
    ev = _event(art, "आइसोलेशन वार्ड में भर्ती")
    assert target_names(art, ev) == ["50-year-old person"]

"""Issue 13, round sa11: a speaker carried over to a later agentless passive is the body he speaks
for (:func:`khabar.events.carried_bodies.carried_body`).

"X ने बताया कि … । <passive> किया गया है": where the report goes on in an official's words with
no speaker of its own, the passive's doer is the district administration (a district officer),
the health department (a chief medical officer) or the state government (a chief minister), as
rounds ev120/ev202 read the same officials in the measure's own sentence. Negatives: a Union
minister (no such office) stays himself, a punishment to come stays the speaker's own warning,
the officer who acts himself (with ने) stays the officer, and an intransitive closure ("बंद
रहेंगे", no passive) is left to the speaker rules.

Sentences are the news's own (allowed corpus day files, named by each) or written for a negative."""

from __future__ import annotations

from khabar.events.names import english_names

from .hindi_events import analyser

analysed = analyser("2020-04-15")


def _sources(text: str, trigger: str, dct: str = "2020-04-15") -> list[str]:
    art = analysed(text, dct)
    [ev] = [e for e in art.events if e.trigger == trigger]
    en = english_names(art, ev)
    return [en.get(s, s) for s in ev.source]


# DJ-2020-ARP-15.txt (the district magistrate's report, then two passives of his administration)
_MUNGER = (
    "मुंगेर के जिलाधिकारी राजेश मीणा ने बताया कि कोरोना संक्रमित वृद्ध नालंदा में हुए तब्लीगी जमात के"
    " कार्यक्रम में शामिल हुआ था । मरीज के स्वजनों को क्वारंटाइन कर लिया गया है ।"
    " पूरे इलाके को सैनिटाइज कराया जा रहा है ।"
)


def test_a_district_magistrate_report_goes_on_into_his_administration_acts() -> None:
    assert _sources(_MUNGER, "क्वारंटाइन") == ["Munger district administration"]
    assert _sources(_MUNGER, "सैनिटाइज") == ["Munger district administration"]


def test_the_body_keeps_the_speaker_as_its_evidence_and_a_district_code() -> None:
    art = analysed(_MUNGER)
    [ev] = [e for e in art.events if e.trigger == "क्वारंटाइन"]
    [arg] = [a for a in ev.arguments if a.role == "source_inferred"]
    assert art.text[arg.start : arg.end] == "राजेश मीणा"
    assert ev.codes[ev.source[0]] == "IND-Munger GOV"


def test_a_chief_medical_officer_report_is_his_health_department() -> None:
    # DH-2020-ARP-09.txt (tuning set Vp's Aligarh quarantine: khabar named the CMO himself)
    text = (
        "अलीगढ़ के मुख्य चिकित्सा अधिकारी डॉक्टर बीपी सिंह ने बताया कि जमात में हिस्सा लेने आए एक"
        " व्यक्ति की रिपोर्ट पॉजिटिव आई है । यह शाहजमाल की एक मस्जिद में क्वारंटाइन था । इसके साथ ही"
        " युवक के टच में जितने भी लोग आए हैं उन सभी की और 1 किलोमीटर के भीतर सभी आने वाले सभी"
        " लोगों को क्वरंटाइन किया जाएगा ।"
    )
    assert _sources(text, "क्वरंटाइन", "2020-04-09") == ["Aligarh health department"]


def test_a_chief_minister_report_is_his_state_government() -> None:
    # DJ-2020-MAR-16.txt
    text = (
        "पश्चिम बंगाल की मुख्‍यमंत्री ममता बनर्जी ने कहा है कि कोरोनोवायरस से निपटने के लिए पश्चिम"
        " बंगाल में 200 करोड़ रुपये का फंड बनाया जाएगा । राज्‍य के सिनेमा घरों को 30 मार्च तक बंद कर"
        " दिया गया है ।"
    )
    assert _sources(text, "बंद", "2020-03-16") == ["Government of West Bengal"]


def test_a_union_minister_has_no_such_office_and_stays_himself() -> None:
    # PK-2020-MAR-06.txt (the screening sentence; the report before it written for the test). The
    # Union Health Minister here is his ministry since round sa12 (tests/test_events_sa12_sources.py):
    # a Union minister of no portfolio the KB knows stays himself
    text = (
        "केंद्रीय मंत्री प्रकाश जावड़ेकर ने बताया कि देश में अब तक 31 मामलों की पुष्टि हुई है."
        " विदेशों से आने वाले सभी यात्रियों की 21 एयरपोर्ट और 12 बंदरगाहों पर स्क्रीनिंग की जा रही है."
    )
    assert _sources(text, "स्क्रीनिंग", "2020-03-06") == ["Prakash Javadekar"]


def test_a_punishment_to_come_stays_the_speaker_warning() -> None:
    # written: the Munger magistrate's report, then a warning in the passive
    text = (
        "मुंगेर के जिलाधिकारी राजेश मीणा ने बताया कि कोरोना संक्रमित वृद्ध नालंदा में हुए तब्लीगी जमात के"
        " कार्यक्रम में शामिल हुआ था । नियम तोड़ने वालों के खिलाफ सख्त कार्रवाई की जाएगी ।"
    )
    assert _sources(text, "कार्रवाई") == ["Rajesh Meena"]


def test_the_officer_acting_himself_stays_the_officer() -> None:
    # written: the magistrate orders in his own words (ने), no passive
    text = (
        "मुंगेर के जिलाधिकारी राजेश मीणा ने बताया कि कोरोना संक्रमित वृद्ध नालंदा में हुए तब्लीगी जमात के"
        " कार्यक्रम में शामिल हुआ था । जिलाधिकारी ने पूरे इलाके को सील करने का आदेश दिया है ।"
    )
    assert _sources(text, "सील") == ["Rajesh Meena"]


_CLOSED = (
    "मुंगेर के जिलाधिकारी राजेश मीणा ने बताया कि कोरोना संक्रमित वृद्ध नालंदा में हुए तब्लीगी जमात के"
    " कार्यक्रम में शामिल हुआ था । जमालपुर के सभी बाजार 30 अप्रैल तक "
)


def test_only_the_passive_goes_to_the_body() -> None:
    # written: the same closure in the passive (the body's) and intransitive (left to the speaker)
    assert _sources(_CLOSED + "बंद कर दिए गए हैं ।", "बंद") == ["Munger district administration"]
    assert _sources(_CLOSED + "बंद रहेंगे ।", "बंद") == ["Rajesh Meena"]


def test_an_infinitive_joined_to_the_closing_passive_names_the_same_body() -> None:
    # AU-2020-05-15.txt (the dev gold's tune half's Panchkula order; the report before it written):
    # the two zones of one order stay one event of the district administration
    text = (
        "पंचकूला के डीसी मुकेश कुमार आहूजा ने बताया कि जिले में दो नए मामले मिले हैं । इसके अलावा"
        " सेक्टर-21 में एक व्यक्ति के कोरोना पॉजिटिव पाए जाने पर सेक्टर-21 के मकान 836 से 861 तक और"
        " इसके आसपास का खुला क्षेत्र कंटेनमेंट जोन घोषित करने के साथ ही शेष एरिया को बफर जोन घोषित"
        " किया गया है ।"
    )
    art = analysed(text, "2020-05-15")
    zones = [e for e in art.events if e.trigger == "जोन घोषित"]
    assert [english_names(art, e)[e.source[0]] for e in zones] == ["Panchkula district administration"]


# NT-2020-APR-04.txt (the chief minister's own quote goes on; his office is the KB's on the day)
_RATION = (
    "मुख्यमंत्री अरविंद केजरीवाल ने कहा, 'जिनके पास राशन कार्ड नहीं है लेकिन लॉकडाउन के वजह से उन्हें"
    " भी मुफ्त राशन की जरूरत है, ऐसे सभी लोग अब राशन के लिए आवेदन कर सकते हैं । गैर-राशन कार्ड"
    " धारकों के लिए वेबसाइट पर रजिस्ट्रेशन शुरू हो गया है । इन सभी लोगों को 5 किलोग्राम राशन दिया"
    " जाएगा ।"
)


def test_a_chief_minister_the_kb_knows_heads_his_government() -> None:
    assert _sources(_RATION, "राशन", "2020-04-04") == ["Government of Delhi"]


def test_a_former_chief_minister_is_no_government() -> None:
    # written: Kamal Nath (the KB's Chief Minister of Madhya Pradesh until 2020-03-20) speaking
    # after he left office: the passive is no longer his state government's
    text = (
        "कमलनाथ ने कहा कि प्रदेश में अब तक कोई मामला नहीं मिला है । सभी यात्रियों को 14 दिन के लिए"
        " निगरानी में रखा गया है ।"
    )
    assert _sources(text, "निगरानी में", "2020-04-10") != ["Government of Madhya Pradesh"]
    assert _sources(text, "निगरानी में", "2020-03-10") == ["Government of Madhya Pradesh"]

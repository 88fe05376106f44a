"""Issue 13, round ev202: where the COVID event gold and the seeds' gold code a construction
differently, follow the COVID gold (it states the held-out set's rules) where the seeds' gold
also accepts it. A meeting, call, talk or visit not yet held keeps CONSULT with its modality
("intended acts keep their type"); only a party's taking part in another's gathering ("… में
भाग लेंगे", "… शामिल होगा") stays AGREE, an invitation to attend accepted. Sentences from the
allowed corpus day files (shortened where marked) and the seeds."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-11")


def _talks(art: Article) -> list[Event]:
    return [e for e in art.events if e.type in {"AGREE", "CONSULT"}]


def test_a_meeting_fixed_for_a_date_stays_consult() -> None:
    for text in (
        # PK-2020-APR-10.txt
        "पीएम मोदी इसके मद्देनजर राज्य के सभी सीएम के साथ 11 अप्रैल को बैठक करेंगे.",
        # AU-2020-ARP-08.txt
        "प्रधानमंत्री नरेंद्र मोदी 11 अप्रैल को देश के सभी मुख्यमंत्रियों के साथ वीडियो कॉन्फ्रेंसिंग करेंगे  ।",
        # PK-2020-MAR-09.txt
        "दिल्ली के मुख्यमंत्री अरविंद केजरीवाल सोमवार को केंद्रीय स्वास्थ्य मंत्री डॉ. हर्षवर्धन से"
        " राजभवन में मुलाकात करेंगे.",
    ):
        [ev] = _talks(analysed(text))
        assert (ev.type, ev.modality) == ("CONSULT", "planned"), text


def test_taking_part_in_a_gathering_stays_agree() -> None:
    # DJ-2020-MAR-17.txt (shortened): a side's declared attendance accepts the invitation
    text = "पाकिस्‍तान के विदेश मंत्री ने कहा कि पाकिस्‍तान इस चर्चा में शामिल होगा ।"
    [ev] = _talks(analysed(text))
    assert (ev.type, ev.modality) == ("AGREE", "planned")


def test_a_held_meeting_is_consult_happened() -> None:
    # negative: the past meeting was never converted
    text = "संसदीय कार्य मंत्री प्रह्लाद जोशी ने 38 संसद सदस्यों से मुलाकात की ।"
    assert [(e.type, e.modality) for e in _talks(analysed(text))] == [("CONSULT", "happened")]


# ---- (2) an office-holder who reports an agentless measure reports his body's act ----------------
# The golds: "Offices stay offices unless the text names the person"; a measure in the passive that
# a named official only reports has the body as its source (COVID gold; tuning set Ul codes the
# CMO's reported seal so, source_also_ok his health department). Round ev120 did this for district
# officers; ev202 adds the district's chief medical officer and a state's chief minister.


def _sources(text: str) -> list[tuple[str, list[str]]]:
    return [(e.mode, e.source) for e in analysed(text).events]


def test_a_cmo_reports_his_health_departments_measure() -> None:
    # DJ-2020-ARP-11.txt, DJ-2020-ARP-16.txt (datelines shortened)
    assert _sources(
        "कन्नौज, जेएनएन । सीएमओ डॉ. कृष्ण स्वरूप ने बताया कि युवक की रिपोर्ट पॉजिटिव आने के बाद"
        " गांव को सील कर दिया गया है ।"
    ) == [("seal", ["actor:Kannauj health department"])]
    assert _sources(
        "लखनऊ, जेएनएन । सीएमओ डॉक्टर नरेंद्र अग्रवाल ने बताया कि तत्काल प्रभाव से अस्पताल को सील"
        " करा दिया गया है ।"
    ) == [("seal", ["actor:Lucknow health department"])]


def test_a_chief_minister_reports_his_governments_measure() -> None:
    # AU-2020-MAR-22.txt, DJ-2020-MAR-16.txt
    assert _sources(
        "ओडिशा के मुख्यमंत्री नवीन पटनायक ने कहा है कि राजधानी समेत राज्य का 40 फीसदी हिस्सा एक"
        " हफ्ते के लिए लॉकडाउन कर दिया गया है ।"
    ) == [("lockdown", ["actor:Government of Odisha"])]
    assert _sources(
        "पश्चिम बंगाल की मुख्‍यमंत्री ममता बनर्जी ने कहा है कि राज्‍य में कोरोना वायरस के खतरे के"
        " कारण 15 अप्रैल तक शैक्षणिक संस्थानों को बंद कर दिया गया ।"
    ) == [("close", ["actor:Government of West Bengal"])]


def test_what_the_official_does_or_warns_stays_his() -> None:
    # negatives: his own act in the active, and a punishment to come (his warning, THREATEN;
    # AU-2020-MAR-16.txt, dateline added)
    assert _sources("सीएमओ डॉ. कृष्ण स्वरूप ने गांव को सील कर दिया ।") == [
        ("seal", ["name:person:krsn-svrp"])
    ]
    assert _sources("मुख्यमंत्री नवीन पटनायक ने राज्य में लॉकडाउन की घोषणा की ।") == [
        ("lockdown", ["kb:person/naveen-patnaik"])
    ]
    assert _sources(
        "देहरादून । मुख्यमंत्री त्रिवेंद्र सिंह रावत ने कहा कि प्रदेश में यदि कोई भी व्यापारी सेनिटाइजर"
        " और मास्क की कालाबाजारी करता है तो उसके खिलाफ खाद्य वस्तु अधिनियम के तहत कड़ी कार्रवाई की"
        " जाएगी ।"
    ) == [("threaten", ["kb:person/trivendra-singh-rawat"])]

"""Issue 13, fifth recall pass (ev16): events dropped by a rule, and modality. Each kind on a real
sentence of corpus/hindi-covid-2020 (day files outside the event gold), with a negative beside it
(precision first)."""

from __future__ import annotations

from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _acts(art: Article) -> list[tuple[str | None, str, list[str]]]:
    return [(e.type, e.modality, e.source) for e in art.events]


def test_the_unmarked_subject_of_an_inceptive_or_progressive_is_the_agent() -> None:
    # AU-2020-ARP-15.txt:7: a place and an intransitive verb before "और" stand between them
    art = analysed(
        "ये मजदूर शहर के वारछा इलाके में सड़क पर बैठ गए और मांग करने लगे कि उन्हें उनके घर"
        " जाने की अनुमति मिलनी चाहिए ।"
    )
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.source == ["actor:workers"]
    [arg] = [a for a in ev.arguments if a.role == "source"]
    assert art.text[arg.start : arg.end] == "मजदूर"  # evidence: where the subject is written
    # DH-2020-ARP-26.txt:23 (progressive), AU-2020-MAR-31.txt:69 (future)
    art = analysed(
        "महाराष्ट्र सरकार कोरोना वायरस संक्रमण को काबू करने के लिए लोगों से घरों में रहने की"
        " अपील कर रही है ।"
    )
    assert ("REQUEST", "ongoing", ["actor:Government of Maharashtra"]) in _acts(art)
    art = analysed("पुलिस इनके बारे में सूचना न देने वालों के खिलाफ कार्रवाई भी करेगी ।")
    # a warning of action against people, as the gold codes it (round ev84, reread.warned_actions)
    assert [(e.type, e.modality) for e in art.events] == [("THREATEN", "happened")]
    assert art.events[0].source


def test_no_nominative_agent_for_a_speaker_a_relative_or_a_habitual() -> None:
    # AU-2020-MAR-19.txt:8: "मैं" is the subject, not the public named after it
    art = analysed("मैं आज से जनता कर्फ्यू की मांग करता हूं ।")
    assert not [e for e in art.events if "actor:public of India" in e.source]
    # AU-2020-MAR-25.txt:110: the relative pronoun जो is the subject of "समर्थन नहीं कर रहे"
    art = analysed(
        "मैंने गृह मंत्रालय और सभी राज्यों के डीजीपी से उन लोगों के खिलाफ सख्त कदम उठाने को"
        " कहा है जो डॉक्टर, नर्स और अन्य जरूरी सेवाओं में जुड़े लोगों का समर्थन नहीं कर रहे हैं ।"
    )
    assert not [e for e in art.events if e.type == "SUPPORT"]
    # AU-2020-ARP-30.txt:33: a habitual is a generality, not an act
    art = analysed(
        "यही कारण है कि डॉक्टर एक व्यक्ति को दो रक्तदान के बीच में लगभग तीन महीने का अंतर"
        " रखने की सलाह देते हैं ।"
    )
    assert not art.events


def test_what_should_be_done_is_proposed_and_what_is_prepared_is_planned() -> None:
    # AU-2020-ARP-27.txt:19 ("किया जाना चाहिए"), PK-2020-APR-30.txt:89 ("हटा दी जाएं")
    art = analysed(
        "इसमें राज्य के भीतर आर्थिक गतिविधियों को छूट देनी चाहिए लेकिन सीमाओं को सील किया"
        " जाना चाहिए ।"
    )
    # never read as done; since round ev128 no event at all (a measure said should be done is
    # none, tests/test_events_precision14.py)
    assert {e.modality for e in art.events if e.type == "COERCE"} <= {"proposed"}
    art = analysed("वहीं ग्रीन जोन में पाबंदियां हटा दी जाएं ।")
    assert {e.modality for e in art.events if e.type == "CONCEDE"} <= {"proposed"}
    # DH-2020-ARP-13.txt:7: "… करने की तैयारी कर रहा है"
    art = analysed(
        "अब जिला प्रशासन इन चारों के आधार पर आगे की कार्यवाही करने की तैयारी कर रहा है ।"
    )
    assert {e.modality for e in art.events if e.type == "COERCE"} <= {"planned"}


def test_a_passive_perfect_still_reads_as_happened() -> None:
    # the subjunctive is "जाए/जाएं", not the perfect "गया" nor the future "जाएगा"
    art = analysed("प्रशासन ने पूरे इलाके को सील कर दिया गया है ।")
    assert {e.modality for e in art.events if e.type == "COERCE"} <= {"happened"}
    art = analysed("जिलाधिकारी ने कहा कि पूरे इलाके को सील किया जाएगा ।")
    assert {e.modality for e in art.events if e.type == "COERCE"} <= {"planned"}


def test_a_meeting_one_named_party_held_or_chaired_is_a_consultation() -> None:
    # DJ-2020-MAR-14.txt (a review meeting with its participants unnamed)
    art = analysed(
        "प्रमोद सावंत ने कोरोना वायरस के मद्देनजर हो रही तैयारियों को लेकर उच्चस्तरीय समीक्षा"
        " बैठक की ।"
    )
    [ev] = [e for e in art.events if e.type == "CONSULT"]
    assert ev.source and ev.modality == "happened"
    # AU-2020-MAR-12.txt: chaired ("X की अध्यक्षता में … बैठक हुई"): the chair is the source
    art = analysed(
        "कोरोना वायरस के देश में बढ़ते मामलों को लेकर मुख्य सचिव उत्पल कुमार सिंह की अध्यक्षता"
        " में बृहस्पतिवार देर शाम एक बैठक हुई ।"
    )
    [ev] = [e for e in art.events if e.type == "CONSULT"]
    [arg] = [a for a in ev.arguments if a.role == "source"]
    assert "उत्पल कुमार सिंह" in art.text[arg.start : arg.end]
    # PK-2020-MAR-16.txt: a fronted "ने की बैठक" no longer hides the next clause's agent
    art = analysed("कोरोना पर हेमंत सोरेन ने की उच्चस्तरीय बैठक, रांची के डीसी ने दिये जरूरी निर्देश ।")
    assert {e.type for e in art.events} >= {"CONSULT", "COERCE"}


def test_a_meeting_that_only_took_place_or_a_bare_visit_stays_dropped() -> None:
    # AU-2020-MAR-05.txt: "टास्क फोर्स की पहली बैठक हुई" names a body (kept as before) but
    # "बैठक हुई" with nobody named, or a passive with no chair, names no one who held it
    for text in (
        "दिल्ली सचिवालय में बुधवार को एक बैठक हुई ।",
        "स्कूलों खोलने या छुट्टी की तारीख आगे बढ़ाने को लेकर 20 मार्च को फिर समीक्षा बैठक की जाएगी ।",
    ):
        assert not [e for e in analysed(text).events if e.type in {"CONSULT", "AGREE"}], text
    # a मुलाकात needs whom one met: "X ने मुलाकात की" alone is not kept
    art = analysed("मुख्यमंत्री अशोक गहलोत ने मुलाकात की ।")
    assert not [e for e in art.events if e.type == "CONSULT"]


def test_authorities_told_in_the_passive_is_a_request_of_government() -> None:
    # NT-2020-MAR-09.txt: states told to step up surveillance; the issuer is inferred
    art = analysed(
        "राज्यों और केंद्र शासित प्रदेशों को यात्रियों की सूची सौंपते हुए कम्युनिटी सर्विलांस"
        " बढ़ाने को कहा गया है ।"
    )
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    assert ev.mode == "tell_to" and ev.source
    assert [a.role for a in ev.arguments if a.entity_id in ev.source] == ["source_inferred"]
    # "करने के लिए कहा" is the same request (DH-2020-MAR-30.txt:19)
    art = analysed("मुख्यमंत्री ने लोगों को घरों में रहने के लिए कहा ।")
    assert [(e.type, e.mode) for e in art.events] == [("REQUEST", "tell_to")]


def test_people_told_to_isolate_or_a_pronoun_addressee_get_no_inferred_issuer() -> None:
    # NT-2020-MAR-04.txt: a group told to isolate (a measure, coded COERCE by the gold)
    for text in (
        "हालांकि सभी 6 लोगों को अगले 14 दिन के लिए अपने-अपने घर में अलग थलग रहने को कहा गया है ।",
        # NT-2020-MAR-03.txt: told to inform the officials; the addressee is उन्हें
        "कोरोना के लक्षण आने पर उन्हें तुरंत अधिकारियों को बताने को कहा गया है ।",
    ):
        assert not [e for e in analysed(text).events if e.type == "REQUEST"], text


def test_a_glossed_group_before_dvara_is_the_agent_of_a_passive() -> None:
    # AU-2020-ARP-10.txt: "कई देशों द्वारा … अनुरोध किया गया है"
    art = analysed("कई देशों द्वारा हाइड्रॉक्सीक्लोरोक्वीन के लिए अनुरोध किया गया है ।")
    [ev] = [e for e in art.events if e.type == "REQUEST"]
    [arg] = [a for a in ev.arguments if a.role == "source"]
    assert art.text[arg.start : arg.end] == "कई देशों" and ev.source == [arg.entity_id]
    # a participle after द्वारा describes: "शहरों द्वारा किए गए प्रयासों की सराहना" is no
    # passive act of the cities (nor a new agent for the praise)
    art = analysed("मजदूरों द्वारा किए गए अनुरोध पर विचार किया जाएगा ।")
    assert not [e for e in art.events if e.source == ["text:मजदूरों"]]


def test_a_measure_asked_for_is_not_taken() -> None:
    # NT-2020-MAY-08.txt: the petition asks to quash the notification; nothing was quashed
    art = analysed("याचिका में चार मई की उस अधिसूचना को रद्द करने की अपील की गई है ।")
    assert not [e for e in art.events if e.type == "COERCE"]
    # the same light verb before a decision is the act ("रद्द करने का फैसला किया")
    art = analysed("सरकार ने सभी परीक्षाएं रद्द करने का फैसला किया ।")
    assert [e.type for e in art.events if e.type == "COERCE"] == ["COERCE"]

"""Issue 13, eighth recall pass (ev26): kinds of events khabar had no trigger for, or dropped for a
slot, found on corpus/hindi-covid-2020 day files outside the event gold (tools/find_missed_acts.py,
tools/mine_light_verbs.py and the candidates' fates). Each kind on a sentence written like the
news, with a negative beside it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


# ---- a closure set until a day -----------------------------------------------------------------


def test_a_closure_until_a_day_is_a_measure_with_its_issuer_inferred() -> None:
    art = analysed("पंजाब में 15 अप्रैल तक सभी सरकारी और निजी स्कूल बंद रहेंगे ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "close" and ev.trigger == "बंद"
    assert any(a.role == "source_inferred" for a in ev.arguments)


def test_a_closure_from_one_day_to_another_is_one_too() -> None:
    art = analysed("शहर के सभी बाजार 24 से 26 मार्च तक बंद रहेंगे ।")
    assert [e.mode for e in _of(art, "COERCE")] == ["close"]


def test_a_list_of_what_stays_shut_without_a_day_is_no_order() -> None:
    # unchanged: no speaker, no day; a description of the lockdown, not a measure taken
    art = analysed("सभी पार्क, जिम और सिनेमा हॉल बंद रहेंगे ।")
    assert not _of(art, "COERCE")


def test_an_as_long_as_clause_is_no_day() -> None:
    art = analysed("जब तक हालात नहीं सुधरते, सभी स्कूल बंद रहेंगे ।")
    assert not _of(art, "COERCE")


# ---- the lockdown in two words ----------------------------------------------------------------


def test_lockdown_written_in_two_words_is_the_lockdown() -> None:
    art = analysed("उत्तराखंड सरकार ने भी पूरे राज्य में लॉक डाउन की घोषणा की है ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "lockdown" and ev.trigger == "लॉक डाउन" and ev.source


def test_lockdown_in_two_words_as_a_period_is_no_act() -> None:
    art = analysed("लॉक डाउन के दौरान शहर की सड़कों पर सन्नाटा पसरा रहा ।")
    assert not _of(art, "COERCE")


# ---- a meeting called ---------------------------------------------------------------------------


def test_a_meeting_called_by_one_party_is_a_meeting() -> None:
    art = analysed("मुख्यमंत्री नीतीश कुमार ने रविवार को अधिकारियों की उच्च स्तरीय बैठक बुलाई ।")
    [ev] = _of(art, "CONSULT")
    assert ev.mode == "meeting" and "kb:person/nitish-kumar" in ev.source


def test_a_meeting_noun_with_another_verb_is_still_not_one() -> None:
    art = analysed("बैठक में स्वास्थ्य मंत्री और मुख्य सचिव भी मौजूद रहे ।")
    assert not _of(art, "CONSULT")


# ---- an emergency imposed -----------------------------------------------------------------------


def test_an_emergency_put_in_force_is_a_measure() -> None:
    art = analysed("न्यूयॉर्क में संक्रमण के मामले बढ़ने के बाद वहां इमरजेंसी लागू कर दी गई ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "emergency"


def test_an_emergency_announced_by_a_governor_is_his() -> None:
    art = analysed("न्यूयॉर्क के गवर्नर एंड्रयू कुओमो ने राज्य में आपात स्थिति की घोषणा की है ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "emergency" and ev.source


def test_an_emergency_ward_or_situation_is_no_measure() -> None:
    for text in (
        "घायल को अस्पताल की इमरजेंसी में भर्ती कराया गया ।",
        "उन्होंने कहा कि हम स्वास्थ्य इमरजेंसी की स्थिति में हैं ।",
        "आपात स्थिति में लोग हेल्पलाइन नंबर पर फोन कर सकते हैं ।",
    ):
        assert not _of(analysed(text), "COERCE"), text


# ---- a permission withheld ----------------------------------------------------------------------


def test_a_permission_withheld_is_a_prohibition() -> None:
    art = analysed("सील किए गए इलाके में अब किसी को भी घर से बाहर निकलने की अनुमति नहीं होगी ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "ban" and ev.modality == "planned" and not ev.negated
    assert not _of(art, "CONCEDE")


def test_a_permission_withheld_now_is_in_force() -> None:
    art = analysed("हॉटस्पॉट इलाकों में किसी भी दुकान को खुलने की इजाजत नहीं है ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "ban" and ev.modality == "happened"


def test_a_permission_granted_is_still_a_concession() -> None:
    # the same noun's other entry: its light verb दी picks it (candidates: same form, next entry)
    art = analysed("जिलाधिकारी ने किराना दुकानों को सुबह सात से दस बजे तक खुलने की अनुमति दी ।")
    assert [e.type for e in art.events] == ["CONCEDE"]


def test_a_permission_that_will_be_there_or_a_habit_or_a_story_is_no_ban() -> None:
    for text in (
        "ग्रीन जोन में बसों को आधी सवारियों के साथ चलने की अनुमति होगी ।",
        "लॉकडाउन में लोगों को घर से निकलने की अनुमति नहीं होती है ।",
        "उन दिनों किसी बाहरी को गांव में आने की इजाजत नहीं थी ।",
    ):
        assert not _of(analysed(text), "COERCE"), text


# ---- a cap on office staff ----------------------------------------------------------------------


def test_a_staff_cap_announced_by_a_minister_is_a_restriction() -> None:
    art = analysed(
        "मुख्यमंत्री अशोक गहलोत ने कहा कि सचिवालय में 30 फीसदी कर्मचारी ही काम करेंगे ।"
    )
    [ev] = _of(art, "COERCE")
    assert ev.mode == "restrict" and ev.modality == "planned" and ev.source


def test_a_share_of_staff_in_the_past_or_a_fact_is_no_cap() -> None:
    for text in (
        "सोमवार को दफ्तरों में 40 फीसदी कर्मचारी ही काम पर आए ।",
        "विभाग में 70 फीसदी कर्मचारी महिलाएं हैं ।",
    ):
        assert not _of(analysed(text), "COERCE"), text


def test_a_staff_cap_with_nobody_named_is_not_kept() -> None:
    art = analysed("बैंक शाखाओं में 50 फीसदी कर्मचारी काम करेंगे ।")
    assert not _of(art, "COERCE")


# ---- warships and military aircraft sent --------------------------------------------------------


def test_a_warship_sent_by_the_navy_is_a_mobilisation() -> None:
    art = analysed(
        "भारतीय नौसेना ने खाड़ी देशों में फंसे भारतीयों को लाने के लिए आईएनएस केसरी को दुबई की ओर"
        " भेजा है ।"
    )
    [ev] = _of(art, "MOBILIZE")
    assert ev.mode == "mobilize" and ev.source


def test_a_warship_sent_by_nobody_named_is_the_governments() -> None:
    # round ev141 (issue 13): only a country's government sends its warships, so the passive's
    # unnamed sender is inferred (it was dropped before)
    art = analysed("फंसे भारतीयों को लाने के लिए आईएनएस केसरी को दुबई की ओर भेजा गया है ।")
    [ev] = _of(art, "MOBILIZE")
    assert ev.source == ["actor:Government of India"]
    assert any(a.role == "source_inferred" for a in ev.arguments)


def test_an_air_force_plane_sent_by_the_government_is_its_mobilisation() -> None:
    art = analysed("सरकार ने वायुसेना के एक विमान को वुहान भेजा ।")
    [ev] = _of(art, "MOBILIZE")
    assert ev.source


def test_patients_sent_to_a_naval_hospital_are_no_mobilisation() -> None:
    for text in (
        "उन्होंने बताया कि संक्रमितों को नौसेना अस्पताल में भेजा गया ।",
        "नौसेना के जवानों ने दो हजार मास्क बनाए ।",
    ):
        assert not _of(analysed(text), "MOBILIZE"), text


def test_a_team_arrival_reads_past_a_postposition_that_only_starts_a_form() -> None:
    # को/के open "को कहा"/"के लिए कहा" elsewhere; here they only say with whom or where
    art = analysed("शुक्रवार को स्वास्थ्य विभाग की टीम पुलिस के साथ सलेमपुर पहुंची ।")
    assert [e.mode for e in _of(art, "CONSULT")] == ["visit"]


def test_a_relaxation_withheld_is_a_prohibition_too() -> None:
    art = analysed("जिलाधिकारी ने साफ कर दिया कि कंटेनमेंट जोन में कोई ढील नहीं होगी ।")
    [ev] = _of(art, "COERCE")
    assert ev.mode == "ban" and ev.source
    assert not _of(analysed("ग्रीन जोन में दुकानों के लिए कुछ ढील है ।"), "COERCE")


# ---- going on strike ----------------------------------------------------------------------------


def test_workers_gone_on_strike_are_its_source() -> None:
    art = analysed("जिला अस्पताल के सभी 40 स्वास्थ्यकर्मी सोमवार से हड़ताल पर चले गए ।")
    [ev] = _of(art, "PROTEST")
    assert ev.mode == "strike" and ev.modality == "happened" and ev.source


def test_a_strike_announced_is_planned() -> None:
    art = analysed("बिजली विभाग के सभी कर्मचारी गुरुवार से हड़ताल पर चले जाएंगे ।")
    [ev] = _of(art, "PROTEST")
    assert ev.modality == "planned"


def test_a_strike_talked_about_is_none() -> None:
    art = analysed("कर्मचारियों की हड़ताल पर सरकार अब तक चुप है ।")
    assert not _of(art, "PROTEST")


# ---- more heads of bodies as agents -------------------------------------------------------------


def test_the_state_government_as_shasan_is_an_agent() -> None:
    art = analysed(
        "संक्रमण के खतरे को देखते हुए शासन ने सभी जिलों के अस्पतालों को इसके निर्देश जारी किए हैं ।"
    )
    [ev] = _of(art, "COERCE")
    assert ev.source == ["actor:state government"]  # an actor word since round ev109


def test_a_trade_body_demanding_is_a_request() -> None:
    art = analysed("शुक्रवार को व्यापार मंडल ने दुकानें खोलने की अनुमति देने की मांग की ।")
    [ev] = _of(art, "REQUEST")
    # named by the actor dictionary since round kb28 (a town's traders' association; no town here)
    assert ev.source == ["actor:traders' association"]


# ---- a body's meeting ---------------------------------------------------------------------------


def test_a_cabinet_meeting_that_decided_is_the_cabinets_meeting() -> None:
    art = analysed("मंत्रिमंडल की बैठक में शराबबंदी जारी रखने का फैसला लिया गया ।")
    [ev] = _of(art, "CONSULT")
    assert ev.mode == "meeting" and ev.source == ["text:मंत्रिमंडल"]


def test_a_meeting_of_nobody_named_stays_out() -> None:
    art = analysed("इस बैठक में कई अहम फैसले लिए गए ।")
    assert not _of(art, "CONSULT")

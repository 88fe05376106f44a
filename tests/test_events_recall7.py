"""Issue 13, seventh recall pass (ev22): kinds mined from the "no agent" and "no trigger" drops of
corpus/hindi-covid-2020 (day files outside the event gold). Each kind on a real corpus sentence,
with a negative beside it (precision first)."""

from __future__ import annotations

import pytest

from khabar.model import Article, Event
from lexicon_faults import trigger_lexicon_error

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def _of(art: Article, type_: str) -> list[Event]:
    return [e for e in art.events if e.type == type_]


def test_a_passive_arrest_of_named_people_is_the_polices() -> None:
    # AU-2020-ARP-03.txt:18: an arrest reported in the passive, whom it holds named
    art = analysed(
        "अलीगढ़ में पुलिस पर पथराव करने के मामले में तीन लोगों को गिरफ्तार किया गया है ।"
    )
    [ev] = [e for e in art.events if e.mode == "arrest"]
    assert ev.type == "COERCE" and ev.target == ["text:तीन लोगों"]
    assert any(a.role == "source_inferred" for a in ev.arguments)


def test_an_arrest_of_a_pronoun_is_the_polices_but_not_an_attributive_one() -> None:
    # round rv32 reverses ev22 here: "उसे" alone, the act is still the police's arrest reported
    # (the sixth recall audit's core miss; tests/test_events_rv32.py)
    art = analysed("आनन-फानन में उसे गिरफ्तार कर लिया गया है ।")
    [ev] = [e for e in art.events if e.mode == "arrest"]
    assert any(a.role == "source_inferred" for a in ev.arguments)
    # PK-2020-MAR-30.txt:33: an arrest presupposed by a participle before its noun describes
    art = analysed(
        "इस बीच, पिछले दिनों संदेह के आधार पर रांची के तमाड़ से गिरफ्तार किये गये 11 विदेशी"
        " मुसलमानों के झारखंड आने के राज खुलने लगे हैं ।"
    )
    assert not [e for e in art.events if e.mode == "arrest"]


def test_an_order_reported_by_what_it_says_is_its_issuers() -> None:
    # AU-2020-MAR-22.txt:56
    art = analysed(
        "बीएमसी द्वारा जारी आदेश में कहा गया, बस, ऑटो व टैक्सी सम विषम फार्मूले का पालन"
        " करेंगे ।"
    )
    [ev] = [e for e in art.events if e.mode == "order"]
    assert ev.type == "COERCE" and ev.source and ev.modality == "happened"
    assert art.text[ev.trigger_start : ev.trigger_end] == "आदेश में"
    # one's own order is no reflexive act (AU-2020-MAY-01.txt:22, its clause shortened)
    art = analysed("गृह मंत्रालय ने अपने आदेश में कहा है कि सभी दुकानें बंद रहेंगी ।")
    [ev] = [e for e in art.events if e.mode == "order"]
    assert ev.source == ["actor:Ministry of Home Affairs of India"]


def test_no_order_from_an_amended_order_or_one_issued_by_nobody_named() -> None:
    art = analysed("गृह मंत्रालय ने लॉकडाउन 3.0 के आदेश में कुछ संशोधन किया है ।")
    assert not [e for e in art.events if e.mode == "order"]
    art = analysed("जारी किए गए आदेश में कहा गया है कि भोपाल के लोग घरों में रहें ।")
    assert not [e for e in art.events if e.mode == "order"]


def test_a_warning_of_action_against_a_group_threatens_it() -> None:
    # PK-2020-MAR-08.txt:4 (the same report in NT-2020-MAR-08.txt:10)
    art = analysed(
        "केरल में प्रशासन ने अपनी यात्रा और संक्रमण की जानकारी छिपाने वाले लोगों के खिलाफ सख्त"
        " कार्रवाई की चेतावनी दी है, जिनपर मुकदमा भी चलाया जा सकता है ।"
    )
    [ev] = _of(art, "THREATEN")
    assert ev.source and ev.target and ev.modality == "happened"
    assert art.text[ev.trigger_start : ev.trigger_end] == "कार्रवाई की चेतावनी"


def test_no_threat_from_a_warning_of_a_danger() -> None:
    art = analysed("विशेषज्ञों ने चेतावनी दी है कि संक्रमण के मामले और बढ़ सकते हैं ।")
    assert not _of(art, "THREATEN")


def test_the_future_of_ho_is_planned_but_not_a_name_ending_in_it() -> None:
    # PK-2020-APR-21.txt:14: a meeting that will take place is CONSULT, planned (round ev202)
    art = analysed(
        "साउथ ब्लॉक में रक्षा मंत्री राजनाथ सिंह की अध्यक्षता में मंत्रियों के समूह GoM की"
        " बैठक होगी ।"
    )
    [ev] = [e for e in art.events if e.mode == "meeting"]
    assert (ev.type, ev.modality) == ("CONSULT", "planned")
    # "योगी" ends in -ोगी and is no future: the meeting he spoke in took place (DH-2020-ARP-18.txt:11,
    # shortened)
    art = analysed(
        "लोक भवन में टीम 11 के साथ बैठक में मुख्यमंत्री योगी आदित्यनाथ ने कहा है कि सभी"
        " जरूरतमंदों को भत्ते का लाभ दिया जाए ।"
    )
    assert [(e.type, e.modality) for e in art.events if e.mode == "meeting"] == [
        ("CONSULT", "happened")
    ]


def test_an_arrangement_for_a_group_is_aid() -> None:
    # NT-2020-MAR-08.txt:19: beds arranged for patients
    art = analysed(
        "सीएम अरविंद केजरीवाल ने कहा कि कोरोना वायरस मरीजों के लिए 25 अस्पतालों में 168 पृथक"
        " बिस्तरों की व्यवस्था की गई है ।"
    )
    [ev] = [e for e in art.events if e.type == "AID" and e.mode == "provide"]
    assert ev.source and ev.target and ev.modality == "happened"


def test_no_aid_from_an_arrangement_for_a_purpose_or_an_infinitive() -> None:
    # PK-2020-MAR-11.txt:51, AU-2020-ARP-14.txt:82
    art = analysed(
        "झारखंड के सभी सरकारी अस्पतालों में कोरोना वायरस से निबटने के लिए विशेष व्यवस्था"
        " की गयी है ।"
    )
    assert not _of(art, "AID")
    art = analysed(
        "यह केंद्र सरकार द्वारा प्रवासी मजदूरों के लिए घर वापस जाने के रास्ते की व्यवस्था करने"
        " में सक्षम नहीं होने का एक परिणाम है ।"
    )
    assert not _of(art, "AID")


def test_a_body_or_office_the_tagger_misses_is_the_agent() -> None:
    # AU-2020-MAR-29.txt:144: "the commission" asked, named by its head noun only
    art = analysed("आयोग ने इनकी सुरक्षा और सरंक्षण के लिए उचित कदम उठाने को कहा है ।")
    [ev] = _of(art, "REQUEST")
    assert ev.source == ["text:आयोग"]
    # PK-2020-APR-17.txt:24: the adverbs a sentence opens with are not part of the agent
    art = analysed(
        "इसके साथ ही मंत्रालय ने राज्यों और केंद्र शासित प्रदेशों को लॉकडाउन का कड़ाई से पालन"
        " कराने के लिए कहा है ।"
    )
    [ev] = _of(art, "REQUEST")
    [arg] = [a for a in ev.arguments if a.role == "source"]
    assert ev.source == ["text:मंत्रालय"] and art.text[arg.start : arg.end] == "मंत्रालय"


def test_no_institution_agent_for_a_passive_or_another_clause() -> None:
    # a passive's ने-agent is another clause's speaker, not the one who asked
    art = analysed("मंत्रालय ने कहा कि सभी यात्रियों को घर में रहने को कहा गया है ।")
    assert not [e for e in _of(art, "REQUEST") if e.source == ["text:मंत्रालय"]]


def test_a_misspelt_light_verb_group_of_a_new_entry_is_a_coded_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = trigger_lexicon_error(
        monkeypatch,
        lambda entries: {**next(e for e in entries if "आदेश में" in e["forms"]), "light": ["kaha"]},
    )
    assert "E060" in text and "kaha" in text and "\n" not in text


def test_a_measure_extended_after_a_date_phrase_is_an_act() -> None:
    # AU-2020-MAY-02.txt:130: no को between the measure and its verb, only a duration
    art = analysed(
        "बता दें कि गृह मंत्रालय ने शुक्रवार को लॉकडाउन दो हफ्ते के लिए बढ़ाते हुए इसे 17 मई तक"
        " कर दिया था ।"
    )
    [ev] = [e for e in art.events if e.mode == "lockdown"]
    assert ev.source == ["actor:Ministry of Home Affairs of India"]
    # PK-2020-APR-19.txt:9
    art = analysed("धार डीएम श्रीकांत भनोट ने बताया, धारा 144 3 दिन के लिए लगायी गयी है ।")
    assert [e.mode for e in art.events if e.type == "COERCE"] == ["curfew"]


def test_no_act_from_a_measure_that_goes_on() -> None:
    # AU-2020-MAY-01.txt:3: a lockdown continuing to a date is a state, not an act
    art = analysed("अब यह लॉकडाउन 17 मई तक जारी रहेगा ।")
    assert not [e for e in art.events if e.type == "COERCE"]


def test_relief_given_and_strictness_raised_are_acts() -> None:
    # AU-2020-MAR-22.txt:191
    art = analysed("दिल्ली सरकार ने फैसला किया है कि ऐसे 72 लाख लोगों को मुफ्त राशन दिया जाएगा ।")
    [ev] = [e for e in art.events if e.type == "AID"]
    assert (ev.mode, ev.modality) == ("relief", "planned") and ev.source
    # PK-2020-MAR-24.txt:11
    art = analysed("राज्यभर में लॉकडाउन है और झारखंड सरकार ने सख्ती बढ़ायी है ।")
    [ev] = [e for e in art.events if e.mode == "enforce"]
    assert ev.type == "COERCE" and ev.source


def test_no_relief_from_a_demand_for_it() -> None:
    art = analysed("उन्होंने सभी कर्मियों के लिए सेनिटाइजर और मास्क देने की मांग भी उठाई ।")
    assert not [e for e in art.events if e.type == "AID"]


def test_an_abbreviation_spelt_in_hindi_letters_is_an_agent() -> None:
    # PK-2020-MAR-03.txt:31 (its clause shortened)
    art = analysed(
        "विमानन नियामक डीजीसीए ने सभी हवाई अड्डों और एयरलाइनों से यह सुनिश्चित करने को कहा है कि"
        " यात्रियों की जांच हो ।"
    )
    # round ev68: the regulator is in the actor dictionary now (was the phrase's text)
    assert [e.source for e in _of(art, "REQUEST")] == [["actor:Directorate General of Civil Aviation"]]


def test_no_abbreviation_agent_from_an_ordinary_word() -> None:
    # "कई" (several) is spelt with no letter names: nobody is named as the agent
    art = analysed("कई ने लोगों से घरों में रहने की अपील की ।")
    assert not [e for e in _of(art, "REQUEST") if e.source == ["text:कई"]]


def test_a_measure_named_by_its_announcement_was_announced() -> None:
    # the kind of AU-2020-MAR-21.txt:59 ("केजरीवाल सरकार ने … आर्थिक मदद के एलान के साथ ही …")
    art = analysed("केंद्र सरकार द्वारा राहत पैकेज की घोषणा के बाद शेयर बाजार चढ़ा ।")
    [ev] = _of(art, "AID")
    assert (ev.source, ev.modality) == (["actor:Government of India"], "happened")
    # announced by nobody named: no event (the announcement's agent is all it would say)
    art = analysed("लॉकडाउन की घोषणा के बाद हजारों मजदूर पैदल निकल पड़े ।")
    assert not art.events

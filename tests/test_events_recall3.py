"""Issue 13, third recall pass (ev10): the trace of dropped triggers behind tools/why_missed.py,
and the constructions it led to, each on a real sentence (the seeds, or corpus/hindi-covid-2020 on
days outside the event gold) with a negative."""

from __future__ import annotations

from typing import Any

from khabar.events.fates import Fate, tracing
from scripts import load_script

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py

# examples/000_067ad915245d0b3d.txt:13 (the seed's visa-free entry sentence)
_VISA = (
    "उन्होंने विशेष रूप से रूसियों के लिए वीजा-मुक्त प्रवेश की अनुमति देने के चीन के फैसले की सराहना"
    " की, एक कदम जिसका मॉस्को ने प्रतिदान किया."
)


def test_the_trace_records_each_candidates_fate_and_is_off_by_default() -> None:
    with tracing() as fates:
        analysed("पुलिस ने तीन युवकों को हिरासत में लिया । लोगों की मदद के लिए हेल्पलाइन है ।")
    assert ("हिरासत में", "COERCE", "kept") in {(f.trigger, f.type, f.fate) for f in fates}
    assert any(f.fate.startswith("noun without light verb") for f in fates if f.trigger == "मदद")
    with tracing() as fates:
        pass
    analysed("पुलिस ने तीन युवकों को हिरासत में लिया ।")
    assert fates == []  # outside the block nothing is recorded


def test_a_decision_to_allow_is_the_deciders_concession() -> None:
    art = analysed("चीन और रूस के नेताओं ने बात की । " + _VISA, dct="2026-02-05")
    [ev] = [e for e in art.events if e.type == "CONCEDE"]
    assert ev.source == ["kb:country/CN"] and ev.target == ["kb:country/RU"]
    assert ev.modality == "happened"
    assert any(a.role == "source" and a.text == "चीन" for a in ev.arguments)  # its evidence


def test_a_reciprocation_answers_the_step_its_relative_pronoun_names() -> None:
    art = analysed("चीन और रूस के नेताओं ने बात की । " + _VISA, dct="2026-02-05")
    [ev] = [e for e in art.events if e.mode == "reciprocate"]
    assert ev.source == ["kb:country/RU"] and ev.target == ["kb:country/CN"]
    assert any(a.role == "target" and a.text == "जिसका" for a in ev.arguments)


def test_a_decision_without_a_named_decider_makes_no_agent() -> None:
    # no genitive actor before फैसले ("इस फैसले"): nobody is made the decider
    art = analysed("दुकानें खोलने की अनुमति देने के इस फैसले की आलोचना हो रही है ।")
    assert not [e for e in art.events if e.type == "CONCEDE"]
    # a reciprocation with no step before it in the sentence gets no guessed target
    art = analysed("मॉस्को ने भी प्रतिदान किया ।")
    assert all(not e.target for e in art.events if e.mode == "reciprocate")


def test_a_closure_set_for_a_day_is_the_authoritys_planned_measure() -> None:
    # the construction of "रविवार को दिल्ली मेट्रो बंद रहेगी" (a Janata Curfew report); a list of
    # what stays closed with no day of its own is no order (AU-2020-MAR-20.txt kind)
    art = analysed("दिल्ली सरकार ने कई फैसले किए । रविवार को दिल्ली मेट्रो बंद रहेगी ।", dct="2020-03-20")
    [ev] = [e for e in art.events if e.type == "COERCE" and e.sentence == 1]
    assert ev.modality == "planned" and ev.date == "2020-03-22"
    assert any(a.role == "source_inferred" for a in ev.arguments)
    art = analysed("दिल्ली सरकार ने कई फैसले किए । सभी पार्क और सिनेमा हॉल बंद रहेंगे ।", dct="2020-03-20")
    assert not [e for e in art.events if e.type == "COERCE" and e.sentence == 1]


def test_enforcing_strictness_is_coercion() -> None:
    # PK-2020-MAY-04.txt:44
    art = analysed("पुलिस शाम सात बजे से सुबह सात बजे तक कर्फ्यू जैसी सख्ती बरतेगी.", dct="2020-05-04")
    assert ("COERCE", "enforce", "planned") in {(e.type, e.mode, e.modality) for e in art.events}
    # strictness only needed, not applied: no event
    art = analysed("लोगों को घर में रखने के लिए सख्ती की जरूरत है ।")
    assert not [e for e in art.events if e.mode == "enforce"]


def test_a_plea_and_a_refusal() -> None:
    # PK-2020-MAR-08.txt:54, NT-2020-APR-25.txt:48 (the agent a group the glossary knows, no
    # entity: "कई राज्यों ने", its phrase the evidence)
    art = analysed("इस संबंध में पीड़िता ने महिला थाने में शनिवार को न्याय की गुहार लगायी है.")
    assert [(e.type, e.mode) for e in art.events] == [("REQUEST", "appeal")]
    art = analysed("हालांकि, कई राज्यों ने इस ढील को मानने से मना कर दिया है ।")
    [ev] = [e for e in art.events if e.type == "REJECT"]
    assert ev.mode == "refuse" and ev.source == ["text:कई राज्यों"]
    assert any(a.role == "source" and a.text == "कई राज्यों" for a in ev.arguments)
    # a firm heading its clause with ने is the agent since round ev29 ("निजी फर्म ने",
    # DH-2020-MAY-09.txt:38; before, a ने-phrase the glossary did not know made no agent)
    art = analysed("निजी फर्म ने मीटर रीडरों को सेनेटाइजर उपलब्ध कराने से मना कर दिया है ।")
    [ev] = [e for e in art.events if e.type == "REJECT"]
    assert ev.source == ["text:निजी फर्म"]
    # "छुट्टी मना कर": a holiday celebrated, no refusal (no से before मना)
    art = analysed("संक्रमित कर्मचारी हाल ही में इटली से छुट्टी मना कर लौटा है ।")
    assert not [e for e in art.events if e.type == "REJECT"]


def test_an_act_begun_is_the_act() -> None:
    # DH-2020-ARP-11.txt (पूछताछ शुरू की), PK-2020-APR-11.txt (हड़ताल शुरू कर दी)
    art = analysed("कॉल डिटेल के आधार पर पुलिस ने जमाती व परिवारीजनों से पूछताछ शुरू की ।")
    assert [(e.type, e.mode) for e in art.events] == [("ACCUSE", "investigate")]
    art = analysed("शनिवार को इसके 92 कर्मचारियों ने हड़ताल शुरू कर दी.", dct="2020-04-11")
    assert [(e.type, e.mode) for e in art.events] == [("PROTEST", "strike")]
    # "शुरू होने के बाद": a start referred to, no act
    assert not analysed("लॉकडाउन शुरू होने के बाद से दुकानें बंद हैं ।").events


def test_a_direction_in_the_passive_subjunctive_is_a_request() -> None:
    # PK-2020-APR-06.txt (उन्होंने कहा कि … संचालित कराया जाये), NT-2020-MAR-07.txt
    art = analysed(
        "मुख्यमंत्री योगी आदित्यनाथ ने बैठक की । उन्होंने कहा कि नियंत्रण कक्ष के माध्यम से"
        " त्वरित गति से राहत कार्यक्रम संचालित कराया जाये."
    )
    assert ("REQUEST", "tell_to") in {(e.type, e.mode) for e in art.events}
    # the subjunctive of another कि-clause is not the speaker's direction
    art = analysed(
        "स्वास्थ्य मंत्री ने यहां संवाददाताओं से कहा कि तैयारियां चल रही हैं इसलिए निर्णय किया गया"
        " है कि इसे जारी रखा जाए."
    )
    assert not [e for e in art.events if e.type == "REQUEST"]


def test_a_particle_inside_a_multiword_form() -> None:
    # the construction of DH-2020-MAY-04.txt:6 ("… के खिलाफ मुकदमा भी दर्ज हुआ है") with its agent
    art = analysed("पुलिस ने चालक के खिलाफ मुकदमा भी दर्ज किया है ।")
    [ev] = art.events
    assert (ev.type, ev.mode, ev.trigger, ev.modality) == (
        "COERCE",
        "charge",
        "मुकदमा भी दर्ज",
        "happened",
    )
    # a negation inside the form denies the act; it does not vanish into the trigger
    art = analysed("जिला प्रशासन ने गांव को कंटेनमेंट जोन नहीं बनाया है ।")
    [ev] = art.events
    assert ev.modality == "denied" and ev.negated
    # a word that is no particle still breaks the form
    assert not analysed("पुलिस ने मुकदमा और जांच दर्ज की ।").events


def test_quarantine_in_its_other_spellings() -> None:
    # the constructions of NT-2020-APR-20.txt ("… लोगों को सरकारी क्वारंटीन सेंटरों में भेजा गया
    # है") and PK-2020-APR-09.txt (कोरेंटाइन), with a named agent
    art = analysed("प्रशासन ने पिज्जा आउटलेट के 16 अन्य लोगों को सरकारी क्वारंटीन सेंटरों में भेज दिया है ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "quarantine")]
    art = analysed("प्रशासन ने युवक के संपर्क में आए सभी लोगों को कोरेंटाइन कर दिया है ।")
    assert [(e.type, e.mode) for e in art.events] == [("COERCE", "quarantine")]
    # oneself kept at home (DH-2020-MAR-31.txt:19): no coercion
    assert not analysed("पुत्र ने अपने-आपको होम कोरेंटाइन में रखा हुआ है ।").events


def test_a_passive_quarantine_is_the_local_authoritys() -> None:
    # PK-2020-APR-11.txt:9 ("तेईस अन्य लोगों को भी क्वारेंटाइन किया गया है"), DJ-2020-ARP-15.txt
    art = analysed("नवादा में कोरोना मरीज मिला । मरीज के स्वजनों को क्वारंटाइन कर लिया गया है ।")
    [ev] = [e for e in art.events if e.mode == "quarantine"]
    assert ev.type == "COERCE" and any(a.role == "source_inferred" for a in ev.arguments)
    # a participle before its noun presupposes the act (DJ: "… में क्वारंटाइन किए गए दो कोरोना
    # संदिग्ध … भाग निकले"), and a passive infinitive under a postposition names none
    art = analysed("अस्पताल में क्वारंटाइन किए गए दो कोरोना संदिग्ध मंगलवार को भाग निकले ।")
    assert not [e for e in art.events if e.mode == "quarantine"]
    art = analysed("क्वारंटीन किये जाने के डर से 200 लोग गांव छोड़कर भाग गए ।")
    assert not [e for e in art.events if e.mode == "quarantine"]


def _why_missed() -> Any:
    """tools/why_missed.py as a module (tools/ is no package)."""
    return load_script("tools", "why_missed")


def test_why_missed_names_missing_data_in_one_coded_line(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    module = _why_missed()
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path))
    assert module.main([]) == 2
    err = capsys.readouterr().err.strip()
    assert "E040" in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_why_missed_classifies_by_the_fate_of_the_sentences_triggers() -> None:
    module = _why_missed()
    g = {"type": "COERCE", "evidence": {"text": "गांव को सील कर दिया गया ।"}}
    sent = "गांव को सील कर दिया गया ।"
    assert module.classify(g, [])[0] == "(a) no trigger"
    dropped = [Fate("a", sent, "सील", "COERCE", "no agent")]
    assert module.classify(g, dropped)[0] == "(b) dropped: no agent [सील]"
    other = [Fate("a", sent, "अपील", "REQUEST", "kept")]
    assert module.classify(g, other)[0] == "(c) other type: kept"

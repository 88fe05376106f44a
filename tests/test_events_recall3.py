"""Issue 13, third recall pass (ev10): the trace of dropped triggers behind tools/why_missed.py,
and the constructions it led to, each on a real sentence (the seeds, or corpus/hindi-covid-2020 on
days outside the event gold) with a negative."""

from __future__ import annotations

from khabar.events.hindi import tracing
from test_events_covid_kinds import analysed

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

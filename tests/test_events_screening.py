"""A screening ordered for what is to come is a measure (COERCE screen, planned); a running count
of people screened is a health statistic and no event. Real corpus sentences (corpus/hindi-covid-
2020, days outside the event gold) through the real stages."""

from __future__ import annotations

import pytest

from lexicon_faults import trigger_lexicon_error

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def test_a_screening_an_official_says_will_be_done_is_his_planned_measure() -> None:
    # AU-2020-ARP-05.txt:38
    art = analysed(
        "जिलाधिकारी तरुण पिथोड़े ने कहा कि पॉजिटिव मरीज के आसपास के 50-50 घरों में रहने वाले"
        " लोगों की स्क्रीनिंग की जाएगी  ।"
    )
    [ev] = [e for e in art.events if e.mode == "screen"]
    assert (ev.type, ev.modality) == ("COERCE", "planned")
    assert ev.source and not any(a.role == "source_inferred" for a in ev.arguments)
    assert art.text[ev.trigger_start : ev.trigger_end] == "स्क्रीनिंग"


def test_a_planned_screening_without_a_speaker_gets_the_authority_inferred() -> None:
    # DH-2020-ARP-09.txt:5
    art = analysed("इसके साथ ही 3 किलोमीटर के भीतर आने वाले सभी लोगों की स्क्रीनिंग कराई जाएगी ।")
    [ev] = [e for e in art.events if e.mode == "screen"]
    assert ev.modality == "planned"
    assert any(a.role == "source_inferred" for a in ev.arguments)


def test_a_count_of_people_screened_is_no_event() -> None:
    # NT-2020-MAR-12.txt:35
    art = analysed("देश के 30 एयरपोर्टों पर अभी तक 10.5 लाख से ज्यादा यात्रियों की स्क्रीनिंग की जा चुकी है ।")
    assert not [e for e in art.events if e.mode == "screen"]


def test_bad_input_a_misspelt_required_modality_names_the_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    text = trigger_lexicon_error(
        monkeypatch, lambda entries: {**entries[0], "requires_modality": ["planed"]})
    assert "E060" in text and "entry 0" in text and "planed" in text
    assert "\n" not in text

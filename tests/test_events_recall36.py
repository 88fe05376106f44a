"""Issue 13, round ev134: kinds of core events the unseen tuning set Ui missed that recur on other
allowed corpus text:

- people delivered to a quarantine centre ("सबको एंबुलेंस से खेलगांव स्थित क्वारेंटाइन सेंटर
  पहुंचा दिया गया"): COERCE, quarantine, as "… क्वारंटाइन सेंटर भेजा गया"; "पहुंचा" without a form
  of दे after it is someone arriving there, no act.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-03-31")



def test_delivered_to_a_quarantine_centre_is_a_quarantine() -> None:
    art = analysed(
        "थाना में नाम इंट्री करने के बाद सबको एंबुलेंस से खेलगांव स्थित क्वारेंटाइन सेंटर पहुंचा दिया गया था."
    )
    [ev] = events_of(art, "COERCE", "quarantine")
    assert ev.trigger.startswith("क्वारेंटाइन सेंटर") and ev.modality == "happened"
    art = analysed("पुलिस ने तीनों युवकों को क्वारंटाइन सेंटर पहुंचाया.")
    assert len(events_of(art, "COERCE", "quarantine")) == 1


def test_arriving_at_a_quarantine_centre_is_no_act() -> None:
    art = analysed("शाम को एक युवक खुद क्वारंटाइन सेंटर पहुंचा था.")
    assert events_of(art, "COERCE") == []
    art = analysed("डॉक्टरों की टीम दोपहर में क्वारेंटाइन सेंटर पहुंची.")
    assert events_of(art, "COERCE") == []

"""Issue 13, round ev137: kinds of core events the unseen tuning set Ul missed or coded otherwise,
and their kin on other allowed corpus text:

- people admitted to a quarantine centre or a Covid ward ("स्वास्थ्य विभाग की टीम ने … 57 लोगों
  को क्वारंटाइन केंद्र में भर्ती कर लिया", "मरीज को कोरोना वार्ड में भर्ती कर दिया गया"): COERCE,
  quarantine, as an admission to an isolation ward already was; a bare hospital admission stays
  treatment, no act, and an admission with nobody admitted named stays none;
- the refusal words the order-refused rule already read ("… ढील देने के आदेश को अस्वीकार कर
  दिया है", "… मानने से इन्कार कर दिया"): REJECT, as "खारिज"/"इनकार" are.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-04-11")


def test_admitted_to_a_quarantine_centre_is_a_quarantine() -> None:
    art = analysed(
        "स्वास्थ्य विभाग की टीम ने उक्त मरीज के मोहल्ले व अन्य जगह पहुंच कर 57 लोगों को "
        "क्वारंटाइन केंद्र में भर्ती कर लिया ।"
    )
    [ev] = events_of(art, "COERCE", "quarantine")
    assert ev.trigger.startswith("क्वारंटाइन केंद्र में भर्ती") and ev.modality == "happened"
    art = analysed("जब वह यहां आए, तो मरीज को कोरोना वार्ड में भर्ती कर दिया गया ।", dct="2020-03-12")
    assert len(events_of(art, "COERCE", "quarantine")) == 1


def test_a_hospital_admission_or_nobody_admitted_is_no_quarantine() -> None:
    art = analysed("घायल युवक को जिला अस्पताल में भर्ती कराया गया ।")
    assert events_of(art, "COERCE") == []
    art = analysed("एहतियातन कोरोना वार्ड में भर्ती कराया गया है ।", dct="2020-03-08")
    assert events_of(art, "COERCE") == []


def test_the_refusal_words_the_drop_rule_reads_are_refusals() -> None:
    art = analysed("वहीं, राजस्थान और पंजाब ने भी ढील देने के आदेश को अस्वीकार कर दिया है ।", dct="2020-04-25")
    [ev] = events_of(art, "REJECT")
    assert ev.trigger == "अस्वीकार" and ev.modality == "happened"
    art = analysed("कंपनी के अधिकारियों ने मांग मानने से इन्कार कर दिया है ।", dct="2020-05-09")
    assert len(events_of(art, "REJECT")) == 1
    # the rejected order itself stays no COERCE of the refusers
    art = analysed("दिल्ली सरकार ने केंद्र के आदेश को अस्वीकार कर दिया है ।", dct="2020-04-25")
    assert events_of(art, "COERCE") == []

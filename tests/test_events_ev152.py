"""Issue 13, round ev152: acts told with "शुरू" (begin) as their light verb.

"<noun> शुरू कर-" was read since the support words of round ev101 ("पुलिस ने सख्ती शुरू कर
दी"); two forms of the same conjunct verb were not:

- the progressive future "… शुरू करने जा रहा/रही/रहे है" (going to begin it): the act planned,
  as "… वितरण करने जा रही है" is; any other infinitive ("शुरू करने के लिए") stays no act;
- the noun of beginning after a genitive, "X की शुरुआत की" (began X), as "X शुरू की" is, for
  every lexicon noun, not only the service entry's own forms.

A process that begins of itself ("संक्रमण फैलना शुरू हो गया") is no act. Sentences are the
news's own (allowed corpus day files), some with the verb turned into the form tested."""

from __future__ import annotations

from .hindi_events import analyser, events_of

analysed = analyser("2020-05-06")


def test_the_progressive_future_of_a_beginning_is_planned() -> None:
    art = analysed("सरकार राज्य के 61 लाख राशनकार्ड धारकों को राशन का वितरण शुरू करने जा रही है ।")
    [ev] = events_of(art, "AID")
    assert ev.modality == "planned"
    assert ev.source == ["actor:Government of India"]
    art = analysed("छूट की अवधि पूरी होते ही पुलिस सख्ती शुरू करने जा रही है ।")
    [ev] = events_of(art, "COERCE")
    assert ev.modality == "planned" and ev.source == ["actor:police"]


def test_the_genitive_beginning_is_the_act() -> None:
    art = analysed("नगर निगम ने गरीबों को राशन के वितरण की शुरुआत की ।")
    [ev] = events_of(art, "AID")
    assert ev.modality == "happened"
    art = analysed("पुलिस ने मेरठ समेत कई ठिकानों पर छापेमारी की शुरुआत की है ।")
    [ev] = events_of(art, "COERCE", "raid")
    assert ev.source == ["actor:police"]


def test_other_beginnings_are_no_act() -> None:
    # an infinitive of purpose, a date of the beginning, a beginning in the locative
    art = analysed("प्रशासन ने राशन का वितरण शुरू करने के लिए आवेदन मांगे हैं ।")
    assert not events_of(art, "AID")
    art = analysed("सरकार ने राशन वितरण की शुरुआत की तारीख तय नहीं की है ।")
    assert not events_of(art, "AID")
    art = analysed("राशन वितरण की शुरुआत में ही भीड़ लग गई ।")
    assert not events_of(art, "AID")
    # a process that begins of itself, and a distribution begun with no one named
    art = analysed("शहर में संक्रमण फैलना शुरू हो गया ।")
    assert not art.events
    art = analysed("जिले में राशन का वितरण शुरू हो गया है ।")
    assert not events_of(art, "AID")

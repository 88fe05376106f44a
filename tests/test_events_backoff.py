"""Back-offs that find an act's light verb or agent where the plain rules miss them, on real
corpus sentences (corpus/hindi-covid-2020, days outside the event gold) through the real stages:
a support word between a noun and its light verb ("सहायता मंजूर की"), a subject Hindi drops
two sentences after naming it, and a mined construction (sent into quarantine)."""

from __future__ import annotations

from .hindi_events import analyser

analysed = analyser("2020-04-10")  # as tests/test_events_covid_kinds.py


def test_a_support_word_between_noun_and_light_verb_keeps_the_act() -> None:
    # NT-2020-APR-04.txt:31
    art = analysed(
        "विश्व बैंक ने शुक्रवार को कोरोना वायरस के प्रभाव से निपटने में मदद के लिए 20 करोड़"
        " अमेरिकी डॉलर की सहायता मंजूर की है ।"
    )
    [ev] = [e for e in art.events if e.type == "AID"]
    assert ev.trigger == "सहायता" and ev.modality == "happened"
    assert ev.source and ev.date == "2020-04-10"


def test_a_support_word_before_an_infinitive_is_no_act() -> None:
    # AU-2020-MAR-22.txt:154: "do not forget to express thanks" asks, nobody thanks yet
    art = analysed(
        "शाह ने कहा कि कल जनता कर्फ्यू के दौरान शाम 5 बजे जो लोग भारत को सुरक्षित और स्वस्थ"
        " रखने के लिए 24 घंटे काम कर रहे हैं, उनके प्रति अपना समर्थन और आभार व्यक्त करना न भूलें ।"
    )
    assert not [e for e in art.events if e.type == "SUPPORT"]


def test_a_dropped_subject_two_sentences_on_after_a_finite_act() -> None:
    # DJ-2020-ARP-30.txt:17: the traders demanded, said, and demanded again
    art = analysed(
        "कोरोना कोविड-19 के संक्रमण काल में लगातार सेवा दे रहे व्यापारियों ने भी कोरोना वीर का"
        " दर्जा देने की मांग की है । उन्होंने जरूरी वस्तुओं की सेवा दे रहे व्यापारियों को भी"
        " योद्धाओं की तरह मान सम्मान देने को कहा । अन्य कोरोना वीरों की तरह उनका भी 50 लाख का"
        " बीमा कराने की मांग भी की ।"
    )
    demands = [e for e in art.events if e.type == "REQUEST" and e.mode == "request"]
    assert [e.sentence for e in demands] == [0, 2]
    assert demands[1].source == demands[0].source and demands[1].source


def test_bad_input_a_passive_two_sentences_on_takes_no_dropped_subject() -> None:
    # a passive or non-finite use names nobody: nothing is carried over
    art = analysed(
        "व्यापारियों ने भी कोरोना वीर का दर्जा देने की मांग की है । उन्होंने सम्मान देने को कहा ।"
        " इसके बाद बीमा कराने की मांग की जा रही है ।"
    )
    assert [e.sentence for e in art.events if e.mode == "request"] == [0]


def test_sent_into_quarantine_is_a_quarantine_order() -> None:
    # AU-2020-MAR-31.txt:9 ("क्वारंटाइन में भेज दिया": 6 uses in the corpus)
    art = analysed("पुलिस जल्द ही लोगों को मस्जिद से निकालेगी और उन्हें क्वारंटाइन में भेज देगी ।")
    [ev] = [e for e in art.events if e.mode == "quarantine"]
    assert ev.type == "COERCE" and ev.modality == "planned" and ev.source

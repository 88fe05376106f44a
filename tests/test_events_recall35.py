"""Issue 13, round ev132: kinds of core events the unseen tuning sets (Uf, Ug, Uh) still missed or
read wrong, that recur on other allowed corpus text:

- transport that will not run ("… 50 फीसदी बसें और सभी मेट्रो नहीं चलेंगे", "लॉकडाउन के दौरान कोई
  भी ट्रेन नहीं चलेगी"): a service stopped by rule, COERCE, planned; not "ऐसे काम नहीं चलेगा", not a
  relative clause restating a cancellation;
- a meeting's chair named after it ("इस बैठक की अध्यक्षता रेल मंत्री पीयूष गोयल ने की"): the chair
  held it, CONSULT, as the chair put first does;
- a benefit doubled ("… लोगों की पेंशन दोगुनी कर दी जाएगी"): AID; a fine or a problem doubled is
  none;
- a measure's genitive before "कगार" ("शहर लॉकडाउन की कगार पर पहुंच गए हैं"): on the brink of a
  lockdown, none ordered.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-21")



def test_transport_that_will_not_run_is_a_closure() -> None:
    art = analysed("वहीं जनता कर्फ्यू के दिन यानी 22 मार्च को 50 फीसदी बसें और सभी मेट्रो नहीं चलेंगे ।")
    [ev] = events_of(art, "COERCE", "close")
    assert ev.trigger == "नहीं चलेंगे" and ev.modality == "planned"
    art = analysed("मुंबई में लॉकडाउन के दौरान कोई भी ट्रेन नहीं चलेगी ।")
    [ev] = events_of(art, "COERCE", "close")
    # trains are the country's matter, not the city's the story names: its railways' (ev148)
    assert ev.modality == "planned" and role_names(art, ev, "source") == ["Indian Railways"]
    art = analysed("दिल्ली में 22 मार्च को 50 फीसदी बसें और सभी मेट्रो नहीं चलेंगे ।")
    [ev] = events_of(art, "COERCE", "close")
    assert role_names(art, ev, "source") == ["Government of Delhi"]


def test_whose_stopped_service_it_is_follows_the_clause_subject() -> None:
    # round ev135: the subject's vehicle words, wherever the clause's date or place stands
    art = analysed("मुंबई में लॉकडाउन के दौरान ट्रेनें 31 मार्च तक नहीं चलेंगी ।")
    [ev] = events_of(art, "COERCE", "close")
    assert role_names(art, ev, "source") == ["Indian Railways"]  # the country's railways (ev148)
    art = analysed("लखनऊ में 31 मार्च तक उड़ानें नहीं चलेंगी ।")
    [ev] = events_of(art, "COERCE", "close")
    assert role_names(art, ev, "source") == ["Government of India"]
    # trains in the clause before the comma are not this clause's subject: the city's buses
    art = analysed("ट्रेनें रद होने के बाद, मुंबई में 31 मार्च तक बसें नहीं चलेंगी ।")
    [ev] = events_of(art, "COERCE", "close")
    assert role_names(art, ev, "source") == ["Mumbai district administration"]


def test_not_running_without_a_vehicle_or_restating_a_cancellation_is_none() -> None:
    assert not events_of(analysed("फिर सबने तय किया कि ऐसे काम नहीं चलेगा ।"), "COERCE")
    # trains will run: no closure, and no easing either (a bare future, nobody's rule)
    assert not analysed("रेलवे के अनुसार 12 मई से 15 ट्रेनें चलेंगी ।").events
    art = analysed("रेलवे ने गुरुवार को 84 और ट्रेनों को रद कर दिया जो 20 से 31 मार्च के बीच नहीं चलेंगी ।")
    assert [e.mode for e in events_of(art, "COERCE")] == ["cancel"]


def test_meeting_chaired_by_an_agent_after_it() -> None:
    art = analysed("इस बैठक की अध्यक्षता रेल मंत्री पीयूष गोयल ने की ।")
    [ev] = events_of(art, "CONSULT")
    assert role_names(art, ev, "source") == ["Piyush Goyal"]
    art = analysed(
        "बैठक की अध्यक्षता करते हुए मंडलायुक्त मुकेश मेश्राम ने बताया कि स्वास्थ्य कर्मी एक सप्ताह "
        "तक फील्ड सर्विलांस भी करेंगे ।"
    )
    [ev] = events_of(art, "CONSULT")
    assert ev.source


def test_meeting_named_before_a_speaker_for_another_reason_is_none() -> None:
    art = analysed("इस बैठक की तैयारी के बारे में मंत्री पीयूष गोयल ने कहा कि सब ठीक है ।")
    assert not events_of(art, "CONSULT")


def test_benefit_doubled_is_aid() -> None:
    art = analysed("इसके साथ ही बुजुर्ग, विधवा और दिव्यांग लोगों की पेंशन दोगुनी कर दी जाएगी ।")
    [ev] = events_of(art, "AID")
    assert ev.trigger == "दोगुनी" and ev.modality == "planned"
    art = analysed("विधवा, दिव्यांगों और बुजुर्गों का इस महीने के लिए पेंशन दोगुना किया जाएगा ।")
    assert events_of(art, "AID")


def test_fine_or_problem_doubled_is_no_aid() -> None:
    art = analysed("अहमदाबाद नगर निगम ने सार्वजनिक स्थलों पर थूकने पर जुर्माना दोगुना कर दिया है ।")
    assert not events_of(art, "AID")
    assert not analysed("कोरोना की आपदा ने इस समस्या को दोगुना कर दिया है ।").events


def test_on_the_brink_of_a_lockdown_is_no_lockdown() -> None:
    art = analysed("कोरोना वायरस के बढ़ते खतरे के बीच अधिकतर शहर लॉकडाउन की कगार पर पहुंच गए हैं ।")
    assert not events_of(art, "COERCE")
    # the light verb after the genitive's head still makes the act
    art = analysed("राज्य सरकार ने सभी जिलों में लॉकडाउन की घोषणा की है ।")
    assert events_of(art, "COERCE")

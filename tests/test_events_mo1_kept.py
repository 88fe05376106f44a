"""Round mo1 (issue 13): a measure, aid or easing told in the resultative perfect ("… लगा रखा
है", "… किया हुआ है") is a state kept in place, "ongoing"; the perfect, the past resultative and
other types stay as read."""

from __future__ import annotations

from hindi_events import article_events
from khabar.events.kept_states import kept_states
from khabar.model import Event


def _modality(text: str, words: str, dct: str = "2020-04-03") -> str:
    """The modality of the one event whose trigger lies in ``words`` of ``text``."""
    art, events = article_events(text, dct)
    start = art.text.index(words)
    [ev] = [e for e in events if start <= e.trigger_start < start + len(words)]
    return ev.modality


def test_ban_kept_in_place_is_ongoing() -> None:
    # DJ-2020-ARP-03.txt (allowed)
    text = "इमरान सरकार ने कोरोना के प्रसार को रोकने के लिए सामूहिक सभाओं पर प्रतिबंध लगा रखा है ।"
    assert _modality(text, "प्रतिबंध") == "ongoing"


def test_aid_kept_in_place_is_ongoing() -> None:
    # AU-2020-ARP-15.txt (allowed)
    text = "कई एनजीओ की मदद से प्रशासन ने इनके लिए खाने की व्यवस्था की हुई है ।"
    assert _modality(text, "खाने की व्यवस्था", "2020-04-15") == "ongoing"


def test_lockdown_kept_with_a_word_between_is_ongoing() -> None:
    # DH-2020-ARP-29.txt (allowed)
    text = "वायरस के संक्रमण को रोकने के लिए दुनिया के कई देशों ने लॉकडाउन लागू कर रखा है ।"
    assert _modality(text, "लॉकडाउन", "2020-04-29") == "ongoing"


def test_perfect_stays_happened() -> None:
    text = "इमरान सरकार ने कोरोना के प्रसार को रोकने के लिए सामूहिक सभाओं पर प्रतिबंध लगा दिया है ।"
    assert _modality(text, "प्रतिबंध") == "happened"


def _event(text: str, words: str, type_: str) -> Event:
    start = text.index(words)
    return Event(
        type=type_,
        mode=None,
        trigger=words,
        trigger_start=start,
        trigger_end=start + len(words),
        evidence_start=0,
        evidence_end=len(text),
    )


def test_past_resultative_stays_happened() -> None:
    text = "सरकार ने मार्च में सभी सभाओं पर रोक लगा रखी थी ।"
    ev = _event(text, "रोक", "COERCE")
    kept_states([ev], text)
    assert ev.modality == "happened"


def test_request_kept_is_no_measure() -> None:
    text = "सरकार ने लोगों को घरों में रहने की सलाह दे रखी है ।"
    ev = _event(text, "सलाह", "REQUEST")
    kept_states([ev], text)
    assert ev.modality == "happened"
    ev = _event(text, "सलाह", "COERCE")
    kept_states([ev], text)
    assert ev.modality == "ongoing"


def test_form_after_a_comma_is_another_clause() -> None:
    text = "शहर में कर्फ्यू, जिसे प्रशासन ने लगा रखा है ।"
    ev = _event(text, "कर्फ्यू", "COERCE")
    kept_states([ev], text)
    assert ev.modality == "happened"

"""Issue 13, round ev123: kinds of core events missed on the unseen tuning sets that recur on other
allowed corpus text:

- people made aware ("… यात्रियों को जागरूक किया जा रहा है"): asked to take care, a REQUEST of
  whoever makes them aware (an appeal's rules: a passive one to a named group is the authority's,
  one to the public at large with nobody named is dropped);
- teams deployed ("सरकार ने … स्वास्थ्य टीमें भी तैनात की है"): MOBILIZE, as teams sent are.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from khabar.model import Article, Event

from .hindi_events import analyser, role_names

analysed = analyser("2020-03-18")


def _of(art: Article, type_: str, mode: str | None = None) -> list[Event]:
    return [e for e in art.events if e.type == type_ and (mode is None or e.mode == mode)]


def test_people_made_aware_are_asked_to_take_care() -> None:
    art = analysed("नगर निगम ने बाजार में दुकानदारों को संक्रमण के प्रति जागरूक किया ।")
    [ev] = _of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["municipal corporation"]
    assert role_names(art, ev, "target") == ["traders"]
    # a passive one to a named group: the authority's, inferred
    art = analysed("बस अड्डे पर पोस्टर लगाकर यात्रियों को जागरूक किया जा रहा है ।")
    [ev] = _of(art, "REQUEST")
    assert ev.modality == "ongoing" and role_names(art, ev, "target") == ["passengers"]


def test_awareness_with_nobody_named_or_only_meant_is_no_request() -> None:
    # the public at large, nobody named: nothing but a guessed issuer
    assert not _of(analysed("लोगों को जागरूक किया जा रहा है ।"), "REQUEST")
    # a purpose: what the app is for, not done
    art = analysed("राज्य सरकार ने लोगों को जागरूक करने के लिए एक मोबाइल ऐप शुरू किया ।")
    assert not [e for e in _of(art, "REQUEST") if e.trigger.startswith("जागरूक")]
    # the adjective alone: people who are aware
    assert not _of(analysed("शहर के लोग इस बीमारी को लेकर जागरूक हैं ।"), "REQUEST")


def test_teams_deployed_are_mobilised() -> None:
    art = analysed("जिला प्रशासन ने सभी सीमाओं पर स्वास्थ्य विभाग की टीमें तैनात की हैं ।")
    [ev] = _of(art, "MOBILIZE")
    assert role_names(art, ev, "source") == ["district administration"]
    # officers posted, no team and no force: still no mobilisation
    assert not _of(analysed("जिला प्रशासन ने अस्पताल में दो नए डॉक्टर तैनात किए हैं ।"), "MOBILIZE")
    # a team that deploys something is no team deployed
    assert not _of(analysed("टीम ने गांव में बैरिकेडिंग कर दी है ।"), "MOBILIZE")

"""Issue 13, round ev123: kinds of core events missed on the unseen tuning sets that recur on other
allowed corpus text:

- people made aware ("… यात्रियों को जागरूक किया जा रहा है"): asked to take care, a REQUEST of
  whoever makes them aware (an appeal's rules: a passive one to a named group is the authority's,
  one to the public at large with nobody named is dropped);
- teams deployed ("सरकार ने … स्वास्थ्य टीमें भी तैनात की है"): MOBILIZE, as teams sent are;
- (round ev125) entry withheld from a named group in the passive future ("… भक्तों को 31 मार्च
  तक … की अनुमति नहीं दी जाएगी"): a ban, issued by the management of the place of worship it names
  (which also closes such a place by its own name), else by nobody guessed.

Sentences are written like the news, each kind with negatives beside it (precision first)."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-03-18")



def test_people_made_aware_are_asked_to_take_care() -> None:
    art = analysed("नगर निगम ने बाजार में दुकानदारों को संक्रमण के प्रति जागरूक किया ।")
    [ev] = events_of(art, "REQUEST")
    assert role_names(art, ev, "source") == ["municipal corporation"]
    assert role_names(art, ev, "target") == ["traders"]
    # a passive one to a named group: the authority's, inferred
    art = analysed("बस अड्डे पर पोस्टर लगाकर यात्रियों को जागरूक किया जा रहा है ।")
    [ev] = events_of(art, "REQUEST")
    assert ev.modality == "ongoing" and role_names(art, ev, "target") == ["passengers"]


def test_awareness_with_nobody_named_or_only_meant_is_no_request() -> None:
    # the public at large, nobody named: nothing but a guessed issuer
    assert not events_of(analysed("लोगों को जागरूक किया जा रहा है ।"), "REQUEST")
    # a purpose: what the app is for, not done
    art = analysed("राज्य सरकार ने लोगों को जागरूक करने के लिए एक मोबाइल ऐप शुरू किया ।")
    assert not [e for e in events_of(art, "REQUEST") if e.trigger.startswith("जागरूक")]
    # the adjective alone: people who are aware
    assert not events_of(analysed("शहर के लोग इस बीमारी को लेकर जागरूक हैं ।"), "REQUEST")


def test_teams_deployed_are_mobilised() -> None:
    art = analysed("जिला प्रशासन ने सभी सीमाओं पर स्वास्थ्य विभाग की टीमें तैनात की हैं ।")
    [ev] = events_of(art, "MOBILIZE")
    assert role_names(art, ev, "source") == ["district administration"]
    # officers posted, no team and no force: still no mobilisation
    assert not events_of(analysed("जिला प्रशासन ने अस्पताल में दो नए डॉक्टर तैनात किए हैं ।"), "MOBILIZE")
    # a team that deploys something is no team deployed
    assert not events_of(analysed("टीम ने गांव में बैरिकेडिंग कर दी है ।"), "MOBILIZE")


def test_entry_withheld_at_a_named_shrine_is_its_managements_ban() -> None:
    art = analysed(
        "उज्जैन के कालभैरव मंदिर में श्रद्धालुओं को 15 अप्रैल तक दर्शन की अनुमति नहीं दी जाएगी ।"
    )
    [ev] = events_of(art, "COERCE")
    assert ev.mode == "ban" and ev.modality == "planned"
    assert role_names(art, ev, "source") == ["Kalbhairav temple management"]
    # a place of worship with no name of its own: no issuer to guess, no ban
    assert not events_of(analysed("मंदिर में श्रद्धालुओं को प्रवेश की अनुमति नहीं दी जाएगी ।"), "COERCE")
    # a state or a complaint, not a rule from now on
    assert not events_of(analysed("मजदूरों को घर जाने की अनुमति नहीं दी जा रही है ।"), "COERCE")
    # nobody named it is withheld from: no issuer guessed
    assert not events_of(analysed("उन्हें कालभैरव मंदिर में जाने की अनुमति नहीं दी जाएगी ।"), "COERCE")


def test_a_named_shrine_closed_is_closed_by_its_management() -> None:
    art = analysed("नासिक में त्र्यंबकेश्वर मंदिर कल से अगले आदेश तक श्रद्धालुओं के लिए बंद रहेगा ।")
    [ev] = events_of(art, "COERCE", "close")
    assert role_names(art, ev, "source") == ["Tryambkeshwar temple management"]
    # shops by a named temple: the district's closure, not the temple's
    art = analysed("नासिक में त्र्यंबकेश्वर मंदिर के पास सभी दुकानें 31 मार्च तक बंद रहेंगी ।")
    [ev] = events_of(art, "COERCE", "close")
    assert role_names(art, ev, "source") == ["Nashik district administration"]
    # shrines with no name of their own: no management named
    art = analysed("जिले के सभी मंदिर और मस्जिद 31 मार्च तक बंद रहेंगे ।")
    assert all(
        not name.endswith("management")
        for ev in events_of(art, "COERCE") for name in role_names(art, ev, "source")
    )

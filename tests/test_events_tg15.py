"""Issue 13, round tg15 (the possessor of the object as the target): a bare "केंद्र" opening the
genitive owner of praised efforts or a judged deed ("न्यायालय ने केन्द्र के प्रयासों की सराहना
की") is the Union government, the judgement's target; and a sentence that tells one act twice by
one word, once with that target and once with none (a run-in headline and its lead, a noun and
its verb), keeps the telling with the target, taking the other's date. Two words that name two
acts on two groups, a Centre's directive told as a time, and a facility's genitive keep what
they had."""

from __future__ import annotations

from .hindi_events import analyser, events_of, one_event
from .hindi_events import role_names as _names

analysed = analyser("2020-03-23")


def test_centre_owner_of_praised_efforts_is_the_target() -> None:
    # PK-2020-MAR-23.txt: a headline run into its lead, one praise told twice
    text = (
        "न्यायालय ने केन्द्र के प्रयासों की सराहना की, कहा: आलोचक भी सराहना कर रहे हैं नयी"
        " दिल्ली, उच्चतम न्यायालय ने कोरोना वायरस महामारी से निपटने के लिये केन्द्र द्वारा उठाये"
        " गये ‘अति सक्रिय कदमों' पर सोमवार को संतोष व्यक्त किया और कहा कि उसके आलोचक भी इन"
        " प्रयासों की सराहना कर रहे हैं."
    )
    art = analysed(text)
    [ev] = events_of(art, "SUPPORT")
    assert _names(art, ev, "target") == ["Government of India"]
    assert [art.text[a.start : a.end] for a in ev.arguments if a.role == "target"] == ["केन्द्र"]
    assert ev.date == "2020-03-23"  # the lead's Monday, carried to the telling kept


def test_centre_owner_in_the_headline_clause_alone() -> None:
    # the headline's clause of PK-2020-MAR-23.txt alone: the bare Centre after the agent's ने
    art = analysed("न्यायालय ने केन्द्र के प्रयासों की सराहना की ।")
    ev = one_event(art.events, "सराहना")
    assert _names(art, ev, "target") == ["Government of India"]


def test_centre_directive_as_a_time_is_no_target() -> None:
    # AU-2020-MAY-04.txt: "केंद्र के निर्देशों के बाद" is when, not whom the order falls on
    art = analysed("मुख्य सचिव अनिल कुमार खाची ने केंद्र के निर्देशों के बाद राज्य के लिए आदेश जारी कर दिए ।")
    for ev in art.events:
        assert "Government of India" not in _names(art, ev, "target")


def test_facility_owner_is_no_centre() -> None:
    # a facility ("सामुदायिक स्वास्थ्य केंद्र", DJ-2020-ARP-28.txt, PK-2020-APR-11.txt) as the
    # owner in the headline's frame: the near-miss of the bare word, a noun before it
    art = analysed("मंत्री ने सामुदायिक स्वास्थ्य केंद्र के प्रयासों की सराहना की ।")
    ev = one_event(art.events, "सराहना")
    assert "Government of India" not in _names(art, ev, "target")


def test_one_closure_told_by_noun_and_verb_is_one_event() -> None:
    # DH-2020-MAR-23.txt: the notice of closing the doors and the closing, one act
    text = (
        "औघड़नाथ मंदिर, वैशाली कॉलोनी समेत कई कॉलोनियों में कोरोना वायरस के चलते मंदिर के कपाट"
        " फिलहाल बंद करने की सूचना चस्पा करने के साथ ही बंद कर दिए ।"
    )
    art = analysed(text)
    assert len([e for e in events_of(art, "COERCE") if e.trigger.startswith("बंद")]) == 1


def test_two_groups_quarantined_by_two_words_stay_two() -> None:
    # AU-2020-ARP-03.txt: the foreign nationals isolated, the 20 Saharanpur people quarantined
    text = (
        "एसएसपी दिनेश कुमार ने बताया कि ये सभी विदेशी नागरिक यहां रह रहे थे और उन्हें अब पृथक कर"
        " दिया गया है, सहारनपुर से 20 लोगों ने भी जमात के कार्यक्रम में हिस्सा लिया था और वे सभी"
        " दिल्ली में क्वारंटीन किए गए हैं ।"
    )
    art = analysed(text, "2020-04-03")
    assert len(events_of(art, "COERCE")) == 2

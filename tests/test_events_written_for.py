"""Issue 13, round ev198: whom aid or a directive is for when "X के लिए/लिये" stands a few words
before the trigger with the thing given between (`khabar.events.written_for`). Sentences from
corpus/hindi-covid-2020 (the first person of the second named as the report names it)."""

from __future__ import annotations

from .hindi_events import analyser
from .hindi_events import events_of as _events
from .hindi_events import role_names as _names

analysed = analyser("2020-05-02")


def test_the_states_a_helpline_is_issued_for() -> None:
    art = analysed(
        "कोविड-19 को लेकर गृह मंत्रालय ने शनिवार को सभी राज्यों के लिये एक हेल्पनाइन नंबर जारी"
        " किया है."
    )
    [ev] = _events(art, "AID")
    assert _names(art, ev, "target") == ["all Indian state governments"]  # was the public
    assert not any(a.role == "target_inferred" for a in ev.arguments)


def test_the_farmers_a_subsidy_is_for_not_the_subsidy() -> None:
    art = analysed(
        "बिहार सरकार ने उन किसानों के लिए कृषि सब्सिडी के लिए 578.42 करोड़ रुपये भी जारी किए हैं ।"
    )
    [ev] = _events(art, "AID")
    assert [a.text for a in ev.arguments if a.role == "target"] == ["उन किसानों"]  # was the subsidy


def test_a_purpose_a_recipient_or_another_clause_is_no_for_whom() -> None:
    # a purpose ("निपटने के लिए") names nobody: no target, as before
    art = analysed("राज्य सरकार ने कोरोना से निपटने के लिए 100 करोड़ रुपये जारी किए ।")
    [ev] = _events(art, "AID")
    assert not any(a.role == "target" for a in ev.arguments)
    # a "के लिए" of another clause, the agent of this one between, is not read
    art = analysed(
        "मजदूरों के लिए विशेष ट्रेनें चलेंगी और गृह मंत्रालय ने यात्रा के नए दिशा-निर्देश जारी किए हैं ।"
    )
    [ev] = _events(art, "COERCE", "order")
    assert ev.target == ["actor:public of India"]
    # a duration is no party ("दो सप्ताह के लिए")
    art = analysed("गृह मंत्रालय ने दो सप्ताह के लिए नए दिशा-निर्देश जारी किए हैं ।")
    [ev] = _events(art, "COERCE", "order")
    assert ev.target == ["actor:public of India"]

"""Targets, round ev59 (issue 13): a measure bound to a radius around a place ("अस्पताल के
एक किलोमीटर के दायरे में कर्फ्यू") targets that area ("area within 1 km of the hospital"), not
the whole town's residents nor the bare word "दायरे".

The sentences are written like the news of the COVID corpus, not copied from the gold."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.events.gloss import gloss
from khabar.model import Article
from khabar.pipeline import run_local


def _targets(text: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", text=text, language="hi", dct="2020-04-11", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [(a.text, a.en) for ev in art.events for a in ev.arguments if a.role == "target"]


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("अस्पताल के एक किलोमीटर के दायरे", "area within 1 km of the hospital"),
        ("गांव के दो किमी के दायरे", "area within 2 km of the village"),
        ("तीन किलोमीटर के दायरे", "area within 3 km"),
        ("500 मीटर के दायरे", "area within 500 m"),
    ],
)
def test_a_radius_is_glossed_as_the_area_within_it(phrase: str, want: str) -> None:
    assert gloss(phrase) == want


@pytest.mark.parametrize(
    "phrase",
    [
        "इस दायरे",  # no distance: not a radius
        "तीन दिन के दायरे",  # a span of time, no distance
    ],
)
def test_no_radius_without_a_distance(phrase: str) -> None:
    assert not (gloss(phrase) or "").startswith("area within")


def test_a_curfew_in_a_radius_targets_the_area_not_the_town() -> None:
    text = "भीलवाड़ा के जिला प्रशासन ने अस्पताल के एक किलोमीटर के दायरे में कर्फ्यू लगा दिया है।"
    got = _targets(text)
    assert [en for _, en in got] == ["area within 1 km of the hospital in Bhilwara"], got


def test_a_sealed_radius_is_the_area_not_the_word_for_it() -> None:
    text = "जिला प्रशासन ने संक्रमित मरीज के घर के तीन किलोमीटर के दायरे को सील कर दिया है।"
    got = _targets(text)
    assert got and all((en or "").startswith("area within 3 km") for _, en in got), got


# An officer named with an office only a state has (round ev59): the public his guidelines bind
# is the public of the one state the report's placed sources act for.
def _publics(text: str) -> list[str | None]:
    """The publics targeted by events whose source is no government."""
    art = Article(id="t", text=text, language="hi", dct="2020-04-26", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [
        a.en
        for ev in art.events
        if not any("Government" in s for s in ev.source)
        for a in ev.arguments
        if a.role in {"target", "target_inferred"} and (a.en or "").startswith("public")
    ]


def test_a_state_officers_guidelines_bind_the_public_of_the_reports_state() -> None:
    text = (
        "झारखंड सरकार ने राज्य में लॉकडाउन को तीन मई तक बढ़ा दिया है। "
        "प्रधान सचिव स्वास्थ्य विभाग नितिन मदन कुलकर्णी ने शनिवार को नए दिशा-निर्देश जारी किए।"
    )
    assert "public of Jharkhand" in _publics(text), _publics(text)


def test_no_state_public_for_an_officer_the_state_need_not_employ() -> None:
    text = (
        "झारखंड सरकार ने राज्य में लॉकडाउन को तीन मई तक बढ़ा दिया है। "
        "स्वास्थ्य मंत्रालय के संयुक्त सचिव लव अग्रवाल ने शनिवार को नए दिशा-निर्देश जारी किए।"
    )
    assert "public of Jharkhand" not in _publics(text), _publics(text)


# An appeal's को phrase right before the infinitive it asks for is that verb's object when it
# names no people (round ev59): the appeal's addressee is unnamed (the public), or written with से.
def _all_targets(text: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", text=text, language="hi", dct="2020-03-21", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [
        (a.text, a.en)
        for ev in art.events
        for a in ev.arguments
        if a.role in {"target", "target_inferred"}
    ]


def test_what_an_appeal_asks_to_postpone_is_not_whom_it_asks() -> None:
    text = "मुख्यमंत्री नीतीश कुमार ने राज्य में सभी सांस्कृतिक कार्यक्रमों को स्थगित करने की अपील की है।"
    got = _all_targets(text)
    assert not any("कार्यक्रमों" in t for t, _ in got), got
    assert [en or t for t, en in got] == ["public of Bihar"], got


def test_an_advice_addressed_with_se_keeps_its_addressee() -> None:
    got = _all_targets("स्वास्थ्य मंत्री ने डॉक्टरों से गैर-जरूरी ऑपरेशनों को टालने की सलाह दी है।")
    assert [t for t, _ in got] == ["डॉक्टरों"], got


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # people before the infinitive are asked
        ("जिलाधिकारी ने बुजुर्गों को घरों में ही रहने की अपील की है।", "बुजुर्गों"),
        # more words between: the verb has its own object ("किट का इस्तेमाल")
        ("केंद्रीय मंत्री ने राज्यों को दो दिनों तक किट का इस्तेमाल नहीं करने की सलाह दी है।", "राज्यों"),
    ],
)
def test_whom_an_appeal_asks_stays_its_target(text: str, who: str) -> None:
    got = _all_targets(text)
    assert [t for t, _ in got] == [who], got


# A phrase inside a clause of time before the main verb is that clause's (round ev59).
def test_what_was_closed_before_is_not_what_is_closed_now() -> None:
    text = "दिल्ली सरकार ने स्कूलों और कॉलेजों को बंद करने के बाद सभी जिम भी 31 मार्च तक बंद करने के निर्देश दिए हैं।"
    got = _all_targets(text)
    assert [t for t, _ in got] == ["सभी जिम"], got


def test_who_was_stopped_in_a_clause_is_not_whom_an_inquiry_is_asked_of() -> None:
    text = (
        "राज्य महिला आयोग ने पटना में ठेले वालों को सब्जी बेचने से रोके जाने के बाद हुई मारपीट "
        "की जांच कराने के लिये कहा है।"
    )
    assert _all_targets(text) == []


def test_an_addressee_before_a_clause_of_its_own_is_kept() -> None:
    text = "जिलाधिकारी ने अधिकारियों को सतर्क रहने को कहा।"
    assert [t for t, _ in _all_targets(text)] == ["अधिकारियों"]

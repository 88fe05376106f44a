"""Targets, round ev53 (issue 13): a bare or definite locality noun ("पूरे गांव को सील") names the
locality the report named before it; a noun of people in its direct form before a postposition
("मरीज को", "कथित पत्रकार को") is one person, said in the singular.

The sentences are written like the news of the COVID corpus, not copied from the gold."""

from __future__ import annotations

import pytest

from khabar.config import Config
from khabar.events.gloss import gloss
from khabar.events.naming import _drop_no_actor_targets, _named_before, _one_of_them
from khabar.model import Argument, Article, Event
from khabar.pipeline import run_local


def _targets(text: str) -> list[tuple[str, str | None]]:
    art = Article(id="t", text=text, language="hi", dct="2020-05-06", source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [(a.text, a.en) for ev in art.events for a in ev.arguments if a.role == "target"]


def _arg(text: str, phrase: str, en: str) -> Argument:
    at = text.index(phrase)
    return Argument(role="target", text=phrase, start=at, end=at + len(phrase), en=en)


def test_a_sealed_village_is_the_village_named_before() -> None:
    text = (
        "बस्ती जिले के रामपुरवा गांव के तीन लोगों में कोरोना की पुष्टि हुई है। प्रशासन ने पूरे गांव को सील कर दिया है।"
    )
    got = _targets(text)
    assert any(t == "पूरे गांव" and en and en.startswith("Rampurwa village") for t, en in got), got


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # no name before: the bare noun stays as it is
        ("कोरोना मरीज मिलने के बाद पूरे गांव को सील कर दिया गया है।", "पूरे गांव"),
        # a sector is a trade as often as a place ("एक्सपोर्ट सेक्टर")
        ("एक्सपोर्ट सेक्टर की हालत खराब है। सरकार इस सेक्टर को मदद देगी।", "इस सेक्टर"),
        # a plural has no one name
        ("किन-किन इलाकों में छूट मिलेगी, यह तय होगा। इलाकों को सील किया जाएगा।", "इलाकों"),
    ],
)
def test_no_name_is_borrowed_without_one_locality_named_before(text: str, phrase: str) -> None:
    last = text.rindex(phrase)
    arg = Argument(role="target", text=phrase, start=last, end=last + len(phrase), en="x")
    assert _named_before(arg, text) is None


@pytest.mark.parametrize(
    ("text", "phrase", "en", "want"),
    [
        (
            "पुलिस ने कथित पत्रकार को गिरफ्तार कर जेल भेज दिया।",
            "कथित पत्रकार",
            "journalists in Palamu",
            "journalist in Palamu",
        ),
        (
            "डॉक्टरों ने मरीज को आइसोलेशन वार्ड में भर्ती कराया।",
            "मरीज",
            "patients in Gaya",
            "patient in Gaya",
        ),
        # an oblique plural, a quantifier, a number or a list are many
        ("डॉक्टरों ने मरीजों को आइसोलेशन वार्ड में भर्ती कराया।", "मरीजों", "patients in Gaya", None),
        ("प्रशासन ने सभी पत्रकार को पास जारी किए।", "सभी पत्रकार", "all journalists in Gaya", None),
        ("प्रशासन ने 12 पत्रकार को पास जारी किए।", "12 पत्रकार", "12 journalists in Gaya", None),
        # no postposition after it: the direct form may be plural
        ("पत्रकार भी इस बैठक में मौजूद थे।", "पत्रकार", "journalists in Gaya", None),
    ],
)
def test_one_person_before_a_postposition_is_singular(
    text: str, phrase: str, en: str, want: str | None
) -> None:
    assert _one_of_them(_arg(text, phrase, en), text) == want


def test_an_arrested_journalist_is_one_journalist() -> None:
    got = _targets("पलामू पुलिस ने सोशल मीडिया पर अफवाह फैलाने वाले कथित पत्रकार को गिरफ्तार कर लिया।")
    assert ("पत्रकार", "journalist in Palamu") in got


def _event(*args: Argument) -> Event:
    return Event(
        type="COERCE",
        mode="order",
        trigger="रोक",
        trigger_start=0,
        trigger_end=0,
        evidence_start=0,
        evidence_end=0,
        target=[a.entity_id or "" for a in args],
        arguments=list(args),
    )


def test_a_disease_or_a_measure_is_no_target() -> None:
    # "कोरोना वायरस को फैलने से रोकने", "लॉकडाउन को सख्ती से पालन कराने": no one is acted on
    virus = Argument("target", "कोरोना वायरस", 0, 12, "text:कोरोना वायरस", None)
    shops = Argument("target", "सभी दुकानों", 20, 31, "text:सभी दुकानों", "all shops")
    ev = _event(virus, shops)
    _drop_no_actor_targets(ev)
    assert ev.target == ["text:सभी दुकानों"]
    assert [a.text for a in ev.arguments] == ["सभी दुकानों"]
    # a group with English keeps its place, whatever its last word
    named = Argument("target", "संक्रमण", 0, 7, "actor:x", "infected people")
    ev = _event(named)
    _drop_no_actor_targets(ev)
    assert ev.target == ["actor:x"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # whose family, the genitive before the span says (round ev163)
        (
            "पुलिस ने मरीज के स्वजनों को क्वारंटाइन कर दिया है।",
            ("स्वजनों", "family members of the patient"),
        ),
        (
            "जिलाधिकारी ने सभी धर्मगुरुओं से अपील की कि लोग घरों में ही नमाज पढ़ें।",
            ("सभी धर्मगुरुओं", "all religious leaders"),
        ),
    ],
)
def test_heads_the_glossary_lacked_are_said(text: str, target: tuple[str, str]) -> None:
    assert target in _targets(text)


def test_these_areas_are_the_areas_listed_before() -> None:
    text = (
        "जिले के रामनगर, सीतापुर और मझौली इलाकों में संक्रमित मिलने के बाद प्रशासन ने "
        "इन चारों इलाकों को हॉटस्पॉट घोषित कर सील कर दिया है।"
    )
    phrase = "इन चारों इलाकों"
    arg = _arg(text, phrase, "the areas")
    got = _named_before(arg, text)
    assert got is not None and got.endswith(" areas") and got.count(",") == 1 and " and " in got


def test_these_areas_with_no_list_before_stay_as_they_are() -> None:
    text = "कई इलाकों में संक्रमण फैला है। प्रशासन ने इन इलाकों को सील कर दिया है।"
    arg = _arg(text, "इन इलाकों", "the areas")
    assert _named_before(arg, text) is None


def test_violators_of_it_are_violators_of_the_measure_said_before() -> None:
    text = (
        "जिलाधिकारी ने कहा कि शहर में कर्फ्यू 30 अप्रैल तक जारी रहेगा। "
        "इसे जो भी तोड़ेगा उसके खिलाफ सख्त कार्रवाई की जायेगी।"
    )
    assert ("जो भी तोड़ेगा", "violators of the curfew") in _targets(text)
    # no pronoun, no measure before: the bare violators
    assert ("जो भी तोड़ेगा", "violators") in _targets("जो भी तोड़ेगा उसके खिलाफ सख्त कार्रवाई की जायेगी।")


def test_followers_are_said() -> None:
    # a named cleric: a bare title alone is no person since round ner21
    got = _targets("मौलाना साद ने अपने अनुयायियों से अपील की कि वे घरों में ही नमाज पढ़ें।")
    assert any(en and en.startswith("followers") for _, en in got), got


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("एक धर्मगुरु", "one religious leader"),
        ("उस स्कूल", "the school"),
        ("एक अन्य स्कूल", "one other school"),
        ("एक लाख लोगों", "one lakh people"),  # a number, not one of them
        ("इन स्कूलों", "the schools"),
    ],
)
def test_one_thing_is_said_in_the_singular(phrase: str, want: str) -> None:
    assert gloss(phrase) == want

"""Round ev30 (issue 13): office-holders of 2020 in the KB, so that "X सरकार" and "X ने" are
coded as that government on the article's day; an international sports fixture called off gets no
guessed national issuer; the public of a foreign story is that country's. Sentences written like
the 2020 news (not copied from the event gold)."""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local


def events(text: str, dct: str = "2020-04-11") -> list[Event]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return list(art.events)


def test_chief_minister_of_2020_is_the_states_government() -> None:
    evs = events(
        "मुंबई । मुख्यमंत्री उद्धव ठाकरे ने रविवार को राज्य में लॉकडाउन 30 अप्रैल तक बढ़ाने का "
        "ऐलान किया ।"
    )
    assert evs and evs[0].source == ["kb:person/uddhav-thackeray"]
    assert evs[0].codes.get("kb:person/uddhav-thackeray") == "IND-Maharashtra GOV"


def test_head_of_government_name_before_sarkar() -> None:
    evs = events("देहरादून । त्रिवेंद्र सरकार ने प्रदेश में सभी धार्मिक स्थलों को बंद करने का आदेश दिया है ।")
    assert evs
    assert any(c == "IND-Uttarakhand GOV" for ev in evs for c in ev.codes.values())


def test_foreign_prime_minister_of_2020() -> None:
    evs = events(
        "इस्लामाबाद । प्रधानमंत्री इमरान खान ने देश में लॉकडाउन दो हफ्ते और बढ़ाने की घोषणा की ।"
    )
    assert evs and evs[0].source == ["kb:person/imran-khan"]
    assert evs[0].codes.get("kb:person/imran-khan") == "PAK GOV"


def inferred(evs: list[Event]) -> list[str]:
    return [a.entity_id or "" for ev in evs for a in ev.arguments if a.role == "source_inferred"]


def test_international_fixture_called_off_gets_no_guessed_issuer() -> None:
    evs = events(
        "नई दिल्ली । कोरोना वायरस के कारण अगले सप्ताह होने वाले स्विस ओपन बैडमिंटन टूर्नामेंट को "
        "स्थगित कर दिया गया है ।",
        dct="2020-03-12",
    )
    assert inferred(evs) == []


def test_olympic_qualifier_abroad_is_not_the_countrys() -> None:
    evs = events(
        "टोक्यो । जापान में कोरोना के मामले बढ़ रहे हैं । अगले महीने होने वाले मुक्केबाजी के "
        "ओलंपिक क्वालीफायर मुकाबले रद्द कर दिए गए हैं ।",
        dct="2020-03-12",
    )
    assert "actor:Government of Japan" not in inferred(evs)
    assert "actor:Government of India" not in inferred(evs)


def test_a_districts_closure_keeps_its_issuer() -> None:
    # not a fixture: the district's measure is guessed as before
    evs = events("भीलवाड़ा । शहर के सभी स्कूल और कोचिंग संस्थान 31 मार्च तक बंद कर दिए गए हैं ।")
    assert any("Bhilwara" in i for i in inferred(evs))


def public_targets(evs: list[Event]) -> list[str]:
    return [
        a.en or ""
        for ev in evs
        for a in ev.arguments
        if a.role == "target" and (a.entity_id or "").startswith("actor:public")
    ]


def test_foreign_leaders_public_is_that_countrys() -> None:
    evs = events(
        "रोम । इटली के प्रधानमंत्री ग्यूसेप कोंते ने लोगों से घरों में ही रहने की अपील की है ।",
        dct="2020-03-12",
    )
    assert "public of Italy" in public_targets(evs)
    assert "public of India" not in public_targets(evs)


def test_home_public_named_by_a_foreign_leader_stays_home() -> None:
    evs = events(
        "वाशिंगटन । अमेरिका के राष्ट्रपति डोनाल्ड ट्रंप ने भारत के लोगों से धैर्य रखने की अपील की ।",
        dct="2020-04-08",
    )
    # round nm4: the United States is said with its article
    assert not {"public of United States", "public of the United States"} & set(public_targets(evs))


def test_union_health_minister_of_2020_is_coded_without_a_bare_title() -> None:
    from datetime import date

    from khabar.entities.kb import load_kb
    from khabar.events.actors import entity_code

    assert entity_code("kb:person/harsh-vardhan", date(2020, 4, 7)) == "IND GOV"
    assert entity_code("kb:person/harsh-vardhan", date(2026, 2, 5)) is None
    # a state has its own health minister: the bare title resolves to nobody
    assert load_kb(Config()).resolve("स्वास्थ्य मंत्री", date(2020, 4, 7)) == []

"""Lead, session 9 (issue 13, KB coverage): the Union Council of Ministers of 2019 in the KB, so
that a Union minister in the news links, gets the English name the press uses and is coded as the
Government of India on a day in office. Sentences written like the 2020 news (not copied from any
gold); negatives: a bare "मंत्री", a namesake's family name, a day after the minister left."""

from __future__ import annotations

from khabar.config import Config
from khabar.model import Article, Event
from khabar.pipeline import run_local


def events(text: str, dct: str = "2020-04-11") -> list[Event]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return list(art.events)


def linked(text: str, dct: str = "2020-04-11") -> set[str]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities"]))
    return {m.entity_id for m in art.mentions if m.entity_id}


def test_union_minister_is_the_government_of_india_on_a_day_in_office() -> None:
    evs = events(
        "नई दिल्ली । केंद्रीय रेल मंत्री पीयूष गोयल ने शनिवार को सभी यात्री ट्रेनों का परिचालन 3 मई"
        " तक रद्द करने का आदेश दिया ।"
    )
    assert evs and evs[0].source == ["kb:person/piyush-goyal"]
    assert evs[0].codes.get("kb:person/piyush-goyal") == "IND GOV"


def test_the_press_spelling_of_a_ministers_name() -> None:
    evs = events(
        "नई दिल्ली । संसदीय कार्य मंत्री प्रह्लाद जोशी ने सांसदों से अपने क्षेत्रों में लोगों की मदद करने"
        " की अपील की ।"
    )
    assert evs and evs[0].source == ["kb:person/pralhad-joshi"]


def test_short_surname_links_only_where_unambiguous() -> None:
    assert "kb:person/nitin-gadkari" in linked(
        "सड़क परिवहन मंत्री नितिन गडकरी ने कहा कि टोल वसूली रोकी गई है । गडकरी ने ट्रक चालकों से अपील की ।"
    )
    # another Paswan is not the minister: the family name alone is no short form
    assert "kb:person/ram-vilas-paswan" not in linked(
        "लोजपा अध्यक्ष चिराग पासवान ने बिहार सरकार से मजदूरों को वापस लाने की मांग की ।"
    )


def test_a_bare_minister_is_never_resolved_to_a_union_minister() -> None:
    ids = linked("पटना । मंत्री ने शनिवार को जिलाधिकारियों के साथ बैठक की ।")
    assert not any(i.startswith("kb:person/") for i in ids)


def test_after_leaving_office_no_longer_the_government() -> None:
    evs = events(
        "नई दिल्ली । भाजपा नेता प्रकाश जावड़ेकर ने सरकार से छोटे व्यापारियों की मदद करने की मांग की ।",
        dct="2023-05-02",
    )
    assert evs and evs[0].source == ["kb:person/prakash-javadekar"]
    assert evs[0].codes.get("kb:person/prakash-javadekar") != "IND GOV"
    # on a day in office he is
    evs = events(
        "नई दिल्ली । केंद्रीय मंत्री प्रकाश जावड़ेकर ने सभी सिनेमाघरों को बंद रखने का आदेश दिया ।",
        dct="2020-03-19",
    )
    assert evs and evs[0].codes.get("kb:person/prakash-javadekar") == "IND GOV"

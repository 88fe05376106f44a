"""Issue 13, precision pass ev86: disaster words on COVID pages that report no disaster (a facility
or a class of victims named after one, a past disaster told as a comparison, a town of that name in
a list of places), counted on 264 corpus day files outside the gold's days and the held-out sets.
Sentences are written like the news (none copied from the gold or the corpus), each with a negative."""

from __future__ import annotations

from khabar.events.lexicon import ontology
from khabar.model import Article

from .hindi_events import analyser

analysed = analyser("2020-04-17")  # a Friday


def _disasters(art: Article) -> list[tuple[str | None, str]]:
    kinds = ontology().disaster_types
    return [(e.type, e.trigger) for e in art.events if e.type in kinds]


def test_a_disaster_word_naming_a_facility_or_victims_is_no_disaster() -> None:
    art = analysed("जिला अस्पताल में सर्दी खांसी के मरीजों के लिए अलग लू कॉर्नर बनाया गया है ।")
    assert _disasters(art) == []
    art = analysed("संस्था पहले भी बाढ़ पीड़ितों और अनाथ बच्चों को राशन बांटती रही है ।")
    assert _disasters(art) == []
    # the word itself still reports one
    art = analysed("राजस्थान में लू से दो लोगों की मौत हो गई ।")
    assert _disasters(art) == [("HEAT_WAVE", "लू")]


def test_a_past_disaster_told_as_a_comparison_is_no_disaster() -> None:
    art = analysed("जनवरी 2004 में आए भूकंप के बाद भी शहर में ऐसा ही सन्नाटा देखा गया था ।")
    assert _disasters(art) == []
    # this year's is one
    art = analysed("जनवरी 2020 में आए भूकंप में चार लोगों की मौत हो गई थी ।")
    assert _disasters(art) == [("EARTHQUAKE", "भूकंप")]


def test_a_town_in_a_list_of_places_is_no_flood() -> None:
    art = analysed("पटना जिले में मोकामा, बाढ़, फतुहा और मसौढ़ी में नए केंद्र खोले जाएंगे ।")
    assert _disasters(art) == []
    art = analysed("असम में बाढ़ से 20 गांव डूब गए हैं ।")
    assert _disasters(art) == [("FLOODS", "बाढ़")]


def test_stone_pelting_on_a_team_with_a_place_between_is_an_attack() -> None:
    art = analysed("सर्वे करने गई स्वास्थ्य टीम पर इंदौर में पथराव ।")
    assert _disasters(art) == []
    assert [e.type for e in art.events] == ["ASSAULT"]


# ---- actor coding: the place the sentence names, a foreign country's body ----------------------


def _sources(art: Article, type_: str) -> list[list[str]]:
    return [list(e.source) for e in art.events if e.type == type_]


def test_an_administration_in_a_state_named_right_before_is_that_state_government() -> None:
    art = analysed("नई दिल्ली: केरल में प्रशासन ने सभी सिनेमाघरों को 31 मार्च तक बंद कर दिया है ।")
    assert _sources(art, "COERCE") == [["actor:Government of Kerala"]]
    art = analysed("नई दिल्ली: केरल में पुलिस ने लॉकडाउन तोड़ने वाले 40 लोगों को गिरफ्तार किया ।")
    assert _sources(art, "COERCE") == [["actor:Kerala Police"]]
    # a town's administration stays its district's
    art = analysed("लखनऊ: आगरा में प्रशासन ने तीन मोहल्लों को सील कर दिया है ।")
    assert _sources(art, "COERCE") == [["actor:Agra district administration"]]


def test_a_foreign_country_parliament_is_not_india_parliament() -> None:
    art = analysed("इटली की संसद ने देश में आपातकाल की घोषणा कर दी है ।")
    assert _sources(art, "COERCE") == [["actor:Parliament of Italy"]]
    art = analysed("संसद ने देश में आपातकाल की घोषणा कर दी है ।")
    assert _sources(art, "COERCE") in ([], [["kb:org/parliament-in"]])


def test_the_police_of_a_town_the_kb_does_not_know_named_before_mein() -> None:
    # a town no table knows ("…गढ़"), named right before "में": its police, not the dateline's
    art = analysed("रांची: सुंदरगढ़ में पुलिस ने लॉकडाउन तोड़ने वाले 30 लोगों को गिरफ्तार किया ।")
    assert _sources(art, "COERCE") == [["actor:Sundargarh Police"]]
    # an ordinary word before "में" is no town: the dateline's police
    art = analysed("रांची: इलाके में पुलिस ने लॉकडाउन तोड़ने वाले 30 लोगों को गिरफ्तार किया ।")
    assert _sources(art, "COERCE") == [["actor:Ranchi Police"]]


def test_news_spellings_and_district_towns_the_kb_lacked_are_places() -> None:
    # "प्रयागराज" (geonames knew only इलाहाबाद) and रामगढ़ (a district town below build_kb's
    # threshold): their own police and administration, not the dateline's
    art = analysed("लखनऊ: प्रयागराज में पुलिस ने बिना मास्क घूम रहे 25 लोगों को गिरफ्तार किया ।")
    assert _sources(art, "COERCE") == [["actor:Prayagraj Police"]]
    art = analysed("रांची: रामगढ़ जिला प्रशासन ने शहर के तीन मोहल्लों को सील कर दिया है ।")
    assert _sources(art, "COERCE") == [["actor:Ramgarh district administration"]]
    places = [m.entity_id for m in art.mentions if m.text == "रामगढ़"]
    assert places == ["kb:in-city/ramgarh"]
